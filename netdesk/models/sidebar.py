"""The sidebar: sections of views, circles, tags and organisations, each row with its count.

Each section has a header row that folds it away (``toggle``); the organisations show
the largest ``ORGANISATIONS_SHOWN`` and a "Show all…" row that lists the rest.
"""

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
    Signal,
)
from PySide6.QtGui import QFont

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
    RECENT = "recent"
    CIRCLE = "circle"
    TAG = "tag"
    ORGANIZATION = "organization"
    TRASH = "trash"
    MORE = "more"  # "Show all…" / "Show fewer" under the organisations
    SMART = "smart"  # a saved search; its key is the search text


class Section(Enum):
    VIEWS = "views"
    CIRCLES = "circles"
    TAGS = "tags"
    ORGANIZATIONS = "organizations"
    SMART = "smart"


# Rows that are not views: the table's filter does not change when they are clicked.
NOT_VIEWS = frozenset({SidebarKind.HEADER, SidebarKind.MORE})
ORGANISATIONS_SHOWN = 10
_SECTION_OF = {
    SidebarKind.CIRCLE: Section.CIRCLES,
    SidebarKind.TAG: Section.TAGS,
    SidebarKind.ORGANIZATION: Section.ORGANIZATIONS,
}


class SidebarRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2
    COUNT = Qt.ItemDataRole.UserRole + 3
    SECTION = Qt.ItemDataRole.UserRole + 4
    COLLAPSED = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True, slots=True)
class SidebarItem:
    kind: SidebarKind
    key: str | int | None
    label: str
    count: int = 0
    section: Section = Section.VIEWS


