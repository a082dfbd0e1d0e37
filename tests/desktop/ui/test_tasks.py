"""Background work: results and errors arrive on the GUI thread, writes run one at a time."""

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from db.errors import ValidationError
from db.services import Actor, create, get
from db.store import Store
from desktop.ui import tasks
from desktop.ui.tasks import Cancelled, TaskRunner


@pytest.fixture
def runner(qtbot, tmp_path: Path):
    store = Store.open(tmp_path / "tasks.db")
    runner = TaskRunner(store)
    yield runner
    assert runner.wait()
    store.close()


def test_result_arrives_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}

    def work(session, progress):
        seen["worker"] = QThread.currentThread()
        return session.connection().exec_driver_sql("SELECT 41 + 1").scalar()

    def done(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    runner.read(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["callback"] is QApplication.instance().thread()
    assert seen["worker"] is not QApplication.instance().thread()


def test_a_write_is_committed_and_a_failed_write_leaves_nothing(qtbot, runner: TaskRunner) -> None:
    actor = Actor("tester", runner.store.device_id())
    created: list[str] = []
    errors: list[BaseException] = []
    runner.write(
        lambda session, _p: create(session, actor, "good_practice", {"title": "Kept", "theme": "policy_coherence"}),
        created.append,
    )

    def half_then_fail(session, _p):
        create(session, actor, "good_practice", {"title": "Rolled back", "theme": "policy_coherence"})
        create(session, actor, "good_practice", {"title": "", "theme": "policy_coherence"})  # title required

    runner.write(half_then_fail, None, errors.append)
    qtbot.waitUntil(lambda: bool(created and errors))
    assert isinstance(errors[0], ValidationError)
    with runner.store.session() as session:
        assert get(session, "good_practice", created[0])["title"] == "Kept"
        titles = session.connection().exec_driver_sql("SELECT title FROM good_practice").scalars().all()
    assert titles == ["Kept"]


def test_writes_never_overlap(qtbot, runner: TaskRunner) -> None:
    active = []
    overlaps = []
    lock = threading.Lock()

    def work(session, _p):
        with lock:
            active.append(1)
            overlaps.append(len(active))
        time.sleep(0.02)
        with lock:
            active.pop()

    finished = []
    for _ in range(6):
        runner.write(work, finished.append)
    qtbot.waitUntil(lambda: len(finished) == 6)
    assert max(overlaps) == 1


def test_errors_without_a_handler_are_reported_not_lost(qtbot, runner: TaskRunner) -> None:
    with qtbot.waitSignal(runner.failed) as signal:
        runner.read(lambda s, p: 1 / 0, label="Dividing")
    label, error = signal.args
    assert label == "Dividing" and isinstance(error, ZeroDivisionError)


def test_quick_work_shows_no_dialog_and_slow_work_shows_one_that_cancels(
    qtbot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "PROGRESS_AFTER_MS", 50)
    quick = runner.read(lambda s, p: None, label="Quick")
    qtbot.waitUntil(lambda: quick.done)
    qtbot.wait(100)
    assert quick._dialog is None

    outcome: list[object] = []

    def slow(session, progress):
        for step in range(400):
            progress.report(step, 400, "Counting")
            progress.check()
            time.sleep(0.01)
        return "finished"

    task = runner.read(slow, outcome.append, outcome.append, label="Slow")
    qtbot.waitUntil(lambda: task._dialog is not None and task._dialog.isVisible())
    assert isinstance(task._dialog, QProgressDialog)
    cancel_button = task._dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)
    assert task._dialog is None


def test_after_shutdown_running_work_ends_but_its_result_reaches_no_one(qtbot, runner: TaskRunner) -> None:
    """A window closing with a read under way: the page that asked is gone, so no callback."""
    actor = Actor("tester", runner.store.device_id())
    started = threading.Event()
    callbacks: list[object] = []

    def slow_write(session, _p):
        started.set()
        time.sleep(0.2)
        return create(session, actor, "good_practice", {"title": "Saved anyway", "theme": "policy_coherence"})

    runner.write(slow_write, callbacks.append, callbacks.append)
    runner.read(lambda _s, _p: time.sleep(0.1), callbacks.append, callbacks.append)
    assert started.wait(5)
    assert runner.shutdown()
    qtbot.wait(100)  # queued results would be delivered now
    assert callbacks == []
    with runner.store.session() as session:
        assert (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM good_practice WHERE title = 'Saved anyway'")
            .scalar()
            == 1
        )
