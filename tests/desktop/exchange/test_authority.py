"""A partner's authority: the countries whose records its files may change.

Trusted for the countries of its first file (or named ones, or every country
for headquarters), a partner whose file changes another country's record —
as the record is here or as the change would put it — is refused with one
line naming the record, the country and the sender, and nothing changes. The
user can widen, narrow or withdraw that trust.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from db.services import Actor, create
from db.store import Store
from tests.desktop.exchange.test_exchange_cli import _rewrite, call, dump, exported, sender, sender_template

__all__ = ["exported", "sender", "sender_template"]  # the fixtures, shared


def _digest(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return hashlib.sha256(dump(db, capsys).encode()).hexdigest()


@pytest.fixture
def receiver(tmp_path: Path, sender: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An installation that trusted the sender for Peru, from its Peruvian file, and keeps a
    Burundian record of its own."""
    path = tmp_path / "receiver.db"
    code, out, err = call(path, capsys, "import", exported, "--trust")
    assert (code, err) == (0, ""), err
    assert "is trusted from now on for PER" in out
    with Store.open(path) as store, store.session() as session:
        create(
            session,
            Actor("Rukundo", store.device_id()),
            "good_practice",
            {"country": "BDI", "title": "Umuco w'amahoro", "theme": "policy_coherence"},
        )
    return path


def _own_record(db: Path) -> str:
    with Store.open(db) as store, store.session() as session:
        from sqlalchemy import text

        return str(session.execute(text("SELECT id FROM good_practice WHERE country = 'BDI'")).scalar_one())


