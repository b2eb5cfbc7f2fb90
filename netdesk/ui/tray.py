"""A once-a-day reminder from the system tray, where the desktop has one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow


class TrayReminder(QObject):
    """Shows a tray icon and, at most once a day, a message about who is due."""

    def __init__(self, window: MainWindow, icon: QIcon) -> None:
        super().__init__(window)
        self.window = window
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("NetDesk")
        menu = QMenu(window)
        menu.addAction(self.tr("Show NetDesk"), self._show_window)
        menu.addAction(self.tr("Who Is Due"), self._show_due)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), window.close)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(lambda _reason: self._show_window())
        self.icon.messageClicked.connect(self._show_due)
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 60 * 1000)
        self.timer.timeout.connect(self.remind_if_due)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def start(self) -> None:
        self.icon.show()
        self.timer.start()
        # Give the window time to appear before the first reminder.
        QTimer.singleShot(5000, self.remind_if_due)

    def remind_if_due(self, today: dt.date | None = None) -> bool:
        """Show the day's reminder if it has not been shown today; True if shown."""
        today = today or dt.date.today()
        settings = self.window.settings
        if not settings.tray_reminder or settings.last_reminder == today.isoformat():
            return False
        overdue = self.window.overdue_count()
        if overdue <= 0:
            return False
        settings.last_reminder = today.isoformat()
        self.icon.showMessage(
            "NetDesk",
            self.tr("%n contact(s) overdue for a catch-up.", "", overdue),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )
        return True

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _show_due(self) -> None:
        self._show_window()
        self.window.show_due()
