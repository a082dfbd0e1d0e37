"""The Reports page: choosing a country overview, making it in the background,
the preview, saving it, and what the user sees when it cannot be made."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from gui_helpers import settle
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFileDialog

from db.services.settings import Profile, save_profile
from db.store import Store
from desktop.logs import setup_logging, stop_logging
from desktop.reports import SECTIONS, ReportError, ReportResult, default_period
from desktop.ui import reports_page as reports_module
from desktop.ui.main_window import MainWindow
from desktop.ui.reports_page import ReportsPage


def show_reports(qtbot, window: MainWindow) -> ReportsPage:
    window.show()
    qtbot.waitExposed(window)
    window.sidebar.setCurrentRow(window.stack.indexOf(window.reports))
    assert window.stack.currentWidget() is window.reports
    return window.reports


def fake_report(pages: int = 3, text: str = "Peru"):
    """Stands in for write_report where the engine's own work is not what is tested: a small real PDF."""
    calls = []

    def write(_session, request, destination: Path, *, progress=None) -> ReportResult:
        from reportlab.pdfgen.canvas import Canvas

        calls.append(request)
        canvas = Canvas(str(destination))
        for page in range(pages):
            if progress is not None:
                progress(page, pages, "page")
            canvas.drawString(72, 720, f"{text} {request.language} page {page + 1}")
            canvas.showPage()
        canvas.save()
        return ReportResult(Path(destination), pages, "v-test")

    write.calls = calls  # type: ignore[attr-defined]
    return write


def generated(qtbot, window: MainWindow, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.generated, timeout=20_000):
        page.generate()
    settle(qtbot, window)


# --- what the page offers ----------------------------------------------------------------------


def test_the_page_sits_before_history_and_has_its_keys(qtbot, window: MainWindow) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles.index("Reports") == titles.index("Stakeholders") + 1 == titles.index("Exchange") - 1
    go = next(action for action in window.menuBar().actions() if action.text() == "&Go").menu()
    shortcuts = {action.text(): action.shortcut().toString() for action in go.actions()}
    assert shortcuts["Reports"] == "Ctrl+8"
    assert (shortcuts["Exchange"], shortcuts["History"], shortcuts["Trash"]) == ("Ctrl+9", "Ctrl+0", "")


def test_defaults_are_the_window_country_this_year_the_interface_language_and_every_section(
    qtbot, window: MainWindow
) -> None:
    page = show_reports(qtbot, window)
    assert page.country() == "PER" and page.country_box.currentText() == "Peru (PER)"
    start, end = default_period(dt.date.today())
    request = page.request()
    assert request is not None
    assert (request.start, request.end) == (start, end) == (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))
    assert request.language == "en" and page.language_box.currentText() == "English"
    assert request.sections == frozenset(SECTIONS)
    assert [page.language_box.itemText(i) for i in range(page.language_box.count())] == [
        "English",
        "Français",
        "Español",
    ]
    assert page.generate_button.isEnabled()
    assert not page.save_button.isEnabled() and not page.open_button.isEnabled()
    assert page.preview.currentWidget() is page.placeholder
    for widget in (
        page.country_box,
        page.start_edit,
        page.end_edit,
        page.language_box,
        page.view,
        *page.section_boxes.values(),
    ):
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name), widget
    # The page follows the window's country.
    window.country_box.setCurrentIndex(window.country_box.findData("BDI"))
    assert page.country() == "BDI"


def test_the_report_language_follows_the_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_module, "installed_language", lambda: "fr")
    assert ReportsPage.default_language() == "fr"
    monkeypatch.setattr(reports_module, "installed_language", lambda: None)
    monkeypatch.setattr(reports_module, "saved_language", lambda: "es")
    assert ReportsPage.default_language() == "es"
    monkeypatch.setattr(reports_module, "saved_language", lambda: "")
    assert ReportsPage.default_language() == "en"


