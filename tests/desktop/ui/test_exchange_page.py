"""The Exchange and Conflicts pages: two people keep one country in step by files, through the GUI.

Amal starts from the demo data, Bruno from nothing; files go both ways, a clash
is shown with both values and settled on one side, and both end with the same
records. Refusals (a stranger's file declined, a damaged file, a wrong
passphrase) leave the database as it was.
"""

from __future__ import annotations

import dataclasses
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import exchange_page_accelerators, settle
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget
from sqlalchemy import text

from db.services import Actor, create, delete, dump, get, restore, update
from db.services.conflicts import list_conflicts
from db.services.settings import get_profile, save_profile
from db.store import Store
from desktop.demo import load_demo
from desktop.exchange import package
from desktop.exchange.files import export_file, import_file, open_file, preview
from desktop.session import current_actor
from desktop.ui import exchange_receive
from desktop.ui.exchange_common import STAGES
from desktop.ui.main_window import MainWindow

COMMITTEE = "select id from committee where country = 'PER' order by name limit 1"


def _store(path: Path, user: str, *, demo: bool) -> Store:
    store = Store.open(path)
    device = store.device_id()
    with store.session() as session:
        save_profile(session, dataclasses.replace(get_profile(session), user_name=user, default_country="PER"))
        if demo:
            load_demo(session, Actor(user, device))
    return store


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    exchange = window._container_of(window.exchange)
    window.sidebar.setCurrentRow(window.stack.indexOf(exchange))
    settle(qtbot, window)
    return window


@pytest.fixture
def people(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, MainWindow]]:
    monkeypatch.setattr(package, "SCRYPT_N", 2**14)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: pytest.fail("unexpected warning"))
    amal = _window(qtbot, _store(tmp_path / "amal.db", "Amal Haddad", demo=True))
    bruno = _window(qtbot, _store(tmp_path / "bruno.db", "Bruno Díaz", demo=False))
    yield amal, bruno
    for window in (amal, bruno):
        window.runner.wait()


def _dump(store: Store) -> str:
    out = io.StringIO()
    with store.session() as session:
        dump(session, out)
    return out.getvalue()


def _export(qtbot, window: MainWindow, path: Path, *, partner: str | None = None, passphrase: str = "") -> None:
    send = window.exchange.send
    send.partner_box.setCurrentIndex(send.partner_box.findText(partner, Qt.MatchFlag.MatchStartsWith)
                                     if partner else 0)
    send.passphrase.setText(passphrase)
    send.passphrase_again.setText(passphrase)
    with qtbot.waitSignal(send.exported, timeout=20_000):
        send.export_to(path)
    settle(qtbot, window)


def _open(qtbot, window: MainWindow, path: Path, passphrase: str = "") -> None:
    receive = window.exchange.receive
    receive.passphrase.setText(passphrase)
    receive.open_path(path)
    settle(qtbot, window)


def _import(qtbot, window: MainWindow, path: Path, *, accept_sender: bool = True) -> None:
    _open(qtbot, window, path)
    receive = window.exchange.receive
    assert receive.incoming is not None, receive.message.text()
    receive.confirm_new_sender = lambda _sender: accept_sender
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        receive.import_now()
    settle(qtbot, window)


def _preview_rows(window: MainWindow) -> dict[str, list[str]]:
    table = window.exchange.receive.preview_table
    return {
        table.item(row, 0).text(): [table.item(row, column).text() for column in range(1, table.columnCount())]
        for row in range(table.rowCount())
    }


def _one(store: Store, sql: str) -> str:
    with store.session() as session:
        return str(session.execute(text(sql)).scalar_one())


