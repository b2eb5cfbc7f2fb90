"""The relationship-strength indicator: four bars lit by the tie's level.

Drawn in one place for the card's indicator, the table's column and the job board.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from netdesk.domain.strength import Level

BARS = 4
_FILLED = {Level.NONE: 0, Level.WEAK: 1, Level.FAIR: 2, Level.STRONG: 4}
_COLOURS = {Level.WEAK: "#b26a00", Level.FAIR: "#3f7fbf", Level.STRONG: "#2e7d32"}


def filled_bars(level: Level, score: int) -> int:
    """Bars lit: one for weak, two for fair, three or four for strong (80 up)."""
    if level == Level.STRONG and score < 80:
        return 3
    return _FILLED[level]


def paint_bars(painter: QPainter, rect: QRectF, level: Level, lit: int, empty: QColor) -> None:
    """``lit`` of the four rising bars in the level's colour, the rest in ``empty``."""
    gap = rect.width() / (BARS * 3)
    width = (rect.width() - gap * (BARS - 1)) / BARS
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(BARS):
        height = rect.height() * (i + 1) / BARS
        bar = QRectF(rect.left() + i * (width + gap), rect.bottom() - height, width, height)
        painter.setBrush(QColor(_COLOURS.get(level, "#888888")) if i < lit else empty)
        painter.drawRoundedRect(bar, 1, 1)


@cache
def strength_icon(level: Level, lit: int, size: int = 14) -> QIcon:
    """The indicator as an icon (one per level and bars lit, shared)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_bars(painter, QRectF(1, 1, size - 2, size - 2), level, lit, QColor(160, 160, 160, 90))
    painter.end()
    return QIcon(pixmap)


def icon_for(level: Level, score: int) -> QIcon:
    return strength_icon(level, filled_bars(level, score))
