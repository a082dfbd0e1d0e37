"""The Conflicts tab: values of every kind shown in words, kept or replaced with the
field's own editor, and conflicts of records in the trash held back until restored."""

from __future__ import annotations

from pathlib import Path

from exchange_gui_helpers import (
    COMMITTEE,
    export_on_page,
    import_on_page,
    one_value,
    share_everything,
    sync,
)
from gui_helpers import settle

from db.services import delete, get, restore, update
from db.services.conflicts import list_conflicts
from desktop.ui.main_window import MainWindow


def test_keeping_the_value_not_in_force_settles_the_conflict_with_it(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    committee = one_value(amal.runner.store, COMMITTEE)
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"name": "Amal's name"})
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"name": "Bruno's name"})
    export_on_page(qtbot, bruno, tmp_path / "back.mxf")
    import_on_page(qtbot, amal, tmp_path / "back.mxf")
    page = amal.conflicts
    settle(qtbot, amal)
    in_force = page.lines[0].versions[0].value
    other = page.lines[0].versions[1].value
    assert {in_force, other} == {"Amal's name", "Bruno's name"}
    page.choose(1)
    page.keep_chosen()
    settle(qtbot, amal)
    with amal.runner.store.session() as session:
        assert get(session, "committee", committee)["name"] == other
        assert list_conflicts(session) == []


def test_clashing_codes_dates_and_references_show_in_words_and_settle_with_the_right_editor(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    a, b = amal.runner.store, bruno.runner.store
    sync(a, b, tmp_path / "1.mxf")
    policy = one_value(a, "select id from policy where country = 'PER' order by title limit 1")
    committee = one_value(a, COMMITTEE)
    lead = one_value(a, f"select coalesce(lead_institution_id, '') from policy where id = '{policy}'")
    ministries = [
        one_value(
            a,
            "select id from institution where country = 'PER' and id != :lead order by name "
            f"limit 1 offset {n}".replace(":lead", f"'{lead}'"),
        )
        for n in range(3)
    ]
    with a.session() as session:
        update(session, amal.actor, "policy", policy, {"status": "validated", "lead_institution_id": ministries[0]})
        update(session, amal.actor, "committee", committee, {"established_on": "2019-03-01"})
    with b.session() as session:
        update(session, bruno.actor, "policy", policy, {"status": "adopted", "lead_institution_id": ministries[1]})
        update(session, bruno.actor, "committee", committee, {"established_on": "2020-07-15"})
    sync(b, a, tmp_path / "2.mxf")
    amal.refresh()
    settle(qtbot, amal)
    page = amal.conflicts
    rows = {page.table.item(row, 1).text(): row for row in range(page.table.rowCount())}
    assert set(rows) == {"Status", "Lead institution", "Established on"}
    status = [page.table.item(rows["Status"], column).text() for column in (2, 3)]
    assert sorted(status) == ["Adopted", "Validated"]  # codes in words, as the editors show them
    with a.session() as session:
        names = {get(session, "institution", m)["id"]: get(session, "institution", m)["name"] for m in ministries}
    leads = [page.table.item(rows["Lead institution"], column).text() for column in (2, 3)]
    assert sorted(leads) == sorted(names[m] for m in ministries[:2])  # references by name, not id

    # The date: keep the value not in force (it travels as text and is stored as a date).
    page.table.selectRow(rows["Established on"])
    other_date = page.selected().versions[1].value
    page.choose(1)
    page.keep_chosen()
    settle(qtbot, amal)
    with a.session() as session:
        assert str(get(session, "committee", committee)["established_on"]) == other_date

    # The reference: a third institution, picked in the editor among the country's institutions.
    rows = {page.table.item(row, 1).text(): row for row in range(page.table.rowCount())}
    page.table.selectRow(rows["Lead institution"])
    editor = page._editor
    assert editor is not None and editor.box.findData(ministries[2]) >= 0
    editor.box.setCurrentIndex(editor.box.findData(ministries[2]))
    editor.changed.emit()
    assert page.another.isChecked()
    page.keep_chosen()
    settle(qtbot, amal)

    # A code not allowed is refused where the user can see it, and the conflict stays.
    rows = {page.table.item(row, 1).text(): row for row in range(page.table.rowCount())}
    assert set(rows) == {"Status"}
    page.table.selectRow(rows["Status"])
    page._editor.box.setCurrentIndex(0)  # empty: a policy's status is required
    page.another.setChecked(True)
    page.keep_chosen()
    settle(qtbot, amal)
    assert page.error.text() and page.table.rowCount() == 1
    with a.session() as session:
        assert get(session, "policy", policy)["lead_institution_id"] == ministries[2]
        assert [line.field for line in list_conflicts(session)] == ["status"]


def test_a_conflict_of_a_record_in_the_trash_waits_until_it_is_restored(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    a, b = amal.runner.store, bruno.runner.store
    sync(a, b, tmp_path / "1.mxf")
    committee = one_value(a, COMMITTEE)
    with a.session() as session:
        update(session, amal.actor, "committee", committee, {"acronym": "A"})
    with b.session() as session:
        update(session, bruno.actor, "committee", committee, {"acronym": "B"})
    sync(b, a, tmp_path / "2.mxf")
    amal.refresh()
    settle(qtbot, amal)
    assert len(amal.conflicts.lines) == 1
    with a.session() as session:
        trash_id = delete(session, amal.actor, "committee", committee)
    amal.conflicts.refresh()
    settle(qtbot, amal)
    assert amal.conflicts.lines == [] and amal.conflicts.empty.isVisibleTo(amal.conflicts)
    with a.session() as session:
        restore(session, amal.actor, trash_id)
    amal.conflicts.refresh()
    settle(qtbot, amal)
    assert [line.field for line in amal.conflicts.lines] == ["acronym"]
