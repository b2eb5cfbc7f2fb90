"""The Find Duplicates review's table: each group a line (checked: merge it) followed by
its members, one of them marked kept. Rows are made as the view shows them: a large
network has tens of thousands of groups, and building them all froze the window
(``bench/FINDINGS.md``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any
from weakref import WeakMethod

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from netdesk.services.queries import ContactRow, DuplicateGroup
from netdesk.ui.bidi import isolate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 4
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class DuplicatesTable(QAbstractTableModel):
    """Groups and their members as rows. ``why(group)`` is a group line's text and
    ``kept`` the mark after the kept member's name (the dialog's, translated)."""

    def __init__(
        self,
        groups: list[DuplicateGroup],
        rows: dict[int, ContactRow],
        why: Callable[[DuplicateGroup], str],  # a bound method
        kept: str,
        headers: list[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._groups = groups
        self._rows = rows
        # Weakly: the dialog holds the model (see ``import_table.PreviewTable``).
        self._why = WeakMethod(why)
        self._kept_mark = kept
        self._headers = headers
        self.members = [sorted(g.ids) for g in groups]
        if not rows.keys() >= set().union(*(g.ids for g in groups)):
            # Contacts gone since the groups were found are left out.
            self.members = [[c for c in m if c in rows] for m in self.members]
        self.starts: list[int] = []  # the row of each group's line
        at = 0
        for members in self.members:
            self.starts.append(at)
            at += 1 + len(members)
        self._count = at
        self.checked = [g.likely for g in groups]
        self.kept = [0] * len(groups)  # which member is kept
        self._bold = QFont()
        self._bold.setBold(True)
        self.group_background: QColor | None = None  # a group's line, set it apart

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < COLUMNS else None
        return None

    def locate(self, row: int) -> tuple[int, int]:
        """(group, member) of a row; member -1 is the group's own line."""
        group = bisect_right(self.starts, row) - 1
        return group, row - self.starts[group] - 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.locate(index.row())[1] < 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, member = self.locate(index.row())
        col = index.column()
        if member < 0:
            if col != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                why = self._why()
                return why(self._groups[group]) if why is not None else ""
            if role == Qt.ItemDataRole.CheckStateRole:
                return _CHECKED if self.checked[group] else _UNCHECKED
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.group_background
            return None
        keep = self.kept[group] == member
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[self.members[group][member]]
            text = (row.display_name, row.organization, row.email, row.phone)[col]
            return isolate(text) + (self._kept_mark if keep and col == 0 else "")
        if role == Qt.ItemDataRole.FontRole and keep and col == 0:
            return self._bold
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        group, member = self.locate(index.row())
        if member >= 0 or index.column() != 0:
            return False
        on = value == _CHECKED if isinstance(value, Qt.CheckState) else value == _CHECKED.value
        self.checked[group] = bool(on)
        self.dataChanged.emit(index, index)
        return True

    def keep(self, row: int) -> None:
        """Make the member on ``row`` the one its group keeps."""
        group, member = self.locate(row)
        if member < 0 or self.kept[group] == member:
            return
        self.kept[group] = member
        first = self.starts[group] + 1
        last = first + len(self.members[group]) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))

    def merges(self) -> list[tuple[int, list[int]]]:
        """(kept id, other ids) for each checked group of two or more."""
        out = []
        for group, members in enumerate(self.members):
            if self.checked[group] and len(members) > 1:
                keep = members[self.kept[group]]
                out.append((keep, [c for c in members if c != keep]))
        return out
