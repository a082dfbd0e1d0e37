"""The revision list that lets the store skip importing Alembic stays true."""

from alembic.script import ScriptDirectory

from db.migrations import HEAD, REVISIONS
from db.schema import alembic_config


def test_revision_list_matches_alembic_oldest_first() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    walked = [revision.revision for revision in script.walk_revisions()]
    assert tuple(reversed(walked)) == REVISIONS
    assert script.get_current_head() == HEAD
