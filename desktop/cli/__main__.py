"""``python -m desktop.cli``: the ``mainstream`` command."""

import sys

from desktop.cli import main

sys.exit(main())
