"""The History page, on the offscreen platform: what a user sees of the change
log, how the filters narrow it, and the details of a selected change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import update as sql_update

from db.models import Change
from db.services import Actor, create, delete, restore, update, write_records
from db.store import Store
from desktop.ui.history_models import ANY_DATE, show_value
from desktop.ui.history_page import HistoryPage
from desktop.ui.query_model import PAGE
from desktop.ui.tasks import TaskRunner

ERIC = Actor("Éric Niyonzima", "b7a1c3e2-0000-4000-8000-000000000002")
COLUMNS = {"when": 0, "who": 1, "device": 2, "action": 3, "kind": 4, "record": 5, "fields": 6}


@dataclass
class Log:
    ministry: str
    policy: str
    committee: str
    trash_id: str


@pytest.fixture
def log(store: Store, actor: Actor) -> Log:
    """Lucía creates records in Burundi and Peru; Éric changes the policy and deletes the committee; she restores it."""
    with store.session() as session:
        ministry = create(
            session,
            actor,
            "institution",
            {
                "country": "BDI",
                "name": "Ministère des Affaires étrangères",
                "kind": "ministry",
                "acronym": "MAE",
            },
        )
        policy = create(
            session,
            actor,
            "policy",
            {
                "country": "BDI",
                "title": "Politique nationale de migration",
                "kind": "policy",
                "status": "draft",
                "themes": ["diaspora"],
            },
        )
        committee = create(
            session,
            actor,
            "committee",
            {
                "country": "PER",
                "name": "Mesa de Trabajo Intersectorial",
                "kind": "technical_working_group",
                "status": "active",
            },
        )
        create(session, actor, "meeting", {"committee_id": committee, "held_on": "2025-03-12", "place": "Lima"})
    with store.session() as session:
        update(
            session,
            ERIC,
            "policy",
            policy,
            {
                "status": "adopted",
                "lead_institution_id": ministry,
                "themes": ["diaspora", "labour_migration"],
            },
        )
    with store.session() as session:
        trash_id = delete(session, ERIC, "committee", committee)
    with store.session() as session:
        restore(session, actor, trash_id)
    return Log(ministry, policy, committee, trash_id)


@pytest.fixture
def runner(store: Store) -> Iterator[TaskRunner]:
    runner = TaskRunner(store)
    yield runner
    runner.wait()


def open_page(qtbot, runner: TaskRunner) -> HistoryPage:
    page = HistoryPage(runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.users_loaded), qtbot.waitSignal(page.model.loaded):
        page.refresh()
    return page


def column(page: HistoryPage, name: str) -> list[str]:
    return [page.model.index(row, COLUMNS[name]).data() for row in range(page.model.rowCount())]


def rows(page: HistoryPage) -> list[tuple[str, str, str]]:
    """(action, kind, record) as shown, newest first."""
    return list(zip(column(page, "action"), column(page, "kind"), column(page, "record"), strict=True))


def select_row(qtbot, page: HistoryPage, row: int) -> list[tuple[str, ...]]:
    with qtbot.waitSignal(page.details_loaded):
        page.table.selectRow(row)
    model = page.details_model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_every_change_is_listed_newest_first(qtbot, runner: TaskRunner, actor: Actor, log: Log) -> None:
    page = open_page(qtbot, runner)
    assert page.model.rowCount() == 4 + 1 + 2 + 2
    assert rows(page)[0] == ("Restored", "Meeting", "2025-03-12")
    assert rows(page)[-1] == ("Created", "Institution", "Ministère des Affaires étrangères")
    changed = rows(page).index(("Changed", "Policy", "Politique nationale de migration"))
    assert column(page, "who")[changed] == "Éric Niyonzima"
    assert column(page, "device")[changed] == ERIC.device[:8]
    assert column(page, "fields")[changed] == "Status, Lead institution, Themes"
    when = dt.datetime.strptime(column(page, "when")[0], "%Y-%m-%d %H:%M")
    assert abs(when - dt.datetime.now()) < dt.timedelta(minutes=5)  # local time, as the user reads a clock
    assert "9 changes" in page.count.text() or "9 change(s)" in page.count.text()


def test_an_update_shows_each_fields_old_and_new_value(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    details = select_row(qtbot, page, rows(page).index(("Changed", "Policy", "Politique nationale de migration")))
    assert page.details_model.headers == ["Field", "Old value", "New value"]
    assert details == [
        ("Status", "Draft", "Adopted"),  # codes in words, as the editor shows them
        ("Lead institution", "—", "Ministère des Affaires étrangères"),  # a reference, by its record's name
        ("Themes", "Diaspora", "Diaspora, Labour migration"),
    ]
    assert "Changed Policy “Politique nationale de migration” — Éric Niyonzima" in page.details_title.text()


def test_a_create_shows_the_values_it_was_made_with(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    details = dict(select_row(qtbot, page, rows(page).index(("Created", "Policy", "Politique nationale de migration"))))
    assert details["Status"] == "Draft"  # not today's "Adopted"
    assert details["Title"] == "Politique nationale de migration"
    assert "Lead institution" not in details  # empty when created
    assert "Id" not in details


def test_a_delete_shows_what_went_to_the_trash_together(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    details = select_row(qtbot, page, rows(page).index(("Deleted", "Committee", "Mesa de Trabajo Intersectorial")))
    assert details == [("Committee", "Mesa de Trabajo Intersectorial"), ("Meeting", "2025-03-12")]
    assert log.trash_id[:8] in page.details_note.text()
    assert "2 records went to the trash" in page.details_note.text()


def test_filters_by_kind_person_and_text_narrow_the_list(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    assert [page.user_box.itemText(i) for i in range(page.user_box.count())] == [
        "Everyone", "Lucía Quispe", "Éric Niyonzima",
    ]  # fmt: skip
    with qtbot.waitSignal(page.model.loaded):
        page.kind_box.setCurrentIndex(page.kind_box.findData("policy"))
    assert rows(page) == [("Changed", "Policy", "Politique nationale de migration"),
                          ("Created", "Policy", "Politique nationale de migration")]  # fmt: skip
    with qtbot.waitSignal(page.model.loaded):
        page.user_box.setCurrentIndex(page.user_box.findData("Éric Niyonzima"))
    assert column(page, "action") == ["Changed"]
    with qtbot.waitSignal(page.model.loaded):
        page.clear_filters()
    assert page.model.rowCount() == 9
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClicks(page.search, "Mesa")
    assert set(column(page, "record")) == {"Mesa de Trabajo Intersectorial"}


def test_dates_from_and_to_narrow_the_list(qtbot, store: Store, runner: TaskRunner, log: Log) -> None:
    with store.session() as session:  # as if the institution had been made long ago
        session.execute(
            sql_update(Change).where(Change.kind == "institution").values(changed_at=dt.datetime(2024, 3, 10, 12))
        )
    page = open_page(qtbot, runner)
    assert page.from_date.value() is None and page.from_date.text() == "Any"
    with qtbot.waitSignal(page.model.loaded):
        page.to_date.setDate(QDate(2024, 3, 10))
    assert column(page, "kind") == ["Institution"]
    with qtbot.waitSignal(page.model.loaded):
        page.from_date.setDate(QDate(2024, 3, 11))
    assert page.model.rowCount() == 0
    with qtbot.waitSignal(page.model.loaded):
        page.to_date.setDate(ANY_DATE)
    assert page.model.rowCount() == 8
    assert "Institution" not in column(page, "kind")


def test_show_record_narrows_to_one_record_until_cleared(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    with qtbot.waitSignal(page.model.loaded):
        page.kind_box.setCurrentIndex(page.kind_box.findData("institution"))
    with qtbot.waitSignal(page.model.loaded):
        page.show_record("committee", log.committee)  # other filters give way
    assert column(page, "action") == ["Restored", "Deleted", "Created"]
    assert set(column(page, "record")) == {"Mesa de Trabajo Intersectorial"}
    assert page.kind_box.currentData() is None
    qtbot.waitUntil(lambda: "Mesa de Trabajo Intersectorial" in page.banner_label.text())
    assert page.banner.isVisibleTo(page)
    with qtbot.waitSignal(page.model.loaded):
        page.show_all_button.click()
    assert page.model.rowCount() == 9
    assert not page.banner.isVisibleTo(page)


def test_history_of_the_selected_record_only(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    select_row(qtbot, page, rows(page).index(("Changed", "Policy", "Politique nationale de migration")))
    with qtbot.waitSignal(page.model.loaded):
        page.only_record_button.click()
    assert column(page, "action") == ["Changed", "Created"]


def test_country_shows_only_changes_to_its_records(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    with qtbot.waitSignal(page.model.loaded):
        page.set_country("BDI")
    assert set(column(page, "kind")) == {"Institution", "Policy"}
    with qtbot.waitSignal(page.model.loaded):
        page.set_country("PER")
    assert set(column(page, "kind")) == {"Committee", "Meeting"}
    with qtbot.waitSignal(page.model.loaded):
        page.show_record("policy", log.policy)  # asked for by name: shown whatever the country
    assert page.model.rowCount() == 2


def test_a_long_log_is_read_a_page_at_a_time(qtbot, store: Store, runner: TaskRunner, actor: Actor) -> None:
    practices = [{"title": f"Practice {n:04d}", "theme": "diaspora"} for n in range(PAGE * 2 + 50)]
    with store.session() as session:
        write_records(session, actor, {"good_practice": practices}, mode="create")
    page = open_page(qtbot, runner)
    assert page.model.rowCount() == PAGE * 2 + 50
    assert page.model.index(0, COLUMNS["record"]).data() == "Practice 0449"  # one batch: the last row written
    assert page.model.index(PAGE * 2 + 49, COLUMNS["record"]).data() == "Practice 0000"
    assert len(page.model._pages) == 2  # the first and the last page, nothing between


def test_a_newer_filter_wins_over_a_slower_older_one(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    page.set_country("PER")
    with qtbot.waitSignal(page.model.loaded):
        page.set_country("BDI")
    qtbot.wait(100)
    assert set(column(page, "kind")) == {"Institution", "Policy"}


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_inputs_are_named_and_reachable_from_the_keyboard(qtbot, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    inputs = (page.kind_box, page.user_box, page.from_date, page.to_date, page.search, page.table,
              page.details_table)  # fmt: skip
    assert all(widget.accessibleName() for widget in inputs)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert set(inputs[:5]) <= buddies
    assert all(widget.focusPolicy() & Qt.FocusPolicy.TabFocus for widget in inputs)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    qtbot.keyClick(page.search, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.kind_box)


def test_any_date_steps_to_today_not_to_the_year_2000(qtbot, runner: TaskRunner) -> None:
    page = HistoryPage(runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.model.loaded):
        page.from_date.stepBy(1)
    assert page.from_date.value() == dt.date.today()
    with qtbot.waitSignal(page.model.loaded):
        page.from_date.setDate(ANY_DATE)
    assert page.from_date.value() is None


def test_models_pass_the_model_tester(qtbot, qtmodeltester, runner: TaskRunner, log: Log) -> None:
    page = open_page(qtbot, runner)
    qtmodeltester.check(page.model)
    select_row(qtbot, page, 0)
    qtmodeltester.check(page.details_model)
    select_row(qtbot, page, rows(page).index(("Changed", "Policy", "Politique nationale de migration")))
    qtmodeltester.check(page.details_model)


def test_values_read_as_people_write_them() -> None:
    labels = {"0b1c": "Ministerio de Salud"}
    yes_no = ("Yes", "No")
    assert show_value(9_500_000.75, labels, yes_no) == "9,500,000.75"
    assert show_value(286000.0, labels, yes_no) == "286,000"
    assert show_value(2025, labels, yes_no) == "2025"  # a year, not a sum
    assert show_value(False, labels, yes_no) == "No"
    assert show_value(None, labels, yes_no) == show_value([], labels, yes_no) == "—"
    assert show_value(["0b1c", "x"], labels, yes_no) == "Ministerio de Salud, x"
    assert show_value(["in_progress", "sgbv"], labels, yes_no, code=True) == "In progress, SGBV"