def test_without_a_window_country_the_profile_default_is_used(qtbot, tmp_path: Path, window: MainWindow) -> None:
    store = window.runner.store
    with store.session() as session:
        save_profile(session, Profile("Ana", "undp", "LKA"))
    QSettings().setValue("main_window/country", "")
    other = MainWindow(Store.open(store.path))
    qtbot.addWidget(other)
    settle(qtbot, other)
    assert other.current_country() == other.reports.country() == "LKA"
    other.country_box.setCurrentIndex(other.country_box.findData("PER"))
    assert other.reports.country() == "PER"
    other.country_box.setCurrentIndex(0)  # all countries: the default one
    assert other.current_country() is None
    assert other.reports.country() == "LKA"
    held = [other.reports.country_box.itemData(i) for i in range(6)]
    assert set(held) == {"BDI", "KGZ", "LKA", "MAR", "PER", None}  # the countries held first, then a separator
    other.close()


# --- making the report --------------------------------------------------------------------------


def test_generating_the_peru_overview_shows_it_in_the_preview(qtbot, window: MainWindow) -> None:
    page = show_reports(qtbot, window)
    generated(qtbot, window, page)
    assert page.preview.currentWidget() is page.view
    pages = page.document.pageCount()
    assert pages > 1
    assert page._result is not None and page._result.pages == pages
    assert f"{pages} pages" in page.result_label.text()
    assert page._result.data_version in page.result_label.text()
    assert page.save_button.isEnabled() and page.open_button.isEnabled()
    text = "\n".join(p.extract_text() for p in PdfReader(page._result.path).pages)
    assert "Peru" in text
    assert not page.message_label.isVisible()


def test_a_reversed_period_is_explained_and_nothing_is_made(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = fake_report()
    monkeypatch.setattr(reports_module, "write_report", write)
    page = show_reports(qtbot, window)
    page.start_edit.setDate(page.end_edit.date().addDays(1))
    assert page.message_label.isVisible()
    assert "before it starts" in page.message_label.text()
    assert page.message_label.property("problem")
    qtbot.keyClick(page.start_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    page.generate()
    assert not window.runner.busy and write.calls == []
    assert page.preview.currentWidget() is page.placeholder and page._result is None
    page.start_edit.setDate(page.end_edit.date().addMonths(-1))  # put right: the message goes
    assert not page.message_label.isVisible()


def test_enter_generates_with_the_choices_made(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    write = fake_report()
    monkeypatch.setattr(reports_module, "write_report", write)
    page = show_reports(qtbot, window)
    page.language_box.setCurrentIndex(page.language_box.findData("es"))
    page.section_boxes["stakeholders"].setChecked(False)
    page.language_box.setFocus()
    qtbot.waitUntil(page.language_box.hasFocus)
    with qtbot.waitSignal(page.generated, timeout=10_000):
        qtbot.keyClick(page.language_box, Qt.Key.Key_Return)
    (request,) = write.calls
    assert request.country == "PER" and request.language == "es"
    assert request.sections == frozenset(SECTIONS) - {"stakeholders"}
    assert page.document.pageCount() == 3
    # Changing a choice says the preview is no longer what the inputs describe.
    page.section_boxes["stakeholders"].setChecked(True)
    assert "Generate again" in page.result_label.text()


def test_save_as_copies_the_report_where_the_user_says(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_module, "write_report", fake_report())
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter, *args):
        asked.append(suggested)
        return str(tmp_path / "out" / "Peru overview"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    (tmp_path / "out").mkdir()
    page = show_reports(qtbot, window)
    generated(qtbot, window, page)
    page.save_button.setFocus()
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "out" / "Peru overview.pdf"
    assert target.read_bytes() == page._result.path.read_bytes()
    assert Path(asked[0]).name == f"Mainstream-PER-{dt.date.today().year}-en.pdf"
    assert str(target) in window.statusBar().currentMessage()
    assert list((tmp_path / "out").iterdir()) == [target]  # no temporary file left beside it
    # The next time, the dialog opens in that folder.
    page.save_as()
    assert Path(asked[1]).parent == tmp_path / "out"


def test_a_failed_save_is_explained_and_the_report_kept(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_module, "write_report", fake_report())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "missing" / "r.pdf"), ""))
    page = show_reports(qtbot, window)
    generated(qtbot, window, page)
    page.save_as()
    qtbot.waitUntil(page.message_label.isVisible)
    settle(qtbot, window)
    assert page.message_label.text() == f"Not saved as {tmp_path / 'missing' / 'r.pdf'}: No such file or directory"
    assert page.preview.currentWidget() is page.view and page.save_button.isEnabled()
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ReportError("no such country: XXX"), "The report cannot be made: no such country: XXX"),
        (PermissionError(13, "Permission denied"), "The report cannot be written: Permission denied"),
    ],
)
def test_a_report_that_cannot_be_made_is_explained_and_the_last_one_kept(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, error: Exception, expected: str
) -> None:
    monkeypatch.setattr(reports_module, "write_report", fake_report())
    page = show_reports(qtbot, window)
    generated(qtbot, window, page)
    first = page._result

    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(reports_module, "write_report", refuse)
    page.generate()
    qtbot.waitUntil(page.message_label.isVisible)
    settle(qtbot, window)
    assert page.message_label.text() == expected
    assert window.warnings == []
    assert page._result is first and first.path.exists() and page.document.pageCount() == 3
    assert page.generate_button.isEnabled() and page.save_button.isEnabled()


