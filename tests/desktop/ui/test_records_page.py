"""Recording through the window: create, edit, validate, delete, undo, duplicate, search."""

import pytest
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.services import get, history, trash_entries
from desktop.ui.main_window import MainWindow
from desktop.ui.records_page import RecordsPage


def select(qtbot, window: MainWindow, page: RecordsPage, text: str) -> str:
    model = page.list.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == text)
    page.list.table.selectRow(row)
    settle(qtbot, window)
    assert page.editor.record_id == model.id_at(row)
    return model.id_at(row)


def show_page(qtbot, window: MainWindow, page: RecordsPage) -> None:
    """On screen, as the person using it sees it: pages not shown read changes only when shown."""
    window.show()
    qtbot.waitExposed(window)
    window.go_to(page)
    settle(qtbot, window)


def stored(window: MainWindow, kind: str, record_id: str) -> dict | None:
    with window.runner.store.session() as session:
        return get(session, kind, record_id)


def test_a_new_committee_is_saved_with_what_was_typed(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    before = page.list.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    form = page.editor.form
    name = form.editors["name"].widget
    qtbot.keyClicks(name, "Comit")
    name.insert("é técnico de datos migratorios 🌍")  # QTest types ASCII only
    form.editors["kind"].set_value("technical_working_group")
    form.editors["status"].set_value("proposed")
    form.editors["established_on"].set_value("2026-03-01")
    page.editor.save()
    settle(qtbot, window)
    assert page.list.model.rowCount() == before + 1
    record = stored(window, "committee", page.editor.record_id)
    assert record["name"] == "Comité técnico de datos migratorios 🌍"
    assert record["country"] == "PER"
    assert str(record["established_on"]) == "2026-03-01"


def test_an_edit_is_saved_logged_and_undone(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    show_page(qtbot, window, page)
    record_id = select(qtbot, window, page, "Mesa de Trabajo Intersectorial para la Gestión Migratoria")
    acronym = page.editor.form.editors["acronym"].widget
    acronym.selectAll()
    qtbot.keyClicks(acronym, "MTIGM-PE")
    assert page.editor.save_button.isEnabled()
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == "MTIGM-PE"
    with window.runner.store.session() as session:
        assert history(session, record_id=record_id, limit=1)[0].fields == {"acronym": ["MTIGM", "MTIGM-PE"]}

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == "MTIGM"
    assert page.editor.form.editors["acronym"].value() == "MTIGM"
    window.redo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == "MTIGM-PE"


def test_a_refused_save_shows_the_reason_beside_the_field_and_saves_nothing(qtbot, window: MainWindow) -> None:
    window.sidebar.setCurrentRow(3)
    page = window.record_pages["activity"]
    record_id = select(qtbot, window, page, "Perfil Migratorio del Perú")
    progress = page.editor.form.editors["progress"].widget
    progress.selectAll()
    qtbot.keyClicks(progress, "150")
    page.editor.save()
    settle(qtbot, window)
    error = page.editor.form.errors["progress"]
    assert not error.isHidden()
    assert "at most 100" in error.text()
    assert stored(window, "activity", record_id)["progress"] == 75
    assert page.editor.dirty


def test_a_record_still_in_use_is_not_deleted_and_the_user_is_told_why(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    record_id = select(qtbot, window, page, "Mesa de Trabajo Intersectorial para la Gestión Migratoria")
    page.editor.delete()
    settle(qtbot, window)
    assert stored(window, "committee", record_id) is not None
    assert "is still used by" in window.warnings[-1]
    assert "Plan de trabajo conjunto" in window.warnings[-1]


def test_delete_goes_to_the_trash_and_undo_brings_everything_back(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    show_page(qtbot, window, page)
    record_id = select(qtbot, window, page, "Comisión de Coordinación con Instituciones de la Sociedad Civil")
    before = page.list.model.rowCount()
    page.editor.delete()
    settle(qtbot, window)
    assert stored(window, "committee", record_id) is None
    assert page.list.model.rowCount() == before - 1
    with window.runner.store.session() as session:
        entry = trash_entries(session)[0]
    assert entry.record_id == record_id and entry.records > 1  # its members, meetings, decisions went too
    window.undo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "committee", record_id) is not None
    assert page.list.model.rowCount() == before
    with window.runner.store.session() as session:
        assert trash_entries(session) == []


def test_undoing_a_creation_sends_it_to_the_trash(qtbot, window: MainWindow) -> None:
    page = window.record_pages["good_practice"]
    page.new_record()
    settle(qtbot, window)
    form = page.editor.form
    qtbot.keyClicks(form.editors["title"].widget, "Ventanilla unica para migrantes retornados")
    form.editors["theme"].set_value("return_reintegration")
    page.editor.save()
    settle(qtbot, window)
    record_id = page.editor.record_id
    assert stored(window, "good_practice", record_id) is not None
    window.undo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "good_practice", record_id) is None
    window.redo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "good_practice", record_id) is not None


def test_duplicate_makes_an_unsaved_copy_that_saves_as_a_new_record(qtbot, window: MainWindow) -> None:
    page = window.record_pages["policy"]
    original = select(qtbot, window, page, "Política Nacional Migratoria (actualización)")
    page.editor.duplicate()
    assert page.editor.record_id is None
    assert page.editor.form.editors["title"].value() == "Política Nacional Migratoria (actualización) (copy)"
    page.editor.save()
    settle(qtbot, window)
    copy = stored(window, "policy", page.editor.record_id)
    assert page.editor.record_id != original
    assert copy["title"].endswith("(copy)")
    assert copy["themes"] == stored(window, "policy", original)["themes"]


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("committee", "MTIGM", "Mesa de Trabajo Intersectorial para la Gestión Migratoria"),
        ("policy", "Migratoria", "Política Nacional Migratoria (actualización)"),
        ("work_plan", "conjunto", "Plan de trabajo conjunto OIM–PNUD 2025–2027"),
        ("capacity_activity", "virtual", "Curso virtual sobre gobernanza migratoria"),
        ("knowledge_product", "Encuesta", "Encuesta de inserción laboral de la población migrante"),
        ("institution", "MINSA", "Ministerio de Salud"),
        ("contact", "Quispe", "Lucía Quispe Mamani"),
    ],
)
def test_every_page_searches_as_you_type(qtbot, window: MainWindow, kind: str, text: str, expected: str) -> None:
    page = window.record_pages[kind]
    with qtbot.waitSignal(page.list.model.loaded, timeout=3000):
        qtbot.keyClicks(page.list.search, text)
    titles = [page.list.model.index(r, 1).data() for r in range(page.list.model.rowCount())]
    assert titles == [expected]


