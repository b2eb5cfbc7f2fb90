"""A label whose text the mouse can select, made cheap to lay out while nobody points at it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QLabel, QWidget

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_NONE = Qt.TextInteractionFlag.NoTextInteraction


class SelectableLabel(QLabel):
    """A plain-text label that becomes selectable by the mouse as the mouse enters it.

    A selectable label lays its text out in a text document, and QLabel measures a new
    text four times (size hint, minimum size, and the height at one or two widths), each
    time twice in the document; without selection it measures with font metrics, to the
    same heights. The card shows a new contact in a dozen of these labels on every
    selection, so they stay plain until the mouse comes to select something.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_value(self, text: str) -> None:
        """Show ``text``; selectable at once only if the mouse is over the label now."""
        if not self.underMouse():
            self.setTextInteractionFlags(_NONE)
        self.setText(text)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.setTextInteractionFlags(_SELECTABLE)
        super().enterEvent(event)

    def event(self, event: QEvent) -> bool:
        # A right click (its context menu offers Copy) or a drag may come without an
        # enter event, as when the label appears under a mouse that did not move.
        if event.type() == QEvent.Type.MouseButtonPress and not self.textInteractionFlags():
            self.setTextInteractionFlags(_SELECTABLE)
        return super().event(event)
