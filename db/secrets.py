"""This installation's signing key, kept out of its database file.

The private key that signs exchange files is a secret of this computer's user,
not data: it must not travel with a copy of the database, its backups or an
export, nor be readable by whoever gets hold of the file. It is kept in the
operating system's keyring (the macOS Keychain, the Windows Credential
Manager, the Secret Service of GNOME or KDE) through the ``keyring`` library,
as the password of service ``SERVICE`` for user DEVICE-ID. Where there is no
keyring (a desktop without one, a session over SSH, a keyring that refuses the
write), it is kept in a file readable by the user alone: ``keys/DEVICE-ID.key``
in the user data folder (the folder 0700, the file 0600). A lookup tries the
keyring, then the file; a keyring that is there but fails (locked, the
unlocking refused) is an error, never a reason to make a second key.

A database copied to another computer therefore arrives without its key, and
the installation there makes a new one (docs/exchange.md).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import SecretsUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

#: The keyring's service name; the user name is the installation's device id.
SERVICE = "Mainstream signing key"
#: The user data folder's name (platformdirs), as ``desktop.APP_NAME``.
APP_FOLDER = "Mainstream"
_DEVICE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KEY = re.compile(r"[0-9a-f]{64}")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def default_folder() -> Path:
    """``keys`` in the user data folder (beside the default database and the log)."""
    import platformdirs

    return platformdirs.user_data_path(APP_FOLDER, appauthor=False) / "keys"


def _keyring() -> KeyringBackend | None:
    """The keyring in use, or None where there is none (keyring's "fail" and "null" backends
    keep nothing)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # keyring is a dependency, but a frozen build may lack it
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    return None if isinstance(backend, (fail.Keyring, null.Keyring)) else backend


def _checked_device(device: str) -> str:
    if not _DEVICE.fullmatch(device):  # it names a file: no "../" from a database made elsewhere
        raise SecretsUnavailable(f"the installation id {device[:40]!r} is not one Mainstream makes")
    return device


class KeyStore:
    """Where this computer keeps installations' signing keys (hex, 64 characters)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        """The folder of key files; by default found when needed (the environment of that moment)."""
        return self._folder if self._folder is not None else default_folder()

    def file_of(self, device: str) -> Path:
        return self.folder / f"{_checked_device(device)}.key"

    def signing_key(self, device: str) -> str | None:
        """The private key of installation ``device``, if this computer keeps one."""
        _checked_device(device)
        failure: Exception | None = None
        backend = _keyring()
        if backend is not None:
            try:
                value = backend.get_password(SERVICE, device)
            except Exception as exc:  # KeyringError, or whatever the platform's backend raises
                failure = exc
            else:
                if value:
                    return _checked_key(value, f"the system keyring ({SERVICE}, {device})")
        value = self._read_file(device)
        if value is None and failure is not None:
            raise SecretsUnavailable(
                f"the signing key of this installation could not be read from the system keyring ({failure}); "
                "unlock the keyring (or allow Mainstream to use it) and try again; nothing was changed"
            )
        return value

    def keep(self, device: str, key_hex: str) -> str:
        """Keep ``key_hex`` as the key of ``device`` unless one is kept already; the key kept."""
        _checked_key(key_hex, "a new signing key")
        existing = self.signing_key(device)
        if existing is not None:
            return existing
        backend = _keyring()
        if backend is not None:
            try:
                backend.set_password(SERVICE, device, key_hex)
                if backend.get_password(SERVICE, device) == key_hex:  # a keyring that keeps nothing says so
                    return key_hex
            except Exception:  # refused or locked: the file below
                pass
        return self._write_file(device, key_hex)

    def signing_key_or_new(self, device: str, make: Callable[[], str]) -> str:
        """The key of ``device``, made by ``make`` and kept if there is none yet."""
        return self.signing_key(device) or self.keep(device, make())

    def where(self, device: str) -> str:
        """Where the key of ``device`` is kept, in words (for messages and the documentation)."""
        backend = _keyring()
        if backend is not None:
            try:
                if backend.get_password(SERVICE, device):
                    return f"the system keyring ({type(backend).__module__})"
            except Exception:
                pass
        return str(self.file_of(device))

    def _read_file(self, device: str) -> str | None:
        path = self.file_of(device)
        try:
            handle = os.open(path, os.O_RDONLY | _NOFOLLOW)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SecretsUnavailable(
                f"the signing key file {path} cannot be read: {exc.strerror or exc}; nothing was changed"
            ) from exc
        with os.fdopen(handle, "rb") as file:
            data = file.read(256)
        return _checked_key(data.decode("ascii", "replace").strip(), str(path))

    def _write_file(self, device: str, key_hex: str) -> str:
        """Write the key file whole or not at all, readable by the user alone; never over a key
        another process kept meanwhile (that one is returned)."""
        target = self.file_of(device)
        folder = target.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(folder, 0o700)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".partial")
            try:
                try:
                    if os.name == "posix":
                        os.fchmod(handle, 0o600)
                    os.write(handle, f"{key_hex}\n".encode("ascii"))
                    os.fsync(handle)
                finally:
                    os.close(handle)
                try:
                    os.link(temporary, target)  # fails if a key is there: never replaces one
                except FileExistsError:
                    kept = self._read_file(device)
                    if kept is not None:
                        return kept
                    raise
                except OSError:  # a file system without hard links: create it exclusively
                    if os.path.lexists(target):
                        raise
                    os.replace(temporary, target)
            finally:
                with suppress(FileNotFoundError):
                    os.unlink(temporary)
        except OSError as exc:
            raise SecretsUnavailable(
                f"the signing key could not be kept in {target} (there is no system keyring to keep it): "
                f"{exc.strerror or exc}; nothing was changed"
            ) from exc
        return key_hex


def _checked_key(value: str, where: str) -> str:
    if not _KEY.fullmatch(value):
        raise SecretsUnavailable(f"{where} holds no valid signing key (64 hexadecimal digits); nothing was changed")
    return value
