"""A label whose text the mouse can select, measured as cheaply as one that cannot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

_REMEASURE = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class SelectableLabel(QLabel):
    """A plain-text label the mouse can select in, measured by a plain twin.

    A selectable label keeps its text in a text document, and QLabel measures a new
    text there for its size hint, its minimum size and its height at each width asked,
    each time laying the document out twice (at that width, then back). A label that
    cannot be selected measures with font metrics, to the same heights; the twin is one,
    never shown, holding the same text. The document is laid out once, to paint.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._ruler = QLabel()
        self._ruler.setTextFormat(Qt.TextFormat.PlainText)
        self._heights: dict[int, int] = {}
        self._stale = True  # the twin's font, wrap or margins may differ from the label's

    def _measured(self) -> QLabel:
        ruler = self._ruler
        text = self.text()
        if self._stale or ruler.text() != text or ruler.wordWrap() != self.wordWrap():
            self._stale = False
            ruler.setFont(self.font())
            ruler.setWordWrap(self.wordWrap())
            ruler.setAlignment(self.alignment())
            ruler.setIndent(self.indent())
            ruler.setMargin(self.margin())
            ruler.setContentsMargins(self.contentsMargins())
            ruler.setText(text)
            self._heights.clear()
        return ruler

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REMEASURE:
            self._stale = True  # the next question measures anew
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return self._measured().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._measured().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        ruler = self._measured()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = ruler.heightForWidth(width)
        return height
