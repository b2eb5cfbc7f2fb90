"""What a new user sees instead of an empty table."""

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


class EmptyState(QWidget):
    """Signals:
    add_requested: the user wants to add a first contact.
    import_requested: the user wants to import contacts from a file.
    """

    add_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your network starts here"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        text = QLabel(
            self.tr(
                "Add the people you know — professors, classmates, coworkers, mentors, people you "
                "met at events — or import them from your phone, Google, Outlook or LinkedIn. "
                "NetDesk then tells you who is due for a catch-up."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label with a fixed width gets a height for another width and clips its
        # first and last lines; a maximum lets it wrap to the room it has and keeps the
        # pane's minimum width (and so the user's splitter layout) free of this page.
        text.setMaximumWidth(520)
        text.setMinimumWidth(200)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text, 20)
        centred.addStretch(1)
        add = QPushButton(self.tr("Add a Contact…"))
        add.clicked.connect(self.add_requested)
        add.setDefault(True)
        imp = QPushButton(self.tr("Import Contacts…"))
        imp.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(imp)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
