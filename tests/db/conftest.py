"""Fixtures of the data-core tests: a database holding one record of every
kind, filled with text in the scripts the focal points write in."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from merge_helpers import Machine

from db.services import Actor, attach, create
from db.store import Store

ARABIC = "وزارة الشؤون الخارجية"
#: "Sri Lanka" in Sinhala; the U+200D ZERO WIDTH JOINER makes the "shri" ligature.
SINHALA = "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf\u0dc0"
CYRILLIC = "Министерство труда, социального обеспечения и миграции"
ACCENTS = "Ministère des Affaires étrangères; Año de la Niñez; Ñahui; São Tomé; Ørsted; İzmir"
EMOJI = "Migration 🌍 & development 👩🏽‍💼 — flags 🇱🇰🇵🇪"
MULTILINE = f"{ARABIC}\n{SINHALA}\r\n\t{CYRILLIC}\n\n{EMOJI}"

ATTACHMENT_BYTES = b"%PDF-1.4\n\x00\x01\x02\xff binary minutes \xe2\x80\x8d\n" + bytes(range(256))


@dataclass
class FullSet:
    """Ids and the values each record was created with, by kind."""

    ids: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    attachment_bytes: bytes = ATTACHMENT_BYTES
    #: The exact strings used, by script, to look for them after a round trip.
    scripts: dict[str, str] = field(
        default_factory=lambda: {
            "arabic": ARABIC,
            "sinhala": SINHALA,
            "cyrillic": CYRILLIC,
            "accents": ACCENTS,
            "emoji": EMOJI,
        }
    )

    def add(self, session: Any, actor: Actor, kind: str, values: dict[str, Any]) -> str:
        record_id = create(session, actor, kind, values)
        self.ids[kind] = record_id
        self.values[kind] = values
        return record_id


def build_full_set(store: Store, actor: Actor) -> FullSet:
    s = FullSet()
    with store.session() as session:
        inst = s.add(
            session,
            actor,
            "institution",
            {
                "country": "LKA",
                "name": f"{SINHALA} විදේශ කටයුතු අමාත්‍යාංශය",
                "acronym": "MFA",
                "kind": "ministry",
                "sector": "foreign_affairs",
                "iati_identifier": "LK-GOV-MFA",
                "website": "https://mfa.gov.lk",
            },
        )
        # A global institution, usable from every country.
        un = create(session, actor, "institution", {"name": ARABIC, "kind": "un_agency", "acronym": "IOM"})
        s.ids["global_institution"] = un
        contact = s.add(
            session,
            actor,
            "contact",
            {
                "country": "LKA",
                "name": CYRILLIC,
                "title": ACCENTS,
                "institution_id": inst,
                "email": "nimali.perera@example.org",
                "phone": "+94 11 000 0000",
                "sex": "female",
            },
        )
        s.add(
            session,
            actor,
            "country_programme",
            {
                "country": "LKA",
                "phase": "Phase III",
                "start_year": 2025,
                "end_year": 2027,
                "national_strategy": ACCENTS,
                "md_priorities": MULTILINE,
                "iom_focal_point_id": contact,
                "undp_focal_point_id": contact,
            },
        )
        parent = create(
            session,
            actor,
            "committee",
            {
                "country": "LKA",
                "name": "Parent working group",
                "kind": "technical_working_group",
                "status": "active",
            },
        )
        committee = s.add(
            session,
            actor,
            "committee",
            {
                "country": "LKA",
                "name": SINHALA,
                "acronym": "MHCF",
                "kind": "coordination_commission",
                "legal_basis": "Supreme Decree No. 067-2011-PCM",
                "established_on": "2019-05-20",
                "lead_institution_id": inst,
                "mandate": MULTILINE,
                "status": "dormant",
                "parent_id": parent,
            },
        )
        s.add(
            session,
            actor,
            "membership",
            {
                "committee_id": committee,
                "institution_id": un,
                "role": "co_chair",
                "representative_id": contact,
                "start_on": "2019-06-01",
                "end_on": "2026-12-31",
            },
        )
        meeting = s.add(
            session,
            actor,
            "meeting",
            {
                "committee_id": committee,
                "held_on": dt.date(2025, 3, 12),
                "place": ARABIC,
                "online": True,
                "agenda": CYRILLIC,
                "minutes_summary": ACCENTS + "\n" + EMOJI,
            },
        )
        s.add(session, actor, "attendance", {"meeting_id": meeting, "institution_id": inst})
        s.add(
            session,
            actor,
            "decision",
            {
                "meeting_id": meeting,
                "text": EMOJI,
                "responsible_institution_id": inst,
                "due_on": "2025-06-30",
                "status": "in_progress",
                "follow_up": SINHALA,
            },
        )
        policy = s.add(
            session,
            actor,
            "policy",
            {
                "country": "LKA",
                "title": "National Migration Health Policy " + SINHALA,
                "kind": "framework",
                "status": "under_implementation",
                "lead_institution_id": inst,
                "legal_reference": "Cabinet No. 13/2013",
                "summary": MULTILINE,
                "sectors": ["health", "labour"],
                "themes": ["migration_health", "sgbv"],
                "sdg_targets": ["10.7", "5.2", "3.c"],
                "gcm_objectives": [15, 6, 23],
            },
        )
        s.add(
            session,
            actor,
            "policy_status_change",
            {
                "policy_id": policy,
                "status": "adopted",
                "changed_on": "2013-01-15",
                "note": ACCENTS,
            },
        )
        plan = s.add(
            session,
            actor,
            "work_plan",
            {
                "country": "LKA",
                "title": CYRILLIC,
                "start_year": 2025,
                "end_year": 2027,
                "government_priorities": MULTILINE,
                "status": "approved",
                "approved_on": "2025-05-02",
                "approved_by_id": committee,
            },
        )
        outcome = create(
            session,
            actor,
            "result",
            {
                "work_plan_id": plan,
                "kind": "outcome",
                "code": "1",
                "statement": "Outcome " + EMOJI,
            },
        )
        result = s.add(
            session,
            actor,
            "result",
            {
                "work_plan_id": plan,
                "parent_id": outcome,
                "kind": "output",
                "code": "1.1",
                "statement": ARABIC + " — output",
            },
        )
        activity = s.add(
            session,
            actor,
            "activity",
            {
                "result_id": result,
                "code": "1.1.1",
                "title": ACCENTS,
                "responsible_agency": "joint",
                "implementing_partners": [inst, un],
                "planned_start": "2025-08-01",
                "planned_end": "2026-07-31",
                "actual_start": "2025-09-01",
                "actual_end": "2026-07-15",
                "status": "completed",
                "progress": 99.5,
                "planned_budget": 9_500_000.75,
                "expenditure": 2_100_000.25,
                "currency": "lkr",
                "funding_source": "Fondo conjunto OIM–PNUD",
            },
        )
        indicator = s.add(
            session,
            actor,
            "indicator",
            {
                "result_id": result,
                "statement": SINHALA + " indicator",
                "measure": "percentage",
                "unit": "%",
                "baseline_value": 12.5,
                "baseline_year": 2024,
                "baseline_note": EMOJI,
                "by_sex": True,
                "means_of_verification": MULTILINE,
            },
        )
        s.add(
            session,
            actor,
            "indicator_period",
            {
                "indicator_id": indicator,
                "period_start": "2025-01-01",
                "period_end": "2025-12-31",
                "sex": "female",
                "target": 40,
                "actual": -3.25,
                "target_note": ARABIC,
                "actual_note": CYRILLIC,
            },
        )
        training = s.add(
            session,
            actor,
            "capacity_activity",
            {
                "country": "LKA",
                "title": "SGBV referral training " + EMOJI,
                "kind": "study_visit",
                "topics": ["sgbv", "labour_migration"],
                "start_on": "2026-01-20",
                "end_on": "2026-01-22",
                "place": "කොළඹ",
                "organisers": ACCENTS,
                "activity_id": activity,
                "audience": ["government", "unct"],
                "participants_female": 12,
                "participants_male": 10,
                "participants_other": 1,
                "participants_total": 25,
                "hours": 16.5,
                "pre_test_score": 55.25,
                "post_test_score": 100,
                "satisfaction": 0,
            },
        )
        s.add(
            session,
            actor,
            "capacity_participation",
            {
                "capacity_activity_id": training,
                "institution_id": inst,
                "female": 7,
                "male": 4,
                "other": 0,
            },
        )
        s.add(
            session,
            actor,
            "participant",
            {
                "capacity_activity_id": training,
                "name": "කුමුදු සිල්වා (Kumudu Silva)",
                "sex": "other",
                "institution_id": inst,
                "contact_id": contact,
            },
        )
        s.add(
            session,
            actor,
            "knowledge_product",
            {
                "country": "LKA",
                "title": "Health assessment " + ACCENTS,
                "kind": "data_system",
                "status": "published",
                "issued_on": "2025-11-30",
                "lead_institution_id": inst,
                "summary": MULTILINE,
            },
        )
        s.add(
            session,
            actor,
            "good_practice",
            {
                "country": "LKA",
                "title": EMOJI,
                "theme": "migration_health",
                "summary": MULTILINE,
                "submitted_by": ARABIC,
                "submitted_on": "2025-12-01",
            },
        )
        attachment_values = {
            "record_kind": "meeting",
            "record_id": meeting,
            "filename": f"acta {SINHALA} 🌍.pdf",
            "media_type": "application/pdf",
            "description": ARABIC,
        }
        s.ids["attachment"] = attach(
            session,
            actor,
            data=ATTACHMENT_BYTES,
            kind="meeting",
            record_id=meeting,
            filename=attachment_values["filename"],
            media_type="application/pdf",
            description=ARABIC,
        )
        s.values["attachment"] = attachment_values | {"sha256": hashlib.sha256(ATTACHMENT_BYTES).hexdigest()}
    return s


@pytest.fixture
def full_set(store: Store, actor: Actor) -> FullSet:
    """One record of every kind (all in LKA), in many scripts, made by ``actor``."""
    return build_full_set(store, actor)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Machine, Machine]]:
    """Two installations, Amal's and Bruno's, that exchange operations."""
    a, b = Machine(tmp_path / "a.db", "Amal"), Machine(tmp_path / "b.db", "Bruno")
    yield a, b
    a.close()
    b.close()
