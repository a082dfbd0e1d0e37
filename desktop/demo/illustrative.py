"""Illustrative demo data for five programme countries.

ILLUSTRATIVE: the facts taken from the programme's documents are real — Peru's
MTIGM (Supreme Decree No. 067-2011-PCM, led by the Ministry of Foreign Affairs,
22 sectors, a coordination commission with civil society), Burundi's National
Migration and Diaspora Policies, Sri Lanka's coordination framework for the
National Migration Health Policy and its SGBV framework, and the Migration
Governance Index. The people, meetings, decisions, budgets, indicators and
trainings around them are invented for demonstration.
"""

from __future__ import annotations

import hashlib
from typing import Any

from desktop.demo.builder import DemoBuilder
from desktop.demo.countries import COUNTRIES, Country

ILLUSTRATIVE_NOTE = (
    "Illustrative demo data: the committees, policies and practices named in the programme's documents are "
    "real; the people, meetings, budgets, indicators and trainings are invented."
)


def _institution(b: DemoBuilder, iso: str | None, key: str, spec: dict[str, Any]) -> str:
    return b.add("institution", f"{iso or 'global'}/{key}", country=iso, **spec)


def build(builder: DemoBuilder | None = None) -> DemoBuilder:
    b = builder or DemoBuilder()
    iom = _institution(
        b,
        None,
        "iom",
        {
            "name": "International Organization for Migration",
            "acronym": "IOM",
            "kind": "un_agency",
            "iati_identifier": "XM-DAC-47066",
            "website": "https://www.iom.int",
        },
    )
    undp = _institution(
        b,
        None,
        "undp",
        {
            "name": "United Nations Development Programme",
            "acronym": "UNDP",
            "kind": "un_agency",
            "iati_identifier": "XM-DAC-41114",
            "website": "https://www.undp.org",
        },
    )
    eiu = _institution(
        b, None, "eiu", {"name": "Economist Intelligence Unit", "acronym": "EIU", "kind": "private_sector"}
    )
    b.add(
        "knowledge_product",
        "global/mgi",
        title="Migration Governance Index",
        kind="assessment",
        status="published",
        lead_institution_id=eiu,
        summary="A policy-benchmarking framework, developed with the Economist Intelligence Unit, to assess the "
        "extent to which national migration policies facilitate orderly, safe and well-managed migration, as laid "
        "out in SDG target 10.7.",
    )
    b.add(
        "good_practice",
        "global/mgi",
        title="Migration Governance Index",
        theme="migration_data",
        submitted_by="Camille Saadé",
        summary="Jointly implemented with the Economist Intelligence Unit (EIU), the project develops a "
        "policy-benchmarking framework to assess the extent to which national migration policies facilitate "
        "orderly, safe and well managed migration, as laid out in SDG Target 10.7.",
    )
    for country in COUNTRIES:
        _build_country(b, country, iom, undp)
    _good_practices(b)
    return b


