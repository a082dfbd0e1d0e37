"""Building blocks of the dashboard: headline cards, chart panels and number formats.

They take text that is already translated and plain numbers, so the page keeps
every word in one place (``self.tr``) and these stay reusable. Each chart is
drawn into a fresh ``QChart`` (cheap at these sizes) and the previous one is
deleted, which avoids QtCharts' fiddly series and axis bookkeeping.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.dates import date_text

#: Colours chosen to stay apart for common colour blindness and on light or dark backgrounds.
BLUE = QColor("#2f6fb0")
LIGHT_BLUE = QColor("#c9dcef")
GREEN = QColor("#2e9e5b")
RED = QColor("#d1495b")
ORANGE = QColor("#e8912d")
GREY = QColor("#aab3bd")
DARK_GREY = QColor("#5f6b78")
PURPLE = QColor("#7b5ea7")
TEAL = QColor("#2a9d8f")
ROSE = QColor("#c06c84")
ALERT = "#c0392b"
WARNING = "#a85d00"
#: The share of a chart's width its category labels may take before they are made smaller.
LABEL_SHARE = 0.39
MIN_LABEL_POINTS = 6.5

# --- numbers ---------------------------------------------------------------


def number_locale() -> QLocale:
    """The user's locale, with thousands separators even where it omits them (the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def fmt_int(value: float) -> str:
    return number_locale().toString(round(value))


def fmt_percent(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Dashboard", "{value}%").format(
        value=number_locale().toString(float(value), "f", 0)
    )


def percent_axis_format() -> str:
    """``fmt_percent``'s pattern as a printf format for a chart axis: "%d%%" in English, "%d %%" in French.

    QtCharts garbles a no-break space in a label format, so any space becomes a plain one."""
    pattern = re.sub(r"\s", " ", QCoreApplication.translate("Dashboard", "{value}%"))
    before, _value, after = pattern.partition("{value}")
    return before.replace("%", "%%") + "%d" + after.replace("%", "%%")


def fmt_amount(value: float) -> str:
    """Whole units up to a million, then millions and billions with one decimal."""
    locale = number_locale()
    if abs(value) >= 1e9:
        return QCoreApplication.translate("Dashboard", "{value} bn").format(value=locale.toString(value / 1e9, "f", 1))
    if abs(value) >= 1e6:
        return QCoreApplication.translate("Dashboard", "{value} M").format(value=locale.toString(value / 1e6, "f", 1))
    return locale.toString(round(value))


def fmt_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return date_text(value)  # one date style everywhere: the language's short form


# --- headline cards ------------------------------------------------------------


