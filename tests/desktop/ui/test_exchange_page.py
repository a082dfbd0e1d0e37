"""The Exchange page, and the Conflicts tab end to end: two people keep one country in step through the GUI.

Amal starts from the demo data, Bruno from nothing; files go both ways, a clash
is shown with both values and settled on one side, and both end with the same
records. Refusals (a stranger's file declined, a damaged file, a wrong
passphrase) leave the database as it was.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from exchange_gui_helpers import (
    COMMITTEE,
    dump_of,
    export_on_page,
    import_on_page,
    one_value,
    open_on_page,
    preview_rows,
    share_everything,
)
from gui_helpers import exchange_page_accelerators, settle
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget
from sqlalchemy import text

from db.errors import DiskFull
from db.secrets import KeyStore
from db.services import Actor, create, delete, get, update
from db.services.authority import Authority
from db.services.conflicts import list_conflicts
from db.services.settings import USER_NAME, set_setting
from db.store import Store
from desktop.exchange.files import export_file, import_file, open_file, preview
from desktop.session import current_actor
from desktop.ui import exchange_receive, exchange_send
from desktop.ui.exchange_common import STAGES
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import install_translators, installed_language, remove_translators


def test_two_people_keep_a_country_in_step_and_settle_a_clash_through_the_pages(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    assert "Amal Haddad" in amal.exchange.identity_label.text()
    amal_key = amal.exchange.identity_label.text().split("<tt><b>")[1].split("</b>")[0]

    # Amal sends Peru; Bruno sees who sent it, its key, what it would do, and accepts the new sender.
    amal.exchange.send.tick_country("PER")
    export_on_page(qtbot, amal, tmp_path / "peru.mxf")
    assert "Saved" in amal.exchange.send.message.text()
    empty = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, tmp_path / "peru.mxf")
    sender = bruno.exchange.receive.sender_label.text()
    assert "Amal Haddad" in sender and amal_key in sender and "First file from this sender" in sender
    rows = preview_rows(bruno)
    assert rows["Committee"][0] == "2" and rows["Activity"][0] == "3"
    assert dump_of(bruno.runner.store) == empty  # a preview changes nothing
    import_on_page(qtbot, bruno, tmp_path / "peru.mxf")
    assert "Imported" in bruno.exchange.receive.message.text()
    assert bruno.exchange.partners_table.item(0, 0).text() == "Amal Haddad"
    assert bruno.exchange.partners_table.item(0, 1).text() == amal_key

    # A week offline: both rename the same committee, Bruno also sets another of its fields.
    committee = one_value(amal.runner.store, COMMITTEE)
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"name": "Mesa de Trabajo — Amal"})
    with bruno.runner.store.session() as session:
        update(
            session, bruno.actor, "committee", committee, {"name": "Mesa Intersectorial — Bruno", "acronym": "MTIGM-B"}
        )

    # Bruno answers with only what Amal may lack; Amal sees the clash on the Conflicts tab.
    bruno.exchange.refresh()
    settle(qtbot, bruno)
    export_on_page(qtbot, bruno, tmp_path / "back.mxf", partner="Amal Haddad")
    assert ": 1 change." in bruno.exchange.send.message.text()
    open_on_page(qtbot, amal, tmp_path / "back.mxf")
    assert preview_rows(amal) == {"Committee": ["", "1", "", "", "1"]}  # new, changed, deleted, restored, clash
    import_on_page(qtbot, amal, tmp_path / "back.mxf")
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
    export_on_page(qtbot, amal, tmp_path / "settled.mxf", partner="Bruno Díaz")
    import_on_page(qtbot, bruno, tmp_path / "settled.mxf")
    with bruno.runner.store.session() as session:
        assert get(session, "committee", committee)["name"] == "Mesa Intersectorial de Migración"
        assert list_conflicts(session) == []

    # Nothing lost: once Amal sends every country too, both databases are the same, byte for byte.
    countries = amal.exchange.send.countries
    for row in range(countries.count()):
        countries.item(row).setCheckState(Qt.CheckState.Unchecked)
    export_on_page(qtbot, amal, tmp_path / "all.mxf", partner="Bruno Díaz")
    import_on_page(qtbot, bruno, tmp_path / "all.mxf")
    assert dump_of(amal.runner.store) == dump_of(bruno.runner.store)
    export_on_page(qtbot, bruno, tmp_path / "nothing.mxf", partner="Amal Haddad")
    assert "nothing new" in bruno.exchange.send.message.text()
    open_on_page(qtbot, amal, tmp_path / "nothing.mxf")
    assert "Nothing to do" in amal.exchange.receive.message.text()


def test_a_sender_not_accepted_imports_nothing(qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    before = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, tmp_path / "all.mxf")
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender, _countries: None
    receive.import_now()
    settle(qtbot, bruno)
    assert "not accepted" in receive.message.text()
    assert dump_of(bruno.runner.store) == before
    assert bruno.exchange.partners_table.rowCount() == 0


def test_a_damaged_file_is_refused_with_its_reason_and_changes_nothing(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    data = (tmp_path / "all.mxf").read_bytes()
    (tmp_path / "cut.mxf").write_bytes(data[: len(data) // 2])
    (tmp_path / "notes.mxf").write_text("meeting notes, not an exchange file")
    before = dump_of(bruno.runner.store)
    for name in ("cut.mxf", "notes.mxf"):
        open_on_page(qtbot, bruno, tmp_path / name)
        message = bruno.exchange.receive.message.text()
        assert message.startswith(f"Refused: {name}"), message
        assert not bruno.exchange.receive.import_button.isEnabled()
    assert dump_of(bruno.runner.store) == before


def test_an_encrypted_file_asks_for_its_passphrase_and_opens_with_the_right_one(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    send = amal.exchange.send
    send.passphrase.setText("ĉiuĵaŭde 🌧")
    send.passphrase_again.setText("something else")
    send.export_to(tmp_path / "never.mxf")
    assert "differ" in send.message.text() and not (tmp_path / "never.mxf").exists()
    export_on_page(qtbot, amal, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde 🌧")
    assert send.passphrase.text() == ""  # not left lying in the form
    before = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, tmp_path / "locked.mxf")
    receive = bruno.exchange.receive
    assert "is encrypted" in receive.message.text() and "passphrase" in receive.message.text()
    open_on_page(qtbot, bruno, tmp_path / "locked.mxf", passphrase="ciujaude")
    assert "cannot be opened with this passphrase" in receive.message.text()
    assert dump_of(bruno.runner.store) == before
    open_on_page(qtbot, bruno, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde 🌧")
    assert receive.incoming is not None and "encrypted" in receive.sender_label.text()


def test_every_alt_key_on_the_page_is_unique(people: tuple[MainWindow, MainWindow]) -> None:
    keys = exchange_page_accelerators(people[0])
    assert len(keys) >= 12 and len(keys) == len(set(keys)), keys


def test_a_file_dropped_on_the_page_is_opened(qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "all.mxf"))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    enter.setAccepted(False)
    bruno.exchange.dragEnterEvent(enter)
    assert enter.isAccepted()
    bruno.exchange.dropEvent(event)
    settle(qtbot, bruno)
    assert bruno.exchange.receive.incoming is not None
    assert "Amal Haddad" in bruno.exchange.receive.sender_label.text()
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, folder, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    enter.setAccepted(False)
    bruno.exchange.dragEnterEvent(enter)
    assert not enter.isAccepted()  # a folder is not a file to open


def _a_day_of_work(store: Store, actor: Actor, rng: random.Random, day: int) -> None:
    """Edits a focal point makes in a day: progress, names, statuses, a meeting, now and then a delete."""
    with store.session() as session:
        activities = list(
            session.execute(
                text("select id from activity where country = 'PER' and deleted_at is null order by id")
            ).scalars()
        )
        committees = list(
            session.execute(
                text("select id from committee where country = 'PER' and deleted_at is null order by id")
            ).scalars()
        )
        practices = list(
            session.execute(text("select id from good_practice where deleted_at is null order by id")).scalars()
        )
        for activity in rng.sample(activities, 2):
            update(session, actor, "activity", activity, {"progress": rng.randrange(0, 101, 5)})
        committee = rng.choice(committees)
        update(session, actor, "committee", committee, {"acronym": f"{actor.user[:4]}-{day}-ع"})
        create(
            session,
            actor,
            "meeting",
            {"committee_id": committee, "held_on": f"2026-11-{day + 10:02d}", "place": f"Lima — {actor.user} 🇵🇪"},
        )
        if practices and rng.random() < 0.3:
            delete(session, actor, "good_practice", rng.choice(practices))


def test_a_week_offline_then_files_both_ways_ends_with_the_same_records_and_no_clash_left(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "start.mxf")
    import_on_page(qtbot, bruno, tmp_path / "start.mxf")
    rng = random.Random(5)
    for day in range(1, 6):
        _a_day_of_work(amal.runner.store, amal.actor, rng, day)
        _a_day_of_work(bruno.runner.store, bruno.actor, rng, day)
        if day == 3:  # a mid-week file from Bruno; Amal's answer is lost
            export_on_page(qtbot, bruno, tmp_path / "mid.mxf", partner="Amal Haddad")
            import_on_page(qtbot, amal, tmp_path / "mid.mxf")
            export_on_page(qtbot, amal, tmp_path / "lost.mxf", partner="Bruno Díaz")
    bruno.exchange.refresh()
    amal.exchange.refresh()
    settle(qtbot, amal)
    settle(qtbot, bruno)
    export_on_page(qtbot, amal, tmp_path / "amal.mxf", partner="Bruno Díaz")
    export_on_page(qtbot, bruno, tmp_path / "bruno.mxf", partner="Amal Haddad")
    import_on_page(qtbot, bruno, tmp_path / "amal.mxf")
    import_on_page(qtbot, amal, tmp_path / "bruno.mxf")
    assert dump_of(amal.runner.store) == dump_of(bruno.runner.store)  # the same winners on both sides

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
    export_on_page(qtbot, amal, tmp_path / "settled.mxf", partner="Bruno Díaz")
    import_on_page(qtbot, bruno, tmp_path / "settled.mxf")
    assert dump_of(amal.runner.store) == dump_of(bruno.runner.store)
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
        said.append(" | ".join(button.text() for button in box.buttons()))
        wanted = [button for button in box.buttons() if button.text() == text]
        if wanted:
            wanted[0].click()
        else:  # said[2] tells which buttons there were; never leave the test waiting on the box
            box.reject()

    QTimer.singleShot(20, click)
    return said


def test_a_new_sender_is_accepted_only_in_the_dialog_that_shows_the_fingerprint_again(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    before = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, tmp_path / "all.mxf")
    receive = bruno.exchange.receive
    fingerprint = receive.incoming.sender.fingerprint
    said = _click_when_shown(qtbot, "Cancel")
    receive.import_now()
    settle(qtbot, bruno)
    assert fingerprint in said[0] and said[1] == "Cancel"  # Enter alone does not accept a stranger
    assert "not accepted" in receive.message.text() and dump_of(bruno.runner.store) == before
    said = _click_when_shown(qtbot, "They match: trust for every country")
    receive.import_now()
    settle(qtbot, bruno)
    assert "They match: trust for BDI, KGZ, LKA, MAR, PER" in said[2]  # the countries the file covers
    assert "Imported" in receive.message.text() and dump_of(bruno.runner.store) != before
    assert bruno.exchange.partners_table.item(0, 1).text() == fingerprint
    assert bruno.exchange.partners_table.item(0, 2).text() == "every country"


def test_a_sender_s_name_is_shown_as_written_with_nothing_that_reorders_or_breaks_it(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    """A right-to-left override would show "Eve" + "\u202eretrauqdaeH" as "Eve Headquarters"; a line
    break would start a line of its own in the dialog that asks to trust the key."""
    amal, bruno = people
    with amal.runner.store.session() as session:
        set_setting(session, USER_NAME, "Eve <b>HQ</b>\n\u202eretrauqdaeH")
    export_on_page(qtbot, amal, tmp_path / "eve.mxf")
    open_on_page(qtbot, bruno, tmp_path / "eve.mxf")
    receive = bruno.exchange.receive
    shown = receive.sender_label.text()
    assert "Eve &lt;b&gt;HQ&lt;/b&gt;\\n\\u202eretrauqdaeH" in shown and "\u202e" not in shown
    said = _click_when_shown(qtbot, "They match: trust for every country")
    receive.import_now()
    settle(qtbot, bruno)
    assert "Eve <b>HQ</b>\\n\\u202eretrauqdaeH" in said[0] and "\u202e" not in said[0]
    assert bruno.exchange.partners_table.item(0, 0).text() == "Eve <b>HQ</b>\\n\\u202eretrauqdaeH"


def test_a_file_signed_with_another_key_under_a_known_name_is_refused(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    # Another computer (its own key store) with a copy of Amal's installation id, but its own key.
    impostor = Store.open(tmp_path / "impostor.db", keys=KeyStore(tmp_path / "impostor-keys"))
    with impostor.session() as session:
        session.execute(
            text("insert into setting (key, value) values ('device_id', :d)"), {"d": amal.runner.store.device_id()}
        )
    export_file(impostor, Actor("Amal Haddad", impostor.device_id()), tmp_path / "fake.mxf")
    impostor.close()
    before = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, tmp_path / "fake.mxf")
    message = bruno.exchange.receive.message.text()
    assert message.startswith("Refused: fake.mxf claims to come from Amal Haddad") and "another key" in message
    assert bruno.exchange.receive.incoming is None and not bruno.exchange.receive.import_button.isEnabled()
    assert dump_of(bruno.runner.store) == before


def test_a_failed_import_changes_nothing_and_can_be_tried_again(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    open_on_page(qtbot, bruno, tmp_path / "all.mxf")
    before = dump_of(bruno.runner.store)
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender, _countries: Authority.every_country()

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange_receive, "import_file", full_disk)
    receive.import_now()
    settle(qtbot, bruno)
    assert receive.message.text() == "Not imported, nothing was changed: [Errno 28] No space left on device"
    assert dump_of(bruno.runner.store) == before
    assert receive.import_button.isEnabled() and receive.open_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        receive.import_now()
    assert "Imported" in receive.message.text()


def test_a_full_disk_during_an_import_is_said_in_the_users_language_and_changes_nothing(
    qtbot, qapp, people: tuple[MainWindow, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "all.mxf")
    open_on_page(qtbot, bruno, tmp_path / "all.mxf")
    before = dump_of(bruno.runner.store)
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender, _countries: Authority.every_country()

    def full_disk(destination: Path) -> Path:  # no room for the backup made first, as the store says it
        raise DiskFull(f"{destination}: database or disk is full", path=destination, folder=destination.parent)

    monkeypatch.setattr(bruno.runner.store, "backup", full_disk)
    receive.import_now()
    settle(qtbot, bruno)
    assert receive.message.text() == (
        f"Not imported: The disk holding {tmp_path} is full: free some space on it and try again. Nothing was changed."
    )
    language = installed_language()
    try:
        install_translators(qapp, "fr")
        receive.import_now()
        settle(qtbot, bruno)
        assert receive.message.text() == (
            f"Non importé\xa0: Le disque qui contient {tmp_path} est plein\xa0: libérez de la place et réessayez. "
            "Rien n'a été modifié."
        )
    finally:
        remove_translators(qapp)
        if language is not None:
            install_translators(qapp, language)
    assert dump_of(bruno.runner.store) == before and receive.import_button.isEnabled()


def test_one_file_at_a_time_and_the_passphrase_is_not_kept(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    export_on_page(qtbot, amal, tmp_path / "locked.mxf", passphrase="ĉiuĵaŭde")
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
    import_file(b, incoming, trust=Authority.every_country(), progress=seen)
    assert len(stages) >= 5 and stages <= set(STAGES), stages - set(STAGES)


@pytest.mark.parametrize("passphrase", ["", "vicuña 2026"], ids=["plain", "encrypted"])
def test_the_name_offered_for_an_encrypted_file_says_nothing_of_who_or_what(
    people: tuple[MainWindow, MainWindow], monkeypatch: pytest.MonkeyPatch, passphrase: str
) -> None:
    amal, _bruno = people
    offered: list[str] = []

    class Dialog:  # records the name offered, and is cancelled
        AcceptMode = exchange_send.QFileDialog.AcceptMode

        def __init__(self, _parent: object, _title: str, path: str, _filter: str) -> None:
            offered.append(Path(path).name)

        def __getattr__(self, _name: str) -> object:
            return lambda *_args: None

        def exec(self) -> bool:
            return False

    monkeypatch.setattr(exchange_send, "QFileDialog", Dialog)
    send = amal.exchange.send
    send.tick_country("PER")
    send.passphrase.setText(passphrase)
    send.passphrase_again.setText(passphrase)
    send.choose_file()
    if passphrase:
        assert re.fullmatch(r"mainstream-\d{4}-\d\d-\d\d\.mxf", offered[0]), offered
    else:
        assert offered[0].startswith("amal-haddad-PER-"), offered
