"""A quiet bar above the table: who is due for a catch-up today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from netdesk.ui.notice_bar import NoticeBar


class DueBanner(NoticeBar):
    """Signals:
    show_requested: the user wants to see the due contacts.
    """

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueBanner")

    def set_count(self, overdue: int) -> None:
        if overdue <= 0:
            self.hide()
            return
        self.show_notice(
            self.tr(
                "%n contact(s) overdue for a catch-up. A short message keeps a connection warm.",
                "",
                overdue,
            ),
            self.tr("Show Them"),
            self._on_show,
        )

    def _on_show(self) -> None:
        self.hide()
        self.show_requested.emit()
