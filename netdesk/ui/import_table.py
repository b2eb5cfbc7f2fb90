"""The import preview's table: every row of the plan, read as the view paints it.

A file of 10,000 cards is 80,000 cells; building them all before the dialog showed froze
the window (``bench/FINDINGS.md``), so a row's texts are made when it is first shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import IntEnum
from typing import Any
from weakref import WeakMethod

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from netdesk.services.importer import Action, PlanItem


class Col(IntEnum):
    """The preview's columns."""

    TICK = 0
    ACTION = 1
    NAME = 2
    ORGANIZATION = 3
    TITLE = 4
    REACH = 5
    INTO = 6
    WHY = 7


# What a row will do as ticked now: an Action, or LEFT_OUT when unticked.
LEFT_OUT = "left out"
# A row's texts and tooltips, one per column, given whether the row merges.
RowTexts = tuple[list[str], list[str]]
Index = QModelIndex | QPersistentModelIndex
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class PreviewTable(QAbstractTableModel):
    """The plan as a table: a tick per row that may be imported (untick: left out) and a
    check on each possible duplicate (check: merge). ``texts(row, merge)`` makes a row's
    shown texts (the dialog's, in its translation context).

    Signals:
        counts_changed: what the rows will do changed (one signal for a bulk change).
    """

    counts_changed = Signal()

    def __init__(
        self,
        plan: list[PlanItem],
        headers: tuple[list[str], list[str]],
        texts: Callable[[int, bool], RowTexts],  # a bound method
        grey: QColor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._headers, self._header_tips = headers
        # Weakly: the dialog holds the model, and a cycle between the two wrappers left
        # the garbage collector to break it while the view still asked for rows.
        self._texts = WeakMethod(texts)
        self._grey = grey
        self._shown: dict[int, RowTexts] = {}
        self._ticked = [item.action is not Action.SKIP for item in plan]
        self._merge = [False] * len(plan)
        self.states: list[Action | str] = [item.action for item in plan]
        self.counts: Counter[Action | str] = Counter(self.states)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plan)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def tickable(self, row: int) -> bool:
        return self._plan[row].action is not Action.SKIP

    def checkable(self, row: int) -> bool:
        """Whether the row is a possible duplicate the user may check to merge."""
        return self._plan[row].possible is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, col = index.row(), index.column()
        if (col == Col.TICK and self.tickable(row)) or (col == Col.ACTION and self.checkable(row)):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(row)[0][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row(row)[1][col] or None
        if role == Qt.ItemDataRole.CheckStateRole:
            if col == Col.TICK and self.tickable(row):
                return _CHECKED if self._ticked[row] else _UNCHECKED
            if col == Col.ACTION and self.checkable(row):
                return _CHECKED if self._merge[row] else _UNCHECKED
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col != Col.TICK:
            # A left-out row reads as switched off.
            return self._grey if self.states[row] == LEFT_OUT else None
        return None

    def _row(self, row: int) -> RowTexts:
        shown = self._shown.get(row)
        if shown is None:
            merge = self._plan[row].action is Action.MERGE or self._merge[row]
            texts = self._texts()
            if texts is None:  # the dialog is going
                return [""] * len(Col), [""] * len(Col)
            shown = self._shown[row] = texts(row, merge)
        return shown

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        on = _checked(value)
        if col == Col.TICK and self.tickable(row):
            self._ticked[row] = on
        elif col == Col.ACTION and self.checkable(row):
            self._merge[row] = on
            self._shown.pop(row, None)  # "Add" becomes "Merge", and whom into
        else:
            return False
        self._update_state(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
        self.counts_changed.emit()
        return True

    def tick_all(self, ticked: bool) -> None:
        """Tick or untick every row that may be imported; one signal of each kind."""
        for row in range(len(self._plan)):
            if self.tickable(row):
                self._ticked[row] = ticked
                self._update_state(row)
        if self._plan:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._plan) - 1, len(Col) - 1))
        self.counts_changed.emit()

    def _update_state(self, row: int) -> None:
        state = self._state_of(row)
        old = self.states[row]
        if old != state:
            self.states[row] = state
            self.counts[old] -= 1
            self.counts[state] += 1

    def _state_of(self, row: int) -> Action | str:
        """What the row will do as ticked and checked now."""
        item = self._plan[row]
        if item.action is Action.SKIP:
            return Action.SKIP
        if not self._ticked[row]:
            return LEFT_OUT
        if item.possible is not None and self._merge[row]:
            # Into a contact you have, else folded into an earlier row of the file.
            return Action.MERGE if item.possible.target is not None else Action.SKIP
        return item.action

    def merge_checked(self, row: int) -> bool:
        return self._merge[row]


def _checked(value: object) -> bool:
    """A check state as views and callers pass it: the enum or its number."""
    if isinstance(value, Qt.CheckState):
        return value == _CHECKED
    return bool(value == _CHECKED.value)
