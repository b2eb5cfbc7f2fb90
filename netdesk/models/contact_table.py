"""The contact table: ids from SQL, rows fetched a page at a time when first shown.

At 100,000 contacts nothing here touches every row: sorting and filtering are one
indexed query that returns ids, and ``data()`` loads the 200-row page a visible row
falls in. Writes arrive as ``Change`` signals from the contact service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from netdesk.models.labels import circle_label, format_date
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contact_query import ContactQuery, ContactRow, SortColumn
from netdesk.services.contacts import ContactService

Column = SortColumn
PAGE = 200
CACHE_LIMIT = 5000
_Index = QModelIndex | QPersistentModelIndex


class ContactRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    EMAIL = Qt.ItemDataRole.UserRole + 2
    PHONE = Qt.ItemDataRole.UserRole + 3
    OVERDUE_DAYS = Qt.ItemDataRole.UserRole + 4


_DISPLAY_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    ContactRole.EMAIL,
    ContactRole.PHONE,
    ContactRole.OVERDUE_DAYS,
]


class ContactTableModel(QAbstractTableModel):
    def __init__(self, service: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = ContactQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, ContactRow] = {}
        self._locale = QLocale()
        self.today = dt.date.today()
        service.changed.connect(self._on_changed)

    # Query -------------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        try:
            self._ids = self._service.query_ids(self._query)
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
            self._cache.clear()
            self.today = dt.date.today()
        finally:
            self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int | None:
        return self._row_of.get(contact_id)

    def row_data(self, row: int) -> ContactRow | None:
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        cached = self._cache.get(cid)
        if cached is None:
            self._load_page(row)
            cached = self._cache.get(cid)
        return cached

    def _load_page(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        start = row - row % PAGE
        self._cache.update(self._service.rows(self._ids[start : start + PAGE]))

    # Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Title"),
            self.tr("Circle"),
            self.tr("Last contact"),
            self.tr("Next due"),
            self.tr("Tags"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ContactRole.ID:
            return self._ids[index.row()]
        row = self.row_data(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == ContactRole.EMAIL:
            return row.email
        if role == ContactRole.PHONE:
            return row.phone
        if role == ContactRole.OVERDUE_DAYS:
            return self._overdue(row)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.NEXT_DUE:
            overdue = self._overdue(row)
            if overdue is not None and overdue > 0:
                return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and column is Column.NAME and row.favourite:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _overdue(self, row: ContactRow) -> int | None:
        return (self.today - row.next_due).days if row.next_due else None

    def _display(self, row: ContactRow, column: Column) -> str:
        if column is Column.NAME:
            return ("★ " if row.favourite else "") + row.display_name
        if column is Column.ORGANIZATION:
            return row.organization
        if column is Column.TITLE:
            return row.job_title
        if column is Column.CIRCLE:
            return circle_label(row.circle)
        if column is Column.LAST_CONTACT:
            if row.last_contact is None:
                return ""
            return format_date(row.last_contact.date(), self._locale)
        if column is Column.NEXT_DUE:
            if row.next_due is None:
                return ""
            return format_date(row.next_due, self._locale)
        return row.tags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.set_query(
            replace(
                self._query,
                sort=Column(column),
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    # Changes -----------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.entity is not Entity.CONTACT:
            return
        if change.kind is ChangeKind.UPDATED and self._query.due_by is None:
            rows = [self._row_of[c] for c in change.ids if c in self._row_of]
            for cid in change.ids:
                self._cache.pop(cid, None)
            for row in rows:
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, len(Column) - 1), _DISPLAY_ROLES
                )
            return
        self.refresh()