def test_a_file_of_another_country_is_refused_until_the_user_trusts_the_sender_for_it(
    sender: Path, receiver: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    burundi = tmp_path / "burundi.mxf"
    assert call(sender, capsys, "export", "-o", burundi, "--country", "BDI")[0] == 0
    before = _digest(receiver, capsys)

    code, _out, err = call(receiver, capsys, "import", burundi)
    assert code == 2 and err.count("\n") == 1, err
    assert " of BDI, but its sender root is trusted here for PER only: refused" in err
    assert _digest(receiver, capsys) == before

    code, out, _err = call(receiver, capsys, "partners")
    assert "trusted for PER," in out
    code, out, err = call(receiver, capsys, "trust", "root", "--for", "PER,BDI")
    assert (code, err) == (0, ""), err
    code, _out, err = call(receiver, capsys, "import", burundi)
    assert (code, err) == (0, ""), err
    assert dump(receiver, capsys, "--country", "BDI").count("Umuco w'amahoro") == 1


def _later(stamp: str) -> str:
    """A stamp a microsecond after ``stamp``."""
    moment = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f") + dt.timedelta(microseconds=1)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _lying_update(record_id: str, claimed_country: str, fields: dict):  # type: ignore[no-untyped-def]
    """An update of ``record_id`` that says the record is in ``claimed_country``."""

    def change(ops: list[dict], manifest: dict) -> None:
        template = ops[-1]
        ops.append(
            {
                **template,
                "at": _later(template["at"]),  # an operation of its own, which it signs
                "kind": "good_practice",
                "id": record_id,
                "action": "update",
                "country": claimed_country,
                "seen": None,
                "trash_id": None,
                "fields": fields,
            }
        )

    return change


@pytest.mark.parametrize(
    ("case", "claimed", "fields", "country"),
    [
        ("edit-claiming-peru", "PER", {"title": ["Umuco w'amahoro", "Forged"]}, "BDI"),
        ("move-to-peru", "PER", {"country": ["BDI", "PER"]}, "BDI"),
    ],
)
def test_a_change_to_a_record_of_another_country_here_is_refused_whatever_the_file_claims(
    case: str,
    claimed: str,
    fields: dict,
    country: str,
    sender: Path,
    receiver: Path,
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hostile = tmp_path / f"{case}.mxf"
    record = _own_record(receiver)
    _rewrite(exported, hostile, sender, _lying_update(record, claimed, fields))
    before = _digest(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", hostile)
    assert code == 2 and err.count("\n") == 1, err
    assert f'changes "Umuco w\'amahoro" (good_practice {record[:8]}' in err, err
    assert f"of {country}, but its sender root is trusted here for PER only" in err
    assert _digest(receiver, capsys) == before


def test_a_move_of_a_peruvian_record_to_another_country_is_refused(
    sender: Path, receiver: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def move(ops: list[dict], _manifest: dict) -> None:
        practice = next(op for op in ops if op["kind"] == "good_practice" and op["action"] == "create")
        later = practice["at"][:-1] + str((int(practice["at"][-1]) + 1) % 10)  # a microsecond apart
        ops.append({**practice, "action": "update", "at": later, "fields": {"country": ["PER", "ECU"]}, "seen": None})

    hostile = tmp_path / "move.mxf"
    _rewrite(exported, hostile, sender, move)
    before = _digest(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", hostile)
    assert code == 2 and "of ECU, but its sender root is trusted here for PER only" in err, err
    assert _digest(receiver, capsys) == before


def test_a_distrusted_partner_s_files_are_refused_until_trusted_again(
    sender: Path, receiver: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(sender) as store, store.session() as session:
        create(
            session,
            Actor("root", store.device_id()),
            "good_practice",
            {"country": "PER", "title": "Nueva", "theme": "policy_coherence"},
        )
    later = tmp_path / "later.mxf"
    assert call(sender, capsys, "export", "-o", later, "--country", "PER")[0] == 0
    code, _out, err = call(receiver, capsys, "distrust", "root")
    assert (code, err) == (0, ""), err
    before = _digest(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", later)
    assert code == 2 and "whom this installation stopped trusting on" in err and err.count("\n") == 1, err
    assert _digest(receiver, capsys) == before
    assert "distrusted since" in call(receiver, capsys, "partners")[1]

    assert call(receiver, capsys, "trust", "root", "--for", "PER")[0] == 0
    code, _out, err = call(receiver, capsys, "import", later)
    assert (code, err) == (0, ""), err
    assert "Nueva" in dump(receiver, capsys, "--country", "PER")


def test_trust_names_known_partners_and_country_codes(receiver: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = call(receiver, capsys, "trust", "nobody", "--for", "PER")
    assert code == 2 and "nobody: is not a partner" in err
    code, _out, err = call(receiver, capsys, "trust", "root", "--for", "XXQ")
    assert code == 2 and err.count("\n") <= 2


def _peruvian(db: Path, kind: str) -> list[str]:
    from sqlalchemy import text

    with Store.open(db) as store, store.session() as session:
        return [
            str(rid)
            for rid in session.execute(
                text(f"SELECT id FROM {kind} WHERE country = 'PER' AND deleted_at IS NULL ORDER BY id")
            ).scalars()
        ]


def test_the_preview_names_a_large_delete_and_moves_with_who_claims_them(
    sender: Path, receiver: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a trusted partner may do but should be looked at before it is applied."""
    from db.services import delete, update

    with Store.open(sender) as store, store.session() as session:
        actor = Actor("Carla Quispe", store.device_id())
        for kind in ("capacity_activity", "work_plan", "committee"):  # what refers to others first
            for rid in _peruvian(sender, kind):
                delete(session, actor, kind, rid)
    with Store.open(sender) as store, store.session() as session:
        practice = _peruvian(sender, "good_practice")[0]
        update(session, Actor("Carla Quispe", store.device_id()), "good_practice", practice, {"country": None})
    later = tmp_path / "later.mxf"
    assert call(sender, capsys, "export", "-o", later, "--country", "PER")[0] == 0
    code, out, err = call(receiver, capsys, "import", later, "--dry-run")
    assert (code, err) == (0, ""), err
    deletes = next(line for line in out.splitlines() if "Look first: deletes" in line)
    assert "records here, claimed to be by Carla Quispe (" in deletes
    assert f"Look first: moves good_practice {practice} from PER to no country, claimed to be by Carla Quispe" in out


def test_a_small_delete_is_not_flagged(
    sender: Path, receiver: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from db.services import delete

    with Store.open(sender) as store, store.session() as session:
        delete(session, Actor("root", store.device_id()), "good_practice", _peruvian(sender, "good_practice")[0])
    later = tmp_path / "later.mxf"
    assert call(sender, capsys, "export", "-o", later, "--country", "PER")[0] == 0
    code, out, _err = call(receiver, capsys, "import", later, "--dry-run")
    assert code == 0 and "good_practice: 1 deleted" in out and "Look first" not in out
