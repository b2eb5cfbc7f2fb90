"""The relationship-strength indicator and the Reach Out button, for the card to host.

``CardStrip`` is one widget the contact card places in one line (``ContactCard.host``);
``StrengthBars`` is the indicator alone, four bars filled by the tie's level, with the
score explained in words in its tooltip. The table shows the same indicator
(``ContactRole.STRENGTH``, its icon from ``models.strength_icons``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from netdesk.domain.strength import Level
from netdesk.models.strength_icons import filled_bars, paint_bars
from netdesk.services.job_words import explain, level_label, since
from netdesk.translation import fill
from netdesk.ui.outreach import fill_outreach_menu
from netdesk.ui.window_parts import WindowParts


class StrengthBars(QWidget):
    """Four bars for a tie's level; the tooltip says why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level, self.score = Level.NONE, 0
        self.setFixedSize(QSize(22, 16))

    def set_strength(self, level: Level, score: int, words: str) -> None:
        self.level, self.score = level, score
        self.setToolTip(words)
        self.setAccessibleDescription(words)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        empty = self.palette().color(QPalette.ColorRole.Mid)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        paint_bars(painter, rect, self.level, filled_bars(self.level, self.score), empty)


class CardStrip(QWidget):
    """The tie's strength in bars and a word, and a Reach Out menu for the shown contact."""

    def __init__(self, parts: WindowParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.contact_id: int | None = None
        self.bars = StrengthBars()
        self.words = QLabel()
        # Wraps rather than widening the card (which then scrolls sideways).
        self.words.setWordWrap(True)
        self.reach = QToolButton()
        self.reach.setText(self.tr("Reach Out"))
        self.reach.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reach.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.reach)
        fill_outreach_menu(menu, parts)
        self.reach.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bars)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.reach)
        parts.context.interactions.changed.connect(lambda _c: self.show_contact(self.contact_id))
        self.show_contact(None)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.reach.setEnabled(contact_id is not None)
        self.setVisible(contact_id is not None)
        if contact_id is None:
            self.bars.set_strength(Level.NONE, 0, "")
            self.words.clear()
            return
        tie = self.parts.context.jobs.strengths([contact_id])[contact_id]
        self.bars.set_strength(tie.level, tie.score, explain(tie))
        self.words.setText(fill(self.tr("%1 · %2"), level_label(tie.level), since(tie.days_since)))
        self.words.setToolTip(explain(tie))