def test_an_unexpected_error_names_the_log_file_which_holds_its_traceback_once(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = setup_logging("tests", path=tmp_path / "data" / "mainstream.log")
    assert log is not None

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the report")

    monkeypatch.setattr(reports_module, "write_report", broken)
    page = show_reports(qtbot, window)
    try:
        page.generate()
        qtbot.waitUntil(page.message_label.isVisible)
        settle(qtbot, window)
        logged = log.read_text(encoding="utf-8")
    finally:
        stop_logging()
    assert page.message_label.text() == (
        "Something went wrong that Mainstream did not expect (RuntimeError: a bug in the report). "
        f"The details are in the log file {log}: please send it to whoever supports Mainstream for you."
    )
    assert window.warnings == []
    assert "Unexpected RuntimeError while Making the report: a bug in the report" in logged
    assert logged.count("Traceback (most recent call last)") == 1 and "in broken" in logged


def test_cancel_stops_the_report(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def slow(_session, _request, destination: Path, *, progress):
        started.set()
        for step in range(1000):
            progress(step, 1000, "page")
            threading.Event().wait(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(reports_module, "write_report", slow)
    page = show_reports(qtbot, window)
    page.generate()
    assert not page.generate_button.isEnabled()
    assert started.wait(5)
    page.cancel()
    qtbot.waitUntil(page.generate_button.isEnabled, timeout=5000)
    assert page.message_label.text() == "Cancelled: no report was made."
    assert page._result is None and window.warnings == []


def test_tab_goes_through_the_choices_in_order(qtbot, window: MainWindow) -> None:
    page = show_reports(qtbot, window)
    page.country_box.setFocus()
    qtbot.waitUntil(page.country_box.hasFocus)
    order = [
        page.country_box,
        page.start_edit,
        page.end_edit,
        page.language_box,
        *page.section_boxes.values(),
        page.generate_button,
    ]
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_a_cancel_after_the_last_step_drops_the_report(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF is written out after the layout's last tick: a Cancel pressed then is honoured too."""
    written, cancelled = threading.Event(), threading.Event()
    write = fake_report()

    def late(session, request, destination: Path, *, progress):
        result = write(session, request, destination, progress=progress)
        written.set()
        assert cancelled.wait(5)
        return result

    monkeypatch.setattr(reports_module, "write_report", late)
    page = show_reports(qtbot, window)
    page.generate()
    assert written.wait(5)
    page.cancel()
    cancelled.set()
    qtbot.waitUntil(page.generate_button.isEnabled, timeout=5000)
    assert page.message_label.text() == "Cancelled: no report was made."
    assert page._result is None
    assert list(Path(page._folder.path()).iterdir()) == []
