"""The contact table's columns fit the window: no horizontal scroll, dates never clipped.

Circle and the two dates get the width their longest value needs in the current language
(Arabic dates, with the Hijri date beside them, are wider than English ones); the text
columns share what is left, in proportion to the widths they have, down to a readable
minimum, and show longer values elided with the whole value in the tooltip.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label, format_date
from netdesk.services.queries import SortColumn

FITTED = (SortColumn.CIRCLE, SortColumn.LAST_CONTACT, SortColumn.NEXT_DUE)
SHARED = (SortColumn.NAME, SortColumn.ORGANIZATION, SortColumn.TITLE)
# The widest dates: two-digit days and months, in September and December.
SAMPLE_DATES = (dt.date(2026, 12, 28), dt.date(2026, 9, 30), dt.date(2026, 11, 22))


class ColumnFitter(QObject):
    """Keeps ``table``'s columns inside its viewport."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        # Width the name column needs besides its text (the face its delegate paints):
        # never shrunk away, so a narrow window still shows names, not only faces.
        self.name_extra = 0
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    def needed(self, column: SortColumn) -> int:
        """The width that shows ``column``'s longest value and its title whole."""
        table = self.table
        metrics = table.fontMetrics()
        if column is SortColumn.CIRCLE:
            values = [circle_label(c.value) for c in Circle]
        else:
            values = [format_date(day) for day in SAMPLE_DATES]
        # A cell's text margins on both sides, and a little room for the focus frame.
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 4) + 4
        widest = max(metrics.horizontalAdvance(v) for v in values) + margin
        if column is SortColumn.LAST_CONTACT:
            # The relationship-strength icon before the date, and its gap.
            widest += table.iconSize().width() if table.iconSize().isValid() else 16
            widest += 4
        header = table.horizontalHeader()
        title = str(table.model().headerData(column, header.orientation()) or "")
        # The title, the sort arrow and the header's own margins.
        title_width = header.fontMetrics().horizontalAdvance(title) + 36
        return max(widest, title_width)

    def minimum(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * 9

    def fit(self) -> None:
        """Give the fitted columns their width and shrink the shared ones to what is left."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        if room <= 0:
            return
        floor = self.minimum()
        # The last shown column stretches (the Why column after it shows only in a search).
        last = next(
            (
                header.logicalIndex(v)
                for v in reversed(range(header.count()))
                if not header.isSectionHidden(header.logicalIndex(v))
            ),
            header.logicalIndex(header.count() - 1),
        )
        # The stretched last column keeps the size it had before stretching as its minimum.
        header.resizeSection(last, floor)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c) and c != last]
        fitted = {c: self.needed(SortColumn(c)) for c in shown if c in FITTED}
        shared = {c: header.sectionSize(c) for c in shown if c in SHARED}
        extra = self.name_extra if SortColumn.NAME in shared else 0
        if extra:
            shared[SortColumn.NAME] = max(floor, shared[SortColumn.NAME] - extra)
        others = sum(header.sectionSize(c) for c in shown if c not in fitted and c not in shared)
        room -= others + floor + extra
        if sum(fitted.values()) + floor * len(shared) > room:
            # Not even the dates fit whole (Arabic with the Hijri date beside it, a narrow
            # window): everything shrinks and shows elided, the tooltip saying it all.
            fitted = _shrink(fitted, room - floor * len(shared), floor)
            shared = dict.fromkeys(shared, floor)
        elif sum(fitted.values()) + sum(shared.values()) > room:
            shared = _shrink(shared, room - sum(fitted.values()), floor)
        if extra:
            shared[SortColumn.NAME] += extra
        for column, width in {**fitted, **shared}.items():
            header.resizeSection(column, width)


def _shrink(widths: dict[int, int], room: int, floor: int) -> dict[int, int]:
    """``widths`` scaled down together to add up to ``room``, none below ``floor``."""
    spare = sum(w - floor for w in widths.values())
    scale = max(room - floor * len(widths), 0) / max(spare, 1)
    return {c: floor + int((w - floor) * scale) for c, w in widths.items()}


def fit_columns(table: QTableView) -> ColumnFitter:
    """Install a ``ColumnFitter`` on ``table`` (its header stretches the last column)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # A narrowed column's title ends in "…" instead of being cut mid-letter.
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    fitter = ColumnFitter(table)
    # A stretched last column never gets narrower than the default size.
    header.setDefaultSectionSize(fitter.minimum())
    return fitter
