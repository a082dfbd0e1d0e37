"""Writes docs/report/tunisia-ecuador.json: illustrative records for Tunisia and Ecuador.

The demo has none for them; these let anyone regenerate their reference pages
(`mainstream load docs/report/tunisia-ecuador.json` on a database with the demo).
The bodies and policies are real; people, meetings, figures and trainings are invented.
"""

import json
import uuid
from pathlib import Path
from typing import Any

NS = uuid.UUID("6f1c1a52-16c0-4e3a-9b1e-7c0a5e2d1600")
UNDP = "3cce412e-ed49-50f7-b827-c88d3c3f8197"  # the demo's global institutions
IOM = "42d6f303-a07f-5456-a265-a2ca73c93b5e"
NOTE = (
    "Illustrative data: the committees, institutions and policies named are real; "
    "the people, meetings, budgets, indicators and trainings are invented."
)
KINDS = [
    "institution",
    "contact",
    "country_programme",
    "committee",
    "membership",
    "meeting",
    "attendance",
    "decision",
    "policy",
    "policy_status_change",
    "work_plan",
    "result",
    "activity",
    "indicator",
    "indicator_period",
    "capacity_activity",
    "capacity_participation",
    "participant",
    "knowledge_product",
    "good_practice",
    "attachment",
]
records: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}


def rid(name: str) -> str:
    """A stable id, so the file is the same each time it is written."""
    return str(uuid.uuid5(NS, name))


def add(record_kind: str, key: str, **fields: Any) -> str:
    fields["id"] = rid(f"{record_kind}:{key}")
    records[record_kind].append(fields)
    return fields["id"]


def institution(c: str, key: str, name: str, kind: str, sector: str | None, acronym: str | None = None) -> str:
    return add(
        "institution",
        f"{c}:{key}",
        acronym=acronym,
        country=c,
        iati_identifier=None,
        kind=kind,
        name=name,
        sector=sector,
        website=None,
    )


def contact(c: str, key: str, name: str, sex: str, title: str, inst: str, email: str) -> str:
    return add(
        "contact",
        f"{c}:{key}",
        country=c,
        email=email,
        institution_id=inst,
        name=name,
        phone=None,
        sex=sex,
        title=title,
    )