def test_two_people_keep_a_country_in_step_and_settle_a_clash_through_the_pages(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    assert "Amal Haddad" in amal.exchange.identity_label.text()
    amal_key = amal.exchange.identity_label.text().split("<tt><b>")[1].split("</b>")[0]

    # Amal sends Peru; Bruno sees who sent it, its key, what it would do, and accepts the new sender.
    amal.exchange.send.tick_country("PER")
    _export(qtbot, amal, tmp_path / "peru.mxf")
    assert "Saved" in amal.exchange.send.message.text()
    empty = _dump(bruno.runner.store)
    _open(qtbot, bruno, tmp_path / "peru.mxf")
    sender = bruno.exchange.receive.sender_label.text()
    assert "Amal Haddad" in sender and amal_key in sender and "First file from this sender" in sender
    rows = _preview_rows(bruno)
    assert rows["Committee"][0] == "2" and rows["Activity"][0] == "3"
    assert _dump(bruno.runner.store) == empty  # a preview changes nothing
    _import(qtbot, bruno, tmp_path / "peru.mxf")
    assert "Imported" in bruno.exchange.receive.message.text()
    assert bruno.exchange.partners_table.item(0, 0).text() == "Amal Haddad"
    assert bruno.exchange.partners_table.item(0, 1).text() == amal_key

    # A week offline: both rename the same committee, Bruno also sets another of its fields.
    committee = _one(amal.runner.store, COMMITTEE)
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"name": "Mesa de Trabajo — Amal"})
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"name": "Mesa Intersectorial — Bruno",
                                                              "acronym": "MTIGM-B"})

    # Bruno answers with only what Amal may lack; Amal sees the clash on the Conflicts tab.
    bruno.exchange.refresh()
    settle(qtbot, bruno)
    _export(qtbot, bruno, tmp_path / "back.mxf", partner="Amal Haddad")
    assert ": 1 change." in bruno.exchange.send.message.text()
    _open(qtbot, amal, tmp_path / "back.mxf")
    assert _preview_rows(amal) == {"Committee": ["", "1", "", "", "1"]}  # new, changed, deleted, restored, clash
    _import(qtbot, amal, tmp_path / "back.mxf")
    backup = Store.open(tmp_path / "amal.db.before-import.bak")  # the database just before, kept
    with backup.session() as session:
        assert get(session, "committee", committee)["name"] == "Mesa de Trabajo — Amal"
        assert get(session, "committee", committee)["acronym"] != "MTIGM-B"
    backup.close()
    assert "Conflicts" in amal.exchange.receive.message.text()
    exchange_row = amal.stack.indexOf(amal._container_of(amal.conflicts))
    assert amal.sidebar.item(exchange_row).text() == "Exchange (1)"
    tabs = amal._container_of(amal.conflicts)
    assert isinstance(tabs, QTabWidget) and tabs.tabText(1) == "Conflicts (1)"
    tabs.setCurrentWidget(amal.conflicts)
    settle(qtbot, amal)
    page = amal.conflicts
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, column).text() for column in range(4)]
    assert cells[1] == "Name" and {cells[2], cells[3]} == {"Mesa de Trabajo — Amal", "Mesa Intersectorial — Bruno"}
    choices = [button.text() for button in page.choices.buttons() if button is not page.another]
    assert any("Bruno Díaz" in choice and "Mesa Intersectorial — Bruno" in choice for choice in choices)
    assert any("Amal Haddad" in choice and "Mesa de Trabajo — Amal" in choice for choice in choices)
    with amal.runner.store.session() as session:
        assert get(session, "committee", committee)["acronym"] == "MTIGM-B"  # the other field came without a clash

    # Amal types a third name; the conflict is settled here and the choice travels back.
    page.set_another_value("Mesa Intersectorial de Migración")
    page.keep_chosen()
    settle(qtbot, amal)
    assert page.table.rowCount() == 0 and page.empty.isVisibleTo(page)
    assert amal.sidebar.item(exchange_row).text() == "Exchange"
    _export(qtbot, amal, tmp_path / "settled.mxf", partner="Bruno Díaz")
    _import(qtbot, bruno, tmp_path / "settled.mxf")
    with bruno.runner.store.session() as session:
        assert get(session, "committee", committee)["name"] == "Mesa Intersectorial de Migración"
        assert list_conflicts(session) == []

    # Nothing lost: once Amal sends every country too, both databases are the same, byte for byte.
    countries = amal.exchange.send.countries
    for row in range(countries.count()):
        countries.item(row).setCheckState(Qt.CheckState.Unchecked)
    _export(qtbot, amal, tmp_path / "all.mxf", partner="Bruno Díaz")
    _import(qtbot, bruno, tmp_path / "all.mxf")
    assert _dump(amal.runner.store) == _dump(bruno.runner.store)
    _export(qtbot, bruno, tmp_path / "nothing.mxf", partner="Amal Haddad")
    assert "nothing new" in bruno.exchange.send.message.text()
    _open(qtbot, amal, tmp_path / "nothing.mxf")
    assert "Nothing to do" in amal.exchange.receive.message.text()


