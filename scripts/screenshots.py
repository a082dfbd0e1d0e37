"""Take the screenshots of docs/screenshots/ from the demo data.

    python scripts/screenshots.py [--out docs/screenshots] [--lang fr] [--only 19-reports]

Builds the demo database in a temporary folder, opens the main window on
Qt's offscreen platform at a fixed size, visits every page (and the dialogs
that edit nested records), saves one PNG per view and writes the gallery's
README.md. Look at every picture before calling a screen done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QTabWidget, QWidget  # noqa: E402
from sqlalchemy import text  # noqa: E402

from db.services import Actor, create, delete, update  # noqa: E402
from db.services.authority import Authority  # noqa: E402
from db.services.settings import Profile, save_profile  # noqa: E402
from db.store import Store  # noqa: E402
from desktop.demo import load_demo  # noqa: E402
from desktop.exchange.files import export_file, import_file, open_file  # noqa: E402
from desktop.ui.application import make_application  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.translations import install_translators  # noqa: E402

WINDOW_SIZE = (1100, 700)  # the default window size, at which every page must fit


@dataclass
class Shot:
    name: str
    caption: str
    setup: Callable[[MainWindow], object]  # returns the dialog to grab, else the window is grabbed


def pump(window: MainWindow, rounds: int = 4) -> None:
    """Let background reads land and the screen settle."""
    app = QApplication.instance()
    for _ in range(rounds):
        deadline = time.monotonic() + 10
        while window.runner.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            app.processEvents()
            time.sleep(0.01)


def one_id(window: MainWindow, sql: str) -> str:
    with window.runner.store.session() as session:
        return str(session.execute(text(sql)).scalar_one())


def go(window: MainWindow, title: str, tab: int | None = None) -> QWidget:
    titles = [title for title, _page in window.pages]
    window.sidebar.setCurrentRow(titles.index(title))
    page = window.stack.currentWidget()
    if tab is not None and isinstance(page, QTabWidget):
        page.setCurrentIndex(tab)
        page = page.currentWidget()
    pump(window)
    return page


def record(window: MainWindow, kind: str, sql: str) -> None:
    window.open_record(kind, one_id(window, sql))
    pump(window)


def dialog(window: MainWindow, kind: str, sql: str, scroll_to_end: bool = False) -> QWidget:
    record(window, kind, sql)
    found = window.record_dialog
    found.resize(900, 640)  # within the window at its default size
    pump(window)
    if scroll_to_end:  # the nested records, below the fields
        for area in found.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        pump(window)
    return found


def decision_in_meeting(window: MainWindow) -> QWidget:
    """A meeting's decision, opened in the meeting's own window under a breadcrumb (never a third window)."""
    found = dialog(
        window,
        "meeting",
        "SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id "
        "WHERE c.country = 'PER' AND EXISTS (SELECT 1 FROM decision d WHERE d.meeting_id = m.id) "
        "ORDER BY m.held_on DESC LIMIT 1",
    )
    decisions = next(p for p in found.editor.children_panels if p.kind == "decision")
    decisions.table.selectRow(0)
    decisions.on_edit()
    pump(window)
    return found


def period_asked(window: MainWindow) -> QWidget:
    """An indicator's new period: its dates asked for under the grid, in the indicator's window."""
    found = dialog(
        window,
        "indicator",
        "SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
        "JOIN work_plan p ON p.id = r.work_plan_id WHERE p.country = 'PER' ORDER BY i.statement LIMIT 1",
    )
    grid = next(p for p in found.editor.children_panels if p.kind == "indicator_period")
    grid.add_button.click()
    pump(window)
    for area in found.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    pump(window)
    return found


def participation_refused(window: MainWindow) -> QWidget:
    """An institution's participants that would be more than the training's headline counts: refused."""
    record(window, "capacity_activity", "SELECT id FROM capacity_activity WHERE country = 'PER' ORDER BY title LIMIT 1")
    editor = window.record_pages["capacity_activity"].editor
    panel = next(p for p in editor.children_panels if p.kind == "capacity_participation")
    panel.on_add()
    pump(window)
    found = panel.dialog
    form = found.editor.form
    institutions = form.editors["institution_id"].widget
    institutions.setCurrentIndex(1)
    institutions.activated.emit(1)
    for name, value in (("female", 3), ("male", 0), ("other", 0)):
        form.editors[name].set_value(value)
    form.editors["other"].changed.emit()
    found.editor.save()
    pump(window)
    return found


def in_country(window: MainWindow, country: str, kind: str, sql: str) -> None:
    window.country_box.setCurrentIndex(window.country_box.findData(country))
    record(window, kind, sql)


def searched(window: MainWindow) -> None:
    page = window.record_pages["activity"]
    go(window, window.tr("Work plans"), 0)
    page.list.search.setText("migración")
    time.sleep(0.3)
    pump(window)
    page.list.table.selectRow(0)
    pump(window)


def refused(window: MainWindow) -> None:
    record(window, "activity", "SELECT id FROM activity WHERE country = 'PER' ORDER BY code LIMIT 1")
    form = window.record_pages["activity"].editor.form
    start = form.editors["planned_start"]
    end = form.editors["planned_end"]
    start.set_value("2026-09-30")
    end.set_value("2026-03-01")
    end.changed.emit()
    window.record_pages["activity"].editor.save()
    pump(window)


def report(window: MainWindow) -> None:
    """The Reports page with Peru's overview made and previewed."""
    page = go(window, window.tr("Reports"))
    page.generate()
    pump(window)
    page.view.pageNavigator().jump(2, QPointF(0, 0), 0)  # "At a glance", after the cover and the contents
    pump(window)