def test_leaving_unsaved_changes_asks_first(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.record_pages["committee"]
    record_id = select(qtbot, window, page, "Mesa de Trabajo Intersectorial para la Gestión Migratoria")
    field = page.editor.form.editors["legal_basis"].widget
    qtbot.keyClick(field, Qt.Key.Key_End)  # a name is shown from its start: the user goes to its end
    qtbot.keyClicks(field, " (amended)")
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.list.table.selectRow(0 if page.list.model.id_at(0) != record_id else 1)
    settle(qtbot, window)
    assert asked and page.editor.record_id == record_id
    assert page.editor.form.editors["legal_basis"].value().endswith("(amended)")


@pytest.mark.parametrize(
    "name",
    [
        '<img src="/etc/passwd"> Comité <b>falso</b>',
        "Ministerio de Trabajo &amp; Empleo",
        "<h1 style='font-size:300px'>گروه کاری</h1> & <script>x</script>",
    ],
)
def test_a_record_s_name_is_shown_as_typed_never_as_markup(qtbot, window: MainWindow, name: str) -> None:
    """A name typed by anyone (or received from a partner) is text: no image loaded, no entity read."""
    page = window.record_pages["committee"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    form = page.editor.form
    form.editors["name"].widget.insert(name)
    form.editors["kind"].set_value("technical_working_group")
    form.editors["status"].set_value("proposed")
    page.editor.save()
    settle(qtbot, window)
    title = page.editor.title
    assert title.textFormat() == Qt.TextFormat.PlainText  # drawn as written: no image loaded, no entity read
    assert title.text().endswith(name)
