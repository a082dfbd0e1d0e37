"""The demo countries, as data. ILLUSTRATIVE: see ``illustrative.py``.

Names are in the languages the focal points use: Spanish for Peru, French for
Burundi, Sinhala and English for Sri Lanka, Arabic and French for Morocco,
Russian for Kyrgyzstan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Country:
    iso: str
    institutions: dict[str, dict[str, Any]]
    focal_points: tuple[dict[str, Any], dict[str, Any]]
    committees: list[dict[str, Any]]
    policies: list[dict[str, Any]]
    work_plan: dict[str, Any]
    trainings: list[dict[str, Any]]
    knowledge: list[dict[str, Any]]
    programme: dict[str, Any] = field(default_factory=dict)


def _ministry(name: str, acronym: str | None, sector: str, kind: str = "ministry") -> dict[str, Any]:
    return {"name": name, "acronym": acronym, "kind": kind, "sector": sector}


PERU = Country(
    iso="PER",
    programme={
        "phase": "Fase III",
        "start_year": 2025,
        "end_year": 2027,
        "national_strategy": "Plan Estratégico de Desarrollo Nacional al 2050",
        "md_priorities": "Gobernanza migratoria intersectorial; inserción laboral de la población migrante; "
        "vinculación con la diáspora peruana; datos migratorios para la política pública.",
    },
    institutions={
        "rree": _ministry("Ministerio de Relaciones Exteriores", "RREE", "foreign_affairs"),
        "mininter": _ministry("Ministerio del Interior", "MININTER", "interior"),
        "mtpe": _ministry("Ministerio de Trabajo y Promoción del Empleo", "MTPE", "labour"),
        "minsa": _ministry("Ministerio de Salud", "MINSA", "health"),
        "mimp": _ministry("Ministerio de la Mujer y Poblaciones Vulnerables", "MIMP", "women_children"),
        "migraciones": _ministry("Superintendencia Nacional de Migraciones", "MIGRACIONES", "interior", "agency"),
        "inei": _ministry("Instituto Nacional de Estadística e Informática", "INEI", "statistics", "agency"),
        "sociedad": {"name": "Red de Organizaciones de la Sociedad Civil sobre Migración", "kind": "civil_society"},
        "pucp": {
            "name": "Pontificia Universidad Católica del Perú",
            "acronym": "PUCP",
            "kind": "academia",
            "sector": "education",
        },
    },
    focal_points=(
        {
            "name": "Lucía Quispe Mamani",
            "title": "Oficial de programa",
            "sex": "female",
            "email": "lucia.quispe@example.org",
            "phone": "+51 1 000 0000",
        },
        {
            "name": "José Ñahui Torres",
            "title": "Analista de desarrollo",
            "sex": "male",
            "email": "jose.nahui@example.org",
        },
    ),
    committees=[
        {
            "key": "mtigm",
            "name": "Mesa de Trabajo Intersectorial para la Gestión Migratoria",
            "acronym": "MTIGM",
            "kind": "inter_ministerial",
            "legal_basis": "Supreme Decree No. 067-2011-PCM",
            "lead": "rree",
            "mandate": "Coordina la gestión migratoria del Estado; la integran 22 sectores de la administración "
            "pública bajo la conducción del Ministerio de Relaciones Exteriores.",
            "members": [
                ("rree", "chair"),
                ("migraciones", "secretariat"),
                ("mininter", "member"),
                ("mtpe", "member"),
                ("minsa", "member"),
                ("mimp", "member"),
                ("inei", "member"),
                ("iom", "observer"),
                ("undp", "observer"),
            ],
            "meetings": [
                {
                    "on": "2025-03-12",
                    "place": "Lima, Cancillería",
                    "agenda": "Plan de trabajo 2025–2027; datos migratorios.",
                    "minutes": "Se aprobó el plan de trabajo conjunto y se acordó crear un grupo técnico de datos.",
                    "decisions": [
                        {
                            "text": "Aprobar el plan de trabajo conjunto 2025–2027.",
                            "who": "rree",
                            "due": "2025-04-30",
                            "status": "done",
                            "follow_up": "Aprobado por la MTIGM el 12 de marzo de 2025.",
                        },
                        {
                            "text": "Conformar un grupo técnico sobre datos migratorios con el INEI.",
                            "who": "inei",
                            "due": "2025-09-30",
                            "status": "in_progress",
                        },
                    ],
                    "minutes_file": (
                        "acta-2025-03-12.txt",
                        "Acta de la sesión ordinaria de la MTIGM — 12/03/2025\n"
                        "Documento ilustrativo de demostración.\n",
                    ),
                },
                {
                    "on": "2025-10-08",
                    "online": True,
                    "agenda": "Avance del plan; encuesta de inserción laboral.",
                    "decisions": [
                        {
                            "text": "Presentar el diseño de la encuesta de inserción laboral de migrantes.",
                            "who": "mtpe",
                            "due": "2026-02-28",
                            "status": "open",
                        },
                    ],
                },
                {
                    "on": "2026-04-22",
                    "place": "Lima, Cancillería",
                    "agenda": "Revisión anual; perfil migratorio.",
                    "decisions": [
                        {
                            "text": "Validar el borrador del Perfil Migratorio del Perú.",
                            "who": "rree",
                            "due": "2026-12-15",
                            "status": "open",
                        },
                    ],
                },
            ],
        },
        {
            "key": "ccsc",
            "name": "Comisión de Coordinación con Instituciones de la Sociedad Civil",
            "kind": "coordination_commission",
            "lead": "rree",
            "parent": "mtigm",
            "members": [("rree", "chair"), ("sociedad", "member"), ("pucp", "member"), ("iom", "observer")],
            "meetings": [
                {
                    "on": "2026-05-14",
                    "place": "Lima",
                    "agenda": "Consulta sobre la política migratoria.",
                    "decisions": [
                        {
                            "text": "Remitir aportes de la sociedad civil a la MTIGM.",
                            "who": "sociedad",
                            "due": "2026-06-30",
                            "status": "done",
                        }
                    ],
                }
            ],
        },
    ],
    policies=[
        {
            "key": "pnm",
            "title": "Política Nacional Migratoria (actualización)",
            "kind": "policy",
            "lead": "rree",
            "themes": ["labour_migration", "diaspora", "integration"],
            "sectors": ["foreign_affairs", "labour"],
            "gcm": [1, 6, 16, 19],
            "summary": "Actualización de la política nacional migratoria.",
            "history": [
                ("in_drafting", "2025-05-02", "Inicio del proceso de actualización."),
                ("draft", "2026-02-10", "Borrador presentado a la MTIGM."),
            ],
        },
    ],
    work_plan={
        "title": "Plan de trabajo conjunto OIM–PNUD 2025–2027",
        "years": (2025, 2027),
        "approved_on": "2025-03-12",
        "approved_by": "mtigm",
        "currency": "USD",
        "priorities": "Prioridades del Estado peruano en migración y desarrollo, según la MTIGM.",
        "results": [
            {
                "code": "1",
                "kind": "outcome",
                "statement": "La gobernanza migratoria es coherente e intersectorial.",
                "indicators": [
                    {
                        "statement": "Número de sectores que aplican la política migratoria",
                        "measure": "number",
                        "baseline": 4,
                        "baseline_year": 2024,
                        "periods": [(2025, 8, 9), (2026, 14, 11), (2027, 22, None)],
                        "verification": "Informes anuales de la MTIGM",
                    }
                ],
            },
            {
                "code": "1.1",
                "kind": "output",
                "parent": "1",
                "statement": "Capacidades fortalecidas de los funcionarios en migración y desarrollo.",
                "activities": [
                    {
                        "code": "1.1.1",
                        "title": "Talleres de migración y desarrollo para funcionarios públicos",
                        "agency": "joint",
                        "partners": ["rree", "mtpe"],
                        "planned": ("2025-04-01", "2026-06-30"),
                        "actual": ("2025-04-15", None),
                        "status": "ongoing",
                        "progress": 60,
                        "budget": 85000,
                        "spent": 47250.5,
                        "funding": "Fondo conjunto OIM–PNUD",
                    },
                    {
                        "code": "1.1.2",
                        "title": "Guía de transversalización de la migración en planes regionales",
                        "agency": "undp",
                        "partners": ["rree"],
                        "planned": ("2025-06-01", "2025-12-31"),
                        "status": "delayed",
                        "progress": 30,
                        "budget": 40000,
                        "spent": 9000,
                    },
                ],
                "indicators": [
                    {
                        "statement": "Funcionarios capacitados en migración y desarrollo",
                        "measure": "number",
                        "baseline": 0,
                        "baseline_year": 2024,
                        "by_sex": True,
                        "periods": [(2025, 120, 134), (2026, 200, None)],
                        "verification": "Listas de asistencia",
                    }
                ],
            },
            {
                "code": "1.2",
                "kind": "output",
                "parent": "1",
                "statement": "Datos migratorios disponibles para la toma de decisiones.",
                "activities": [
                    {
                        "code": "1.2.1",
                        "title": "Perfil Migratorio del Perú",
                        "agency": "iom",
                        "partners": ["inei", "migraciones"],
                        "planned": ("2025-03-01", "2026-12-31"),
                        "actual": ("2025-03-20", None),
                        "status": "ongoing",
                        "progress": 75,
                        "budget": 120000,
                        "spent": 90300,
                    },
                ],
                "indicators": [
                    {
                        "statement": "Porcentaje de sectores que usan datos migratorios",
                        "measure": "percentage",
                        "baseline": 20,
                        "baseline_year": 2024,
                        "periods": [(2025, 35, 30), (2026, 50, None)],
                    }
                ],
            },
        ],
    },
    trainings=[
        {
            "key": "taller-2025",
            "title": "Taller nacional: migración y desarrollo en la planificación",
            "kind": "workshop",
            "topics": ["policy_coherence", "labour_migration"],
            "start": "2025-06-10",
            "end": "2025-06-12",
            "place": "Lima",
            "organisers": "OIM, PNUD y Cancillería",
            "activity": "1.1.1",
            "audience": ["government", "civil_society"],
            "female": 18,
            "male": 14,
            "other": 1,
            "hours": 20,
            "pre": 52,
            "post": 81,
            "satisfaction": 92,
            "by_institution": {"rree": (6, 5), "mtpe": (5, 4), "minsa": (4, 3), "sociedad": (3, 2)},
            "participants": [
                ("Rosa Huamán", "female", "rree"),
                ("Martín Peña", "male", "mtpe"),
                ("Ana Lucía Ccori", "female", "minsa"),
            ],
            "attendance_sheet": ("asistencia-taller-2025.txt", "Lista de asistencia (ilustrativa)\n"),
        },
        {
            "key": "curso-2026",
            "title": "Curso virtual sobre gobernanza migratoria",
            "kind": "e_learning",
            "topics": ["policy_coherence"],
            "start": "2026-03-01",
            "end": "2026-04-15",
            "place": "En línea",
            "organisers": "OIM",
            "activity": "1.1.1",
            "audience": ["government"],
            "female": 41,
            "male": 29,
            "hours": 30,
            "satisfaction": 88,
            "by_institution": {"rree": (20, 14), "mininter": (21, 15)},
        },
    ],
    knowledge=[
        {
            "key": "perfil",
            "title": "Perfil Migratorio del Perú",
            "kind": "migration_profile",
            "status": "in_progress",
            "lead": "inei",
        },
        {
            "key": "encuesta",
            "title": "Encuesta de inserción laboral de la población migrante",
            "kind": "survey",
            "status": "planned",
            "lead": "mtpe",
        },
    ],
)

BURUNDI = Country(
    iso="BDI",
    programme={
        "phase": "Phase III",
        "start_year": 2025,
        "end_year": 2027,
        "national_strategy": "Plan national de développement du Burundi 2018–2027",
        "md_priorities": "Mise en œuvre de la Politique nationale de migration ; mobilisation de la diaspora ; "
        "données sur la migration.",
    },
    institutions={
        "mae": _ministry(
            "Ministère des Affaires étrangères et de la Coopération au développement", "MAECD", "foreign_affairs"
        ),
        "interieur": _ministry(
            "Ministère de l'Intérieur, du Développement communautaire et de la Sécurité publique", None, "interior"
        ),
        "travail": _ministry("Ministère de la Fonction publique, du Travail et de l'Emploi", None, "labour"),
        "sante": _ministry("Ministère de la Santé publique et de la Lutte contre le sida", None, "health"),
        "isteebu": _ministry(
            "Institut de statistiques et d'études économiques du Burundi", "ISTEEBU", "statistics", "agency"
        ),
        "diaspora": {"name": "Association des Burundais de la diaspora", "kind": "diaspora"},
        "ub": {"name": "Université du Burundi", "kind": "academia", "sector": "education"},
    },
    focal_points=(
        {
            "name": "Aline Ndayishimiye",
            "title": "Chargée de programme",
            "sex": "female",
            "email": "aline.ndayishimiye@example.org",
        },
        {
            "name": "Éric Niyonzima",
            "title": "Spécialiste du développement",
            "sex": "male",
            "email": "eric.niyonzima@example.org",
        },
    ),
    committees=[
        {
            "key": "cim",
            "name": "Comité interministériel de pilotage migration et développement",
            "acronym": "CIP-MD",
            "kind": "steering",
            "legal_basis": "Ordonnance ministérielle (illustrative)",
            "established_on": "2019-05-20",
            "lead": "mae",
            "mandate": "Coordonner l'élaboration et la mise en œuvre de la Politique nationale de migration.",
            "members": [
                ("mae", "chair"),
                ("interieur", "co_chair"),
                ("travail", "member"),
                ("sante", "member"),
                ("isteebu", "member"),
                ("diaspora", "observer"),
                ("iom", "secretariat"),
                ("undp", "member"),
            ],
            "meetings": [
                {
                    "on": "2025-11-06",
                    "place": "Bujumbura",
                    "agenda": "Plan d'action de la politique nationale.",
                    "minutes": "Le comité a examiné le plan d'action et la feuille de route de la diaspora.",
                    "decisions": [
                        {
                            "text": "Finaliser le plan d'action de la Politique nationale de migration.",
                            "who": "mae",
                            "due": "2026-03-31",
                            "status": "in_progress",
                        },
                        {
                            "text": "Organiser un forum de la diaspora à Gitega.",
                            "who": "diaspora",
                            "due": "2026-08-31",
                            "status": "open",
                        },
                    ],
                },
                {
                    "on": "2026-06-18",
                    "place": "Gitega",
                    "agenda": "Suivi des recommandations.",
                    "decisions": [
                        {
                            "text": "Intégrer la migration dans les plans communaux de développement.",
                            "who": "interieur",
                            "due": "2027-03-31",
                            "status": "open",
                        }
                    ],
                },
            ],
        },
    ],
    policies=[
        {
            "key": "pnm",
            "title": "Politique nationale de migration",
            "kind": "policy",
            "lead": "mae",
            "themes": ["policy_coherence", "labour_migration", "return_reintegration"],
            "sectors": ["foreign_affairs", "interior", "labour"],
            "gcm": [1, 2, 21],
            "history": [
                ("in_drafting", "2018-09-01", "Lancement de l'élaboration."),
                ("draft", "2020-02-15", "Projet de politique soumis au comité."),
                ("adopted", "2021-06-30", "Projet de Politique nationale de migration adopté."),
            ],
        },
        {
            "key": "diaspora",
            "title": "Politique nationale de la diaspora",
            "kind": "policy",
            "lead": "mae",
            "themes": ["diaspora", "remittances"],
            "sectors": ["foreign_affairs"],
            "gcm": [19, 20],
            "history": [("draft", "2019-11-10", None), ("adopted", "2021-06-30", "Adoptée.")],
        },
    ],
    work_plan={
        "title": "Plan de travail conjoint OIM–PNUD 2025–2027",
        "years": (2025, 2027),
        "approved_on": "2025-02-20",
        "approved_by": "cim",
        "currency": "USD",
        "priorities": "Priorités du gouvernement : mise en œuvre de la politique, diaspora, données.",
        "results": [
            {
                "code": "1",
                "kind": "outcome",
                "statement": "La Politique nationale de migration est mise en œuvre.",
                "indicators": [
                    {
                        "statement": "Mesures du plan d'action mises en œuvre",
                        "measure": "percentage",
                        "baseline": 0,
                        "baseline_year": 2024,
                        "periods": [(2025, 20, 15), (2026, 45, None)],
                    }
                ],
            },
            {
                "code": "1.1",
                "kind": "output",
                "parent": "1",
                "statement": "La diaspora contribue au développement.",
                "activities": [
                    {
                        "code": "1.1.1",
                        "title": "Cartographie de la diaspora burundaise",
                        "agency": "iom",
                        "partners": ["mae", "diaspora"],
                        "planned": ("2025-03-01", "2025-12-31"),
                        "actual": ("2025-04-01", "2025-12-20"),
                        "status": "completed",
                        "progress": 100,
                        "budget": 60000,
                        "spent": 58800,
                    },
                    {
                        "code": "1.1.2",
                        "title": "Forum de la diaspora à Gitega",
                        "agency": "joint",
                        "partners": ["mae"],
                        "planned": ("2026-05-01", "2026-08-31"),
                        "status": "planned",
                        "progress": 0,
                        "budget": 45000,
                    },
                ],
            },
            {
                "code": "1.2",
                "kind": "output",
                "parent": "1",
                "statement": "Les capacités nationales sont renforcées.",
                "activities": [
                    {
                        "code": "1.2.1",
                        "title": "Formation des points focaux ministériels",
                        "agency": "undp",
                        "partners": ["travail"],
                        "planned": ("2025-06-01", "2026-06-30"),
                        "actual": ("2025-06-10", None),
                        "status": "ongoing",
                        "progress": 55,
                        "budget": 30000,
                        "spent": 16500,
                    },
                ],
                "indicators": [
                    {
                        "statement": "Personnes formées",
                        "measure": "number",
                        "baseline": 0,
                        "baseline_year": 2024,
                        "by_sex": True,
                        "periods": [(2025, 60, 48), (2026, 80, None)],
                    }
                ],
            },
        ],
    },
    trainings=[
        {
            "key": "formation-2025",
            "title": "Formation sur la migration et le développement",
            "kind": "training",
            "topics": ["policy_coherence", "diaspora"],
            "start": "2025-09-15",
            "end": "2025-09-17",
            "place": "Bujumbura",
            "organisers": "OIM et PNUD",
            "activity": "1.2.1",
            "audience": ["government", "unct"],
            "female": 21,
            "male": 27,
            "hours": 18,
            "pre": 48,
            "post": 77,
            "satisfaction": 90,
            "by_institution": {"mae": (8, 9), "travail": (7, 10), "isteebu": (6, 8)},
            "participants": [("Chantal Irakoze", "female", "mae"), ("Désiré Ntakarutimana", "male", "travail")],
        },
    ],
    knowledge=[
        {
            "key": "profil",
            "title": "Profil migratoire du Burundi",
            "kind": "migration_profile",
            "status": "published",
            "on": "2024-10-01",
            "lead": "isteebu",
        },
    ],
)

SRI_LANKA = Country(
    iso="LKA",
    programme={
        "phase": "Phase III",
        "start_year": 2025,
        "end_year": 2027,
        "national_strategy": "National Policy Framework (illustrative reference)",
        "md_priorities": "Migration health; safe labour migration; prevention of sexual and gender-based violence.",
    },
    institutions={
        "health": _ministry("සෞඛ්‍ය අමාත්‍යාංශය (Ministry of Health)", "MoH", "health"),
        "foreign_employment": _ministry("Ministry of Foreign Employment", None, "labour"),
        "slbfe": _ministry(
            "ශ්‍රී ලංකා විදේශ සේවා නියුක්ති කාර්යාංශය (Sri Lanka Bureau of Foreign Employment)", "SLBFE", "labour", "agency"
        ),
        "women": _ministry("Ministry of Women and Child Affairs", None, "women_children"),
        "foreign": _ministry("විදේශ කටයුතු අමාත්‍යාංශය (Ministry of Foreign Affairs)", None, "foreign_affairs"),
        "census": _ministry("Department of Census and Statistics", "DCS", "statistics", "agency"),
    },
    focal_points=(
        {
            "name": "නිමාලි පෙරේරා (Nimali Perera)",
            "title": "Programme Officer",
            "sex": "female",
            "email": "nimali.perera@example.org",
        },
        {"name": "Ruwan Jayasinghe", "title": "Programme Analyst", "sex": "male", "email": "ruwan.j@example.org"},
    ),
    committees=[
        {
            "key": "mhcf",
            "name": "Inter-Ministerial and Inter-Agency Coordination Framework for the National "
            "Migration Health Policy",
            "kind": "inter_ministerial",
            "lead": "health",
            "mandate": "Coordinates the sectors that promote the health of migrants and of the families left behind.",
            "members": [
                ("health", "chair"),
                ("foreign_employment", "member"),
                ("slbfe", "member"),
                ("foreign", "member"),
                ("women", "member"),
                ("iom", "secretariat"),
                ("undp", "member"),
            ],
            "meetings": [
                {
                    "on": "2025-07-03",
                    "place": "Colombo",
                    "agenda": "Health assessment of outbound migrant workers.",
                    "decisions": [
                        {
                            "text": "Review the pre-departure health assessment guidelines.",
                            "who": "health",
                            "due": "2025-12-31",
                            "status": "in_progress",
                        }
                    ],
                },
                {
                    "on": "2026-02-19",
                    "online": True,
                    "agenda": "Families left behind.",
                    "decisions": [
                        {
                            "text": "Map services for families left behind in three districts.",
                            "who": "slbfe",
                            "due": "2026-07-31",
                            "status": "open",
                        }
                    ],
                },
            ],
        },
    ],
    policies=[
        {
            "key": "mhp",
            "title": "National Migration Health Policy",
            "kind": "policy",
            "lead": "health",
            "themes": ["migration_health"],
            "sectors": ["health", "labour"],
            "gcm": [15],
            "history": [
                ("adopted", "2013-01-15", "Adopted (date illustrative)."),
                ("under_implementation", "2014-01-01", None),
            ],
        },
        {
            "key": "sgbv",
            "title": "National Framework on Prevention of Sexual and Gender-based Violence",
            "kind": "framework",
            "lead": "women",
            "themes": ["sgbv", "labour_migration"],
            "sectors": ["women_children", "labour"],
            "sdg": ["5.2", "10.7"],
            "gcm": [6, 7],
            "summary": "The labour migration / foreign employment sector is one of its 9 sectors.",
            "history": [("draft", "2015-06-01", None), ("adopted", "2016-03-08", "Date illustrative.")],
        },
    ],
    work_plan={
        "title": "IOM–UNDP joint work plan 2025–2027",
        "years": (2025, 2027),
        "approved_on": "2025-05-02",
        "approved_by": "mhcf",
        "currency": "LKR",
        "priorities": "Migration health, safe labour migration and SGBV prevention.",
        "results": [
            {
                "code": "1",
                "kind": "outcome",
                "statement": "Migrants and families left behind have better access to health services.",
                "activities": [
                    {
                        "code": "1.1",
                        "title": "District health-service mapping for families left behind",
                        "agency": "iom",
                        "partners": ["health", "slbfe"],
                        "planned": ("2025-08-01", "2026-07-31"),
                        "actual": ("2025-09-01", None),
                        "status": "delayed",
                        "progress": 35,
                        "budget": 9_500_000,
                        "spent": 2_100_000,
                    },
                    {
                        "code": "1.2",
                        "title": "SGBV referral training for labour attachés",
                        "agency": "undp",
                        "partners": ["women", "foreign"],
                        "planned": ("2025-10-01", "2026-03-31"),
                        "actual": ("2025-10-15", "2026-03-20"),
                        "status": "completed",
                        "progress": 100,
                        "budget": 4_000_000,
                        "spent": 3_870_000,
                    },
                ],
                "indicators": [
                    {
                        "statement": "Districts with a referral pathway for families left behind",
                        "measure": "number",
                        "baseline": 2,
                        "baseline_year": 2024,
                        "periods": [(2025, 4, 3), (2026, 8, None)],
                    },
                    {
                        "statement": "Quality of inter-agency coordination",
                        "measure": "qualitative",
                        "baseline_note": "Ad hoc meetings",
                        "baseline_year": 2024,
                        "periods": [(2025, None, None)],
                    },
                ],
            },
        ],
    },
    trainings=[
        {
            "key": "attaches-2026",
            "title": "SGBV referral training for labour attachés",
            "kind": "training",
            "topics": ["sgbv", "labour_migration"],
            "start": "2026-01-20",
            "end": "2026-01-22",
            "place": "Colombo",
            "organisers": "UNDP and Ministry of Women and Child Affairs",
            "activity": "1.2",
            "audience": ["government"],
            "female": 12,
            "male": 10,
            "other": 1,
            "hours": 16,
            "pre": 55,
            "post": 84,
            "satisfaction": 94,
            "by_institution": {"foreign": (5, 6), "women": (7, 4)},
            "participants": [("කුමුදු සිල්වා (Kumudu Silva)", "female", "women")],
        },
    ],
    knowledge=[
        {
            "key": "health-assessment",
            "title": "Health assessment of outbound migrant workers",
            "kind": "study",
            "status": "completed",
            "on": "2025-11-30",
            "lead": "health",
        },
    ],
)

MOROCCO = Country(
    iso="MAR",
    programme={
        "phase": "Phase III",
        "start_year": 2025,
        "end_year": 2027,
        "national_strategy": "Nouveau modèle de développement",
        "md_priorities": "Mise en œuvre de la Stratégie nationale d'immigration et d'asile ; mobilisation des "
        "Marocains du monde.",
    },
    institutions={
        "mae": _ministry(
            "وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج", "MAECAMRE", "foreign_affairs"
        ),
        "interieur": _ministry("وزارة الداخلية", None, "interior"),
        "emploi": _ministry(
            "Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
            None,
            "labour",
        ),
        "hcp": _ministry("المندوبية السامية للتخطيط (Haut-Commissariat au Plan)", "HCP", "statistics", "agency"),
        "ccme": {"name": "مجلس الجالية المغربية بالخارج", "acronym": "CCME", "kind": "diaspora"},
    },
    focal_points=(
        {
            "name": "سلمى بنعلي (Salma Benali)",
            "title": "Chargée de programme",
            "sex": "female",
            "email": "salma.benali@example.org",
        },
        {"name": "Youssef El Amrani", "title": "Analyste", "sex": "male", "email": "youssef.elamrani@example.org"},
    ),
    committees=[
        {
            "key": "cim",
            "name": "اللجنة الوزارية لشؤون المغاربة المقيمين بالخارج وشؤون الهجرة",
            "kind": "inter_ministerial",
            "lead": "mae",
            "established_on": "2014-05-01",
            "members": [
                ("mae", "chair"),
                ("interieur", "member"),
                ("emploi", "member"),
                ("hcp", "member"),
                ("iom", "observer"),
                ("undp", "observer"),
            ],
            "meetings": [
                {
                    "on": "2026-01-28",
                    "place": "الرباط",
                    "agenda": "تتبع تنفيذ الاستراتيجية الوطنية للهجرة",
                    "decisions": [
                        {
                            "text": "إعداد تقرير سنوي عن تنفيذ الاستراتيجية.",
                            "who": "mae",
                            "due": "2026-06-30",
                            "status": "open",
                        }
                    ],
                }
            ],
        },
    ],
    policies=[
        {
            "key": "snia",
            "title": "Stratégie nationale d'immigration et d'asile",
            "kind": "strategy",
            "lead": "mae",
            "themes": ["integration", "irregular_migration", "trafficking"],
            "sectors": ["foreign_affairs", "interior"],
            "gcm": [16, 10],
            "history": [("adopted", "2014-12-18", None), ("under_implementation", "2015-01-01", None)],
        },
    ],
    work_plan={
        "title": "Plan de travail conjoint OIM–PNUD 2025–2027",
        "years": (2025, 2027),
        "approved_on": "2025-04-10",
        "approved_by": "cim",
        "currency": "MAD",
        "priorities": "Intégration des migrants et mobilisation des compétences des Marocains du monde.",
        "results": [
            {
                "code": "1",
                "kind": "outcome",
                "statement": "Les compétences des Marocains du monde contribuent au développement régional.",
                "activities": [
                    {
                        "code": "1.1",
                        "title": "Plateforme régionale des compétences de la diaspora",
                        "agency": "undp",
                        "partners": ["mae", "ccme"],
                        "planned": ("2025-05-01", "2026-12-31"),
                        "actual": ("2025-05-15", None),
                        "status": "ongoing",
                        "progress": 50,
                        "budget": 900_000,
                        "spent": 410_000,
                    }
                ],
                "indicators": [
                    {
                        "statement": "Projets de la diaspora accompagnés",
                        "measure": "number",
                        "baseline": 0,
                        "baseline_year": 2024,
                        "periods": [(2025, 10, 12), (2026, 25, None)],
                    }
                ],
            },
        ],
    },
    trainings=[
        {
            "key": "atelier-2025",
            "title": "ورشة حول الهجرة والتنمية الجهوية",
            "kind": "workshop",
            "topics": ["diaspora", "local_governance"],
            "start": "2025-11-18",
            "end": "2025-11-19",
            "place": "طنجة",
            "organisers": "OIM",
            "activity": "1.1",
            "audience": ["government", "local_authorities"],
            "female": 14,
            "male": 16,
            "hours": 12,
            "satisfaction": 89,
            "by_institution": {"mae": (6, 7), "interieur": (8, 9)},
        },
    ],
    knowledge=[
        {
            "key": "enquete",
            "title": "Enquête nationale sur la migration internationale",
            "kind": "survey",
            "status": "published",
            "on": "2021-05-01",
            "lead": "hcp",
        }
    ],
)

KYRGYZSTAN = Country(
    iso="KGZ",
    programme={
        "phase": "Phase III",
        "start_year": 2025,
        "end_year": 2027,
        "national_strategy": "Национальная программа развития Кыргызской Республики до 2026 года",
        "md_priorities": "Защита трудовых мигрантов; реинтеграция возвращающихся мигрантов; денежные переводы.",
    },
    institutions={
        "labour": _ministry("Министерство труда, социального обеспечения и миграции", None, "labour"),
        "mfa": _ministry("Министерство иностранных дел", "МИД", "foreign_affairs"),
        "stat": _ministry("Национальный статистический комитет", "Нацстатком", "statistics", "agency"),
    },
    focal_points=(
        {
            "name": "Айгуль Садыкова",
            "title": "Специалист программы",
            "sex": "female",
            "email": "aigul.sadykova@example.org",
        },
        {"name": "Бакыт Осмонов", "title": "Аналитик", "sex": "male", "email": "bakyt.osmonov@example.org"},
    ),
    committees=[
        {
            "key": "mrg",
            "name": "Межведомственная рабочая группа по миграции и развитию",
            "kind": "technical_working_group",
            "lead": "labour",
            "established_on": "2022-03-15",
            "status": "active",
            "members": [
                ("labour", "chair"),
                ("mfa", "member"),
                ("stat", "member"),
                ("iom", "secretariat"),
                ("undp", "member"),
            ],
            "meetings": [
                {
                    "on": "2026-03-05",
                    "place": "Бишкек",
                    "agenda": "Реинтеграция вернувшихся мигрантов.",
                    "decisions": [
                        {
                            "text": "Подготовить программу реинтеграции в двух областях.",
                            "who": "labour",
                            "due": "2026-09-30",
                            "status": "in_progress",
                        }
                    ],
                }
            ],
        },
    ],
    policies=[
        {
            "key": "concept",
            "title": "Концепция государственной миграционной политики",
            "kind": "framework",
            "lead": "labour",
            "themes": ["labour_migration", "return_reintegration", "remittances"],
            "sectors": ["labour", "foreign_affairs"],
            "gcm": [5, 21],
            "history": [("adopted", "2021-05-11", None), ("under_implementation", "2021-06-01", None)],
        },
    ],
    work_plan={
        "title": "Совместный план работы МОМ–ПРООН 2025–2027",
        "years": (2025, 2027),
        "approved_on": "2025-06-01",
        "approved_by": "mrg",
        "currency": "KGS",
        "priorities": "Реинтеграция и защита трудовых мигрантов.",
        "results": [
            {
                "code": "1",
                "kind": "outcome",
                "statement": "Вернувшиеся мигранты получают поддержку реинтеграции.",
                "activities": [
                    {
                        "code": "1.1",
                        "title": "Программа реинтеграции в Ошской и Баткенской областях",
                        "agency": "joint",
                        "partners": ["labour"],
                        "planned": ("2025-09-01", "2027-06-30"),
                        "actual": ("2025-10-01", None),
                        "status": "ongoing",
                        "progress": 25,
                        "budget": 8_500_000,
                        "spent": 1_900_000,
                    }
                ],
                "indicators": [
                    {
                        "statement": "Вернувшиеся мигранты, получившие поддержку",
                        "measure": "number",
                        "baseline": 0,
                        "baseline_year": 2024,
                        "by_sex": True,
                        "periods": [(2025, 200, 150), (2026, 500, None)],
                    }
                ],
            },
        ],
    },
    trainings=[
        {
            "key": "seminar-2026",
            "title": "Семинар по миграции и развитию для местных органов власти",
            "kind": "seminar",
            "topics": ["return_reintegration", "local_governance"],
            "start": "2026-04-08",
            "end": "2026-04-09",
            "place": "Ош",
            "organisers": "МОМ и ПРООН",
            "activity": "1.1",
            "audience": ["local_authorities"],
            "female": 11,
            "male": 13,
            "hours": 12,
            "satisfaction": 86,
            "by_institution": {"labour": (11, 13)},
        },
    ],
    knowledge=[
        {
            "key": "profile",
            "title": "Миграционный профиль Кыргызской Республики",
            "kind": "migration_profile",
            "status": "in_progress",
            "lead": "stat",
        }
    ],
)

COUNTRIES: tuple[Country, ...] = (PERU, BURUNDI, SRI_LANKA, MOROCCO, KYRGYZSTAN)