class SidebarModel(QAbstractListModel):
    """Signals:
    collapsed_changed: a section was folded or unfolded (``collapsed()`` tells which).
    """

    collapsed_changed = Signal()

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
        self._facets: Facets | None = None
        self._collapsed: set[Section] = set()
        self._all_organizations = False
        self._total = 0
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
        service.changed.connect(self.on_change)
        if load:
            self.refresh()

    def set_smart_lists(self, lists: Callable[[], list[tuple[str, str]]]) -> None:
        """Where the saved searches are read from, at each count."""
        self._smart_lists = lists

    def on_change(self, change: Change) -> None:
        """Count again soon after a change to contacts (from any service: an ask's follow-up
        makes its person due)."""
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
        self._facets = facets
        self._total = facets.total
        self._overdue = facets.overdue
        self._rebuild()

    def _rebuild(self) -> None:
        if self._facets is None:
            return
        self.beginResetModel()
        try:
            self._items = self._build(self._facets)
        finally:
            self.endResetModel()

    def collapsed(self) -> list[str]:
        return sorted(s.value for s in self._collapsed)

    def set_collapsed(self, sections: list[str]) -> None:
        """Fold the sections named (``Section`` values; unknown names are ignored)."""
        known = {s.value: s for s in Section}
        self._collapsed = {known[name] for name in sections if name in known}
        self._rebuild()

    def toggle(self, row: int) -> None:
        """Fold or unfold the section of the header at ``row``, or show more or fewer
        organisations for the "Show all…" row."""
        item = self.item(row)
        if item is None:
            return
        if item.kind is SidebarKind.MORE:
            self._all_organizations = not self._all_organizations
            self._rebuild()
        elif item.kind is SidebarKind.HEADER:
            self._collapsed ^= {item.section}
            self._rebuild()
            self.collapsed_changed.emit()

    def _sorted(self, facets: list[SidebarItem]) -> list[SidebarItem]:
        return sorted(facets, key=lambda f: self._collator.sortKey(f.label))

    def _build(self, facets: Facets) -> list[SidebarItem]:
        views = [
            SidebarItem(SidebarKind.ALL, None, self.tr("All contacts"), facets.total),
            SidebarItem(SidebarKind.DUE, None, self.tr("Due to reach out"), facets.due),
            SidebarItem(SidebarKind.FAVOURITES, None, self.tr("Favourites"), facets.favourites),
            SidebarItem(SidebarKind.RECENT, None, self.tr("Recently added"), facets.recent),
            SidebarItem(SidebarKind.TRASH, None, self.tr("Trash"), facets.trash),
        ]
        counts = {str(f.key): f.count for f in facets.circles}
        circles = [
            SidebarItem(
                SidebarKind.CIRCLE, c.value, circle_label(c.value), counts[c.value], Section.CIRCLES
            )
            for c in Circle
            if counts.get(c.value)
        ]
        tags = self._sorted(
            [
                SidebarItem(SidebarKind.TAG, f.key, f.name, f.count, Section.TAGS)
                for f in facets.tags
            ]
        )
        items: list[SidebarItem] = []
        for section, title, rows in (
            (Section.VIEWS, self.tr("Views"), views),
            (Section.CIRCLES, self.tr("Circles"), circles),
            (Section.TAGS, self.tr("Tags"), tags),
            (Section.ORGANIZATIONS, self.tr("Organisations"), self._organizations(facets)),
            (Section.SMART, self.tr("Smart lists"), self._smart),
        ):
            if rows:
                items.append(SidebarItem(SidebarKind.HEADER, section.value, title, 0, section))
                if section not in self._collapsed:
                    items += rows
        return items

    def _organizations(self, facets: Facets) -> list[SidebarItem]:
        """The largest organisations by name, then "Show all…"; or all, then "Show fewer"."""
        section = Section.ORGANIZATIONS
        orgs = [
            SidebarItem(SidebarKind.ORGANIZATION, f.key, f.name, f.count, section)
            for f in facets.organizations
        ]
        if len(orgs) <= ORGANISATIONS_SHOWN:
            return self._sorted(orgs)
        if self._all_organizations:
            more = SidebarItem(SidebarKind.MORE, None, self.tr("Show fewer"), 0, section)
            return [*self._sorted(orgs), more]
        largest = sorted(orgs, key=lambda o: -o.count)[:ORGANISATIONS_SHOWN]
        more = SidebarItem(SidebarKind.MORE, None, self.tr("Show all…"), len(orgs), section)
        return [*self._sorted(largest), more]

    def total(self) -> int:
        """All live contacts, as of the last refresh."""
        return self._total

    def overdue(self) -> int:
        """Live contacts due today or earlier, as of the last refresh."""
        return self._overdue

    def trashed(self) -> int:
        """Contacts in the Trash, as of the last refresh."""
        return self._facets.trash if self._facets is not None else 0

    def item(self, row: int) -> SidebarItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, kind: SidebarKind, key: str | int | None) -> int | None:
        for row, item in enumerate(self._items):
            if item.kind is kind and item.key == key:
                return row
        return None

    def index_of(self, kind: SidebarKind, key: str | int | None = None) -> QModelIndex:
        """The row of ``kind`` and ``key``, its section unfolded (and every organisation
        listed) if need be, for the window to show that view; invalid if there is none."""
        row = self.row_of(kind, key)
        if row is None and self._facets is not None:
            section = _SECTION_OF.get(kind, Section.VIEWS)
            self._all_organizations |= kind is SidebarKind.ORGANIZATION
            folded = section in self._collapsed
            self._collapsed.discard(section)
            self._rebuild()
            if folded:
                self.collapsed_changed.emit()
            row = self.row_of(kind, key)
        return self.index(row) if row is not None else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._items[index.row()].kind in NOT_VIEWS:
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
            # Isolated: an Arabic tag in an English list (or the reverse) keeps its own
            # direction, the delegate aligning it and its count to the interface.
            return item.label if header else isolate(item.label)
        if role == Qt.ItemDataRole.ToolTipRole and item.kind not in NOT_VIEWS:
            return self.tr("%n contact(s)", "", item.count)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if header:
                state = self.tr("collapsed") if item.section in self._collapsed else ""
                return f"{item.label} {state}".strip()
            if item.kind in NOT_VIEWS:
                return item.label
            return f"{item.label}, {self.tr('%n contact(s)', '', item.count)}"
        if role == Qt.ItemDataRole.FontRole and header:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            return font
        if role == SidebarRole.KIND:
            return item.kind.value
        if role == SidebarRole.KEY:
            return item.key
        if role == SidebarRole.COUNT:
            return item.count
        if role == SidebarRole.SECTION:
            return item.section.value
        if role == SidebarRole.COLLAPSED:
            return item.section in self._collapsed
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
        items.append(SidebarItem(SidebarKind.SMART, text, name, found, Section.SMART))
    return items
