"""The give-and-take of the whole network: open asks, what I gave, introductions, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
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
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.labels import event_kind_label, format_date, kind_label
from netdesk.services.context import AppContext
from netdesk.services.queries import (
    AskEntry,
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


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setItemDelegate(BidiDelegate(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            # Each cell isolated: an override in one name or note reorders nothing else.
            table.setItem(r, c, QTableWidgetItem(isolate(text)))


class NetworkViewDialog(QDialog):
    """Open asks to follow up, what I gave lately, introductions and events."""

    GIVEN_DAYS = 90

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
        self.setWindowTitle(self.tr("Give and Ask"))
        self.asks_table = _table(
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
        self.asks_table.itemSelectionChanged.connect(self._update_buttons)
        self.given_table = _table(
            [self.tr("Date"), self.tr("People"), self.tr("Kind"), self.tr("What")]
        )
        self.intros_table = _table(
            [
                self.tr("Date"),
                self.tr("Introduced by"),
                self.tr("Who"),
                self.tr("To"),
                self.tr("Note"),
            ]
        )
        self.events_table = _table(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("People"),
            ]
        )
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

    def refresh(self, today: dt.date | None = None) -> None:
        today = today or self._clock()
        locale = QLocale()

        def day(value: dt.date) -> str:
            return format_date(value, locale)

        me = self.tr("Me")
        self._asks = open_asks()
        _fill(
            self.asks_table,
            [
                [
                    day(a.asked_on),
                    a.contact_name,
                    ask_kind_label(a.kind),
                    a.what,
                    day(a.follow_up) if a.follow_up else "",
                ]
                for a in self._asks
            ],
        )
        since = today - dt.timedelta(days=self.GIVEN_DAYS)
        given = [
            [
                day(g.on),
                ", ".join(isolate(name) for name in g.people),
                fill(self.tr("Offer: %1"), ask_kind_label(g.kind))
                if g.is_offer
                else kind_label(g.kind),
                g.what,
            ]
            for g in given_lately(since)
        ]
        _fill(self.given_table, given)
        intros = [
            [day(i.on), i.introducer or me, i.first, i.second or me, i.note]
            for i in recent_introductions()
        ]
        _fill(self.intros_table, intros)
        events = [
            [day(e.date), e.name, event_kind_label(e.kind), e.place, locale.toString(e.attendees)]
            for e in all_events()
        ]
        _fill(self.events_table, events)
        titles = (
            self.tr("Open Asks (%Ln)", "", len(self._asks)),
            self.tr("What I Gave Lately (%Ln)", "", len(given)),
            self.tr("Introductions (%Ln)", "", len(intros)),
            self.tr("Events (%Ln)", "", len(events)),
        )
        tables = (self.asks_table, self.given_table, self.intros_table, self.events_table)
        for index, (title, table) in enumerate(zip(titles, tables, strict=True)):
            self.tabs.setTabText(index, title)
            table.setAccessibleName(title)
        self._update_buttons()
        self._update_hint()

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
