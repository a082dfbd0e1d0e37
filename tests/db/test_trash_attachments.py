"""An attachment cannot come back while the record it belongs to is in the trash."""

import pytest

from db.errors import ValidationError
from db.services import attach, create, delete, get, restore


def test_an_attachment_waits_for_its_record(store, actor) -> None:
    with store.session() as session:
        committee = create(
            session,
            actor,
            "committee",
            {"country": "PER", "name": "Comisión", "kind": "task_force", "status": "active"},
        )
        meeting = create(session, actor, "meeting", {"committee_id": committee, "held_on": "2025-03-12"})
        attachment = attach(session, actor, "meeting", meeting, "acta.txt", b"Acta")
        attachment_trash = delete(session, actor, "attachment", attachment)
        meeting_trash = delete(session, actor, "meeting", meeting)
    with pytest.raises(ValidationError, match="in the trash: restore that first"), store.session() as session:
        restore(session, actor, attachment_trash)
    with store.session() as session:
        assert get(session, "attachment", attachment) is None
        restore(session, actor, meeting_trash)
        restore(session, actor, attachment_trash)
        assert get(session, "attachment", attachment)["filename"] == "acta.txt"
