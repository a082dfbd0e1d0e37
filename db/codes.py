"""Code lists used by the records.

Values are short English keys stored as text, so a dump stays readable and a
later translation changes only labels. Where the IATI activity standard (2.03)
has a code list for the same idea, ``IATI_*`` maps our key to IATI's code, so the
data can be published to IATI without reshaping it.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"  # other or undisclosed


class UserAgency(StrEnum):
    """Who a focal point works for (Settings); travels with their exchange files."""

    IOM = "iom"
    UNDP = "undp"
    GOVERNMENT = "government"
    OTHER = "other"


class InstitutionKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    LOCAL_GOVERNMENT = "local_government"
    UN_AGENCY = "un_agency"
    DONOR = "donor"
    INTERNATIONAL_NGO = "international_ngo"
    NATIONAL_NGO = "national_ngo"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private_sector"
    DIASPORA = "diaspora"


#: IATI OrganisationType codes.
IATI_ORGANISATION_TYPE: dict[InstitutionKind, str] = {
    InstitutionKind.MINISTRY: "10",
    InstitutionKind.AGENCY: "15",
    InstitutionKind.LOCAL_GOVERNMENT: "11",
    InstitutionKind.UN_AGENCY: "40",
    InstitutionKind.DONOR: "10",
    InstitutionKind.INTERNATIONAL_NGO: "21",
    InstitutionKind.NATIONAL_NGO: "22",
    InstitutionKind.CIVIL_SOCIETY: "24",
    InstitutionKind.ACADEMIA: "80",
    InstitutionKind.PRIVATE_SECTOR: "70",
    InstitutionKind.DIASPORA: "24",
}


class Sector(StrEnum):
    FOREIGN_AFFAIRS = "foreign_affairs"
    INTERIOR = "interior"
    LABOUR = "labour"
    HEALTH = "health"
    WOMEN_CHILDREN = "women_children"
    PLANNING = "planning"
    FINANCE = "finance"
    EDUCATION = "education"
    JUSTICE = "justice"
    SOCIAL_PROTECTION = "social_protection"
    STATISTICS = "statistics"
    ECONOMY = "economy"
    AGRICULTURE = "agriculture"
    ENVIRONMENT = "environment"
    LOCAL_DEVELOPMENT = "local_development"
    DEVELOPMENT_COOPERATION = "development_cooperation"
    OTHER = "other"


class CommitteeKind(StrEnum):
    INTER_MINISTERIAL = "inter_ministerial"
    STEERING = "steering"
    TECHNICAL_WORKING_GROUP = "technical_working_group"
    COORDINATION_COMMISSION = "coordination_commission"
    TASK_FORCE = "task_force"


class CommitteeStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    DORMANT = "dormant"
    DISSOLVED = "dissolved"


class MemberRole(StrEnum):
    CHAIR = "chair"
    CO_CHAIR = "co_chair"
    SECRETARIAT = "secretariat"
    MEMBER = "member"
    OBSERVER = "observer"


class DecisionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class PolicyKind(StrEnum):
    POLICY = "policy"
    STRATEGY = "strategy"
    LAW = "law"
    DECREE = "decree"
    ACTION_PLAN = "action_plan"
    FRAMEWORK = "framework"
    MOU = "mou"


class PolicyStatus(StrEnum):
    IN_DRAFTING = "in_drafting"
    DRAFT = "draft"
    VALIDATED = "validated"
    ADOPTED = "adopted"
    UNDER_IMPLEMENTATION = "under_implementation"
    UNDER_REVIEW = "under_review"
    SUPERSEDED = "superseded"


class Theme(StrEnum):
    POLICY_COHERENCE = "policy_coherence"
    LABOUR_MIGRATION = "labour_migration"
    DIASPORA = "diaspora"
    MIGRATION_HEALTH = "migration_health"
    SGBV = "sgbv"
    RETURN_REINTEGRATION = "return_reintegration"
    REMITTANCES = "remittances"
    MIGRATION_DATA = "migration_data"
    CAPACITY_BUILDING = "capacity_building"
    IRREGULAR_MIGRATION = "irregular_migration"
    TRAFFICKING = "trafficking"
    CLIMATE_MOBILITY = "climate_mobility"
    INTEGRATION = "integration"
    LOCAL_GOVERNANCE = "local_governance"
    OTHER = "other"


class WorkPlanStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ResultKind(StrEnum):
    OUTPUT = "output"
    OUTCOME = "outcome"
    IMPACT = "impact"


IATI_RESULT_TYPE: dict[ResultKind, str] = {
    ResultKind.OUTPUT: "1",
    ResultKind.OUTCOME: "2",
    ResultKind.IMPACT: "3",
}


class Agency(StrEnum):
    IOM = "iom"
    UNDP = "undp"
    JOINT = "joint"
    GOVERNMENT = "government"


#: IATI organisation identifiers of the two agencies of the joint programme.
IATI_ORGANISATION_ID = {Agency.IOM: "XM-DAC-47066", Agency.UNDP: "XM-DAC-41114"}

#: DAC 5-digit sector: "Facilitation of orderly, safe, regular and responsible
#: migration and mobility".
IATI_MIGRATION_SECTOR = "15190"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DELAYED = "delayed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"


IATI_ACTIVITY_STATUS: dict[ActivityStatus, str] = {
    ActivityStatus.PLANNED: "1",
    ActivityStatus.ONGOING: "2",
    ActivityStatus.DELAYED: "2",
    ActivityStatus.COMPLETED: "3",
    ActivityStatus.CANCELLED: "5",
    ActivityStatus.SUSPENDED: "6",
}


class Measure(StrEnum):
    NUMBER = "number"
    PERCENTAGE = "percentage"
    QUALITATIVE = "qualitative"


IATI_INDICATOR_MEASURE: dict[Measure, str] = {
    Measure.NUMBER: "1",
    Measure.PERCENTAGE: "2",
    Measure.QUALITATIVE: "5",
}


class CapacityKind(StrEnum):
    TRAINING = "training"
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    STUDY_VISIT = "study_visit"
    TECHNICAL_ASSISTANCE = "technical_assistance"
    E_LEARNING = "e_learning"
    PEER_EXCHANGE = "peer_exchange"


class Audience(StrEnum):
    GOVERNMENT = "government"
    UNCT = "unct"
    CIVIL_SOCIETY = "civil_society"
    LOCAL_AUTHORITIES = "local_authorities"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private_sector"
    DIASPORA = "diaspora"
    MEDIA = "media"
    OTHER = "other"


class KnowledgeKind(StrEnum):
    MIGRATION_PROFILE = "migration_profile"
    STUDY = "study"
    ASSESSMENT = "assessment"
    SURVEY = "survey"
    DATA_SYSTEM = "data_system"


class KnowledgeStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PUBLISHED = "published"
