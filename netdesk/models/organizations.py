"""The organisations table: name, people there now, people who used to be."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netdesk.domain.text import fold
from netdesk.services.queries import OrgSummary, organizations

_Index = QModelIndex | QPersistentModelIndex


class OrgColumn(IntEnum):
    NAME = 0
    CURRENT = 1
    FORMER = 2


class OrgRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1


class OrganizationTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrgSummary] = []
        self._all: list[tuple[str, OrgSummary]] = []  # (folded name, organisation), sorted
        self._text = ""

    def set_filter(self, text: str) -> None:
        """Show the organisations whose folded name contains ``text`` (no database read:
        counting everyone at every organisation is what takes time)."""
        self._text = text
        key = fold(text)
        self.beginResetModel()
        try:
            self._rows = [org for name, org in self._all if key in name]
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        """Re-read the organisations now (a view on a big network reads them with
        ``organizations()`` on a worker and hands them to :meth:`set_organizations`)."""
        self.set_organizations(organizations())

    def set_organizations(self, orgs: list[OrgSummary]) -> None:
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ordered = sorted(orgs, key=lambda o: collator.sortKey(o.name))
        self._all = [(fold(o.name), o) for o in ordered]
        self.set_filter(self._text)

    def org_at(self, row: int) -> OrgSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OrgColumn)

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
        titles = [self.tr("Organisation"), self.tr("People there"), self.tr("Used to be")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org = self._rows[index.row()]
        column = OrgColumn(index.column())
        if role == OrgRole.ID:
            return org.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column is OrgColumn.NAME:
                return org.name
            value = org.current if column is OrgColumn.CURRENT else org.former
            return QLocale().toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not OrgColumn.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