def partner_file(window: MainWindow) -> Path:
    """A file from Luis, the IOM focal point for Peru, after a week offline: new records, and two
    fields he and Ana (this database) both changed. Made once, beside the database."""
    store = window.runner.store
    folder = store.path.parent
    file = folder / "luis-PER.mxf"
    if file.exists():
        return file
    partner = Store.open(folder / "luis.db")
    luis = Actor("Luis Mendoza", partner.device_id())
    ana = Actor("Ana Quispe", store.device_id())
    import_file(
        partner,
        open_file(partner, export_file(store, ana, folder / "ana.mxf", countries=["PER"]).path),
        trust=Authority.of(["PER"]),
    )
    activity = one_id(window, "SELECT id FROM activity WHERE country = 'PER' ORDER BY code LIMIT 1")
    policy = one_id(window, "SELECT id FROM policy WHERE country = 'PER' ORDER BY title LIMIT 1")
    committee = one_id(window, "SELECT id FROM committee WHERE country = 'PER' ORDER BY name LIMIT 1")
    with partner.session() as session:
        update(session, luis, "activity", activity, {"progress": 55})
        update(session, luis, "policy", policy, {"status": "adopted"})
        create(
            session,
            luis,
            "meeting",
            {
                "committee_id": committee,
                "held_on": "2026-11-18",
                "place": "Lima, Cancillería",
                "agenda": "Revisión del plan de trabajo",
            },
        )
    with store.session() as session:
        update(session, ana, "activity", activity, {"progress": 45})
        update(session, ana, "policy", policy, {"status": "validated"})
    export_file(partner, luis, file, countries=["PER"])
    partner.close()
    return file


def received(window: MainWindow) -> None:
    """A partner's file opened on the Exchange page: sender, key, and what it would do."""
    go(window, window.tr("Exchange"), 0)
    window.exchange.receive.open_path(partner_file(window))
    pump(window)


def conflicts(window: MainWindow) -> None:
    """The partner's file imported: the two clashing fields, with both values."""
    go(window, window.tr("Exchange"), 0)
    receive = window.exchange.receive
    receive.open_path(partner_file(window))
    pump(window)
    if receive.incoming is not None:
        receive.confirm_new_sender = lambda _sender, countries: Authority.of(countries)
        receive.import_now()
        pump(window)
    go(window, window.tr("Exchange"), 1)


