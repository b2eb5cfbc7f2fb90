"""What a new user sees instead of an empty window: what NetDesk does, and three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.theme import SPACE_M, SPACE_XL, SPACE_XXL


class EmptyState(QWidget):
    """The welcome page, in place of the whole window while the network is empty.

    Signals:
    add_requested: the user wants to add a first contact.
    import_requested: the user wants to import contacts from a file.
    sample_requested: the user wants to look around a sample network first.
    """

    add_requested = Signal()
    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Your network starts here"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(SPACE_M)
        what = self.tr(
            "NetDesk keeps the people you know — how you met, where they work, what they "
            "can help with — and every call, meeting and message on a timeline."
        )
        why = self.tr(
            "It tells you who is due for a catch-up and prints a one-page brief before "
            "you meet someone."
        )
        layout.addLayout(_centred(_paragraph(f"{what}\n{why}")))
        layout.addSpacing(SPACE_XXL)
        layout.addLayout(self._buttons())
        layout.addStretch(2)

    def _buttons(self) -> QHBoxLayout:
        imp = QPushButton(self.tr("Import Contacts…"))
        imp.clicked.connect(self.import_requested)
        imp.setDefault(True)
        add = QPushButton(self.tr("Add a Contact…"))
        add.clicked.connect(self.add_requested)
        sample = QPushButton(self.tr("Explore a Sample Network"))
        sample.setObjectName("exploreSample")
        sample.setToolTip(
            self.tr("Opens made-up people apart from your own data; leave it in one click.")
        )
        sample.clicked.connect(self.sample_requested)
        row = QHBoxLayout()
        row.setSpacing(SPACE_M)
        row.addStretch(1)
        for button in (imp, add, sample):
            button.setMinimumHeight(button.sizeHint().height() + SPACE_XL // 2)
            row.addWidget(button)
        row.addStretch(1)
        return row


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # A wrapped label with a fixed width gets a height for another width and clips its
    # first and last lines; a maximum lets it wrap to the room it has.
    label.setMaximumWidth(560)
    label.setMinimumWidth(200)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return label


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 20)
    row.addStretch(1)
    return row