def country(c: str, t: dict[str, Any]) -> None:
    """One country's records, from its words in t."""
    inst = {k: institution(c, k, *v) for k, v in t["institutions"].items()}
    people = {
        k: contact(c, k, v[0], v[1], v[2], inst[v[3]] if v[3] in inst else v[3], v[4]) for k, v in t["contacts"].items()
    }
    add(
        "country_programme",
        c,
        country=c,
        start_year=2025,
        end_year=2027,
        iom_focal_point_id=people["iom"],
        undp_focal_point_id=people["undp"],
        md_priorities=t["priorities"] + "\n\n" + NOTE,
        national_strategy=t["strategy"],
        phase="Phase III",
    )
    committee = add(
        "committee",
        c,
        acronym=t["committee"][1],
        country=c,
        established_on=t["committee"][2],
        kind="inter_ministerial",
        lead_institution_id=inst[t["members"][0][0]],
        legal_basis=t["committee"][3],
        mandate=t["committee"][4],
        name=t["committee"][0],
        parent_id=None,
        status="active",
    )
    for i, (who, role, rep) in enumerate(t["members"]):
        add(
            "membership",
            f"{c}:{i}",
            committee_id=committee,
            country=c,
            end_on=None,
            institution_id=inst.get(who, who),
            representative_id=people.get(rep) if rep else None,
            role=role,
            start_on=t["committee"][2],
        )
    for i, (held, place, agenda, minutes, decisions) in enumerate(t["meetings"]):
        meeting = add(
            "meeting",
            f"{c}:{i}",
            agenda=agenda,
            committee_id=committee,
            country=c,
            held_on=held,
            minutes_summary=minutes,
            online=False,
            place=place,
        )
        for who, _role, _rep in t["members"]:
            add("attendance", f"{c}:{i}:{who}", country=c, institution_id=inst.get(who, who), meeting_id=meeting)
        for j, (text, due, who, status) in enumerate(decisions):
            add(
                "decision",
                f"{c}:{i}:{j}",
                country=c,
                due_on=due,
                follow_up=None,
                meeting_id=meeting,
                responsible_institution_id=inst[who],
                status=status,
                text=text,
            )
    for i, p in enumerate(t["policies"]):
        policy = add(
            "policy",
            f"{c}:{i}",
            country=c,
            gcm_objectives=p["gcm"],
            kind=p["kind"],
            lead_institution_id=inst[p["lead"]],
            legal_reference=p["legal"],
            sdg_targets=["10.7"],
            sectors=p["sectors"],
            status=p["changes"][-1][1],
            summary=p["summary"],
            themes=p["themes"],
            title=p["title"],
        )
        for j, (on, status, note) in enumerate(p["changes"]):
            add(
                "policy_status_change",
                f"{c}:{i}:{j}",
                changed_on=on,
                country=c,
                note=note,
                policy_id=policy,
                status=status,
            )
    plan = add(
        "work_plan",
        c,
        approved_by_id=committee,
        approved_on="2025-03-20",
        country=c,
        end_year=2027,
        government_priorities=t["plan"][1],
        start_year=2025,
        status="approved",
        title=t["plan"][0],
    )
    for r in t["results"]:
        result = add(
            "result",
            f"{c}:{r['code']}",
            code=r["code"],
            country=c,
            kind="outcome",
            parent_id=None,
            statement=r["statement"],
            work_plan_id=plan,
        )
        for a in r["activities"]:
            code, title, start, end, budget, spent, progress, status, agency, partners = a
            activity = add(
                "activity",
                f"{c}:{code}",
                actual_end=end if status == "completed" else None,
                actual_start=start if status != "planned" else None,
                code=code,
                country=c,
                currency=t["currency"],
                expenditure=spent,
                funding_source=None,
                implementing_partners=[inst[p] for p in partners],
                planned_budget=budget,
                planned_end=end,
                planned_start=start,
                progress=progress,
                responsible_agency=agency,
                result_id=result,
                status=status,
                title=title,
            )
            if code in t["trainings"]:
                tr = t["trainings"][code]
                total = sum(f + m for _, f, m in tr["by_institution"])
                female = sum(f for _, f, _ in tr["by_institution"])
                training = add(
                    "capacity_activity",
                    f"{c}:{code}",
                    activity_id=activity,
                    audience=["government", "local_authorities"],
                    country=c,
                    end_on=tr["end"],
                    hours=tr["hours"],
                    kind="workshop",
                    organisers=tr["organisers"],
                    participants_female=female,
                    participants_male=total - female,
                    participants_other=0,
                    participants_total=total,
                    place=tr["place"],
                    post_test_score=tr["scores"][1],
                    pre_test_score=tr["scores"][0],
                    satisfaction=tr["satisfaction"],
                    start_on=tr["start"],
                    title=tr["title"],
                    topics=tr["topics"],
                )
                for who, f, m in tr["by_institution"]:
                    add(
                        "capacity_participation",
                        f"{c}:{code}:{who}",
                        capacity_activity_id=training,
                        country=c,
                        female=f,
                        institution_id=inst[who],
                        male=m,
                        other=0,
                    )
        for k, ind in enumerate(r["indicators"]):
            statement, by_sex, baseline, periods = ind
            indicator = add(
                "indicator",
                f"{c}:{r['code']}:{k}",
                baseline_note=None,
                baseline_value=baseline,
                baseline_year=2024,
                by_sex=by_sex,
                country=c,
                means_of_verification=t["mov"],
                measure="number",
                result_id=result,
                statement=statement,
                unit=None,
            )
            for year, sex, target, actual in periods:
                add(
                    "indicator_period",
                    f"{c}:{r['code']}:{k}:{year}:{sex}",
                    actual=actual,
                    actual_note=None,
                    country=c,
                    indicator_id=indicator,
                    period_end=f"{year}-12-31",
                    period_start=f"{year}-01-01",
                    sex=sex,
                    target=target,
                    target_note=None,
                )
    kp = t["knowledge"]
    add(
        "knowledge_product",
        c,
        country=c,
        issued_on=kp[2],
        kind="survey",
        lead_institution_id=inst[kp[1]],
        status="published",
        summary=kp[3],
        title=kp[0],
    )
    gp = t["practice"]
    add(
        "good_practice",
        c,
        country=c,
        submitted_by=gp[2],
        submitted_on=gp[3],
        summary=gp[1],
        theme="diaspora",
        title=gp[0],
    )


def by_sex(rows: list[tuple[int, float, float | None, float, float | None]]) -> list[Any]:
    """Targets and actuals by sex, under the year's total (the report reads the sexes of a total period)."""
    out: list[Any] = []
    for year, ft, fa, mt, ma in rows:
        total = None if fa is None or ma is None else fa + ma
        out += [(year, None, ft + mt, total), (year, "female", ft, fa), (year, "male", mt, ma)]
    return out


