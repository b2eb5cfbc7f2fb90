"""Windows sized to what they hold: never smaller than their content, never off the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Of the screen's free area (without panels and docks), the most a window opens at.
MOST_OF_SCREEN = 0.9


def room_on_screen(window: QWidget, share: float = MOST_OF_SCREEN) -> QSize:
    """``share`` of the free area of the screen ``window`` is on (or the primary one)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size()
    return QSize(int(free.width() * share), int(free.height() * share))


def fit_to_content(window: QWidget, at_least: QSize | None = None) -> None:
    """Resize ``window`` to its content's size hint, or ``at_least`` where that is larger
    (a table that would otherwise open a few columns wide), within the screen.

    Wrapped text counts at the width chosen: a label's size hint assumes another width,
    and at the real one its last lines were cut off.
    """
    window.ensurePolished()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    size = window.sizeHint().expandedTo(window.minimumSizeHint())
    if at_least is not None:
        size = size.expandedTo(at_least)
    if layout is not None and layout.hasHeightForWidth():
        size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
    window.resize(size.boundedTo(room_on_screen(window)))