def _build_country(b: DemoBuilder, c: Country, iom: str, undp: str) -> None:
    iso = c.iso
    inst = {key: _institution(b, iso, key, spec) for key, spec in c.institutions.items()}
    inst["iom"], inst["undp"] = iom, undp
    iom_fp = b.add("contact", f"{iso}/fp-iom", country=iso, institution_id=iom, **c.focal_points[0])
    undp_fp = b.add("contact", f"{iso}/fp-undp", country=iso, institution_id=undp, **c.focal_points[1])
    b.add(
        "country_programme",
        iso,
        country=iso,
        iom_focal_point_id=iom_fp,
        undp_focal_point_id=undp_fp,
        **{**c.programme, "md_priorities": c.programme["md_priorities"] + "\n\n" + ILLUSTRATIVE_NOTE},
    )
    committee_ids: dict[str, str] = {}
    for com in c.committees:
        key = com["key"]
        committee_ids[key] = b.add(
            "committee",
            f"{iso}/{key}",
            country=iso,
            name=com["name"],
            acronym=com.get("acronym"),
            kind=com["kind"],
            legal_basis=com.get("legal_basis"),
            established_on=com.get("established_on"),
            lead_institution_id=inst[com["lead"]],
            mandate=com.get("mandate"),
            status=com.get("status", "active"),
            parent_id=committee_ids.get(com.get("parent", "")),
        )
        for member, role in com["members"]:
            b.add(
                "membership",
                f"{iso}/{key}/{member}",
                committee_id=committee_ids[key],
                institution_id=inst[member],
                role=role,
                start_on=com.get("established_on"),
                representative_id=iom_fp if member == "iom" else (undp_fp if member == "undp" else None),
            )
        for n, meeting in enumerate(com.get("meetings", []), start=1):
            meeting_id = b.add(
                "meeting",
                f"{iso}/{key}/{n}",
                committee_id=committee_ids[key],
                held_on=meeting["on"],
                place=meeting.get("place"),
                online=meeting.get("online", False),
                agenda=meeting.get("agenda"),
                minutes_summary=meeting.get("minutes"),
            )
            for member, _role in com["members"]:
                b.add("attendance", f"{iso}/{key}/{n}/{member}", meeting_id=meeting_id, institution_id=inst[member])
            for d, decision in enumerate(meeting.get("decisions", []), start=1):
                b.add(
                    "decision",
                    f"{iso}/{key}/{n}/{d}",
                    meeting_id=meeting_id,
                    text=decision["text"],
                    responsible_institution_id=inst[decision["who"]],
                    due_on=decision.get("due"),
                    status=decision.get("status", "open"),
                    follow_up=decision.get("follow_up"),
                )
            if meeting.get("minutes_file"):
                _attach(b, f"{iso}/{key}/{n}", "meeting", meeting_id, *meeting["minutes_file"])
    for p in c.policies:
        policy_id = b.add(
            "policy",
            f"{iso}/{p['key']}",
            country=iso,
            title=p["title"],
            kind=p["kind"],
            status=p["history"][-1][0],
            lead_institution_id=inst[p["lead"]],
            legal_reference=p.get("legal_reference"),
            summary=p.get("summary"),
            sectors=p.get("sectors", []),
            themes=p.get("themes", []),
            sdg_targets=p.get("sdg", ["10.7"]),
            gcm_objectives=p.get("gcm", []),
        )
        for status, on, note in p["history"]:
            b.add(
                "policy_status_change",
                f"{iso}/{p['key']}/{status}",
                policy_id=policy_id,
                status=status,
                changed_on=on,
                note=note,
            )
    activity_ids = _work_plan(b, iso, c.work_plan, inst, committee_ids)
    for t in c.trainings:
        cap = b.add(
            "capacity_activity",
            f"{iso}/{t['key']}",
            country=iso,
            title=t["title"],
            kind=t["kind"],
            topics=t["topics"],
            start_on=t["start"],
            end_on=t["end"],
            place=t["place"],
            organisers=t["organisers"],
            activity_id=activity_ids.get(t.get("activity", "")),
            audience=t["audience"],
            participants_female=t["female"],
            participants_male=t["male"],
            participants_other=t.get("other", 0),
            participants_total=t["female"] + t["male"] + t.get("other", 0),
            hours=t["hours"],
            pre_test_score=t.get("pre"),
            post_test_score=t.get("post"),
            satisfaction=t.get("satisfaction"),
        )
        for who, (female, male) in t["by_institution"].items():
            b.add(
                "capacity_participation",
                f"{iso}/{t['key']}/{who}",
                capacity_activity_id=cap,
                institution_id=inst[who],
                female=female,
                male=male,
                other=0,
            )
        for n, (name, sex, who) in enumerate(t.get("participants", []), start=1):
            b.add(
                "participant",
                f"{iso}/{t['key']}/{n}",
                capacity_activity_id=cap,
                name=name,
                sex=sex,
                institution_id=inst[who],
            )
        if t.get("attendance_sheet"):
            _attach(b, f"{iso}/{t['key']}", "capacity_activity", cap, *t["attendance_sheet"])
    for k in c.knowledge:
        b.add(
            "knowledge_product",
            f"{iso}/{k['key']}",
            country=iso,
            title=k["title"],
            kind=k["kind"],
            status=k["status"],
            issued_on=k.get("on"),
            lead_institution_id=inst[k["lead"]],
            summary=k.get("summary"),
        )