TUNISIA: dict[str, Any] = {
    "currency": "TND",
    "priorities": "Mise en œuvre de la Stratégie nationale migratoire ; "
    "mobilisation des Tunisiens à l'étranger — تعبئة التونسيين بالخارج.",
    "strategy": "Plan de développement 2023–2025 (مخطط التنمية)",
    "mov": "Rapports de l'ONM — تقارير المرصد الوطني للهجرة",
    "institutions": {
        "mas": ("وزارة الشؤون الاجتماعية (Ministère des Affaires sociales)", "ministry", "labour", "MAS"),
        "mae": ("وزارة الشؤون الخارجية والهجرة والتونسيين بالخارج", "ministry", "foreign_affairs", "MAE"),
        "int": ("وزارة الداخلية", "ministry", "interior", None),
        "ote": ("ديوان التونسيين بالخارج (Office des Tunisiens à l'Étranger)", "diaspora", None, "OTE"),
        "onm": ("المرصد الوطني للهجرة", "agency", "statistics", "ONM"),
        "ins": ("المعهد الوطني للإحصاء (Institut national de la statistique)", "agency", "statistics", "INS"),
        "aneti": ("Agence nationale pour l'emploi et le travail indépendant", "agency", "labour", "ANETI"),
    },
    "contacts": {
        "iom": ("أمال الشابي (Amel Chebbi)", "female", "Chargée de programme", IOM, "amel.chebbi@example.org"),
        "undp": ("Karim Ben Salah", "male", "Analyste", UNDP, "karim.bensalah@example.org"),
        "mas": ("مُحَمَّد علي الطرابلسي", "male", "Directeur général", "mas", "m.trabelsi@example.org"),
        "ote": ("سناء الهمامي", "female", "Directrice (مديرة)", "ote", "s.hammami@example.org"),
        "onm": ("هالة بن يوسف (Hela Ben Youssef)", "female", "Chercheuse", "onm", "h.benyoussef@example.org"),
    },
    "committee": (
        "Comité national de la migration — اللجنة الوطنية للهجرة",
        "CNM",
        "2017-06-15",
        "قرار حكومي (Décision gouvernementale, 2017)",
        "Suivre la Stratégie nationale migratoire et coordonner les ministères « الهجرة والتنمية ».",
    ),
    "members": [
        ("mas", "chair", "mas"),
        ("mae", "member", None),
        ("int", "member", None),
        ("ote", "secretariat", "ote"),
        ("onm", "member", "onm"),
        ("ins", "member", None),
        ("aneti", "member", None),
        (IOM, "observer", "iom"),
        (UNDP, "observer", "undp"),
    ],
    "meetings": [
        (
            "2025-02-12",
            "تونس",
            "متابعة تنفيذ الاستراتيجية الوطنية للهجرة (2025–2027)",
            "Le comité a examiné le bilan 2024 de la Stratégie nationale migratoire. "
            "ناقشت اللجنة دور ديوان التونسيين بالخارج في تعبئة الكفاءات.",
            [
                ("إعداد تقرير سنوي عن تنفيذ الاستراتيجية.", "2025-06-30", "onm", "done"),
                ("Cartographier les associations de la diaspora « الجالية » en Europe.", "2025-12-31", "ote", "done"),
            ],
        ),
        (
            "2025-10-08",
            "صفاقس",
            "Migration de retour et réintégration — العودة وإعادة الإدماج",
            None,
            [("وضع دليل لإعادة إدماج المهاجرين العائدين.", "2026-06-30", "mas", "open")],
        ),
        (
            "2026-03-04",
            "تونس",
            "Plan de travail 2025–2027 : revue à mi-parcours",
            "Revue à mi-parcours : 60 % des activités sont en cours.",
            [("Actualiser les cibles des indicateurs par sexe.", "2026-05-31", "onm", "open")],
        ),
    ],
    "policies": [
        {
            "title": "Stratégie nationale migratoire — الاستراتيجية الوطنية للهجرة",
            "kind": "strategy",
            "lead": "mas",
            "legal": None,
            "gcm": [1, 19, 21],
            "sectors": ["labour", "foreign_affairs"],
            "themes": ["diaspora", "labour_migration", "integration"],
            "summary": "Gouvernance de la migration, protection des Tunisiens à l'étranger, migration de retour.",
            "changes": [
                ("2017-07-01", "draft", "Première version (مسودة)"),
                ("2021-09-15", "under_review", "Consultation nationale"),
                ("2023-05-10", "adopted", None),
                ("2024-01-01", "under_implementation", None),
            ],
        },
    ],
    "plan": (
        "Plan de travail conjoint OIM–PNUD 2025–2027 (خطة العمل المشتركة)",
        "Mobilisation des compétences de la diaspora et réintégration des migrants de retour.",
    ),
    "results": [
        {
            "code": "1",
            "statement": "Les Tunisiens à l'étranger contribuent au développement des régions de l'intérieur.",
            "activities": [
                (
                    "1.1",
                    "منصة الكفاءات التونسية بالخارج (Plateforme des compétences)",
                    "2025-04-01",
                    "2026-12-31",
                    1200000.0,
                    520000.0,
                    45.0,
                    "ongoing",
                    "undp",
                    ["ote", "mae"],
                ),
                (
                    "1.2",
                    "Fonds d'appui aux projets de la diaspora à Gafsa et Kasserine",
                    "2025-09-01",
                    "2027-06-30",
                    2500000.0,
                    300000.0,
                    15.0,
                    "ongoing",
                    "undp",
                    ["ote"],
                ),
                (
                    "1.3",
                    "Forum annuel « Tunisiens du monde — تونسيو العالم »",
                    "2026-07-01",
                    "2026-07-31",
                    180000.0,
                    0.0,
                    0.0,
                    "planned",
                    "iom",
                    ["ote", "mae"],
                ),
            ],
            "indicators": [
                (
                    "مشاريع الجالية المرافقة (Projets de la diaspora accompagnés)",
                    False,
                    0.0,
                    [(2025, None, 15.0, 18.0), (2026, None, 35.0, None), (2027, None, 60.0, None)],
                )
            ],
        },
        {
            "code": "2",
            "statement": "Les migrants de retour sont réintégrés durablement.",
            "activities": [
                (
                    "2.1",
                    "Formation des agents de l'ANETI à l'accueil des migrants de retour",
                    "2025-05-01",
                    "2025-11-30",
                    150000.0,
                    148000.0,
                    100.0,
                    "completed",
                    "iom",
                    ["aneti", "mas"],
                ),
                (
                    "2.2",
                    "دليل إعادة الإدماج (Guide de réintégration)",
                    "2025-10-01",
                    "2026-09-30",
                    90000.0,
                    40000.0,
                    40.0,
                    "ongoing",
                    "iom",
                    ["mas", "onm"],
                ),
                (
                    "2.3",
                    "Enquête de suivi des migrants de retour",
                    "2025-01-15",
                    "2025-06-30",
                    60000.0,
                    5000.0,
                    0.0,
                    "cancelled",
                    "undp",
                    ["ins"],
                ),
            ],
            "indicators": [
                (
                    "Migrants de retour accompagnés, par sexe",
                    True,
                    0.0,
                    by_sex([(2025, 150.0, 132.0, 250.0, 241.0), (2026, 300.0, None, 450.0, None)]),
                ),
                (
                    "Agents formés à l'accueil des migrants de retour",
                    True,
                    0.0,
                    by_sex([(2025, 20.0, 23.0, 20.0, 17.0)]),
                ),
            ],
        },
    ],
    "trainings": {
        "2.1": {
            "title": "ورشة تكوينية حول إعادة إدماج المهاجرين العائدين",
            "place": "سوسة",
            "start": "2025-06-16",
            "end": "2025-06-18",
            "hours": 18.0,
            "organisers": "OIM, ANETI",
            "scores": (48.0, 79.0),
            "satisfaction": 91.0,
            "topics": ["return_reintegration"],
            "by_institution": [("aneti", 14, 10), ("mas", 6, 5), ("onm", 3, 2)],
        }
    },
    "knowledge": (
        "المسح الوطني حول الهجرة الدولية (Tunisia-HIMS)",
        "ins",
        "2021-11-01",
        "Enquête nationale sur la migration internationale, réalisée par l'INS et l'ONM.",
    ),
    "practice": (
        "Guichets « Tounes Wijhetouna » pour les migrants de retour — شبابيك تونس وجهتنا",
        "Des guichets d'accueil dans les bureaux de l'emploi orientent les migrants de retour "
        "vers la formation, le crédit et l'emploi.",
        "سناء الهمامي",
        "2025-12-01",
    ),
}

