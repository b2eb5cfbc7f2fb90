"""Files the desktop asks NetDesk to open: a double-click on a contact file, "Open With",
a drop on the launcher, ``NetDesk FILE…`` and, on macOS, the system's file-open events.

They all end in the import preview of the window already running. A batch waits while a
dialog is open (another preview, a message), so two previews never stack.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

RETRY_MS = 300


class FileRequests(QObject):
    """Queues files to import into ``window`` and imports them when the window is free."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: list[str] = []
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        app = QApplication.instance()
        # Only macOS sends file-open events. Elsewhere no filter is installed: a Python filter
        # on the whole application sees every event of every widget, and one left behind by
        # a window being destroyed is called while half gone (a crash seen in the test suite).
        if app is not None and sys.platform == "darwin":
            app.installEventFilter(self)

    def open(self, paths: list[str]) -> None:
        """Import ``paths`` (absolute) as soon as no dialog is open."""
        self._pending.extend(p for p in paths if p not in self._pending)
        if self._pending:
            self._timer.start(0)

    def pending(self) -> list[str]:
        return list(self._pending)

    def _flush(self) -> None:
        if self._busy or QApplication.activeModalWidget() is not None:
            self._timer.start(RETRY_MS)
            return
        paths, self._pending = self._pending, []
        if not paths:
            return
        from netdesk.ui.capture_flow import open_paths

        self.window.bring_to_front()
        self._busy = True
        try:
            open_paths(self.window.parts, paths)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_file_open = event.type() == QEvent.Type.FileOpen
        if is_file_open and isinstance(event, QFileOpenEvent) and event.file():
            self.open([event.file()])
            return True
        return super().eventFilter(watched, event)