class Card(QFrame):
    """One headline figure: a caption, a big value and a line or two of detail."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        self.title = title
        self.title_label = QLabel(title)
        self.value_label = QLabel("—")
        self.detail_label = QLabel()
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        self.value_label.setFont(font)
        caption = self.title_label.font()
        caption.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(caption)
        for label in (self.title_label, self.detail_label):
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title_label.setForegroundRole(QPalette.ColorRole.WindowText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label, 1, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def set(self, value: str, detail: str = "", *, alert: str = "") -> None:
        """Show ``value``; ``alert`` is a part of the detail shown in red (e.g. "3 overdue")."""
        self.value_label.setText(value)
        if alert:
            rest = html.escape(detail).replace("\n", "<br>")
            self.detail_label.setTextFormat(Qt.TextFormat.RichText)
            red = f'<span style="color:{ALERT}; font-weight:600">{html.escape(alert)}</span>'
            self.detail_label.setText(red + (f" · {rest}" if rest else ""))
        else:
            self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
            self.detail_label.setText(detail)
        shown = " · ".join(part for part in (alert, detail) if part)
        self.setAccessibleDescription(f"{value}. {shown}".replace("\n", " ").strip())


# --- chart panels -------------------------------------------------------------


class ChartPanel(QFrame):
    """A titled chart that shows a sentence instead when there is nothing to draw."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.setStyleSheet(
            "QFrame#chartPanel { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        self.title = title
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)  # a long title in French or Spanish takes two lines, not the width
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet("background: transparent")
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(170)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.legend_label.hide()
        self.chart_page = QWidget()
        row = QHBoxLayout(self.chart_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addWidget(self.legend_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_page)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)
        self.setAccessibleName(title)
        self._axis: QBarCategoryAxis | None = None
        self._axis_labels: list[str] = []

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    @property
    def legend_text(self) -> str:
        """The legend as plain text (the ring's labels, numbers and shares), for tests and screen readers."""
        return self.accessibleDescription()

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)
        self.setAccessibleDescription(text)

    def _new_chart(self, description: str) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        self.legend_label.hide()
        self._axis = None
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.chart_page)
        self.view.setAccessibleDescription(description)
        self.setAccessibleDescription(description)
        return chart

    def _category_axis(self, chart: QChart, labels: Sequence[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(labels))
        axis.setLabelsColor(self.palette().color(QPalette.ColorRole.WindowText))
        axis.setGridLineVisible(False)
        axis.setLineVisible(False)
        axis.setTruncateLabels(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        self._axis, self._axis_labels = axis, list(labels)
        self._fit_labels()
        return axis

    def _fit_labels(self) -> None:
        """Shrink the category labels when they would not fit: QtCharts gives a side axis
        only part of the chart's width and cuts off whatever is longer."""
        if self._axis is None or not self._axis_labels:
            return
        font = QFont(self.font())
        widest = max(QFontMetrics(font).horizontalAdvance(label) for label in self._axis_labels)
        room = self.view.width() * LABEL_SHARE
        if widest > room > 0:
            font.setPointSizeF(max(MIN_LABEL_POINTS, font.pointSizeF() * room / widest))
        self._axis.setLabelsFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_labels()

    def show_bars(self, rows: Sequence[tuple[str, float]], color: QColor) -> None:
        """Horizontal bars, first row on top; the values belong in the labels."""
        chart = self._new_chart("; ".join(label for label, _ in rows))
        chart.setMargins(QMargins(self.fontMetrics().averageCharWidth() * 2, 0, 0, 0))
        chart.legend().hide()
        bars = QBarSet("")
        bars.setColor(color)
        bars.setBorderColor(color)
        bars.append([float(value) for _, value in reversed(rows)])
        series = QHorizontalBarSeries()
        series.setBarWidth(0.7)
        series.append(bars)
        chart.addSeries(series)
        series.attachAxis(self._category_axis(chart, [label for label, _ in reversed(rows)]))
        values = QValueAxis()
        values.setRange(0, max([value for _, value in rows] + [1]) * 1.02)
        values.setVisible(False)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def show_slices(self, slices: Sequence[tuple[str, float, QColor]]) -> None:
        """A ring of the non-zero slices, with a legend beside it giving each number and share."""
        shown = [(label, value, color) for label, value, color in slices if value > 0]
        total = sum(value for _, value, _ in shown) or 1
        described = [(label, fmt_int(value), fmt_percent(value / total * 100)) for label, value, _ in shown]
        chart = self._new_chart("; ".join(f"{label}: {number} ({share})" for label, number, share in described))
        chart.legend().hide()
        ring = QPieSeries()
        ring.setHoleSize(0.55)
        ring.setPieSize(0.92)
        for label, value, color in shown:
            piece = ring.append(label, float(value))
            piece.setColor(color)
            piece.setBorderColor(self.palette().color(QPalette.ColorRole.Base))
        chart.addSeries(ring)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        rows = "".join(
            f'<tr><td style="color:{color.name()}; font-size:large">\u25a0</td><td>{html.escape(label)}&nbsp;</td>'
            f'<td align="right"><b>{number}</b></td><td align="right" style="color:{muted}">&nbsp;{share}</td></tr>'
            for (label, number, share), (_, _, color) in zip(described, shown, strict=True)
        )
        self.legend_label.setText(f'<table cellspacing="0" cellpadding="2">{rows}</table>')
        self.legend_label.show()

    def show_shares(self, rows: Sequence[tuple[str, float]], done: str, left: str) -> None:
        """One 0–100 % bar per row (budget spent of planned), the part left in a lighter shade."""
        chart = self._new_chart("; ".join(label for label, _ in rows))
        spent, rest = QBarSet(done), QBarSet(left)
        for bar_set, color in ((spent, BLUE), (rest, LIGHT_BLUE)):
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
        for _, share in reversed(rows):
            part = min(max(share, 0.0), 100.0)
            spent.append(part)
            rest.append(100.0 - part)
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(min(0.6, 0.25 * len(rows)))  # one currency: a bar, not a wall
        series.append(spent)
        series.append(rest)
        chart.addSeries(series)
        series.attachAxis(self._category_axis(chart, [label for label, _ in reversed(rows)]))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(5)
        values.setLabelFormat(percent_axis_format())
        values.setLabelsColor(self.palette().color(QPalette.ColorRole.WindowText))
        values.setGridLineColor(self.palette().color(QPalette.ColorRole.Midlight))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


__all__ = ["ChartPanel", "QChartView"]