SHOTS = [
    Shot(
        "01-overview",
        "Overview: the dashboard for Peru, with what needs attention",
        lambda w: go(w, w.tr("Overview"), 0),
    ),
    Shot(
        "02-committees",
        "Committees: the list, and a committee with its members and meetings",
        lambda w: record(w, "committee", "SELECT id FROM committee WHERE country = 'PER' ORDER BY name LIMIT 1"),
    ),
    Shot(
        "03-meeting",
        "A meeting, edited in place: attendance and decisions with follow-up",
        lambda w: dialog(
            w,
            "meeting",
            "SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id "
            "WHERE c.country = 'PER' ORDER BY m.held_on DESC LIMIT 1",
        ),
    ),
    Shot(
        "03b-decision",
        "A meeting's decision, opened in the meeting's window: the breadcrumb names the meeting, Esc goes back",
        decision_in_meeting,
    ),
    Shot(
        "04-policies",
        "Policies and frameworks, with the status history of each",
        lambda w: record(w, "policy", "SELECT id FROM policy WHERE country = 'PER' ORDER BY title LIMIT 1"),
    ),
    Shot("05-activities", "Work-plan activities: type part of a title to find one among thousands", searched),
    Shot("06-refused", "A refused save: the reason shows beside the field, nothing is saved", refused),
    Shot(
        "07-work-plan",
        "A work plan with its results",
        lambda w: record(w, "work_plan", "SELECT id FROM work_plan WHERE country = 'PER' LIMIT 1"),
    ),
    Shot(
        "08-indicator",
        "An indicator: targets and actuals per period, by sex",
        lambda w: dialog(
            w,
            "indicator",
            "SELECT i.id FROM indicator i JOIN result r ON r.id = i.result_id "
            "JOIN work_plan p ON p.id = r.work_plan_id WHERE p.country = 'PER' "
            "ORDER BY i.statement LIMIT 1",
            scroll_to_end=True,
        ),
    ),
    Shot(
        "08b-add-period",
        "A new period's dates, asked for under the grid rather than in another window",
        period_asked,
    ),
    Shot(
        "09-capacity",
        "Capacity building: a training with its participants by sex and institution",
        lambda w: record(
            w, "capacity_activity", "SELECT id FROM capacity_activity WHERE country = 'PER' ORDER BY title LIMIT 1"
        ),
    ),
    Shot(
        "09b-participation-refused",
        "Participants by institution beyond the training's headline counts: refused, with the reason",
        participation_refused,
    ),
    Shot(
        "10-knowledge",
        "Knowledge products",
        lambda w: record(
            w, "knowledge_product", "SELECT id FROM knowledge_product WHERE country = 'PER' ORDER BY title LIMIT 1"
        ),
    ),
    Shot(
        "11-good-practices",
        "Good practices",
        lambda w: record(w, "good_practice", "SELECT id FROM good_practice ORDER BY title LIMIT 1"),
    ),
    Shot(
        "12-institutions",
        "Stakeholders: institutions",
        lambda w: record(w, "institution", "SELECT id FROM institution WHERE country = 'PER' ORDER BY name LIMIT 1"),
    ),
    Shot(
        "13-contacts",
        "Stakeholders: contacts",
        lambda w: record(w, "contact", "SELECT id FROM contact WHERE country = 'PER' ORDER BY name LIMIT 1"),
    ),
    Shot("14-history", "History: every change, with old and new values", lambda w: go(w, w.tr("History"))),
    Shot("15-trash", "Trash: deleted records, restorable with their nested records", lambda w: go(w, w.tr("Trash"))),
    Shot(
        "16-settings",
        "Settings: who you are, your default country, which database is open",
        lambda w: go(w, w.tr("Settings")),
    ),
    Shot(
        "17-sri-lanka",
        "Sri Lanka: names in Sinhala and English",
        lambda w: (
            w.country_box.setCurrentIndex(w.country_box.findData("LKA")),
            record(w, "institution", "SELECT id FROM institution WHERE country = 'LKA' ORDER BY name LIMIT 1"),
        ),
    ),
    Shot(
        "18-morocco",
        "Morocco: names in Arabic and French",
        lambda w: (
            w.country_box.setCurrentIndex(w.country_box.findData("MAR")),
            record(w, "committee", "SELECT id FROM committee WHERE country = 'MAR' ORDER BY name LIMIT 1"),
        ),
    ),
    Shot("19-reports", "Reports: Peru's country overview, made in the background and previewed before saving", report),
    Shot(
        "20-exchange",
        "Exchange: a partner's file checked and previewed (sender, key fingerprint, what it would do)",
        received,
    ),
    Shot("21-conflicts", "Conflicts: a field changed on both sides, each value with who set it and when", conflicts),
]


