"""Opening a workbook someone sends: refused with a line unless it is a plain .xlsx or .ods.

A workbook is a zip: the exchange's limits on zips (``desktop.exchange.zipsafe``:
entries, unpacked size, packing ratio) apply, not its rule on entry names,
which no spreadsheet program follows. Refused as well: a password-protected
workbook (Excel wraps it in an OLE container, LibreOffice marks it in the
manifest), an old .xls, a macro-enabled one (.xlsm, or macros inside), and
anything that is not a workbook. Cells are read with python-calamine, which
gives a formula's last computed value, never the formula.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from desktop.exchange.zipsafe import MAX_ENTRIES, MAX_RATIO, MAX_UNPACKED_BYTES, RATIO_FLOOR, size_in_words

#: A workbook of 100,000 records is about 15 MB; one of this size is a mistake or an attack.
MAX_FILE_BYTES = 256 * 1024**2
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"


class SheetError(Exception):
    """A workbook that cannot be imported; the message is one line, without the file's name
    (the window words each one in the user's language: ``desktop.ui.problems``)."""


@dataclass
class Workbook:
    path: Path
    #: sheet name -> rows of cells (str, float, int, bool, date, datetime or "" when empty)
    sheets: dict[str, list[list[Any]]]


def check_file(path: Path) -> None:
    """Refuse what is not a plain workbook, before any part of it is parsed."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SheetError(
            f"is too large for a workbook ({size_in_words(size)}; at most {size_in_words(MAX_FILE_BYTES)})"
        )
    with path.open("rb") as handle:
        start = handle.read(8)
    if start == OLE_MAGIC:
        raise SheetError(
            "is password-protected or an old Excel 97-2003 file: save it as an Excel workbook (.xlsx) "
            "without a password and import that"
        )
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlsb"):
        raise SheetError("is a macro-enabled workbook: save it as an Excel workbook (.xlsx) and import that")
    if not start.startswith(b"PK\x03\x04"):
        raise SheetError("is not a workbook (.xlsx or .ods)")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive)
    except zipfile.BadZipFile:
        raise SheetError("is not a workbook (.xlsx or .ods): it is damaged or not a spreadsheet") from None


def _check_archive(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise SheetError(f"has too many parts (over {MAX_ENTRIES:,}) to be a workbook")
    total = 0
    for info in infos:
        total += info.file_size
        if info.flag_bits & 0x1:
            raise SheetError("is encrypted: save it without a password and import that")
        if info.file_size > RATIO_FLOOR and info.file_size / max(info.compress_size, 1) > MAX_RATIO:
            raise SheetError(f"is too large when unpacked (a part expands over {MAX_RATIO} times: a zip bomb?)")
    if total > MAX_UNPACKED_BYTES:
        raise SheetError(f"is too large when unpacked (over {size_in_words(MAX_UNPACKED_BYTES)})")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
        types = archive.read("[Content_Types].xml")
        if b"macroEnabled" in types or any(name.lower().endswith("vbaproject.bin") for name in names):
            raise SheetError("is a macro-enabled workbook: save it as an Excel workbook (.xlsx) and import that")
        return
    if "mimetype" in names and archive.read("mimetype").strip() == ODS_TYPE:
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        if b"encryption-data" in manifest:
            raise SheetError("is encrypted: save it without a password and import that")
        if any(name.startswith(("Basic/", "Scripts/")) for name in names):
            raise SheetError("holds macros: save it as a spreadsheet without macros (.ods or .xlsx) and import that")
        return
    raise SheetError("is not a workbook (.xlsx or .ods)")


def read_workbook(path: Path) -> Workbook:
    """Every sheet's cells, hidden sheets too (the one that says what the workbook holds is)."""
    path = Path(path)
    check_file(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        try:
            sheets = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names}
        finally:
            book.close()
    except (CalamineError, ValueError) as exc:  # calamine's PasswordError and XmlError are CalamineErrors
        if "password" in str(exc).lower() or type(exc).__name__ == "PasswordError":
            raise SheetError("is encrypted: save it without a password and import that") from None
        raise SheetError(f"could not be read as a workbook ({str(exc)[:120]})") from None
    return Workbook(path, sheets)
