"""A quiet bar above the table: who is due for a catch-up today."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class DueBanner(QFrame):
    """Signals:
    show_requested: the user wants to see the due contacts.
    """

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#dueBanner { background: palette(alternate-base); }")
        self.label = QLabel()
        show = QPushButton(self.tr("Show Them"))
        show.clicked.connect(self.show_requested)
        show.clicked.connect(self.hide)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()

    def set_count(self, overdue: int) -> None:
        self.label.setText(
            self.tr(
                "%n contact(s) overdue for a catch-up. A short message keeps a connection warm.",
                "",
                overdue,
            )
        )
        self.setVisible(overdue > 0)
