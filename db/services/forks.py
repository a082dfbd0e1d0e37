"""An installation that was restored from a backup, or copied, notices it.

A partner's file says what the partner holds of every installation
(``knows``). When it holds changes of this installation later than any this
installation's own log holds, this database lost them: it was restored from
an older backup, or it is a copy that another computer goes on using under
the same id. Going on under that id would make two different histories under
one name, and incremental files would never bring back what was lost. So the
installation takes a new id (its old changes keep the old one, as history),
and its partners, seeing a new installation signed with the key they know,
send it everything they hold the next time.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Change, Setting
from db.services.formats import parse_datetime

#: The ids this installation used before, oldest first (JSON list in the setting table).
FORMER_IDS = "former_device_ids"


def lost_since(session: Session, device: str, knows: dict[str, Any]) -> str | None:
    """The latest of this installation's own changes that a partner holds and it does not (a
    restored backup, or a copy in use elsewhere), or None when it holds all a partner holds of it.

    ``knows`` gives, per country, the stamp of the latest change of each installation the partner
    holds: for this installation that is one of its own changes, which its log must hold, whatever
    it has done since.
    """
    claims = sorted({str(held[device]) for held in knows.values() if isinstance(held, dict) and device in held})
    lost = [
        stamp
        for stamp in claims
        if session.scalar(
            select(Change.seq).where(Change.device == device, Change.changed_at == parse_datetime(stamp)).limit(1)
        )
        is None
    ]
    return max(lost, default=None)


def new_id() -> str:
    return str(uuid.uuid4())


def take_new_id(session: Session, device: str, new: str) -> None:
    """Give the installation the id ``new`` in place of ``device`` (kept among its former ids)."""
    row = session.get(Setting, "device_id")
    if row is None:
        session.add(Setting(key="device_id", value=new))
    else:
        row.value = new
    former = session.get(Setting, FORMER_IDS)
    ids = json.loads(former.value) if former is not None and former.value else []
    ids.append(device)
    if former is None:
        session.add(Setting(key=FORMER_IDS, value=json.dumps(ids)))
    else:
        former.value = json.dumps(ids)


def former_ids(session: Session) -> set[str]:
    """The ids this installation used before it took its current one."""
    row = session.get(Setting, FORMER_IDS)
    return set(json.loads(row.value)) if row is not None and row.value else set()


def without_former_ids(session: Session, held: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """What this installation says it holds, leaving out its former ids: what it holds of them has
    a gap (what was lost) that a latest stamp cannot show, so partners send all of them again (what
    is held already is skipped on import)."""
    former = former_ids(session)
    if not former:
        return held
    return {country: {d: s for d, s in devices.items() if d not in former} for country, devices in held.items()}