def test_keeping_the_value_not_in_force_settles_the_conflict_with_it(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    _import(qtbot, bruno, tmp_path / "all.mxf")
    committee = _one(amal.runner.store, COMMITTEE)
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"name": "Amal's name"})
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"name": "Bruno's name"})
    _export(qtbot, bruno, tmp_path / "back.mxf")
    _import(qtbot, amal, tmp_path / "back.mxf")
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


def test_a_sender_not_accepted_imports_nothing(qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    before = _dump(bruno.runner.store)
    _open(qtbot, bruno, tmp_path / "all.mxf")
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender: False
    receive.import_now()
    settle(qtbot, bruno)
    assert "not accepted" in receive.message.text()
    assert _dump(bruno.runner.store) == before
    assert bruno.exchange.partners_table.rowCount() == 0


def test_a_damaged_file_is_refused_with_its_reason_and_changes_nothing(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    data = (tmp_path / "all.mxf").read_bytes()
    (tmp_path / "cut.mxf").write_bytes(data[: len(data) // 2])
    (tmp_path / "notes.mxf").write_text("meeting notes, not an exchange file")
    before = _dump(bruno.runner.store)
    for name in ("cut.mxf", "notes.mxf"):
        _open(qtbot, bruno, tmp_path / name)
        message = bruno.exchange.receive.message.text()
        assert message.startswith(f"Refused: {name}"), message
        assert not bruno.exchange.receive.import_button.isEnabled()
    assert _dump(bruno.runner.store) == before


def test_an_encrypted_file_asks_for_its_passphrase_and_opens_with_the_right_one(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    send = amal.exchange.send
    send.passphrase.setText("ĉiuĵaŭde 🌧")
    send.passphrase_again.setText("something else")
    send.export_to(tmp_path / "never.mxf")
    assert "differ" in send.message.text() and not (tmp_path / "never.mxf").exists()
    _export(qtbot, amal, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde 🌧")
    assert send.passphrase.text() == ""  # not left lying in the form
    before = _dump(bruno.runner.store)
    _open(qtbot, bruno, tmp_path / "locked.mxf")
    receive = bruno.exchange.receive
    assert "is encrypted" in receive.message.text() and "passphrase" in receive.message.text()
    _open(qtbot, bruno, tmp_path / "locked.mxf", passphrase="ciujaude")
    assert "cannot be opened with this passphrase" in receive.message.text()
    assert _dump(bruno.runner.store) == before
    _open(qtbot, bruno, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde 🌧")
    assert receive.incoming is not None and "encrypted" in receive.sender_label.text()


def test_every_alt_key_on_the_page_is_unique(people: tuple[MainWindow, MainWindow]) -> None:
    keys = exchange_page_accelerators(people[0])
    assert len(keys) >= 12 and len(keys) == len(set(keys)), keys


def test_a_file_dropped_on_the_page_is_opened(qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "all.mxf"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    bruno.exchange.dragEnterEvent(enter)
    assert enter.isAccepted()
    bruno.exchange.dropEvent(event)
    settle(qtbot, bruno)
    assert bruno.exchange.receive.incoming is not None
    assert "Amal Haddad" in bruno.exchange.receive.sender_label.text()
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, folder, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    bruno.exchange.dragEnterEvent(enter)
    assert not enter.isAccepted()  # a folder is not a file to open


def _sync(source: Store, target: Store, path: Path) -> None:
    """Everything from ``source`` into ``target``, as the command line would (the pages are tested above)."""
    export_file(source, current_actor(source), path)
    import_file(target, open_file(target, path), trust=True)


def test_clashing_codes_dates_and_references_show_in_words_and_settle_with_the_right_editor(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    a, b = amal.runner.store, bruno.runner.store
    _sync(a, b, tmp_path / "1.mxf")
    policy = _one(a, "select id from policy where country = 'PER' order by title limit 1")
    committee = _one(a, COMMITTEE)
    lead = _one(a, f"select coalesce(lead_institution_id, '') from policy where id = '{policy}'")
    ministries = [_one(a, "select id from institution where country = 'PER' and id != :lead order by name "
                          f"limit 1 offset {n}".replace(":lead", f"'{lead}'")) for n in range(3)]
    with a.session() as session:
        update(session, amal.actor, "policy", policy, {"status": "validated", "lead_institution_id": ministries[0]})
        update(session, amal.actor, "committee", committee, {"established_on": "2019-03-01"})
    with b.session() as session:
        update(session, bruno.actor, "policy", policy, {"status": "adopted", "lead_institution_id": ministries[1]})
        update(session, bruno.actor, "committee", committee, {"established_on": "2020-07-15"})
    _sync(b, a, tmp_path / "2.mxf")
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


def _a_day_of_work(store: Store, actor: Actor, rng: random.Random, day: int) -> None:
    """Edits a focal point makes in a day: progress, names, statuses, a meeting, now and then a delete."""
    with store.session() as session:
        activities = list(session.execute(text("select id from activity where country = 'PER' "
                                                "and deleted_at is null order by id")).scalars())
        committees = list(session.execute(text("select id from committee where country = 'PER' "
                                                "and deleted_at is null order by id")).scalars())
        practices = list(session.execute(text("select id from good_practice where deleted_at is null "
                                              "order by id")).scalars())
        for activity in rng.sample(activities, 2):
            update(session, actor, "activity", activity, {"progress": rng.randrange(0, 101, 5)})
        committee = rng.choice(committees)
        update(session, actor, "committee", committee, {"acronym": f"{actor.user[:4]}-{day}-ع"})
        create(session, actor, "meeting", {"committee_id": committee, "held_on": f"2026-11-{day + 10:02d}",
                                           "place": f"Lima — {actor.user} 🇵🇪"})
        if practices and rng.random() < 0.3:
            delete(session, actor, "good_practice", rng.choice(practices))


def test_a_week_offline_then_files_both_ways_ends_with_the_same_records_and_no_clash_left(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "start.mxf")
    _import(qtbot, bruno, tmp_path / "start.mxf")
    rng = random.Random(5)
    for day in range(1, 6):
        _a_day_of_work(amal.runner.store, amal.actor, rng, day)
        _a_day_of_work(bruno.runner.store, bruno.actor, rng, day)
        if day == 3:  # a mid-week file from Bruno; Amal's answer is lost
            _export(qtbot, bruno, tmp_path / "mid.mxf", partner="Amal Haddad")
            _import(qtbot, amal, tmp_path / "mid.mxf")
            _export(qtbot, amal, tmp_path / "lost.mxf", partner="Bruno Díaz")
    bruno.exchange.refresh()
    amal.exchange.refresh()
    settle(qtbot, amal)
    settle(qtbot, bruno)
    _export(qtbot, amal, tmp_path / "amal.mxf", partner="Bruno Díaz")
    _export(qtbot, bruno, tmp_path / "bruno.mxf", partner="Amal Haddad")
    _import(qtbot, bruno, tmp_path / "amal.mxf")
    _import(qtbot, amal, tmp_path / "bruno.mxf")
    assert _dump(amal.runner.store) == _dump(bruno.runner.store)  # the same winners on both sides

    # Amal settles every clash on her side (the other value each time); one more file settles Bruno's.
    page = amal.conflicts
    settle(qtbot, amal)
    clashes = len(page.lines)
    assert clashes >= 2
    with bruno.runner.store.session() as session:
        assert len(list_conflicts(session)) == clashes  # Bruno sees the same ones
    chosen = {}
    while page.lines:
        line = page.selected()
        chosen[(line.record_id, line.field)] = line.versions[1].value
        page.choose(1)
        page.keep_chosen()
        settle(qtbot, amal)
    assert len(chosen) == clashes
    _export(qtbot, amal, tmp_path / "settled.mxf", partner="Bruno Díaz")
    _import(qtbot, bruno, tmp_path / "settled.mxf")
    assert _dump(amal.runner.store) == _dump(bruno.runner.store)
    for window in (amal, bruno):
        with window.runner.store.session() as session:
            assert list_conflicts(session) == []
            for (record_id, name), value in chosen.items():
                kind = "activity" if name == "progress" else "committee"
                assert get(session, kind, record_id)[name] == value
    # Nothing lost: every value either of them typed is in both change logs.
    for window in (amal, bruno):
        with window.runner.store.session() as session:
            log = "\n".join(session.execute(text("select fields from change")).scalars())
        for day in range(1, 6):
            assert f"Amal-{day}-ع" in log and f"Brun-{day}-ع" in log


def _click_when_shown(qtbot, text: str) -> list[str]:
    """Click the button labelled ``text`` of the next message box; returns what the box said."""
    said: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        said.append(box.text())
        said.append(box.defaultButton().text())
        next(button for button in box.buttons() if button.text() == text).click()

    QTimer.singleShot(20, click)
    return said


def test_a_new_sender_is_accepted_only_in_the_dialog_that_shows_the_fingerprint_again(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    before = _dump(bruno.runner.store)
    _open(qtbot, bruno, tmp_path / "all.mxf")
    receive = bruno.exchange.receive
    fingerprint = receive.incoming.sender.fingerprint
    said = _click_when_shown(qtbot, "Cancel")
    receive.import_now()
    settle(qtbot, bruno)
    assert fingerprint in said[0] and said[1] == "Cancel"  # Enter alone does not accept a stranger
    assert "not accepted" in receive.message.text() and _dump(bruno.runner.store) == before
    said = _click_when_shown(qtbot, "They match: accept and import")
    receive.import_now()
    settle(qtbot, bruno)
    assert "Imported" in receive.message.text() and _dump(bruno.runner.store) != before
    assert bruno.exchange.partners_table.item(0, 1).text() == fingerprint


def test_a_file_signed_with_another_key_under_a_known_name_is_refused(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    _import(qtbot, bruno, tmp_path / "all.mxf")
    impostor = Store.open(tmp_path / "impostor.db")
    with impostor.session() as session:  # a copy of Amal's installation id, but its own key
        session.execute(text("insert into setting (key, value) values ('device_id', :d)"),
                        {"d": amal.runner.store.device_id()})
    export_file(impostor, Actor("Amal Haddad", impostor.device_id()), tmp_path / "fake.mxf")
    impostor.close()
    before = _dump(bruno.runner.store)
    _open(qtbot, bruno, tmp_path / "fake.mxf")
    message = bruno.exchange.receive.message.text()
    assert message.startswith("Refused: fake.mxf claims to come from Amal Haddad") and "another key" in message
    assert bruno.exchange.receive.incoming is None and not bruno.exchange.receive.import_button.isEnabled()
    assert _dump(bruno.runner.store) == before


def test_a_failed_import_changes_nothing_and_can_be_tried_again(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "all.mxf")
    _open(qtbot, bruno, tmp_path / "all.mxf")
    before = _dump(bruno.runner.store)
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender: True

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange_receive, "import_file", full_disk)
    receive.import_now()
    settle(qtbot, bruno)
    assert receive.message.text() == "Not imported, nothing was changed: [Errno 28] No space left on device"
    assert _dump(bruno.runner.store) == before
    assert receive.import_button.isEnabled() and receive.open_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        receive.import_now()
    assert "Imported" in receive.message.text()


def test_one_file_at_a_time_and_the_passphrase_is_not_kept(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    _export(qtbot, amal, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde")
    (tmp_path / "notes.mxf").write_text("not an exchange file")
    receive = bruno.exchange.receive
    receive.passphrase.setText("ĉiuĵaŭde")
    assert receive.open_path(tmp_path / "locked.mxf")
    assert not receive.open_path(tmp_path / "notes.mxf")  # refused while the first is being checked
    settle(qtbot, bruno)
    assert receive.incoming is not None and receive.incoming.path.name == "locked.mxf"
    assert receive.passphrase.text() == ""  # opened: not left for the next file
    (tmp_path / "folder").mkdir()
    assert not receive.open_path(tmp_path / "folder")
    assert "is a folder" in receive.message.text() and receive.incoming is not None


def test_a_conflict_of_a_record_in_the_trash_waits_until_it_is_restored(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    a, b = amal.runner.store, bruno.runner.store
    _sync(a, b, tmp_path / "1.mxf")
    committee = _one(a, COMMITTEE)
    with a.session() as session:
        update(session, amal.actor, "committee", committee, {"acronym": "A"})
    with b.session() as session:
        update(session, bruno.actor, "committee", committee, {"acronym": "B"})
    _sync(b, a, tmp_path / "2.mxf")
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


def test_every_stage_of_the_work_has_words_in_the_progress_dialog(
    people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    stages: set[str] = set()

    def seen(stage: str, _done: int, _total: int) -> None:
        stages.add(stage)

    a, b = amal.runner.store, bruno.runner.store
    export_file(a, current_actor(a), tmp_path / "all.mxf", progress=seen)
    incoming = open_file(b, tmp_path / "all.mxf", progress=seen)
    preview(b, incoming, progress=seen)
    import_file(b, incoming, trust=True, progress=seen)
    assert len(stages) >= 5 and stages <= set(STAGES), stages - set(STAGES)