def prepare(folder: Path) -> Store:
    store = Store.open(folder / "demo.db")
    actor = Actor("Ana Quispe", store.device_id())
    with store.session() as session:
        load_demo(session, actor)
        save_profile(session, Profile("Ana Quispe", "undp", "PER"))
    with store.session() as session:  # some history and something in the trash to show
        practice = session.execute(text("SELECT id FROM good_practice ORDER BY title DESC LIMIT 1")).scalar_one()
        delete(session, actor, "good_practice", practice)
        activity = session.execute(
            text("SELECT id FROM activity WHERE country = 'PER' ORDER BY code LIMIT 1")
        ).scalar_one()
        update(session, actor, "activity", activity, {"progress": 40})
    return store


def take(out: Path, language: str | None, shots: list[Shot]) -> list[tuple[Shot, Path]]:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = make_application()
        if language:  # once the application is named, so that its settings are the ones read
            QSettings().setValue("ui/language", language)
            install_translators(app, language)
        store = prepare(Path(folder))
        taken = []
        for shot in shots:
            window = MainWindow(store)
            window.resize(*WINDOW_SIZE)
            window.show()
            pump(window)
            shown = shot.setup(window)
            target = shown if isinstance(shown, QDialog) else window
            pump(window)
            path = out / f"{shot.name}.png"
            target.grab().save(str(path))
            taken.append((shot, path))
            if isinstance(target, QDialog):
                for editor in getattr(target, "editors", []):
                    editor.revert()  # nothing unsaved to ask about
                getattr(target, "close_all", target.reject)()
            for page in window.record_pages.values():
                page.editor.revert()
            window.close()
            app.processEvents()
        store.close()
    return taken


def write_gallery(out: Path) -> None:
    """The gallery of every shot whose picture is there (those just taken, and those kept from before)."""
    taken = [(shot, out / f"{shot.name}.png") for shot in SHOTS if (out / f"{shot.name}.png").is_file()]
    lines = [
        "# Screenshot gallery",
        "",
        "Every page of Mainstream on the demo data (`mainstream demo`), taken by",
        "`python scripts/screenshots.py` on Qt's offscreen platform at the window's",
        "default size (1100×700). Regenerate them after changing a screen, and look at them.",
        "The same in French (`fr/`, `--lang fr --out docs/screenshots/fr`) and in",
        "Spanish (`es/`, `--lang es --out docs/screenshots/es`).",
        "",
    ]
    for shot, path in taken:
        lines += [f"## {shot.caption}", "", f"![{shot.caption}]({path.name})", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default=None, help="interface language (e.g. fr, es)")
    parser.add_argument(
        "--only",
        metavar="TEXT",
        default="",
        help="take only the shots whose name contains TEXT (e.g. 19-reports); keep the others",
    )
    args = parser.parse_args()
    shots = [shot for shot in SHOTS if args.only in shot.name]
    if not shots:
        parser.error(f"no shot is named like {args.only!r}")
    taken = take(args.out, args.lang, shots)
    write_gallery(args.out)
    print(f"{len(taken)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