def _work_plan(
    b: DemoBuilder, iso: str, wp: dict[str, Any], inst: dict[str, str], committees: dict[str, str]
) -> dict[str, str]:
    plan_id = b.add(
        "work_plan",
        f"{iso}/wp",
        country=iso,
        title=wp["title"],
        start_year=wp["years"][0],
        end_year=wp["years"][1],
        government_priorities=wp["priorities"],
        status="approved",
        approved_on=wp["approved_on"],
        approved_by_id=committees[wp["approved_by"]],
    )
    activity_ids: dict[str, str] = {}
    result_ids: dict[str, str] = {}
    for r in wp["results"]:
        result_ids[r["code"]] = b.add(
            "result",
            f"{iso}/wp/{r['code']}",
            work_plan_id=plan_id,
            kind=r["kind"],
            code=r["code"],
            statement=r["statement"],
            parent_id=result_ids.get(r.get("parent", "")),
        )
        for a in r.get("activities", []):
            activity_ids[a["code"]] = b.add(
                "activity",
                f"{iso}/wp/{a['code']}",
                result_id=result_ids[r["code"]],
                code=a["code"],
                title=a["title"],
                responsible_agency=a["agency"],
                implementing_partners=[inst[p] for p in a.get("partners", [])],
                planned_start=a["planned"][0],
                planned_end=a["planned"][1],
                actual_start=a.get("actual", (None, None))[0],
                actual_end=a.get("actual", (None, None))[1],
                status=a["status"],
                progress=a["progress"],
                planned_budget=a["budget"],
                expenditure=a.get("spent"),
                currency=wp.get("currency", "USD"),
                funding_source=a.get("funding"),
            )
        for n, i in enumerate(r.get("indicators", []), start=1):
            indicator = b.add(
                "indicator",
                f"{iso}/wp/{r['code']}/{n}",
                result_id=result_ids[r["code"]],
                statement=i["statement"],
                measure=i["measure"],
                unit=i.get("unit"),
                baseline_value=i.get("baseline"),
                baseline_year=i.get("baseline_year"),
                baseline_note=i.get("baseline_note"),
                by_sex=i.get("by_sex", False),
                means_of_verification=i.get("verification"),
            )
            for year, target, actual in i["periods"]:
                b.add(
                    "indicator_period",
                    f"{iso}/wp/{r['code']}/{n}/{year}",
                    indicator_id=indicator,
                    period_start=f"{year}-01-01",
                    period_end=f"{year}-12-31",
                    target=target,
                    actual=actual,
                )
                if i.get("by_sex") and target is not None:
                    for sex, share in (("female", 0.5), ("male", 0.5)):
                        b.add(
                            "indicator_period",
                            f"{iso}/wp/{r['code']}/{n}/{year}/{sex}",
                            indicator_id=indicator,
                            period_start=f"{year}-01-01",
                            period_end=f"{year}-12-31",
                            sex=sex,
                            target=round(target * share),
                            actual=None if actual is None else round(actual * share),
                        )
    return activity_ids


def _attach(b: DemoBuilder, key: str, kind: str, record_id: str, filename: str, text: str) -> None:
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    b.contents[digest] = data
    b.add(
        "attachment",
        key,
        record_kind=kind,
        record_id=record_id,
        filename=filename,
        media_type="text/plain; charset=utf-8",
        sha256=digest,
        description="Illustrative file",
    )


def _good_practices(b: DemoBuilder) -> None:
    b.add(
        "good_practice",
        "PER/mtigm",
        country="PER",
        theme="policy_coherence",
        submitted_by="Camille Saadé",
        title="Intersectoral Working Group for Migration Management",
        summary="Peru has an Intersectoral Working Group for Migration Management (MTIGM), created by Supreme "
        "Decree No. 067-2011-PCM and led by the Ministry of Foreign Affairs, in addition to 22 sectors of public "
        "administration that comprise it. This mechanism has a Coordination Commission with Civil Society "
        "Institutions.",
    )
    b.add(
        "good_practice",
        "BDI/nmp",
        country="BDI",
        theme="policy_coherence",
        submitted_by="Camille Saadé",
        title="National Migration Policy",
        summary="Recognizing the importance and dynamics of migration, as well as the challenges of both "
        "immigration and international emigration, the Government of Burundi has initiated the process of "
        "drafting and adopting a National Migration Policy. This resulted in a draft National Migration Policy "
        "and a National Diaspora Policy that were adopted.",
    )
    b.add(
        "good_practice",
        "LKA/health",
        country="LKA",
        theme="migration_health",
        submitted_by="Camille Saadé",
        title="Inter-Ministerial and Inter-Agency Coordination Framework for development and support of the "
        "National Migration Health Policy",
        summary="Sri Lanka adopted the Inter-Ministerial and Inter-Agency Coordination Framework for development "
        "and support of the National Migration Health Policy, which coordinates many sectors involved in promoting "
        "the health of migrants and families left behind.",
    )
    b.add(
        "good_practice",
        "LKA/sgbv",
        country="LKA",
        theme="sgbv",
        submitted_by="Camille Saadé",
        title="National Framework on Prevention of Sexual and Gender-based Violence",
        summary="The labour migration / foreign employment sector is one of 9 sectors included in the National "
        "Framework on Prevention of Sexual and Gender-based Violence, developed with the support of the United "
        "Nations Development Programme under the leadership of the Ministry of Women and Child Affairs.",
    )
