"""A small bar chart of counts per month, drawn with QPainter (no charting add-on)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

from netdesk.models.labels import qdate
from netdesk.translation import fill

_MARGIN = 8
_GAP = 6


class MonthlyBarChart(QWidget):
    """One bar per month, oldest at the leading edge (the right-hand side in right-to-left)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: list[tuple[dt.date, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Interactions per month"))

    def set_data(self, data: list[tuple[dt.date, int]]) -> None:
        self._data = list(data)
        self._describe()
        self.updateGeometry()
        self.update()

    def data(self) -> list[tuple[dt.date, int]]:
        return list(self._data)

    def _month(self, day: dt.date) -> str:
        return self.locale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)

    def _describe(self) -> None:
        locale = self.locale()
        parts = [
            fill(
                self.tr("%1: %Ln interaction(s)", "", value),
                locale.toString(qdate(day), "MMMM yyyy"),
            )
            for day, value in self._data
        ]
        self.setAccessibleDescription("; ".join(parts))

    # Geometry ------------------------------------------------------------------------------
    def _label_height(self) -> int:
        # Two lines: the month, and the year under the first bar and every January.
        return 2 * QFontMetrics(self.font()).height() + _GAP

    def _plot(self) -> QRect:
        """The area the bars grow in, between the value labels and the month labels."""
        metrics = QFontMetrics(self.font())
        top = _MARGIN + metrics.height() + 2
        bottom = self.height() - _MARGIN - self._label_height()
        return QRect(_MARGIN, top, max(0, self.width() - 2 * _MARGIN), max(0, bottom - top))

    def _slot(self, index: int) -> QRect:
        """Column ``index`` in logical (left-to-right) coordinates, full height."""
        plot = self._plot()
        count = max(1, len(self._data))
        left = plot.left() + plot.width() * index // count
        right = plot.left() + plot.width() * (index + 1) // count
        return QRect(left, 0, right - left, self.height())

    def _visual(self, logical: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.rect(), logical)

    def bar_rect(self, index: int) -> QRect:
        """Where bar ``index`` (0 = oldest month) is drawn, mirrored for right-to-left."""
        plot = self._plot()
        slot = self._slot(index)
        peak = max((v for _d, v in self._data), default=0)
        value = self._data[index][1]
        height = round(plot.height() * value / peak) if peak else 0
        inset = max(2, slot.width() // 6)
        logical = QRect(
            slot.left() + inset, plot.bottom() + 1 - height, slot.width() - 2 * inset, height
        )
        return self._visual(logical)

    def index_at(self, point: QPoint) -> int | None:
        for index in range(len(self._data)):
            if self._visual(self._slot(index)).contains(point):
                return index
        return None

    # Qt overrides --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        column = max(metrics.horizontalAdvance("0000"), metrics.horizontalAdvance("Mmm")) + _GAP
        return QSize(max(12, len(self._data)) * column + 2 * _MARGIN, 12 * metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(
            max(12, len(self._data)) * metrics.horizontalAdvance("00"), 7 * metrics.height()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange):
            self._describe()
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                day, value = self._data[index]
                text = fill(
                    self.tr("%1: %Ln interaction(s)", "", value),
                    self.locale().toString(qdate(day), "MMMM yyyy"),
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        locale = self.locale()
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = Qt.AlignmentFlag.AlignHCenter
        for index, (day, value) in enumerate(self._data):
            bar = self.bar_rect(index)
            column = self._visual(self._slot(index))
            if bar.height() > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(text if value else muted)
            above = QRect(column.left(), bar.top() - metrics.height() - 2, column.width(), 0)
            above.setHeight(metrics.height())
            painter.drawText(above, centre | Qt.AlignmentFlag.AlignBottom, locale.toString(value))
            label = QRect(column.left(), plot.bottom() + _GAP, column.width(), metrics.height())
            painter.setPen(text)
            painter.drawText(label, centre | Qt.AlignmentFlag.AlignTop, self._month(day))
            if index == 0 or day.month == 1:
                painter.setPen(muted)
                year = label.translated(0, metrics.height())
                painter.drawText(
                    year, centre | Qt.AlignmentFlag.AlignTop, locale.toString(qdate(day), "yyyy")
                )
        painter.setPen(muted)
        painter.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1)
