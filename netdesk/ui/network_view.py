"""The give-and-take of the whole network: open asks, what I gave, introductions, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
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

from netdesk.db.connection import database
from netdesk.models.labels import event_kind_label, format_date, kind_label
from netdesk.services.context import AppContext
from netdesk.store.ledger_store import AskEntry, IntroductionEntry, open_asks
from netdesk.store.ledger_store import events as all_events
from netdesk.ui.ask_dialog import AskDialog, AskStatusDialog, ask_kind_label
from netdesk.ui.bidi import isolate, text_direction
from netdesk.ui.follow_changes import FollowChanges


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


@dataclass(frozen=True, slots=True)
class GivenEntry:
    on: dt.date
    people: tuple[str, ...]
    kind: str  # an interaction kind, or an ask kind when ``is_offer``
    what: str
    is_offer: bool


def given_lately(since: dt.date) -> list[GivenEntry]:
    """Interactions where I gave, and offers I made, since ``since``; newest first."""
    rows = database.execute_sql(
        "SELECT substr(i.happened_at, 1, 10), group_concat(c.display_name, char(31)), i.kind, "
        "i.summary, 0 FROM interaction i JOIN participant p ON p.interaction_id = i.id "
        "JOIN contact c ON c.id = p.contact_id AND c.deleted_at IS NULL "
        "WHERE i.deleted_at IS NULL AND i.direction = 'gave' AND i.happened_at >= ? "
        "GROUP BY i.id UNION ALL "
        "SELECT a.asked_on, c.display_name, a.kind, a.what, 1 FROM ask a "
        "JOIN contact c ON c.id = a.contact_id AND c.deleted_at IS NULL "
        "WHERE a.deleted_at IS NULL AND a.is_offer = 1 AND a.asked_on >= ? "
        "ORDER BY 1 DESC",
        (since.isoformat(), since.isoformat()),
    ).fetchall()
    return [
        # Joined with the unit separator, not found in names, to be split and isolated.
        GivenEntry(
            dt.date.fromisoformat(str(r[0])[:10]), tuple(r[1].split("\x1f")), r[2], r[3], bool(r[4])
        )
        for r in rows
    ]


def recent_introductions(limit: int = 200) -> list[IntroductionEntry]:
    rows = database.execute_sql(
        "SELECT i.id, i.introduced_on, COALESCE(a.display_name, ''), f.display_name, "
        "COALESCE(s.display_name, ''), i.note FROM introduction i "
        "LEFT JOIN contact a ON a.id = i.introducer_id JOIN contact f ON f.id = i.first_id "
        "LEFT JOIN contact s ON s.id = i.second_id WHERE i.deleted_at IS NULL "
        "AND f.deleted_at IS NULL ORDER BY i.introduced_on DESC, i.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        IntroductionEntry(r[0], dt.date.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5])
        for r in rows
    ]


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
        self.resize(760, 480)
        self.refresh()

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
                self.tr("Offer: %1").replace("%1", ask_kind_label(g.kind))
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
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
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
