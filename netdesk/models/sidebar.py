"""The sidebar: all contacts, favourites, then circles, tags and organisations with counts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QGuiApplication

from netdesk.domain.enums import Circle
from netdesk.domain.text import isolate
from netdesk.models.labels import circle_label
from netdesk.services.background import Latest, Task
from netdesk.services.changes import Change, Entity
from netdesk.services.contacts import ContactService
from netdesk.services.queries import Facets

_Index = QModelIndex | QPersistentModelIndex


class SidebarKind(Enum):
    HEADER = "header"
    ALL = "all"
    DUE = "due"
    FAVOURITES = "favourites"
    CIRCLE = "circle"
    TAG = "tag"
    ORGANIZATION = "organization"
    TRASH = "trash"
    SMART = "smart"  # a saved search; its key is the search text


class SidebarRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2
    COUNT = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class SidebarItem:
    kind: SidebarKind
    key: str | int | None
    label: str
    count: int = 0


class SidebarModel(QAbstractListModel):
    def __init__(
        self,
        service: ContactService,
        parent: QObject | None = None,
        *,
        load: bool = True,
        smart_lists: Callable[[], list[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._smart_lists = smart_lists or list
        self._smart: list[SidebarItem] = []
        self._items: list[SidebarItem] = []
        self._overdue = 0
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        # Bursts of writes (an import, a multi-select edit) refresh the counts once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_in_background)
        self._generation = 0
        self._latest = Latest()
        service.changed.connect(self._on_changed)
        if load:
            self.refresh()

    def set_smart_lists(self, lists: Callable[[], list[tuple[str, str]]]) -> None:
        """Where the saved searches are read from, at each count."""
        self._smart_lists = lists

    def _on_changed(self, change: Change) -> None:
        if change.entity is Entity.CONTACT:
            self._timer.start()

    def refresh(self) -> None:
        """Count now, on this thread (start-up, tests); see ``refresh_in_background``."""
        self._generation += 1
        self._smart = smart_items(self._smart_lists())
        self._apply(self._generation, self._service.facets())

    def refresh_in_background(self) -> None:
        """Count on a worker thread: counting reads every live contact, too long a wait
        for the GUI thread in a large network.

        A newer refresh supersedes an older one, whose result is dropped.
        """
        self._generation += 1
        generation, service = self._generation, self._service

        lists = self._smart_lists()

        def count(cancel: threading.Event) -> tuple[Facets, list[SidebarItem]]:
            return service.facets(), smart_items(lists)

        Task(
            count,
            parent=self,
            success=lambda found: self._apply(generation, found[0], found[1]),
            # A count must never take the app down; the next change counts again.
            failure=lambda error: None,
            latest=self._latest,
        ).run_in_background()

    def _apply(
        self, generation: int, facets: Facets, smart: list[SidebarItem] | None = None
    ) -> None:
        if generation != self._generation:
            return
        if smart is not None:
            self._smart = smart
        self.beginResetModel()
        try:
            self._items = self._build(facets)
            self._overdue = facets.overdue
        finally:
            self.endResetModel()

    def _sorted(self, facets: list[SidebarItem]) -> list[SidebarItem]:
        return sorted(facets, key=lambda f: self._collator.sortKey(f.label))

    def _build(self, facets: Facets) -> list[SidebarItem]:
        items = [
            SidebarItem(SidebarKind.ALL, None, self.tr("All contacts"), facets.total),
            SidebarItem(SidebarKind.DUE, None, self.tr("Due to reach out"), facets.due),
            SidebarItem(SidebarKind.FAVOURITES, None, self.tr("Favourites"), facets.favourites),
        ]
        counts = {str(f.key): f.count for f in facets.circles}
        circles = [
            SidebarItem(SidebarKind.CIRCLE, c.value, circle_label(c.value), counts[c.value])
            for c in Circle
            if counts.get(c.value)
        ]
        if circles:
            items.append(SidebarItem(SidebarKind.HEADER, None, self.tr("Circles")))
            items += circles
        tags = [SidebarItem(SidebarKind.TAG, f.key, f.name, f.count) for f in facets.tags]
        if tags:
            items.append(SidebarItem(SidebarKind.HEADER, None, self.tr("Tags")))
            items += self._sorted(tags)
        orgs = [
            SidebarItem(SidebarKind.ORGANIZATION, f.key, f.name, f.count)
            for f in facets.organizations
        ]
        if orgs:
            items.append(SidebarItem(SidebarKind.HEADER, None, self.tr("Organisations")))
            items += self._sorted(orgs)
        if self._smart:
            items.append(SidebarItem(SidebarKind.HEADER, None, self.tr("Smart lists")))
            items += self._smart
        if facets.trash:
            items.append(SidebarItem(SidebarKind.HEADER, None, ""))
            items.append(SidebarItem(SidebarKind.TRASH, None, self.tr("Trash"), facets.trash))
        return items

    def total(self) -> int:
        """All live contacts, as of the last refresh."""
        return self._items[0].count if self._items else 0

    def overdue(self) -> int:
        """Live contacts due today or earlier, as of the last refresh."""
        return self._overdue

    def item(self, row: int) -> SidebarItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, kind: SidebarKind, key: str | int | None) -> int | None:
        for row, item in enumerate(self._items):
            if item.kind is kind and item.key == key:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._items[index.row()].kind is SidebarKind.HEADER:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        header = item.kind is SidebarKind.HEADER
        if role == Qt.ItemDataRole.DisplayRole:
            if header:
                return item.label.upper()
            # Isolate the label so an Arabic tag in an English list (or the reverse) keeps
            # its count on the UI's trailing side.
            mark = "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"
            return f"{mark}{isolate(item.label)}  ({QLocale().toString(item.count)})"
        if role == Qt.ItemDataRole.ToolTipRole and not header:
            return self.tr("%n contact(s)", "", item.count)
        if role == Qt.ItemDataRole.FontRole and header:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            return font
        if role == SidebarRole.KIND:
            return item.kind.value
        if role == SidebarRole.KEY:
            return item.key
        if role == SidebarRole.COUNT:
            return item.count
        return None


def smart_items(lists: list[tuple[str, str]]) -> list[SidebarItem]:
    """The saved searches with the number of people each finds now (a saved search the
    query language no longer reads counts none)."""
    from netdesk.services import search

    items = []
    for name, text in lists:
        try:
            found = search.total(search.parse(text))
        except (search.QueryError, ValueError):
            found = 0
        items.append(SidebarItem(SidebarKind.SMART, text, name, found))
    return items
