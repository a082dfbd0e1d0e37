"""A training's participation by institution never counts more people than its headline counts."""

from __future__ import annotations

from typing import Any

import pytest

from db.errors import ValidationError
from db.services import Actor, create, delete, get, restore, update, write_records
from db.services.children import owned_records
from db.store import Store


@pytest.fixture
def training(store: Store, actor: Actor) -> dict[str, str]:
    with store.session() as session:
        ministry = create(session, actor, "institution", {"country": "PER", "name": "Ministerio", "kind": "ministry"})
        agency = create(session, actor, "institution", {"country": "PER", "name": "Migraciones", "kind": "agency"})
        training = create(
            session,
            actor,
            "capacity_activity",
            {
                "country": "PER",
                "title": "Migration data training",
                "kind": "training",
                "participants_female": 10,
                "participants_male": 8,
                "participants_other": 0,
                "participants_total": 18,
            },
        )
        create(
            session,
            actor,
            "capacity_participation",
            {"capacity_activity_id": training, "institution_id": ministry, "female": 6, "male": 5, "other": 0},
        )
    return {"training": training, "ministry": ministry, "agency": agency}


def participation(ids: dict[str, str], **counts: int) -> dict[str, Any]:
    return {"capacity_activity_id": ids["training"], "institution_id": ids["agency"], "other": 0, **counts}


def test_institutions_within_the_headline_are_kept(store: Store, actor: Actor, training: dict[str, str]) -> None:
    """Fewer than the headline is normal: people who came on their own are counted there only."""
    with store.session() as session:
        create(session, actor, "capacity_participation", participation(training, female=4, male=3))
    with store.session() as session:
        assert len(owned_records(session, "capacity_participation", "capacity_activity_id", training["training"])) == 2


def test_a_participation_over_the_headline_is_refused(store: Store, actor: Actor, training: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, "capacity_participation", participation(training, female=5, male=1))
    [problem] = caught.value.problems
    assert (problem.kind, problem.field) == ("capacity_participation", "female")
    assert problem.reason == "women by institution add up to 11, more than the 10 women who took part"
    with store.session() as session:
        assert len(owned_records(session, "capacity_participation", "capacity_activity_id", training["training"])) == 1


def test_lowering_the_headline_below_the_institutions_is_refused(
    store: Store, actor: Actor, training: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        update(
            session,
            actor,
            "capacity_activity",
            training["training"],
            {"participants_male": 4, "participants_total": 14},
        )
    [problem] = caught.value.problems
    assert (problem.kind, problem.field) == ("capacity_activity", "participants_male")
    assert problem.reason == "men by institution add up to 5, more than the 4 men who took part"
    with store.session() as session:
        assert get(session, "capacity_activity", training["training"])["participants_male"] == 8


def test_only_a_total_is_checked_against_everyone(store: Store, actor: Actor, training: dict[str, str]) -> None:
    """With the counts by sex unknown, the total alone bounds the institutions' counts."""
    with store.session() as session:
        update(
            session,
            actor,
            "capacity_activity",
            training["training"],
            {"participants_female": None, "participants_male": None, "participants_other": None},
        )
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, "capacity_participation", participation(training, female=4, male=4))
    [problem] = caught.value.problems
    assert (problem.kind, problem.field) == ("capacity_participation", None)
    assert problem.reason == "participants by institution add up to 19, more than the total of 18"


def test_an_unknown_headline_checks_nothing(store: Store, actor: Actor, training: dict[str, str]) -> None:
    with store.session() as session:
        update(
            session,
            actor,
            "capacity_activity",
            training["training"],
            {"participants_female": None, "participants_male": None, "participants_total": None},
        )
        create(session, actor, "capacity_participation", participation(training, female=40, male=40))


def test_a_batch_is_checked_as_it_would_be_stored(store: Store, actor: Actor, training: dict[str, str]) -> None:
    """A sheet or a load writes a training and its institutions together: the sums are of the batch."""
    batch = {
        "capacity_activity": [
            {
                "id": "0b8f1c52-7a3e-4d8b-9c61-2f7e5a4d3c21",
                "country": "PER",
                "title": "Workshop",
                "kind": "workshop",
                "participants_female": 3,
                "participants_total": 3,
            }
        ],
        "capacity_participation": [
            {
                "capacity_activity_id": "0b8f1c52-7a3e-4d8b-9c61-2f7e5a4d3c21",
                "institution_id": training["ministry"],
                "female": 2,
                "male": 0,
                "other": 0,
            },
            {
                "capacity_activity_id": "0b8f1c52-7a3e-4d8b-9c61-2f7e5a4d3c21",
                "institution_id": training["agency"],
                "female": 2,
                "male": 0,
                "other": 0,
            },
        ],
    }
    with pytest.raises(ValidationError) as caught, store.session() as session:
        write_records(session, actor, batch, mode="create")
    assert [(p.kind, p.field) for p in caught.value.problems] == [("capacity_activity", "participants_female")]
    with store.session() as session:
        assert get(session, "capacity_activity", "0b8f1c52-7a3e-4d8b-9c61-2f7e5a4d3c21") is None


def test_a_participation_brought_back_beyond_the_headline_is_refused(
    store: Store, actor: Actor, training: dict[str, str]
) -> None:
    """Deleted, replaced, then restored from the trash (or by undoing the delete): counted twice."""
    with store.session() as session:
        [first] = owned_records(session, "capacity_participation", "capacity_activity_id", training["training"])
        trash_id = delete(session, actor, "capacity_participation", first["id"])
        create(session, actor, "capacity_participation", participation(training, female=6, male=3))
    with pytest.raises(ValidationError) as caught, store.session() as session:
        restore(session, actor, trash_id)
    [problem] = caught.value.problems
    assert (problem.kind, problem.field) == ("capacity_participation", "female")
    assert problem.reason == "women by institution add up to 12, more than the 10 women who took part"
    with store.session() as session:
        assert len(owned_records(session, "capacity_participation", "capacity_activity_id", training["training"])) == 1


def test_a_training_restored_with_its_institutions_comes_back(
    store: Store, actor: Actor, training: dict[str, str]
) -> None:
    with store.session() as session:
        trash_id = delete(session, actor, "capacity_activity", training["training"])
    with store.session() as session:
        assert restore(session, actor, trash_id) == 2
