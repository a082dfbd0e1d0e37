"""The editor refuses participation by institution that counts more people than the training's headline
counts, beside the field concerned and in the interface language, and saves nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import settle
from sqlalchemy import select

from db.errors import ValidationError
from db.models import CapacityActivity
from db.services import create, get
from db.services.children import owned_records
from desktop.session import current_actor
from desktop.ui.main_window import MainWindow
from desktop.ui.problems import reason_text
from desktop.ui.translations import install_translators, installed_language, remove_translators


def first_training(window: MainWindow) -> tuple[str, dict]:
    """A Peruvian training of the demo, whose institutions account for every participant."""
    with window.runner.store.session() as session:
        training = session.scalars(
            select(CapacityActivity).where(CapacityActivity.country == "PER").order_by(CapacityActivity.title)
        ).first()
        assert training is not None
        return training.id, get(session, "capacity_activity", training.id)


def participation_panel(qtbot, window: MainWindow, training_id: str):
    window.open_record("capacity_activity", training_id)
    settle(qtbot, window)
    editor = window.record_pages["capacity_activity"].editor
    return editor, next(p for p in editor.children_panels if p.kind == "capacity_participation")


def test_an_institution_over_the_headline_is_refused_beside_its_field(qtbot, window: MainWindow) -> None:
    training_id, training = first_training(window)
    _editor, panel = participation_panel(qtbot, window, training_id)
    before = panel.model.rowCount()
    panel.on_add()
    settle(qtbot, window)
    editor = panel.dialog.editor
    institutions = editor.form.editors["institution_id"].widget
    institutions.setCurrentIndex(1)
    institutions.activated.emit(1)
    for name, value in (("female", 2), ("male", 0), ("other", 0)):
        editor.form.editors[name].set_value(value)
    editor.save()
    settle(qtbot, window)
    error = editor.form.errors["female"]
    assert not error.isHidden()
    assert "more than the {} women who took part".format(training["participants_female"]) in error.text()
    assert editor.record_id is None
    with window.runner.store.session() as session:
        assert len(owned_records(session, "capacity_participation", "capacity_activity_id", training_id)) == before


def test_lowering_a_headline_below_the_institutions_is_refused(qtbot, window: MainWindow) -> None:
    training_id, training = first_training(window)
    editor, _panel = participation_panel(qtbot, window, training_id)
    editor.form.editors["participants_male"].set_value(training["participants_male"] - 1)
    editor.form.edited.emit()
    editor.save()
    settle(qtbot, window)
    error = editor.form.errors["participants_male"]
    assert not error.isHidden() and "men by institution add up to" in error.text()
    with window.runner.store.session() as session:
        assert get(session, "capacity_activity", training_id)["participants_male"] == training["participants_male"]


@pytest.fixture(params=["fr", "es"])
def language(request, qapp) -> Iterator[str]:
    before = installed_language()
    assert install_translators(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


def test_the_reason_is_said_in_the_interface_language(language: str, window: MainWindow) -> None:
    training_id, training = first_training(window)
    with window.runner.store.session() as session:
        ministry = owned_records(session, "capacity_participation", "capacity_activity_id", training_id)[0]
    reasons = []
    for counts in ({"female": 1, "male": 0, "other": 0}, {"female": 0, "male": 1, "other": 0}):
        with pytest.raises(ValidationError) as caught, window.runner.store.session() as session:
            values = {"capacity_activity_id": training_id, "institution_id": ministry["institution_id"], **counts}
            create(session, current_actor(window.runner.store), "capacity_participation", values)
        reasons += [problem.reason for problem in caught.value.problems]
    said = [reason_text(reason) for reason in reasons]
    assert len(said) == 2 and not set(said) & set(reasons), said
    assert str(training["participants_female"]) in said[0] and str(training["participants_male"]) in said[1]


def test_the_editor_says_how_many_participants_the_institutions_account_for(qtbot, window: MainWindow) -> None:
    training_id, training = first_training(window)
    editor, panel = participation_panel(qtbot, window, training_id)
    with window.runner.store.session() as session:
        rows = owned_records(session, "capacity_participation", "capacity_activity_id", training_id)
    counted = sum(row[sex] for row in rows for sex in ("female", "male", "other"))
    assert not panel.note.isHidden()
    assert panel.note.text() == f"Participants counted by institution: {counted} of {training['participants_total']}."
    editor.form.editors["participants_total"].set_value(counted + 5)
    editor.form.edited.emit()
    assert panel.note.text() == f"Participants counted by institution: {counted} of {counted + 5}."
    for name in ("participants_female", "participants_male", "participants_other", "participants_total"):
        editor.form.editors[name].set_value(None)
    editor.form.edited.emit()
    assert panel.note.isHidden()  # the counts unknown: nothing to compare with
