"""One contact's interactions, newest first, with a header row for each month.

Interactions are loaded 40 at a time through ``canFetchMore``/``fetchMore``, so a
contact with thousands of them shows the first screen at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from netdesk.domain.text import isolate
from netdesk.models.labels import direction_label, format_date, kind_label
from netdesk.services.changes import Change
from netdesk.services.interactions import InteractionService
from netdesk.services.queries import TimelineEntry
from netdesk.translation import fill

# Status names, translated in the "Labels" context where the ask dialog declares them.
_STATUSES = {"open": "Open", "done": "Done", "declined": "Declined"}

# A screenful and more: the list view measures every loaded row when it is reset.
PAGE = 40
_Index = QModelIndex | QPersistentModelIndex


class TimelineRole(IntEnum):
    IS_HEADER = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    WHEN = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4
    DIRECTION = Qt.ItemDataRole.UserRole + 5
    SUMMARY = Qt.ItemDataRole.UserRole + 6
    PARTICIPANTS = Qt.ItemDataRole.UserRole + 7
    META = Qt.ItemDataRole.UserRole + 8
    NOTES = Qt.ItemDataRole.UserRole + 9
    CAPTURED = Qt.ItemDataRole.UserRole + 10  # the source it was captured from, or ""
    # Lines of text the row shows (1 for a month header, 3 with participants): the view
    # measures every loaded row with this one look-up.
    LINES = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True, slots=True)
class MonthHeader:
    year: int
    month: int


Item = MonthHeader | TimelineEntry


class TimelineModel(QAbstractListModel):
    def __init__(self, service: InteractionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._contact_id: int | None = None
        self._items: list[Item] = []
        self._loaded = 0
        self._more = False  # the last page read was full: there may be more
        self._interactions = 0
        self._locale = QLocale()
        self._sources = {
            "whatsapp": self.tr("WhatsApp"),
            "mbox": self.tr("mail"),
            "eml": self.tr("mail"),
            "ics": self.tr("calendar"),
            "caldav": self.tr("calendar"),
            "linkedin_messages": self.tr("LinkedIn"),
            "telegram": self.tr("Telegram"),
        }
        self._written = {
            "gave": self.tr("I wrote"),
            "received": self.tr("They wrote"),
            "mutual": self.tr("Both wrote"),
        }
        service.changed.connect(self._on_changed)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    @property
    def total(self) -> int:
        """Rows to show, loaded or not: the interactions and the asks among them."""
        if self._contact_id is None:
            return 0
        return self._service.timeline_count(self._contact_id)

    @property
    def interactions(self) -> int:
        """How many of ``total`` are interactions (counted as the timeline was loaded)."""
        return self._interactions

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._items = []
            self._loaded = 0
            self._more = False
            self._interactions = 0
            if self._contact_id is not None:
                # Counted for the title; whether there is more is told by a full page,
                # not by counting the asks too.
                self._interactions = self._service.interaction_count(self._contact_id)
                self._append(self._service.timeline(self._contact_id, 0, PAGE))
        finally:
            self.endResetModel()

    def _append(self, entries: list[TimelineEntry]) -> None:
        self._items.extend(self._grouped(entries))
        self._loaded += len(entries)
        self._more = len(entries) == PAGE

    def _grouped(self, entries: list[TimelineEntry]) -> list[Item]:
        """``entries`` with a month header before each new month, continuing the list."""
        last = next((i for i in reversed(self._items) if isinstance(i, TimelineEntry)), None)
        month = (last.happened_at.year, last.happened_at.month) if last else None
        out: list[Item] = []
        for entry in entries:
            key = (entry.happened_at.year, entry.happened_at.month)
            if key != month:
                out.append(MonthHeader(*key))
                month = key
            out.append(entry)
        return out

    def entry_ids(self) -> list[int]:
        """The interactions loaded so far (not the asks shown among them)."""
        return [i.id for i in self._items if isinstance(i, TimelineEntry) and not i.ask_status]

    # Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._contact_id is None or not self._more:
            return
        entries = self._service.timeline(self._contact_id, self._loaded, PAGE)
        if not entries:
            self._more = False
            return
        rows = self._grouped(entries)
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._items.extend(rows)
        self._loaded += len(entries)
        self._more = len(entries) == PAGE
        self.endInsertRows()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if isinstance(self._items[index.row()], MonthHeader):
            return base
        return base | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == TimelineRole.IS_HEADER:
            return isinstance(item, MonthHeader)
        if role == TimelineRole.LINES:
            return 1 if isinstance(item, MonthHeader) else 3 if item.participants else 2
        if isinstance(item, MonthHeader):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._month_title(item)
            return None
        if item.ask_status:
            return self._ask_data(item, role)
        # Shown text isolates what the user wrote; the data roles below keep it as stored.
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._meta(item)}\n{isolate(item.summary)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return isolate(item.notes or item.summary)
        if role == TimelineRole.ID:
            return item.id
        if role == TimelineRole.WHEN:
            return item.happened_at
        if role == TimelineRole.KIND:
            return item.kind
        if role == TimelineRole.DIRECTION:
            return item.direction
        if role == TimelineRole.SUMMARY:
            return item.summary
        if role == TimelineRole.NOTES:
            return item.notes
        if role == TimelineRole.PARTICIPANTS:
            return list(item.participants)
        if role == TimelineRole.META:
            return self._meta(item)
        if role == TimelineRole.CAPTURED:
            return item.captured
        return None

    def _month_title(self, header: MonthHeader) -> str:
        return self._locale.toString(QDate(header.year, header.month, 1), "MMMM yyyy")

    def _meta(self, entry: TimelineEntry) -> str:
        when: dt.datetime = entry.happened_at
        # A captured conversation's direction says who wrote, not who gave.
        written = self._written.get(entry.direction, "") if entry.captured else ""
        parts = [
            format_date(when.date(), self._locale),
            kind_label(entry.kind),
            written or direction_label(entry.direction),
        ]
        if entry.event:
            parts.append(isolate(entry.event))
        if entry.captured:
            parts.append(self._captured(entry))
        return " · ".join(parts)

    def _captured(self, entry: TimelineEntry) -> str:
        """Where a captured interaction came from, and how many messages it stands for."""
        kind = entry.captured.partition(":")[0]
        source = self._sources.get(kind, kind)
        if entry.count and entry.kind != "meeting":
            return fill(self.tr("%1 (%n message(s))", "", entry.count), source)
        return fill(self.tr("from %1"), source)

    def _ask_data(self, ask: TimelineEntry, role: int) -> object:
        """An ask among the interactions: what was asked and, once closed, what came of it.

        It has no interaction id, so it is never edited or deleted as an interaction.
        """
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self._ask_meta(ask)}\n{self._ask_summary(ask)}"
        if role == TimelineRole.SUMMARY:
            return self._ask_summary(ask)
        if role == TimelineRole.META:
            return self._ask_meta(ask)
        if role in (TimelineRole.WHEN, TimelineRole.KIND):
            return ask.happened_at if role == TimelineRole.WHEN else ask.kind
        if role == TimelineRole.PARTICIPANTS:
            return []
        return None

    def _ask_summary(self, ask: TimelineEntry) -> str:
        offer = ask.kind == "offer"
        if ask.outcome.strip():
            text = (
                self.tr("Offered: %1 — outcome: %2")
                if offer
                else self.tr("Asked: %1 — outcome: %2")
            )
            return fill(text, isolate(ask.summary), isolate(ask.outcome))
        return fill(self.tr("Offered: %1") if offer else self.tr("Asked: %1"), isolate(ask.summary))

    def _ask_meta(self, ask: TimelineEntry) -> str:
        parts = [
            format_date(ask.happened_at.date(), self._locale),
            self.tr("Offer") if ask.kind == "offer" else self.tr("Ask"),
            QCoreApplication.translate("Labels", _STATUSES.get(ask.ask_status, ask.ask_status)),
        ]
        if ask.ask_status == "open" and ask.follow_up is not None:
            day = format_date(ask.follow_up, self._locale)
            parts.append(fill(self.tr("follow up %1"), day))
        return " · ".join(parts)

    def _on_changed(self, change: Change) -> None:
        if self._contact_id is not None and self._contact_id in change.contact_ids:
            self.reload()
