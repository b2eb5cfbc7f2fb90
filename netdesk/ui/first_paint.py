"""Work that waits until a widget has been painted once.

A zero-length timer set before ``exec()`` runs *before* the window's first paint (the
event loop delivers it first), so it delays the first frame; start-up work that the first
frame does not show (the selected contact's card, fonts, backups, sync) goes here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widgets: Sequence[QWidget], callback: Callable[[], object]) -> None:
        super().__init__(widgets[0])
        self._callback = callback
        self._watched = list(widgets)
        for widget in self._watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched:
            for widget in self._watched:
                widget.removeEventFilter(self)
            self._watched = []
            # Once this paint event has been handled.
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget | Sequence[QWidget], callback: Callable[[], object]) -> None:
    """Run ``callback`` once, from the event loop, after ``widget``'s next paint (or the
    first of several widgets', when which one shows is decided later); call it before the
    widget is first shown."""
    _AfterFirstPaint([widget] if isinstance(widget, QWidget) else widget, callback)
