"""The contact table: ids from SQL, rows fetched a page at a time when first shown.

In a large network nothing here touches every row: sorting and filtering are one
indexed query that reads the first ``FIRST_ROWS`` ids (the rest when the view scrolls
past them, through ``canFetchMore``/``fetchMore``), the full count arrives from a worker
thread, and ``data()`` loads the page of ``PAGE`` rows a visible row falls in. Writes
arrive as ``Change`` signals from the contact service.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from typing import cast

import peewee
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from netdesk.domain.strength import Strength
from netdesk.models.contact_cells import (
    ANSWERED_ROLES,
    DISPLAY_ROLES,
    NO_CELL,
    PAINTED_ROLES,
    ROW_FLAGS,
    cell_text,
    cell_value,
    overdue_days,
    painted_cells,
)
from netdesk.models.contact_cells import ContactRole as ContactRole
from netdesk.models.contact_cells import overdue_color as overdue_color
from netdesk.models.contact_search import SearchState, reason_text
from netdesk.models.faces import FaceCache
from netdesk.models.read_ahead import ReadAhead
from netdesk.models.strength_icons import icon_for
from netdesk.services.background import Latest, Task
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService
from netdesk.services.job_words import explain
from netdesk.services.queries import ContactQuery, ContactRow, SortColumn, strengths

# Rows read from the database at a time: about a screenful (two-line rows), so that the
# first paint after a keystroke reads little more than it shows.
PAGE = 32
# Ids read by a refresh: a screen shows about 30 rows, and each keystroke reads these.
FIRST_ROWS = 400
# Rows kept with their painted cells (some 65 screens); beyond it the cache starts over.
CACHE_LIMIT = 2000
# Rows whose strength (and, in a search, whose reason) is worked out together, from the
# first one painted down: a screenful, not the page (the rest of it is rarely shown).
SCREEN_ROWS = 32
_Index = QModelIndex | QPersistentModelIndex
_SORT_COLUMNS = tuple(SortColumn)


# After the sortable columns: why a search found each person (shown while searching).
WHY_COLUMN = len(SortColumn)


class ContactTableModel(QAbstractTableModel):
    """Contacts of the current query; see the module docstring.

    Signals:
        total_changed: ``total()`` became known after a refresh.
        database_failed: reading rows failed (a damaged page); sent once, with the
            error, until the next refresh.
    """

    total_changed = Signal()
    database_failed = Signal(str)

    def __init__(self, service: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = ContactQuery()
        self._search = SearchState(service)
        # The first rows of the result; the rest is loaded when the view scrolls past them
        # (fetchMore) or someone asks for a contact further down (``row_of``, ``ids``).
        self._ids: list[int] = []
        self._complete = True
        self._ranking = False  # a search's rest being ranked on a worker (fetchMore)
        self._loaded_once = False
        # Exact row count of the whole result: known when complete, else counted by a
        # worker thread (``total_changed`` fires when it arrives).
        self._total: int | None = 0
        self._generation = 0
        # The running count; the next refresh supersedes it.
        self._counting = Latest()
        # The count starts once the event loop has run, after the rows are painted: on a
        # busy machine the worker took the processor from the first paint.
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._count_in_background)
        self._row_of: dict[int, int] = {}
        # The whole result's ids and rows, read ahead once the count is known (a name
        # query, not a search): Ctrl+End or a long selection then reads nothing.
        self.ahead = ReadAhead(self)
        self._cache: dict[int, ContactRow] = {}
        self._strength: dict[int, Strength] = {}
        self._failed = False
        # Each row's answers to the painted roles, made at its first paint; kept across a
        # new text or sort (a contact looks the same in every result), dropped for the
        # contacts a change names; the Why column's are per search.
        self._cells: dict[int, list[dict[int, object]]] = {}
        self._why_cells: dict[int, dict[int, object]] = {}
        self._overdue_brush = QBrush(overdue_color())
        self._favourite_font = QFont()
        self._favourite_font.setBold(True)
        self._locale = QLocale()
        self.today = dt.date.today()
        # The faces the view's delegate paints, photos read through the service.
        self.faces = FaceCache(service.photo)
        service.changed.connect(self._on_changed)

    # Query -------------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        if query == self._query and self._loaded_once:
            return  # start-up restores the same sort and filter several times
        self._query = query
        # The rows already read stay: a keystroke or a sort mostly shows people shown
        # before, and no change came between (changes drop what they touch).
        self._reset(keep_rows=True)

    def refresh(self) -> None:
        """Re-run the query; only the first ``FIRST_ROWS`` ids are read now."""
        self._reset(keep_rows=False)

    def _reset(self, *, keep_rows: bool) -> None:
        self.beginResetModel()
        try:
            first = self._search.first_rows(self._query.text, FIRST_ROWS)
            head = self._search.ids(replace(self._query, limit=first + 1), fresh=True)
            self._complete = len(head) <= first
            self._ids = head[:first]
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
            today, red = dt.date.today(), overdue_color()
            start_over = not keep_rows or today != self.today
            if start_over:
                self._cache.clear()
                self._strength.clear()
                self.today = today
            if start_over or red != self._overdue_brush.color():
                self._cells.clear()  # a new day, or a light or dark palette
                self._overdue_brush = QBrush(red)
            self._why_cells.clear()
            self.ahead.drop()
            self._failed = False
            self._loaded_once = True
            self._generation += 1
            self._total = len(self._ids) if self._complete else None
            self._counting.cancel()
            self._ranking = False
        finally:
            self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        else:
            self._count_timer.stop()

    def _count_in_background(self) -> None:
        """Count the whole result on a worker thread, on a read-only connection of its own."""
        generation, count = self._generation, self._search.counter(self._query)
        Task(
            lambda cancel: count.run(),
            parent=self,
            success=lambda total: self._on_counted(generation, total),
            latest=self._counting,
            interrupt=count.cancel,  # stops the SQL the count is running
        ).run_in_background()

    def total(self) -> int | None:
        """Rows of the whole result (not only those loaded); None while being counted."""
        return self._total

    def _on_counted(self, generation: int, count: int | None) -> None:
        if count is not None and generation == self._generation and self._total is None:
            self._total = count
            self.total_changed.emit()
            if not self._complete and not self._search.active:
                self.ahead.schedule(self._query)

    def _load_rest(self) -> None:
        """Read every id of the result, once something needs more than the first ones (a
        scroll past them, a look-up, the whole list): a query over the whole result."""
        if self._complete:
            return
        rest = self.ahead.take()
        ids = rest[0] if rest else self._search.ids(self._query, fresh=False)
        row_of = rest[1] if rest else None
        first = len(self._ids)
        self._complete = True
        if self._total is None:
            self._total = len(ids)
            self.total_changed.emit()
        if len(ids) <= first:
            return
        self.beginInsertRows(QModelIndex(), first, len(ids) - 1)
        self._ids = ids
        if row_of is not None:
            self._row_of = row_of
        else:
            self._row_of.update((cid, row) for row, cid in enumerate(ids[first:], first))
        self.endInsertRows()

    def searching(self) -> bool:
        """Whether the text is answered by the search (ranked, with the Why column)."""
        return self._search.active

    def found_elsewhere(self) -> int:
        """How many people the search finds in the whole network (when the sidebar's
        selection is not the whole network); 0 when not searching."""
        return self._search.hidden_elsewhere(self._query)

    def ids(self) -> list[int]:
        self._load_rest()
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int, *, load: bool = True) -> int | None:
        """The row of ``contact_id``; reads the rest of the result if it is not loaded yet,
        unless ``load`` is false."""
        row = self._row_of.get(contact_id)
        if row is None and load and not self._complete:
            self._load_rest()
            row = self._row_of.get(contact_id)
        return row

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
        if self._failed:
            return  # reported once; the view shows blank rows until the next refresh
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._cells.clear()
            self._strength.clear()
        start = row - row % PAGE
        missing = [cid for cid in self._ids[start : start + PAGE] if cid not in self._cache]
        try:
            self._cache.update(self._service.rows(missing))
        except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
            # A damaged page the quick start-up check did not read: raised from data(),
            # it would print a traceback for every cell the view paints.
            self._failed = True
            self.database_failed.emit(str(error))

    # Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._complete and not self._ranking

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        generation = self._generation
        # A search's rest is ranked on a worker; the rows shown stay, the rest is appended.
        if self._search.rest_in_background(
            self._query, len(self._ids), lambda ids: self._append_rest(generation, ids)
        ):
            self._ranking = True
            return
        self._load_rest()

    def _append_rest(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation or self._complete:
            return
        self._ranking, self._complete = False, True
        more = [cid for cid in ids if cid not in self._row_of]
        if more:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._ids = self._ids + more
            self._row_of.update((cid, row) for row, cid in enumerate(more, first))
            self.endInsertRows()
        if self._total is None:
            self._total = len(self._ids)
            self.total_changed.emit()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SortColumn) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == WHY_COLUMN:
            return self.tr("Why")
        if not 0 <= section < len(SortColumn):
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
        if role not in ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ContactRole.ID:
            return self._ids[index.row()]
        if role in PAINTED_ROLES or index.column() == WHY_COLUMN:
            return self._cell(index.row(), index.column()).get(role)
        row = self.row_data(index.row())
        return None if row is None else self._value(row, _SORT_COLUMNS[index.column()], role)

    def multiData(
        self,
        index: _Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        # The view's delegate asks for about nine roles of every cell it paints: one call
        # into Python per cell instead of nine (a keystroke repaints some 200 cells).
        cell = (
            self._cell(index.row(), index.column())
            if index.isValid() and index.row() < len(self._ids)
            else NO_CELL
        )
        # The span iterates over its QModelRoleData (the stubs do not say so).
        items: Iterable[QModelRoleData] = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QModelRoleData)
            else cast("Iterable[QModelRoleData]", roleDataSpan)
        )
        for item in items:
            value = cell.get(item.role())
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def _cell(self, row_number: int, column: int) -> dict[int, object]:
        row = self.row_data(row_number)
        if row is None:
            return NO_CELL
        if column == WHY_COLUMN:
            cell = self._why_cells.get(row.id)
            if cell is None:
                cell = self._why_cells[row.id] = self._why(row_number)
            return cell
        cells = self._cells.get(row.id)
        if cells is None:
            cells = self._cells[row.id] = self._row_cells(row_number, row)
        return cells[column]

    def _row_cells(self, row_number: int, row: ContactRow) -> list[dict[int, object]]:
        tie = self._strength_of(row.id, row_number)
        overdue = overdue_days(row, self.today)
        return painted_cells(
            row,
            self._locale,
            icon_for(tie.level, tie.score),
            self._favourite_font if row.favourite else None,
            self._overdue_brush if overdue is not None and overdue > 0 else None,
        )

    def _value(self, row: ContactRow, column: SortColumn, role: int) -> object:
        if role == ContactRole.STRENGTH:
            return self._strength_of(row.id).score
        if role == Qt.ItemDataRole.ToolTipRole and column is SortColumn.LAST_CONTACT:
            # The strength icon beside the date, in words.
            words = (cell_text(row, column, self._locale), explain(self._strength_of(row.id)))
            return "\n".join(t for t in words if t)
        return cell_value(row, column, role, self._locale, self.today)

    def _strength_of(self, contact_id: int, row_number: int | None = None) -> Strength:
        tie = self._strength.get(contact_id)
        if tie is None:
            # With the rows painted after it (a screen, top down), in one query.
            below = (
                self._ids[row_number : row_number + SCREEN_ROWS] if row_number is not None else []
            )
            missing = [cid for cid in below if cid not in self._strength]
            self._strength.update(strengths([contact_id, *missing], self.today))
            tie = self._strength[contact_id]
        return tie

    def _why(self, row_number: int) -> dict[int, object]:
        screen = self._ids[row_number : row_number + SCREEN_ROWS]
        reason = self._search.reason(self._ids[row_number], screen)
        if reason is None:
            return {}
        text, spans = reason_text(reason, self._locale, self._search.field_names)
        return {
            Qt.ItemDataRole.DisplayRole: text,
            Qt.ItemDataRole.ToolTipRole: text,
            ContactRole.MATCHED_SPANS: spans,
        }

    def match(
        self,
        start: _Index,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        found = super().match(start, role, value, hits, flags)
        if not found and role == Qt.ItemDataRole.DisplayRole and isinstance(value, str) and value:
            # Shown names begin with their isolate: typing "sa" in the table still finds
            # Sara (the view's type-ahead asks for the display text starting with it).
            found = super().match(start, role, "\u2068" + value, hits, flags)
        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SortColumn):
            return
        self.set_query(
            replace(
                self._query,
                sort=SortColumn(column),
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    # Changes -----------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.entity is not Entity.CONTACT:
            return
        self.faces.forget(change.ids)
        self.ahead.drop()  # read before the change
        if change.kind is ChangeKind.UPDATED and self._query.due_by is None:
            rows = [self._row_of[c] for c in change.ids if c in self._row_of]
            for cid in change.ids:
                self._cache.pop(cid, None)
                self._cells.pop(cid, None)
                self._why_cells.pop(cid, None)
                self._strength.pop(cid, None)
            if rows:
                # One signal over the span: tagging 5,000 selected rows sent 5,000, and
                # the view and its header answered each by asking about the rows again.
                self.dataChanged.emit(
                    self.index(min(rows), 0),
                    self.index(max(rows), len(SortColumn)),
                    DISPLAY_ROLES,
                )
            return
        self.refresh()
