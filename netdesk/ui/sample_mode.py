"""The window over the sample network: labelled as such, with one way back.

The switch itself (closing one database, opening the other) happens between windows, in
``netdesk.app``: this module only marks the window and asks for the switch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netdesk.translation import Context, fill
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.theme import SPACE_L, SPACE_M, SPACE_S


class SampleMode(Context):
    """The translation context of this module: lupdate reads ``SampleMode.tr(...)`` calls."""


class WindowSwitch(QObject):
    """Set when the user asks for the other network (the sample, or back to their own);
    the window is closed, which ends its event loop, and ``netdesk.app`` opens the other.

    ``may_close`` (over the sample) is asked before the window goes, by Leave Sample or by
    closing it: both remove the sample, and whatever the user put in it.
    """

    def __init__(self, window: QWidget, may_close: Callable[[], bool] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._may_close = may_close
        self._agreed = may_close is None
        self.requested = False
        window.installEventFilter(self)

    def request(self) -> None:
        if not self._agree():
            return
        self.requested = True
        self._window.close()
        # Closing the last window quits too, unless a dialog of it is still up.
        QCoreApplication.quit()

    def _agree(self) -> bool:
        if not self._agreed and self._may_close is not None:
            self._agreed = self._may_close()
        return self._agreed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and not self._agree():
            event.ignore()
            return True
        return False


def leave_check(parent: QWidget, dialogs: Dialogs, undo: QUndoStack) -> Callable[[], bool]:
    """Leaving a sample the user changed (an import, a new contact) asks first."""

    def may_leave() -> bool:
        if undo.count() == 0:
            return True
        text = SampleMode.tr(
            "What you added or changed in the sample network is removed with it. Your own "
            "contacts are not affected."
        )
        return dialogs.confirm(parent, SampleMode.tr("Leave Sample"), text, leave_text())

    return may_leave


def leave_text() -> str:
    return SampleMode.tr("Leave Sample")


def sample_title() -> str:
    return fill(SampleMode.tr("%1 — Sample Network"), "NetDesk")


def sample_bar(leave: WindowSwitch) -> QFrame:
    """The bar above the table that says this is the sample, with "Leave Sample"."""
    bar = QFrame()
    bar.setObjectName("sampleBar")
    bar.setFrameShape(QFrame.Shape.StyledPanel)
    # The selection's colours: they stand out in both themes and keep their contrast.
    bar.setBackgroundRole(QPalette.ColorRole.Highlight)
    bar.setForegroundRole(QPalette.ColorRole.HighlightedText)
    bar.setAutoFillBackground(True)
    text = QLabel(
        SampleMode.tr(
            "Sample network: made-up people to look around with. Your own contacts are kept "
            "apart; leaving removes the sample."
        )
    )
    text.setWordWrap(True)
    text.setForegroundRole(QPalette.ColorRole.HighlightedText)
    button = QPushButton(leave_text())
    button.setObjectName("leaveSample")
    button.clicked.connect(leave.request)
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(SPACE_L, SPACE_S, SPACE_M, SPACE_S)
    layout.addWidget(text, 1)
    layout.addWidget(button)
    return bar


def mark_as_sample(window: QWidget, table_box: QWidget, leave: WindowSwitch) -> QFrame:
    """Title ``window`` as the sample and put the bar at the top of ``table_box``."""
    window.setWindowTitle(sample_title())
    bar = sample_bar(leave)
    layout = table_box.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, bar)
    return bar
