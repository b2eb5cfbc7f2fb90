"""A bar above the table that says what just happened, without stopping the user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from netdesk.ui.theme import SPACE_L, SPACE_S


class NoticeBar(QFrame):
    """A message with at most one action, closed with ✕ or by the next notice.

    Unlike a message box it is not modal: the table it reports on stays in reach.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A palette role rather than a colour, so the bar follows light and dark.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._on_clicked)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACE_L, SPACE_S, SPACE_S, SPACE_S)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self._action: Callable[[], None] | None = None
        self.hide()

    def show_notice(
        self, text: str, action: str = "", run: Callable[[], None] | None = None
    ) -> None:
        """Show ``text``, with a button ``action`` that calls ``run`` when given."""
        self.label.setText(text)
        self._action = run
        self.button.setText(action)
        self.button.setVisible(bool(action and run))
        self.show()

    def _on_clicked(self) -> None:
        if self._action is not None:
            self._action()