ECUADOR: dict[str, Any] = {
    "currency": "USD",
    "priorities": "Aplicación de la Ley Orgánica de Movilidad Humana; integración socioeconómica "
    "de las personas en movilidad y vínculo con la diáspora ecuatoriana.",
    "strategy": "Plan de Desarrollo para el Nuevo Ecuador 2024–2025",
    "mov": "Registros del Ministerio y encuestas del INEC",
    "institutions": {
        "mremh": ("Ministerio de Relaciones Exteriores y Movilidad Humana", "ministry", "foreign_affairs", "MREMH"),
        "mdt": ("Ministerio del Trabajo", "ministry", "labour", "MDT"),
        "mdg": ("Ministerio del Interior", "ministry", "interior", None),
        "inec": ("Instituto Nacional de Estadística y Censos", "agency", "statistics", "INEC"),
        "cnimh": ("Consejo Nacional para la Igualdad de Movilidad Humana", "agency", None, "CNIMH"),
        "cuenca": ("GAD Municipal de Cuenca", "local_government", None, None),
    },
    "contacts": {
        "iom": ("María José Peñaherrera", "female", "Oficial de programa", IOM, "mj.penaherrera@example.org"),
        "undp": ("Andrés Muñoz Cevallos", "male", "Analista", UNDP, "a.munoz@example.org"),
        "mremh": ("Verónica Ibáñez Yánez", "female", "Viceministra (interina)", "mremh", "v.ibanez@example.org"),
        "inec": ("Joaquín Núñez Ordóñez", "male", "Director de estadísticas", "inec", "j.nunez@example.org"),
    },
    "committee": (
        "Mesa Técnica Interinstitucional de Movilidad Humana",
        "MTIMH",
        "2018-03-01",
        "Ley Orgánica de Movilidad Humana (2017), art. 163",
        "Coordinar la aplicación del Plan Nacional de Movilidad Humana entre ministerios y "
        "gobiernos autónomos descentralizados.",
    ),
    "members": [
        ("mremh", "chair", "mremh"),
        ("mdt", "member", None),
        ("mdg", "member", None),
        ("inec", "member", "inec"),
        ("cnimh", "secretariat", None),
        ("cuenca", "member", None),
        (IOM, "observer", "iom"),
        (UNDP, "observer", "undp"),
    ],
    "meetings": [
        (
            "2025-03-18",
            "Quito",
            "Seguimiento del Plan Nacional de Movilidad Humana",
            "La Mesa revisó los avances de 2024 y acordó priorizar la inserción laboral en Cuenca y Guayaquil. "
            "Se señaló la necesidad de datos desagregados por sexo y por año.",
            [
                ("Elaborar el informe anual de seguimiento del Plan.", "2025-07-31", "mremh", "done"),
                ("Diseñar el módulo de movilidad humana de la encuesta ENEMDU.", "2025-12-31", "inec", "done"),
            ],
        ),
        (
            "2025-11-05",
            "Cuenca",
            "Retorno y reinserción de ecuatorianos en el exterior",
            None,
            [("Publicar la guía de servicios para personas retornadas.", "2026-04-30", "mdt", "open")],
        ),
    ],
    "policies": [
        {
            "title": "Ley Orgánica de Movilidad Humana",
            "kind": "law",
            "lead": "mremh",
            "legal": "Registro Oficial Suplemento 938, 6 de febrero de 2017",
            "gcm": [4, 7, 16],
            "sectors": ["foreign_affairs", "interior"],
            "themes": ["integration", "trafficking"],
            "summary": "Derechos y obligaciones de las personas en movilidad humana: emigrantes, inmigrantes, "
            "personas en tránsito, retornadas y víctimas de trata.",
            "changes": [
                ("2016-08-10", "draft", "Proyecto presentado a la Asamblea Nacional"),
                ("2017-01-05", "adopted", None),
                ("2017-02-06", "under_implementation", "Publicada en el Registro Oficial"),
            ],
        },
        {
            "title": "Plan Nacional de Movilidad Humana",
            "kind": "action_plan",
            "lead": "mremh",
            "legal": None,
            "gcm": [1, 16, 19],
            "sectors": ["foreign_affairs", "labour"],
            "themes": ["diaspora", "integration"],
            "summary": "Cuatro políticas: ciudadanía universal, protección de derechos, "
            "integración y lucha contra la trata.",
            "changes": [
                ("2018-03-15", "draft", None),
                ("2018-07-20", "adopted", None),
                ("2019-01-01", "under_implementation", None),
            ],
        },
    ],
    "plan": (
        "Plan de trabajo conjunto OIM–PNUD 2025–2027",
        "Inserción laboral de personas en movilidad y vínculo productivo con la diáspora.",
    ),
    "results": [
        {
            "code": "1",
            "statement": "Las personas en movilidad humana acceden a empleo digno en Cuenca y Guayaquil.",
            "activities": [
                (
                    "1.1",
                    "Ventanillas de empleo para personas en movilidad en Cuenca",
                    "2025-04-01",
                    "2026-12-31",
                    420000.0,
                    210000.0,
                    55.0,
                    "ongoing",
                    "undp",
                    ["mdt", "cuenca"],
                ),
                (
                    "1.2",
                    "Capacitación de funcionarios del Ministerio del Trabajo",
                    "2025-05-05",
                    "2025-10-31",
                    85000.0,
                    83500.0,
                    100.0,
                    "completed",
                    "iom",
                    ["mdt"],
                ),
                (
                    "1.3",
                    "Campaña «Ecuador sin discriminación» en la frontera norte",
                    "2026-02-01",
                    "2027-06-30",
                    150000.0,
                    0.0,
                    0.0,
                    "planned",
                    "iom",
                    ["cnimh"],
                ),
            ],
            "indicators": [
                (
                    "Personas en movilidad con empleo formal, por sexo",
                    True,
                    0.0,
                    by_sex(
                        [
                            (2025, 400.0, 362.0, 400.0, 418.0),
                            (2026, 800.0, None, 800.0, None),
                            (2027, 1200.0, None, 1200.0, None),
                        ]
                    ),
                )
            ],
        },
        {
            "code": "2",
            "statement": "La diáspora ecuatoriana invierte en sus provincias de origen.",
            "activities": [
                (
                    "2.1",
                    "Fondo semilla para emprendimientos de retornados en Cañar y Azuay",
                    "2025-09-01",
                    "2027-08-31",
                    600000.0,
                    95000.0,
                    20.0,
                    "ongoing",
                    "undp",
                    ["mremh", "cuenca"],
                ),
                (
                    "2.2",
                    "Encuesta a hogares con migrantes (módulo ENEMDU)",
                    "2025-06-01",
                    "2025-12-15",
                    120000.0,
                    30000.0,
                    0.0,
                    "cancelled",
                    "undp",
                    ["inec"],
                ),
            ],
            "indicators": [
                (
                    "Emprendimientos de la diáspora financiados",
                    False,
                    5.0,
                    [(2025, None, 20.0, 24.0), (2026, None, 50.0, None), (2027, None, 80.0, None)],
                )
            ],
        },
    ],
    "trainings": {
        "1.2": {
            "title": "Taller: derechos laborales de las personas en movilidad humana",
            "place": "Guayaquil",
            "start": "2025-07-14",
            "end": "2025-07-16",
            "hours": 20.0,
            "organisers": "OIM, Ministerio del Trabajo",
            "scores": (52.0, 84.0),
            "satisfaction": 93.0,
            "topics": ["labour_migration"],
            "by_institution": [("mdt", 16, 11), ("cuenca", 5, 3), ("cnimh", 4, 2)],
        }
    },
    "knowledge": (
        "Encuesta Nacional de Empleo, Desempleo y Subempleo: módulo de movilidad humana",
        "inec",
        "2026-02-15",
        "Primer módulo de la ENEMDU sobre hogares con personas emigradas y retornadas.",
    ),
    "practice": (
        "Ventanilla única de atención a personas retornadas en Cuenca",
        "Un solo lugar donde las personas retornadas tramitan documentos, convalidan títulos "
        "y reciben orientación laboral y psicosocial.",
        "María José Peñaherrera",
        "2026-01-20",
    ),
}


def main() -> None:
    country("TUN", TUNISIA)
    country("ECU", ECUADOR)
    out = Path(__file__).resolve().parent.parent / "docs" / "report" / "tunisia-ecuador.json"
    lines = ['{"format":"mainstream-dump","version":1,"records":{']
    kinds = []
    for kind in KINDS:
        rows = ",\n".join(
            json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            for r in sorted(records[kind], key=lambda r: r["id"])
        )
        kinds.append(f'"{kind}":[\n{rows}]' if rows else f'"{kind}":[]')
    out.write_text("\n".join(lines) + "\n" + ",\n".join(kinds) + "\n}}\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
