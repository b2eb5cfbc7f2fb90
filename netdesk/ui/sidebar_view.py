"""The sidebar's view: section headers that fold, an icon and a count badge on each row.

Rows are painted to the view's width (labels elided, never wider), so there is no
horizontal scroll bar at any width; everything is laid out from the interface's leading
edge, so the sidebar is its own mirror image in Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from netdesk.models.sidebar import NOT_VIEWS, SidebarKind, SidebarModel, SidebarRole
from netdesk.settings import Settings
from netdesk.ui.icons import Icon, render
from netdesk.ui.theme import SPACE_M

_Index = QModelIndex | QPersistentModelIndex
PAD = SPACE_M
ICON = 16

ICONS = {
    SidebarKind.ALL: Icon.ALL,
    SidebarKind.DUE: Icon.DUE,
    SidebarKind.FAVOURITES: Icon.FAVOURITE,
    SidebarKind.RECENT: Icon.RECENT,
    SidebarKind.TRASH: Icon.TRASH,
    SidebarKind.CIRCLE: Icon.CIRCLE,
    SidebarKind.TAG: Icon.TAG,
    SidebarKind.ORGANIZATION: Icon.ORGANIZATION,
    SidebarKind.MORE: Icon.MORE,
    SidebarKind.SMART: Icon.SMART,
}
MIN_WIDTH = 150


def _leading(rtl: bool) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class SidebarDelegate(QStyledItemDelegate):
    """Paints a row: chevron and title for a header; icon, label and count otherwise."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        header = index.data(SidebarRole.KIND) == SidebarKind.HEADER.value
        # No width of its own: a row is as wide as the view, whatever its label.
        return QSize(0, height + (14 if header else 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label, opt.text = opt.text, ""
        opt.icon = opt.icon.__class__()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        kind = SidebarKind(index.data(SidebarRole.KIND))
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        if kind is SidebarKind.HEADER:
            which = Icon.COLLAPSED if index.data(SidebarRole.COLLAPSED) else Icon.EXPANDED
        else:
            which = ICONS[kind]
        box = QStyle.alignedRect(
            opt.direction,
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            QSize(ICON, ICON),
            rect,
        )
        render(painter, which, box, color)
        text = QRect(rect)
        if rtl:
            text.setRight(box.left() - PAD)
        else:
            text.setLeft(box.right() + 1 + PAD)
        if kind not in NOT_VIEWS:
            text = self._paint_badge(painter, opt, index, text, selected)
        painter.save()
        painter.setLayoutDirection(opt.direction)
        painter.setPen(color)
        painter.setFont(opt.font)
        shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, _leading(rtl), shown)
        painter.restore()

    def _paint_badge(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: _Index,
        text: QRect,
        selected: bool,
    ) -> QRect:
        """The count in a rounded badge on the trailing side; the room left for the label."""
        count = QLocale().toString(int(index.data(SidebarRole.COUNT) or 0))
        font = QFont(opt.font)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(count) + 12
        height = metrics.height() + 2
        badge = QStyle.alignedRect(
            opt.direction,
            Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter,
            QSize(width, height),
            text,
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
        # A faint wash of the text's own colour: readable in a light and a dark theme.
        back = QColor(ink)
        back.setAlphaF(0.22 if selected else 0.12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(QRectF(badge), height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, count)
        painter.restore()
        left = QRect(text)
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            left.setLeft(badge.right() + 1 + PAD)
        else:
            left.setRight(badge.left() - PAD)
        return left


class SidebarView(QListView):
    """The sidebar list: a click (or Space, Enter) on a header folds its section, and the
    sections folded are kept in ``settings``."""

    def __init__(
        self, model: SidebarModel, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._settings = settings
        self.setItemDelegate(SidebarDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(False)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMouseTracking(True)
        model.set_collapsed(settings.sidebar_collapsed)
        self.setModel(model)
        self._model = model
        self._kept: tuple[SidebarKind, object] | None = None
        # The header or "Show all…" row folded from the keyboard: it keeps the focus.
        self._focus_on: tuple[SidebarKind, object] | None = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._restore_current)
        model.collapsed_changed.connect(self._save)

    def _save(self) -> None:
        self._settings.sidebar_collapsed = self._model.collapsed()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A header or "Show all…" is a button, not a view: it never becomes current.
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and SidebarKind(index.data(SidebarRole.KIND)) in NOT_VIEWS:
            if event.button() == Qt.MouseButton.LeftButton:
                self._model.toggle(index.row())
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            index.isValid()
            and event.key() in keys
            and SidebarKind(index.data(SidebarRole.KIND)) in NOT_VIEWS
        ):
            self._focus_on = (
                SidebarKind(index.data(SidebarRole.KIND)),
                index.data(SidebarRole.KEY),
            )
            self._model.toggle(index.row())
            return
        super().keyPressEvent(event)

    def _keep_current(self) -> None:
        current = self.currentIndex()
        item = self._model.item(current.row()) if current.isValid() else None
        if item is None:
            self._kept = None  # no view chosen (the people of an import are shown)
        elif item.kind not in NOT_VIEWS:
            self._kept = (item.kind, item.key)

    def _restore_current(self) -> None:
        """The view still shown stays selected when the rows are made anew (a count, a
        fold), without telling the window, whose table already shows it; a header folded
        from the keyboard keeps the focus."""
        model, selection = self._model, self.selectionModel()
        view = model.row_of(*self._kept) if self._kept else None  # type: ignore[arg-type]
        focus = model.row_of(*self._focus_on) if self._focus_on else None  # type: ignore[arg-type]
        self._focus_on = None
        blocked = selection.blockSignals(True)
        try:
            if view is not None:
                selection.select(
                    model.index(view), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            current = focus if focus is not None else view
            if current is not None:
                selection.setCurrentIndex(
                    model.index(current), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            selection.blockSignals(blocked)
        self.viewport().update()
