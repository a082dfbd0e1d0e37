"""The Overview dashboard: headline figures, charts and what needs attention for
the chosen country.

All figures come from ``db.services.dashboard`` in one background read, so the
GUI thread never waits on SQLite; a newer request makes older answers stale.
Any write that changes records makes the figures read again: at once if the
dashboard is shown, else when it is next shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import pycountry
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.services.dashboard import ATTENTION_LIMIT, AttentionItem, Dashboard, Money, Reason, dashboard
from db.services.progress import years_text
from desktop.ui import charts
from desktop.ui.charts import Card, ChartPanel, fmt_amount, fmt_date, fmt_int, fmt_percent
from desktop.ui.operations import Reloader, any_record
from desktop.ui.plain_text import tip
from desktop.ui.tasks import Progress, TaskRunner
from desktop.ui.translations import country_text

Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


def country_label(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return country_text(str(getattr(country, "common_name", None) or country.name)) if country else code


class AttentionModel(QAbstractTableModel):
    """The records that need attention: overdue decisions, late activities, missing actuals."""

    KIND, LABEL, WHERE, WHY, DATE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[AttentionItem, ...] = ()
        self._today = dt.date.today()
        self._with_country = False

    def set_items(self, items: tuple[AttentionItem, ...], today: dt.date, *, with_country: bool) -> None:
        self.beginResetModel()
        self._items, self._today, self._with_country = items, today, with_country
        self.endResetModel()

    def item(self, row: int) -> AttentionItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def _kind(self, kind: str) -> str:
        names = {"decision": self.tr("Decision"), "activity": self.tr("Activity"), "indicator": self.tr("Indicator")}
        return names.get(kind, kind)

    def _status(self, status: str | None) -> str:
        words = {
            "open": self.tr("open"),
            "in_progress": self.tr("in progress"),
            "planned": self.tr("planned"),
            "ongoing": self.tr("ongoing"),
            "suspended": self.tr("suspended"),
            "delayed": self.tr("delayed"),
        }
        return words.get(status or "", (status or "").replace("_", " "))

    def reason_text(self, item: AttentionItem) -> str:
        days = (self._today - item.date).days if item.date else 0
        if item.reason == Reason.OVERDUE:
            text = self.tr("Overdue by %Ln day(s)", "", days)
            return self.tr("{reason} ({status})").format(reason=text, status=self._status(item.status))
        if item.reason == Reason.PAST_END:
            text = self.tr("%Ln day(s) past its planned end", "", days)
            return self.tr("{reason} ({status})").format(reason=text, status=self._status(item.status))
        if item.reason == Reason.DELAYED:
            return self.tr("Marked as delayed")
        return self.tr("No actual reported for the last period")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            where = item.context
            if self._with_country and item.country:
                where = " · ".join(part for part in (country_label(item.country), item.context) if part)
            return (self._kind(item.kind), item.label, where, self.reason_text(item), fmt_date(item.date))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.LABEL, self.WHERE):
            return tip(item.label if column == self.LABEL else item.context)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHY:
            if item.reason == Reason.OVERDUE:
                return QColor(charts.ALERT)
            return QColor(charts.WARNING) if item.reason in (Reason.DELAYED, Reason.PAST_END) else None
        if role == Qt.ItemDataRole.UserRole:
            return (item.kind, item.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Record"), self.tr("What"), self.tr("Where"), self.tr("Why"), self.tr("Date"))[section]


class DashboardPage(QWidget):
    """The first page: how the programme stands in one country, or in all of them."""

    record_requested = Signal(str, str)  # kind, id: the user opened a row of "Needs attention"
    loaded = Signal(object)  # Dashboard, once shown

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._country: str | None = None
        self._generation = 0
        #: Which day counts as today ("overdue"); tests pin it.
        self.today: Callable[[], dt.date] = dt.date.today
        self.board: Dashboard | None = None

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Dashboard status"))
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.status_label)

        self.cards = {
            "committees": Card(self.tr("Active committees")),
            "decisions": Card(self.tr("Open decisions")),
            "progress": Card(self.tr("Average activity progress")),
            "budget": Card(self.tr("Budget execution")),
            "trained": Card(self.tr("People trained")),
        }
        card_row = QHBoxLayout()
        card_row.setSpacing(10)
        for card in self.cards.values():
            card_row.addWidget(card, 1)

        self.charts = {
            "policies": ChartPanel(self.tr("Policies by status")),
            "activities": ChartPanel(self.tr("Work-plan activities by status")),
            "indicators": ChartPanel(self.tr("Indicators")),
            "trained": ChartPanel(self.tr("People trained by sex")),
            "budget": ChartPanel(self.tr("Budget spent, per currency")),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        for position, key in enumerate(("policies", "activities", "indicators")):
            grid.addWidget(self.charts[key], 0, position)
        grid.addWidget(self.charts["trained"], 1, 0)
        grid.addWidget(self.charts["budget"], 1, 1, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.attention_title = QLabel()
        self.attention_title.setFont(self.charts["policies"].title_label.font())
        self.attention_note = QLabel()
        self.attention_note.setWordWrap(True)
        self.model = AttentionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Needs attention"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(AttentionModel.LABEL, QHeaderView.ResizeMode.Stretch)
        columns.setMaximumSectionSize(self.fontMetrics().averageCharWidth() * 48)
        self.table.setMinimumHeight(150)
        self.table.activated.connect(self._on_activated)
        self.attention_empty = QLabel()
        self.attention_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.attention_stack = QStackedWidget()
        self.attention_stack.addWidget(self.table)
        self.attention_stack.addWidget(self.attention_empty)
        attention_head = QHBoxLayout()
        attention_head.addWidget(self.attention_title)
        attention_head.addWidget(self.attention_note, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(card_row)
        layout.addLayout(grid, 3)
        layout.addLayout(attention_head)
        layout.addWidget(self.attention_stack, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAccessibleName(self.tr("Overview dashboard"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_title()
        self.reloader = Reloader(self, runner, any_record, self.refresh)

    # --- loading ------------------------------------------------------------

    @property
    def country(self) -> str | None:
        return self._country

    def set_country(self, country: str | None) -> None:
        self._country = country or None
        self._show_title()
        self.refresh()

    def refresh(self) -> None:
        """Ask for fresh figures in the background; answers to older requests are dropped."""
        self._generation += 1
        generation, country, today = self._generation, self._country, self.today()

        def work(session: Session, _progress: Progress) -> Dashboard:
            return dashboard(session, country, today)

        self.status_label.setText(self.tr("Updating…"))
        self._runner.read(
            work,
            lambda board: self._on_loaded(generation, board),
            lambda error: self._on_failed(generation, error),
        )

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            log.error("dashboard failed", exc_info=error)
            self.status_label.setText(self.tr("Could not compute the figures: {error}").format(error=error))

    def _on_loaded(self, generation: int, board: Dashboard) -> None:
        if generation != self._generation:
            return
        self.board = board
        self.status_label.setText(self.tr("As of {date}").format(date=fmt_date(board.today)))
        self._show_cards(board)
        self._show_charts(board)
        self._show_attention(board)
        self.loaded.emit(board)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item(index.row())
            self.record_requested.emit(item.kind, item.id)

    # --- showing ------------------------------------------------------------

    def _place(self) -> str:
        return country_label(self._country) if self._country else ""

    def _show_title(self) -> None:
        place = self._place() or self.tr("all countries")
        self.title_label.setText(self.tr("Overview — {place}").format(place=place))

    def _none_yet(self, what: str) -> str:
        """The empty-state sentence, e.g. "No committees recorded for Peru yet"."""
        sentences = {
            "committees": (self.tr("No committees recorded for {place} yet"), self.tr("No committees recorded yet")),
            "decisions": (self.tr("No decisions recorded for {place} yet"), self.tr("No decisions recorded yet")),
            "activities": (
                self.tr("No work-plan activities recorded for {place} yet"),
                self.tr("No work-plan activities recorded yet"),
            ),
            "budgets": (self.tr("No budgets recorded for {place} yet"), self.tr("No budgets recorded yet")),
            "trained": (self.tr("No trainings recorded for {place} yet"), self.tr("No trainings recorded yet")),
            "policies": (self.tr("No policies recorded for {place} yet"), self.tr("No policies recorded yet")),
            "indicators": (self.tr("No indicators recorded for {place} yet"), self.tr("No indicators recorded yet")),
        }
        for_place, anywhere = sentences[what]
        return for_place.format(place=self._place()) if self._country else anywhere

    def _show_cards(self, board: Dashboard) -> None:
        cards = self.cards
        if sum(board.committees.values()):
            recent = board.meetings_last_12_months
            cards["committees"].set(
                fmt_int(board.active_committees),
                self.tr("%Ln meeting(s) in the last 12 months", "", recent),
            )
        else:
            cards["committees"].set(fmt_int(0), self._none_yet("committees"))
        if sum(board.decisions.values()):
            overdue = board.decisions_overdue
            total = self.tr("%Ln decision(s) in all", "", sum(board.decisions.values()))
            alert = self.tr("%Ln overdue", "", overdue) if overdue else ""
            cards["decisions"].set(
                fmt_int(board.open_decisions),
                total if overdue else self.tr("none overdue") + " · " + total,
                alert=alert,
            )
        else:
            cards["decisions"].set(fmt_int(0), self._none_yet("decisions"))
        activities = sum(board.activities.values())
        if activities:
            detail = self.tr("{activities} {work_plans}", "across N activities in N work plans").format(
                activities=self.tr("across %Ln activities", "", activities),
                work_plans=self.tr("in %Ln work plan(s)", "", board.work_plans),
            )
            cards["progress"].set(fmt_percent(board.average_progress), detail)
        else:
            cards["progress"].set("—", self._none_yet("activities"))
        if board.budgets:
            main, *others = board.budgets
            detail = self.tr("{currency} {spent} spent of {planned}").format(
                currency=self._currency(main), spent=fmt_amount(main.spent), planned=fmt_amount(main.planned)
            )
            if others:
                detail += "\n" + " · ".join(f"{self._currency(m)} {fmt_percent(m.execution)}" for m in others)
            cards["budget"].set(fmt_percent(main.execution), detail)
        else:
            cards["budget"].set("—", self._none_yet("budgets"))
        trained = board.trained
        if trained.total:
            detail = self.tr("{share} women · %Ln activities", "", trained.activities)
            cards["trained"].set(fmt_int(trained.total), detail.format(share=fmt_percent(trained.women_share)))
        else:
            cards["trained"].set(fmt_int(0), self._none_yet("trained"))

    def _currency(self, money: Money) -> str:
        return money.currency or self.tr("(no currency)")

    def _policy_label(self, status: str) -> str:
        return {
            "in_drafting": self.tr("In drafting"),
            "draft": self.tr("Draft"),
            "validated": self.tr("Validated"),
            "adopted": self.tr("Adopted"),
            "under_implementation": self.tr("Under implementation"),
            "under_review": self.tr("Under review"),
            "superseded": self.tr("Superseded"),
        }.get(status, status.replace("_", " ").capitalize())

    def _activity_label(self, status: str) -> str:
        return {
            "planned": self.tr("Planned"),
            "ongoing": self.tr("Ongoing"),
            "delayed": self.tr("Delayed"),
            "completed": self.tr("Completed"),
            "cancelled": self.tr("Cancelled"),
            "suspended": self.tr("Suspended"),
        }.get(status, status.replace("_", " ").capitalize())

    def _show_charts(self, board: Dashboard) -> None:
        panels = self.charts
        if sum(board.policies.values()):
            panels["policies"].show_bars(
                [(f"{self._policy_label(s)} · {fmt_int(n)}", n) for s, n in board.policies.items()], charts.BLUE
            )
        else:
            panels["policies"].show_empty(self._none_yet("policies"))

        colours = {
            "planned": charts.GREY,
            "ongoing": charts.BLUE,
            "delayed": charts.ORANGE,
            "completed": charts.GREEN,
            "cancelled": charts.DARK_GREY,
            "suspended": charts.ROSE,
        }
        if sum(board.activities.values()):
            panels["activities"].show_slices(
                [(self._activity_label(s), n, colours.get(s, charts.PURPLE)) for s, n in board.activities.items()]
            )
        else:
            panels["activities"].show_empty(self._none_yet("activities"))
        progress = board.indicators
        if progress.total:
            # The period "on track" is judged on goes in the title, which wraps (a slice's label does not).
            panels["indicators"].title_label.setText(
                self.tr("Indicators: on track by the latest actual, {years}").format(years=years_text(progress.years))
                if progress.years
                else self.tr("Indicators")
            )
            panels["indicators"].show_slices(
                [
                    (self.tr("On track"), progress.on_track, charts.GREEN),
                    (self.tr("Off track"), progress.off_track, charts.RED),
                    (self.tr("No data"), progress.no_data, charts.GREY),
                ]
            )
        else:
            panels["indicators"].show_empty(self._none_yet("indicators"))
        trained = board.trained
        if trained.total:
            panels["trained"].show_slices(
                [
                    (self.tr("Women"), trained.female, charts.PURPLE),
                    (self.tr("Men"), trained.male, charts.TEAL),
                    (self.tr("Other or undisclosed"), trained.other, charts.GREY),
                ]
            )
        else:
            panels["trained"].show_empty(self._none_yet("trained"))
        if board.budgets:
            rows = [
                (
                    self.tr("{currency}  {spent} of {planned} ({share})").format(
                        currency=self._currency(m),
                        spent=fmt_amount(m.spent),
                        planned=fmt_amount(m.planned),
                        share=fmt_percent(m.execution),
                    ),
                    m.execution or 0.0,
                )
                for m in board.budgets
            ]
            panels["budget"].show_shares(rows, self.tr("Spent"), self.tr("Not yet spent"))
        else:
            panels["budget"].show_empty(self._none_yet("budgets"))

    def _show_attention(self, board: Dashboard) -> None:
        self.model.set_items(board.attention, board.today, with_country=board.country is None)
        total, shown = board.attention_total, len(board.attention)
        self.attention_title.setText(self.tr("Needs attention ({n})").format(n=fmt_int(total)))
        self.attention_note.setText(
            self.tr("— showing the %Ln oldest, up to {limit} of each kind", "", shown).format(
                limit=fmt_int(ATTENTION_LIMIT)
            )
            if shown < total
            else ""
        )
        if total:
            self.attention_stack.setCurrentWidget(self.table)
        else:
            place = self._place()
            self.attention_empty.setText(
                self.tr("Nothing needs attention in {place} right now.").format(place=place)
                if place
                else self.tr("Nothing needs attention right now.")
            )
            self.attention_stack.setCurrentWidget(self.attention_empty)


__all__ = ["AttentionModel", "DashboardPage"]
