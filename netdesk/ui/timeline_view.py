"""The timeline panel: month headers and interaction cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netdesk.models.timeline import TimelineRole
from netdesk.ui.bidi import isolate, text_direction

_PAD = 8
_Index = QModelIndex | QPersistentModelIndex


def _draw(painter: QPainter, rect: QRect, text: str, ui: Qt.LayoutDirection) -> None:
    """Draw ``text`` aligned to the UI's start edge, laid out in the text's own direction."""
    option = QTextOption()
    option.setTextDirection(text_direction(text))
    leading = (
        Qt.AlignmentFlag.AlignRight
        if ui == Qt.LayoutDirection.RightToLeft
        else (Qt.AlignmentFlag.AlignLeft)
    )
    option.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    metrics = QFontMetrics(painter.font())
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect.toRectF(), elided, option)


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        lines = index.data(TimelineRole.LINES)
        if lines == 1:  # a month's header
            return QSize(200, height + 2 * _PAD)
        return QSize(200, lines * (height + 2) + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        ui = opt.direction
        painter.save()
        try:
            body = rect.adjusted(_PAD * 2, _PAD, -_PAD * 2, -_PAD)
            line_h = QFontMetrics(opt.font).height() + 2
            if index.data(TimelineRole.IS_HEADER):
                font = QFont(opt.font)
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                _draw(painter, body, str(index.data(Qt.ItemDataRole.DisplayRole)), ui)
                return
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            card = rect.adjusted(_PAD, 2, -_PAD, -2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(palette.highlight() if selected else palette.base())
            painter.drawRoundedRect(card, 6, 6)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            muted = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
            small = QFont(opt.font)
            small.setPointSizeF(small.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(muted)
            top = QRect(body.left(), body.top(), body.width(), line_h)
            _draw(painter, top, str(index.data(TimelineRole.META)), ui)
            strong = QFont(opt.font)
            strong.setWeight(QFont.Weight.DemiBold)
            painter.setFont(strong)
            painter.setPen(palette.color(text_role))
            summary = str(index.data(TimelineRole.SUMMARY) or "")
            _draw(painter, top.translated(0, line_h), isolate(summary) or "—", ui)
            people = [isolate(p) for p in index.data(TimelineRole.PARTICIPANTS) or []]
            if people:
                painter.setFont(small)
                painter.setPen(muted)
                _draw(
                    painter,
                    top.translated(0, 2 * line_h),
                    "، ".join(people)
                    if (ui == Qt.LayoutDirection.RightToLeft)
                    else ", ".join(people),
                    ui,
                )
        finally:
            painter.restore()


class TimelineView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Timeline"))
        self.placeholder = self.tr(
            "No interactions yet.\nLog a call, a meeting or a message to start this timeline."
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()
