"""Network health at a glance: key figures, circles, the give/ask balance, activity per month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label
from netdesk.services.background import Latest, Task
from netdesk.services.context import AppContext
from netdesk.services.queries import Balance, Health, health
from netdesk.ui.chart import MonthlyBarChart
from netdesk.ui.follow_changes import FollowChanges
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.theme import SPACE_XL
from netdesk.ui.weekly_goal import WeeklyGoalBox

TILES = ("contacts", "touched_30", "touched_90", "overdue", "due_this_week", "never_contacted")
FIGURES = ("gave", "received", "asks_open", "offers")
# Rows of each of the two columns of circles: every circle and "No circle".
_CIRCLE_ROWS = (len(Circle) + 2) // 2


def _scaled(label: QLabel, factor: float, bold: bool = True) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


def _tile(number: QLabel, caption: QLabel) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    number.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
    caption.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.addWidget(number)
    layout.addWidget(caption)
    return frame


class DashboardDialog(QDialog):
    """Network health. Non-modal friendly: keeps itself current while shown.

    The figures are read on a worker (at 100,000 contacts and a million interactions
    they take seconds): the dialog opens at once with every tile and box in place,
    showing "…" until they arrive.

    Signals:
        loaded: the figures of the latest refresh are shown.
    """

    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.health: Health | None = None
        self.loading = False
        self._latest = Latest()
        self.setWindowTitle(self.tr("Network Health"))
        self.tiles: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, key in enumerate(TILES):
            self.tiles[key], self._captions[key] = QLabel(), QLabel()
            _scaled(self.tiles[key], 2.2)
            grid.addWidget(_tile(self.tiles[key], self._captions[key]), index // 3, index % 3)
        self.circle_rows: list[tuple[str, int]] = []
        # Two columns of circles (label, count), so every circle fits beside the balance.
        self._circles = QGridLayout()
        self._circles.setColumnStretch(0, 1)
        self._circles.setColumnStretch(3, 1)
        self._circles.setColumnMinimumWidth(2, SPACE_XL)
        circles_box = self._circles_box = QGroupBox(self.tr("Contacts by circle"))
        circles_layout = QVBoxLayout(circles_box)
        circles_layout.addLayout(self._circles)
        circles_layout.addStretch(1)
        self.figures: dict[str, QLabel] = {}
        self._figure_captions: dict[str, QLabel] = {}
        figures = QGridLayout()
        for index, key in enumerate(FIGURES):
            self.figures[key], self._figure_captions[key] = QLabel(), QLabel()
            _scaled(self.figures[key], 1.6)
            figures.addWidget(
                _tile(self.figures[key], self._figure_captions[key]), index // 2, index % 2
            )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        # Two lines from the start: a verdict that wraps does not push the chart down.
        self.verdict.setMinimumHeight(2 * self.verdict.fontMetrics().lineSpacing())
        balance_box = QGroupBox(self.tr("Give and ask"))
        balance_layout = QVBoxLayout(balance_box)
        balance_layout.addLayout(figures)
        balance_layout.addWidget(self.verdict)
        balance_layout.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(circles_box, 1)
        middle.addWidget(balance_box, 1)
        self.chart = MonthlyBarChart()
        chart_box = QGroupBox(self.tr("Interactions per month, last 12 months"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(WeeklyGoalBox(context))
        layout.addLayout(grid)
        layout.addLayout(middle)
        layout.addWidget(chart_box, 1)
        layout.addWidget(close)
        self.follow = FollowChanges(self, self.refresh, context)
        self.refresh()
        fit_to_content(self, QSize(720, 680))

    def refresh(self, today: dt.date | None = None) -> None:
        """Re-read every figure from the database, on a worker; ``loaded`` when shown."""
        day = today or self._clock()
        if self.health is None:
            self._show_loading()
        self.loading = True
        Task(
            lambda _cancel: health(day), parent=self, success=self._show, latest=self._latest
        ).run_in_background()

    def _show_loading(self) -> None:
        """Placeholders where the figures go, each taking the room its figure will."""
        self._show_balance(Balance(0, 0, 0, 0, 0), QLocale())
        for label in (*self.tiles.values(), *self.figures.values()):
            label.setText("…")
        for key, caption in self._captions.items():
            caption.setText(self._tile_caption(key, 0))
        self._circles.addWidget(QLabel(self.tr("Loading…")), 0, 0)
        # Room for every circle and "No circle" from the start: the counts that arrive
        # fill the box without pushing the chart down.
        for row in range(1, _CIRCLE_ROWS):
            self._circles.addWidget(QLabel(" "), row, 0)
        self._circles_box.setMinimumHeight(self._circles_box.sizeHint().height())
        self.verdict.setText(self.tr("Loading…"))

    def _show(self, h: Health) -> None:
        self.health = h
        self.loading = False
        locale = QLocale()
        values = {
            "contacts": h.total,
            "touched_30": h.touched_30,
            "touched_90": h.touched_90,
            "overdue": h.overdue,
            "due_this_week": h.due_this_week,
            "never_contacted": h.never_contacted,
        }
        for key, value in values.items():
            self.tiles[key].setText(locale.toString(value))
            self._captions[key].setText(self._tile_caption(key, value))
        self._show_circles(h.by_circle, locale)
        self._show_balance(h.balance, locale)
        self.chart.set_data(h.per_month)
        self.loaded.emit()

    def _tile_caption(self, key: str, n: int) -> str:
        # The count is passed so translators can pick the plural form of the caption.
        captions = {
            "contacts": self.tr("contacts", "dashboard tile", n),
            "touched_30": self.tr("in touch in the last 30 days", "dashboard tile", n),
            "touched_90": self.tr("in touch in the last 90 days", "dashboard tile", n),
            "overdue": self.tr("overdue for a catch-up", "dashboard tile", n),
            "due_this_week": self.tr("due this week", "dashboard tile", n),
            "never_contacted": self.tr("never contacted", "dashboard tile", n),
        }
        return captions[key]

    def _show_circles(self, by_circle: dict[str, int], locale: QLocale) -> None:
        while (item := self._circles.takeAt(0)) is not None:
            self._drop(item)
        collator = QCollator(locale)
        rows = [(circle_label(c) or self.tr("No circle"), n) for c, n in by_circle.items()]

        def order(a: tuple[str, int], b: tuple[str, int]) -> int:
            return (b[1] - a[1]) or collator.compare(a[0], b[0])

        rows.sort(key=cmp_to_key(order))
        self.circle_rows = rows
        if not rows:
            self._circles.addWidget(QLabel(self.tr("No contacts yet.")), 0, 0)
        per_column = max(_CIRCLE_ROWS, (len(rows) + 1) // 2)
        for index, (label, n) in enumerate(rows):
            count = QLabel(locale.toString(n))
            count.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            row, column = index % per_column, 3 * (index // per_column)
            self._circles.addWidget(QLabel(label), row, column)
            self._circles.addWidget(count, row, column + 1)

    @staticmethod
    def _drop(item: QLayoutItem) -> None:
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()

    def _show_balance(self, b: Balance, locale: QLocale) -> None:
        values = {"gave": b.gave, "received": b.received, "asks_open": b.asks_open}
        values["offers"] = b.offers
        captions = {
            "gave": self.tr("times I gave", "balance", b.gave),
            "received": self.tr("times I received", "balance", b.received),
            "asks_open": self.tr("open asks", "balance", b.asks_open),
            "offers": self.tr("offers made", "balance", b.offers),
        }
        for key, value in values.items():
            self.figures[key].setText(locale.toString(value))
            self._figure_captions[key].setText(captions[key])
        self.verdict.setText(self.verdict_text(b))

    def verdict_text(self, b: Balance) -> str:
        if not (b.gave or b.received or b.asks_open or b.asks_done or b.offers):
            return self.tr(
                "Nothing recorded yet: mark interactions as given or received and record your "
                "asks to see the balance."
            )
        if b.net > 0:
            return self.tr("You have given more than you asked — a good time to ask.")
        if b.net < 0:
            return self.tr("You have asked more than you gave lately — share something useful.")
        return self.tr("Give and take are in balance.")
