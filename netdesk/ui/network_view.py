"""The give-and-take of the whole network: open asks, what I gave, introductions, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.labels import event_kind_label, format_date, kind_label
from netdesk.services.background import Latest, Task
from netdesk.services.context import AppContext
from netdesk.services.queries import (
    AskEntry,
    EventEntry,
    GivenEntry,
    IntroductionEntry,
    given_lately,
    open_asks,
    recent_introductions,
)
from netdesk.services.queries import events as all_events
from netdesk.translation import fill
from netdesk.ui.ask_dialog import AskDialog, AskStatusDialog, ask_kind_label
from netdesk.ui.bidi import isolate, text_direction
from netdesk.ui.follow_changes import FollowChanges
from netdesk.ui.sizing import fit_to_content


class BidiDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own direction, aligned to the UI's leading edge."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        own = text_direction(option.text)
        if own == Qt.LayoutDirection.LayoutDirectionAuto:
            return
        ui = option.direction
        leading = (
            Qt.AlignmentFlag.AlignRight
            if ui == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.displayAlignment = (
            leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
        option.direction = own


# Column widths are measured on this many rows, not on every given favour of a big network.
_MEASURED_ROWS = 100


class RowsModel(QAbstractTableModel):
    """Rows of plain records, each turned into its cells' text only when a view asks."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: Sequence[Any] = ()
        self._cells: Callable[[Any], list[str]] = lambda _row: []
        self._shown: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[Any], cells: Callable[[Any], list[str]]) -> None:
        self.beginResetModel()
        try:
            self._rows, self._cells, self._shown = rows, cells, {}
        finally:
            self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def text(self, row: int, column: int) -> str:
        cells = self._shown.get(row)
        if cells is None:
            # Each cell isolated: an override in one name or note reorders nothing else.
            cells = self._shown[row] = [isolate(t) for t in self._cells(self._rows[row])]
        return cells[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.text(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemNeverHasChildren


class RowsTable(QTableView):
    """A read-only table over a :class:`RowsModel`."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.rows = RowsModel(headers, self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setItemDelegate(BidiDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(_MEASURED_ROWS)
        header.setStretchLastSection(True)

    def rowCount(self) -> int:
        return self.rows.rowCount()

    def columnCount(self) -> int:
        return self.rows.columnCount()

    def text(self, row: int, column: int) -> str:
        return self.rows.text(row, column)


class _Ledger(NamedTuple):
    """Everything the view lists, read on a worker."""

    asks: list[AskEntry]
    given: list[GivenEntry]
    intros: list[IntroductionEntry]
    events: list[EventEntry]


def _read(since: dt.date) -> _Ledger:
    return _Ledger(open_asks(), given_lately(since), recent_introductions(), all_events())


class NetworkViewDialog(QDialog):
    """Open asks to follow up, what I gave lately, introductions and events.

    The lists are read on a worker (a big network has given tens of thousands of favours
    in 90 days, and counting each event's attendees reads its interactions): the dialog
    opens at once, its tabs saying "Loading…", and fills when they arrive.

    Signals:
        loaded: the lists of the latest refresh are shown.
    """

    GIVEN_DAYS = 90
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        self._asks: list[AskEntry] = []
        self.loading = False
        self._filled = False
        self._latest = Latest()
        self.setWindowTitle(self.tr("Give and Ask"))
        self.asks_table = RowsTable(
            [
                self.tr("Date"),
                self.tr("Person"),
                self.tr("Kind"),
                self.tr("What"),
                self.tr("Follow up"),
            ]
        )
        self.asks_table.doubleClicked.connect(lambda _i: self.close_ask("done"))
        self.new_button = QPushButton(self.tr("&New Ask…"))
        self.new_button.clicked.connect(self.new_ask)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_ask)
        self.done_button = QPushButton(self.tr("Mark &Done…"))
        self.done_button.clicked.connect(lambda: self.close_ask("done"))
        self.declined_button = QPushButton(self.tr("De&clined…"))
        self.declined_button.clicked.connect(lambda: self.close_ask("declined"))
        self.asks_table.selectionModel().selectionChanged.connect(
            lambda *_s: self._update_buttons()
        )
        self.given_table, self.intros_table, self.events_table = self._other_tables()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.declined_button)
        buttons.addStretch(1)
        asks_page = QWidget()
        asks_layout = QVBoxLayout(asks_page)
        asks_layout.addWidget(self.asks_table)
        asks_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Give and Ask"))
        for page in (asks_page, self.given_table, self.intros_table, self.events_table):
            self.tabs.addTab(page, "")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.follow = FollowChanges(self, self.refresh, context)
        self.tabs.currentChanged.connect(lambda _i: self._update_hint())
        self.refresh()
        fit_to_content(self, QSize(760, 480))

    def _other_tables(self) -> tuple[RowsTable, RowsTable, RowsTable]:
        """What I gave, the introductions and the events."""
        given = RowsTable([self.tr("Date"), self.tr("People"), self.tr("Kind"), self.tr("What")])
        intros = RowsTable(
            [
                self.tr("Date"),
                self.tr("Introduced by"),
                self.tr("Who"),
                self.tr("To"),
                self.tr("Note"),
            ]
        )
        events = RowsTable(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("People"),
            ]
        )
        return given, intros, events

    def refresh(self, today: dt.date | None = None) -> None:
        """Re-read the lists on a worker; ``loaded`` once they are shown."""
        since = (today or self._clock()) - dt.timedelta(days=self.GIVEN_DAYS)
        if not self._filled:  # the first time; later the old lists stay until the new come
            for index in range(self.tabs.count()):
                self.tabs.setTabText(index, self.tr("Loading…"))
            self._update_hint()  # the hint's line is there before the lists arrive
        self.loading = True
        Task(
            lambda _cancel: _read(since), parent=self, success=self._show, latest=self._latest
        ).run_in_background()

    def _show(self, ledger: _Ledger) -> None:
        self.loading, self._filled = False, True
        locale = QLocale()

        def day(value: dt.date) -> str:
            return format_date(value, locale)

        me = self.tr("Me")
        offer = self.tr("Offer: %1")
        self._asks = ledger.asks

        def ask_cells(a: AskEntry) -> list[str]:
            follow_up = day(a.follow_up) if a.follow_up else ""
            return [day(a.asked_on), a.contact_name, ask_kind_label(a.kind), a.what, follow_up]

        def given_cells(g: GivenEntry) -> list[str]:
            kind = fill(offer, ask_kind_label(g.kind)) if g.is_offer else kind_label(g.kind)
            return [day(g.on), ", ".join(isolate(name) for name in g.people), kind, g.what]

        def intro_cells(i: IntroductionEntry) -> list[str]:
            return [day(i.on), i.introducer or me, i.first, i.second or me, i.note]

        def event_cells(e: EventEntry) -> list[str]:
            kind = event_kind_label(e.kind)
            return [day(e.date), e.name, kind, e.place, locale.toString(e.attendees)]

        self.asks_table.rows.set_rows(ledger.asks, ask_cells)
        self.given_table.rows.set_rows(ledger.given, given_cells)
        self.intros_table.rows.set_rows(ledger.intros, intro_cells)
        self.events_table.rows.set_rows(ledger.events, event_cells)
        titles = (
            self.tr("Open Asks (%Ln)", "", len(ledger.asks)),
            self.tr("What I Gave Lately (%Ln)", "", len(ledger.given)),
            self.tr("Introductions (%Ln)", "", len(ledger.intros)),
            self.tr("Events (%Ln)", "", len(ledger.events)),
        )
        tables = (self.asks_table, self.given_table, self.intros_table, self.events_table)
        for index, (title, table) in enumerate(zip(titles, tables, strict=True)):
            self.tabs.setTabText(index, title)
            table.setAccessibleName(title)
        self._update_buttons()
        self._update_hint()
        self.loaded.emit()

    def _update_hint(self) -> None:
        hints = (
            self.tr("Asks you are still waiting on, oldest first. Close them when you hear back."),
            self.tr(
                "What you gave in the last %Ln day(s): favours, help and offers.",
                "",
                self.GIVEN_DAYS,
            ),
            self.tr("Who introduced whom."),
            self.tr("Events you went to and how many people you met there."),
        )
        self.hint.setText(hints[max(0, self.tabs.currentIndex())])

    def _update_buttons(self) -> None:
        chosen = self.selected_ask() is not None
        self.edit_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)
        self.declined_button.setEnabled(chosen)

    def selected_ask(self) -> AskEntry | None:
        rows = self.asks_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._asks):
            return None
        return self._asks[rows[0].row()]

    def close_ask(self, status: str) -> bool:
        """Ask for the outcome of the selected ask and record it; False if cancelled."""
        ask = self.selected_ask()
        if ask is None:
            return False
        dialog = AskStatusDialog(ask, status, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.apply(self._context.network)
        return True

    def new_ask(self) -> bool:
        """Record an ask of anyone, chosen in the dialog; False if cancelled."""
        dialog = AskDialog(parent=self, contacts=self._context.contacts)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.apply(self._context.network)
        return True

    def edit_ask(self) -> bool:
        """Edit the selected ask, or move it to another person (undoable)."""
        ask = self.selected_ask()
        if ask is None:
            return False
        dialog = AskDialog(
            ask.contact_name, ask.is_offer, self, contacts=self._context.contacts, ask=ask
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.apply(self._context.network)
        return True
