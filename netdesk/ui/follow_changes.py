"""Keeping an open view in step with the services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from netdesk.services.context import AppContext


class FollowChanges(QObject):
    """Refreshes ``view`` once per burst of changes, and not at all while it is hidden.

    An event logs contacts, interactions and ledger changes together: the zero-delay timer
    turns the burst into one refresh. A hidden view only remembers it is stale and
    refreshes when it is shown again.
    """

    def __init__(self, view: QWidget, refresh: Callable[[], object], context: AppContext) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer)
        for signal in (
            context.contacts.changed,
            context.interactions.changed,
            context.network.changed,
        ):
            signal.connect(self._on_change)
        view.installEventFilter(self)

    def _on_change(self, _change: object) -> None:
        self._timer.start()

    def _on_timer(self) -> None:
        if self._view.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
