"""The frozen program's entry point: the ``mainstream`` command, as pip installs it."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
