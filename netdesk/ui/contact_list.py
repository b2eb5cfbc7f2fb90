"""The contact list's look: a face on every row, and title · organisation under the name
or in their own columns (the user's choice, View menu, remembered)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from netdesk.domain.initials import initials
from netdesk.domain.text import isolate
from netdesk.models.contact_table import ContactTableModel
from netdesk.models.faces import face_color
from netdesk.services.queries import ContactRow, SortColumn
from netdesk.settings import Settings
from netdesk.translation import Context
from netdesk.ui.actions import ActionKey, add_action, make_action
from netdesk.ui.icons import Icon, render
from netdesk.ui.table_columns import ColumnFitter
from netdesk.ui.theme import SPACE_M
from netdesk.ui.window_parts import WindowParts

_Index = QModelIndex | QPersistentModelIndex


class ContactList(Context):
    """The translation context of this module's action."""


PAD = SPACE_M  # between the cell's edge, the face, the text and the status icons
STATUS_ICON = 14
NAME_WIDTH = 320  # the name column's width on two lines, room permitting


def subtitle(row: ContactRow) -> str:
    """ "Title · Organisation", each isolated so neither reorders the other."""
    return " · ".join(isolate(p) for p in (row.job_title, row.organization) if p)


class FaceDelegate(QStyledItemDelegate):
    """Paints the name column: the face on the leading side, the name (and on two lines
    title · organisation beneath it), and a star and a clock on the trailing side for a
    favourite and an overdue contact, so neither is told by colour alone."""

    def __init__(self, model: ContactTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.two_lines = True

    def face_size(self, height: int) -> int:
        return max(12, height - (8 if self.two_lines else 6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        row = self._model.row_data(index.row())
        if row is None:
            return
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        rect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        size = self.face_size(rect.height())
        face = QStyle.alignedRect(
            opt.direction,
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
            QSize(size, size),
            rect,
        )
        self._paint_face(painter, row, face, opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        icons = [
            icon
            for icon, on in (
                (Icon.FAVOURITE, row.favourite),
                (Icon.OVERDUE, row.next_due is not None and row.next_due < self._model.today),
            )
            if on
        ]
        text = rect.adjusted(0, 0, 0, 0)
        if rtl:
            text.setRight(face.left() - PAD)
        else:
            text.setLeft(face.right() + 1 + PAD)
        for icon in icons:
            box = QStyle.alignedRect(
                opt.direction,
                Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter,
                QSize(STATUS_ICON, STATUS_ICON),
                text,
            )
            render(painter, icon, box, color)
            if rtl:
                text.setLeft(box.right() + 1 + PAD // 2)
            else:
                text.setRight(box.left() - PAD // 2)
        self._paint_text(painter, opt, row, text, color)

    def _paint_face(self, painter: QPainter, row: ContactRow, rect: QRect, font: QFont) -> None:
        faces = self._model.faces
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = faces.photo(row.id, rect.width(), ratio) if row.has_photo else None
        if pixmap is None:
            text = initials(row.given_name, row.family_name, row.display_name)
            pixmap = faces.initials(text, face_color(row.id), rect.width(), ratio, font)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_text(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        row: ContactRow,
        rect: QRect,
        color: QColor,
    ) -> None:
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        # Aligned to the interface's leading edge; each value keeps its own direction
        # inside its isolate.
        align = (
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        painter.save()
        painter.setLayoutDirection(opt.direction)
        painter.setPen(color)
        name_font = QFont(opt.font)
        name_font.setBold(row.favourite)
        painter.setFont(name_font)
        name = painter.fontMetrics().elidedText(
            isolate(row.display_name), Qt.TextElideMode.ElideRight, rect.width()
        )
        below = subtitle(row) if self.two_lines else ""
        if not below:
            painter.drawText(rect, align, name)
            painter.restore()
            return
        half = rect.height() // 2
        painter.drawText(rect.adjusted(0, 2, 0, -half), align | Qt.AlignmentFlag.AlignBottom, name)
        painter.setFont(opt.font)
        # Quieter than the name, still well above the contrast text needs.
        painter.setOpacity(0.78)
        line = opt.fontMetrics.elidedText(below, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.adjusted(0, half, 0, -2), align | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()


class ListLook(QObject):
    """The table's row layout, kept in ``settings``: two lines, or one line with the
    Title and Organisation columns."""

    SIDE_COLUMNS = (SortColumn.ORGANIZATION, SortColumn.TITLE)

    def __init__(
        self,
        table: QTableView,
        model: ContactTableModel,
        settings: Settings,
        fitter: ColumnFitter | None = None,
    ) -> None:
        super().__init__(table)
        self.setObjectName("listLook")
        self._table = table
        self._fitter = fitter
        self._settings = settings
        self.delegate = FaceDelegate(model, table)
        table.setItemDelegateForColumn(int(SortColumn.NAME), self.delegate)
        self.two_lines = settings.list_two_lines
        self.apply()
        # The header's saved state is restored after the table is made: apply the
        # choice again when the table first shows.
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.apply()
        return super().eventFilter(watched, event)

    def set_two_lines(self, on: bool) -> None:
        self.two_lines = on
        self._settings.list_two_lines = on
        self.apply()

    def row_height(self) -> int:
        line = self._table.fontMetrics().height()
        return max(40, 2 * line + 12) if self.two_lines else max(28, line + 10)

    def apply(self) -> None:
        self.delegate.two_lines = self.two_lines
        header = self._table.horizontalHeader()
        # The header paints each title asking the selection whether its column (and the
        # columns beside it) are selected, row by row through the model's flags(): with
        # 5,000 rows selected, every paint of the header asked Python about each selected
        # cell. Rows are selected whole, so a title never shows a selection: the header
        # gets a selection of its own, always empty.
        if header.selectionModel() is self._table.selectionModel():
            header.setSelectionModel(QItemSelectionModel(self._table.model(), header))
        for column in self.SIDE_COLUMNS:
            header.setSectionHidden(int(column), self.two_lines)
        if self.two_lines:
            # The name column carries title and organisation too: room for them, which
            # the column fitter takes back in a narrow window.
            name = int(SortColumn.NAME)
            header.resizeSection(name, max(header.sectionSize(name), NAME_WIDTH))
        height = self.row_height()
        self._table.verticalHeader().setDefaultSectionSize(height)
        if self._fitter is not None:
            self._fitter.name_extra = self.delegate.face_size(height) + 2 * PAD
            self._fitter.fit()
        self._table.viewport().update()


@add_action(ActionKey.TWO_LINE_ROWS)
def _two_line_rows(parts: WindowParts) -> QAction:
    def toggle(on: bool) -> None:
        look = parts.widget.findChild(ListLook, "listLook")
        if look is not None:
            look.set_two_lines(on)

    action = make_action(
        parts, ContactList.tr("Title and Organisation Under the &Name"), lambda: None
    )
    action.setCheckable(True)
    action.setChecked(parts.settings.list_two_lines)
    action.toggled.connect(toggle)
    return action
