"""All tables of a Mainstream database.

``RECORD_MODELS`` lists the synchronised record types in an order where every
record comes after the records it refers to (self-references aside).
"""

from __future__ import annotations

from db.models.attachments import Attachment, AttachmentContent
from db.models.base import Base, Record
from db.models.capacity import CapacityActivity, CapacityParticipation, Participant
from db.models.committees import Attendance, Committee, Decision, Meeting, Membership
from db.models.exchange import AuthorKey, ChangeSignature, Conflict, Partner
from db.models.history import Change, Setting
from db.models.knowledge import GoodPractice, KnowledgeProduct
from db.models.policies import Policy, PolicyStatusChange
from db.models.reference import Contact, CountryProgramme, Institution
from db.models.workplans import Activity, Indicator, IndicatorPeriod, Result, WorkPlan

RECORD_MODELS: tuple[type[Record], ...] = (
    Institution,
    Contact,
    CountryProgramme,
    Committee,
    Membership,
    Meeting,
    Attendance,
    Decision,
    Policy,
    PolicyStatusChange,
    WorkPlan,
    Result,
    Activity,
    Indicator,
    IndicatorPeriod,
    CapacityActivity,
    CapacityParticipation,
    Participant,
    KnowledgeProduct,
    GoodPractice,
    Attachment,
)

MODEL_BY_KIND: dict[str, type[Record]] = {m.__tablename__: m for m in RECORD_MODELS}

__all__ = [
    "MODEL_BY_KIND",
    "RECORD_MODELS",
    "Activity",
    "Attachment",
    "AttachmentContent",
    "Attendance",
    "AuthorKey",
    "Base",
    "CapacityActivity",
    "CapacityParticipation",
    "Change",
    "ChangeSignature",
    "Committee",
    "Conflict",
    "Contact",
    "CountryProgramme",
    "Decision",
    "GoodPractice",
    "Indicator",
    "IndicatorPeriod",
    "Institution",
    "KnowledgeProduct",
    "Meeting",
    "Membership",
    "Participant",
    "Partner",
    "Policy",
    "PolicyStatusChange",
    "Record",
    "Result",
    "Setting",
    "WorkPlan",
]
