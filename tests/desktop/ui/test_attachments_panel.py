"""Files attached to a record, from its editor: add, list, save a copy, open, remove."""

import errno
from pathlib import Path

import pytest
from gui_helpers import settle
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from db.services.attachments import MAX_ATTACHMENT_BYTES, attachments_of
from desktop.ui import attachments_panel
from desktop.ui.attachments_panel import AttachmentsPanel, safe_name
from desktop.ui.main_window import MainWindow

NAMES = ["محضر الاجتماع 📎.txt", "ශ්‍රී ලංකාව — පැමිණීම.csv", "Acta de la sesión Nº 3.pdf"]


def open_committee(qtbot, window: MainWindow, acronym: str = "MTIGM") -> AttachmentsPanel:
    page = window.record_pages["committee"]
    window.show()  # as the person using it sees it: what is not shown reads changes only when shown
    qtbot.waitExposed(window)
    window.go_to(page)
    model = page.list.model
    page.list.table.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == acronym))
    settle(qtbot, window)
    return page.editor.attachments


def stored(window: MainWindow, panel: AttachmentsPanel) -> list[dict]:
    with window.runner.store.session() as session:
        return attachments_of(session, panel.kind, panel.record_id)


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def shown_names(panel: AttachmentsPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def select(panel: AttachmentsPanel, name: str) -> None:
    panel.table.selectRow(shown_names(panel).index(name))


def test_files_named_in_any_script_are_attached_listed_and_reload(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    assert shown_names(panel) == []
    assert panel.empty.isVisibleTo(panel)
    paths = []
    for n, name in enumerate(NAMES):
        path = tmp_path / name
        path.write_bytes(f"contenido {n} — محتوى\n".encode() * (n + 1))
        paths.append(path)
    choose_files(monkeypatch, paths)
    panel.add_button.click()
    settle(qtbot, window)
    assert sorted(shown_names(panel)) == sorted(NAMES)
    assert not panel.empty.isVisibleTo(panel)
    assert sorted(r["filename"] for r in stored(window, panel)) == sorted(NAMES)
    size = panel.model.index(shown_names(panel).index(NAMES[0]), 1).data()
    assert size == f"{paths[0].stat().st_size} bytes"
    # emptied, then opened again: the list is read again from the database
    panel.show_record(None, None)
    assert shown_names(panel) == []
    page = window.record_pages["committee"]
    page.editor.open_record(page.editor.record_id)
    settle(qtbot, window)
    assert sorted(shown_names(panel)) == sorted(NAMES)


def test_a_saved_copy_has_the_same_bytes(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    original = tmp_path / NAMES[1]
    original.write_bytes(bytes(range(256)) * 40)
    choose_files(monkeypatch, [original])
    panel.add_button.click()
    settle(qtbot, window)
    select(panel, NAMES[1])
    target = tmp_path / "out" / "copia — نسخة.csv"
    target.parent.mkdir()
    suggested = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _parent, _title, path, *a: (suggested.append(path), (str(target), ""))[1]
    )
    panel.save_button.click()
    settle(qtbot, window)
    assert target.read_bytes() == original.read_bytes()
    assert suggested[0].endswith(NAMES[1])
    assert not (target.parent / (target.name + ".part")).exists()


def test_open_hands_a_temporary_copy_to_the_system(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    original = tmp_path / NAMES[0]
    original.write_text("محضر", encoding="utf-8")
    choose_files(monkeypatch, [original])
    panel.add_button.click()
    settle(qtbot, window)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    select(panel, NAMES[0])
    panel.open_button.click()
    settle(qtbot, window)
    assert opened[0].name == NAMES[0]
    assert opened[0].read_bytes() == original.read_bytes()


def test_remove_sends_the_file_to_the_trash_and_undo_brings_it_back(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    original = tmp_path / NAMES[2]
    original.write_bytes(b"%PDF-1.4 acta")
    choose_files(monkeypatch, [original])
    panel.add_button.click()
    settle(qtbot, window)
    select(panel, NAMES[2])
    panel.remove_button.click()  # the question is answered Yes (conftest)
    settle(qtbot, window)
    assert shown_names(panel) == []
    assert stored(window, panel) == []
    window.undo_stack.undo()
    settle(qtbot, window)
    assert shown_names(panel) == [NAMES[2]]


def test_a_missing_file_is_explained_and_nothing_is_attached(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    present = tmp_path / "presente.txt"
    present.write_text("x")
    choose_files(monkeypatch, [present, tmp_path / "desaparecido.txt"])
    panel.add_button.click()
    settle(qtbot, window)
    assert "desaparecido.txt" in panel.message.text()
    assert "could not be read" in panel.message.text()
    assert stored(window, panel) == []  # the file that was there is not attached alone either


def test_a_file_too_large_is_refused_before_it_is_read(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    big = tmp_path / "grabación.mp4"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: no real disk used
    choose_files(monkeypatch, [big])
    panel.add_button.click()
    settle(qtbot, window)
    assert "grabación.mp4" in panel.message.text()
    assert "cannot be attached" in panel.message.text()
    assert stored(window, panel) == []


def test_a_full_disk_when_saving_a_copy_is_explained(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    original = tmp_path / "acta.txt"
    original.write_text("acta")
    choose_files(monkeypatch, [original])
    panel.add_button.click()
    settle(qtbot, window)
    select(panel, "acta.txt")
    target = tmp_path / "copia.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(attachments_panel.os, "fsync", full)
    panel.save_button.click()
    settle(qtbot, window)
    assert "No space left on device" in panel.message.text()
    assert not target.exists()
    assert not (tmp_path / "copia.txt.part").exists()


def test_a_new_record_cannot_take_files_until_saved(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    page.new_record()
    settle(qtbot, window)
    assert not page.editor.attachments.add_button.isEnabled()
    assert "Save the record first" in page.editor.attachments.empty.text()


def test_the_attachments_model_passes_the_model_tester(
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_committee(qtbot, window)
    (tmp_path / "a.txt").write_text("a")
    choose_files(monkeypatch, [tmp_path / "a.txt"])
    panel.add_button.click()
    settle(qtbot, window)
    qtmodeltester.check(panel.model)


def test_safe_name_keeps_every_script() -> None:
    assert safe_name(NAMES[0]) == NAMES[0]
    assert safe_name("a/b\\c:d?.txt") == "a_b_c_d_.txt"
    assert safe_name("...") == "attachment"
