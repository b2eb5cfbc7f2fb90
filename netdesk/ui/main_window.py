"""The main window: sidebar, contact table, contact card and timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from netdesk.models.contact_table import ContactTableModel
from netdesk.models.labels import set_hijri_dates
from netdesk.models.sidebar import NOT_VIEWS, SidebarKind, SidebarModel
from netdesk.models.timeline import TimelineModel
from netdesk.services.queries import ContactQuery, SortColumn, due_cutoff
from netdesk.settings import Settings
from netdesk.ui import window_later, window_wiring
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.due_banner import DueBanner
from netdesk.ui.empty_state import EmptyState
from netdesk.ui.first_menus import add_menus, set_icons
from netdesk.ui.first_paint import after_first_paint
from netdesk.ui.notice_bar import NoticeBar
from netdesk.ui.search_panel import SearchPanel
from netdesk.ui.sidebar_view import SidebarView
from netdesk.ui.theme import SPACE_XS
from netdesk.ui.window_widgets import (
    column,
    contact_table,
    main_toolbar,
    restore_layout,
    save_layout,
    selected_rows,
    single_shot,
    splitter,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from netdesk.services.changes import Change
    from netdesk.services.context import AppContext
    from netdesk.ui.contact_card import ContactCard
    from netdesk.ui.keyboard import TableKeys
    from netdesk.ui.timeline_view import TimelineView


class MainWindow(QMainWindow):
    """Built in two parts: what the first frame shows (table, sidebar, search, the menus'
    titles, the card's and timeline's room) and the rest (actions, card, timeline, keys).

    ``staged``: the rest is built after the first paint, a part per turn of the event
    loop (``window_later``), so the table appears sooner and no turn takes long; until
    then ``built`` is False. Otherwise everything is built before the constructor returns.
    """

    # Made by ``window_later`` once the first frame is painted.
    card: ContactCard
    timeline_view: TimelineView
    timeline_title: QLabel
    timeline_box: QWidget
    keys: TableKeys

    def __init__(
        self,
        context: AppContext,
        settings: Settings,
        language: str = "en",
        dialogs: Dialogs | None = None,
        *,
        staged: bool = False,
    ) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.language = language
        self.dialogs = dialogs or Dialogs()
        self.built = False
        self._when_built: list[Callable[[], object]] = []
        # The Hijri date is an Arabic-interface option; models read it when they format dates.
        set_hijri_dates(language == "ar" and settings.hijri)
        self.setObjectName("mainWindow")
        self.setWindowTitle("NetDesk")
        self.setAcceptDrops(True)
        self.contacts = ContactTableModel(context.contacts, self)
        self.contacts.set_query(ContactQuery(arabic_first=language == "ar"))
        # Counting every circle, tag and organisation reads the whole table: on a worker
        # thread started after the window is built (``_load_counts``).
        self.sidebar_model = SidebarModel(context.contacts, self, load=False)
        self.timeline = TimelineModel(context.interactions, self)
        self._current_id: int | None = None
        # The contact the card and timeline show, so a reset that keeps it selected
        # (a keystroke, a sort) does not load it again.
        self._shown_id: int | None = None
        self._typing = False
        self._banner_pending = False
        self._counted = False  # the sidebar's counts (the total, who is due) are in
        self._card_timer = single_shot(self, 250, self._on_card_timer)
        self._view_sorts: dict[tuple[SidebarKind, object], tuple[SortColumn, bool]] = {}
        self._build_widgets()
        self.parts = window_wiring.parts_of(self, self)
        # The toolbar's actions; the others come with the modules that register them.
        from netdesk.ui import contact_actions  # noqa: F401
        from netdesk.ui.actions import Actions

        self.actions_ = Actions(self.parts)
        set_icons(self.actions_)
        self.menus = add_menus(self.menuBar())
        self.toolbar, self.search = main_toolbar(self, self.actions_, self._focus_search)
        self.search_panel = SearchPanel(self.parts, self.search, self.table, self.contacts,
            self.sidebar, self.sidebar_model, self.table_box, self.columns.fit)  # fmt: skip
        self._search_timer = single_shot(self, 60, self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.contacts.modelAboutToBeReset.connect(self._remember_current)
        self.contacts.modelReset.connect(self._after_reset)
        self.contacts.total_changed.connect(self._update_status)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        self.sidebar.selectionModel().currentRowChanged.connect(self._on_sidebar)
        context.contacts.changed.connect(self._on_contacts_changed)
        context.network.changed.connect(self._on_contacts_changed)
        context.network.changed.connect(self.sidebar_model.on_change)
        self.sidebar_model.modelReset.connect(self._on_counts_refreshed)
        self.banner.set_count(settings.last_overdue)
        self._restore_state()
        self._after_reset()
        self._later = window_later.steps(self)
        if not staged:
            while self._later:
                self._later.pop(0)()

    # Building ----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.sidebar: QListView = SidebarView(self.sidebar_model, self.settings)
        self.sidebar.setAccessibleName(self.tr("Circles, tags and organisations"))
        self.table = contact_table(self.contacts)
        # Dates (wider in Arabic, and with the Hijri date) and circles get the room their
        # longest value needs; names and organisations share the rest, elided.
        from netdesk.ui.contact_list import ListLook
        from netdesk.ui.table_columns import fit_columns

        self.columns = fit_columns(self.table)
        self.list_look = ListLook(self.table, self.contacts, self.settings, self.columns)
        self.empty = EmptyState()
        self.banner = DueBanner()
        self.banner.show_requested.connect(self.show_due)
        self.notice = NoticeBar()
        self.table_box = column(self.banner, self.notice, self.table, spacing=SPACE_XS)
        vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        # The card and the timeline take this room when they are made (``window_later``).
        right = splitter("rightSplitter", vertical, [QWidget(), QWidget()], [540, 220])
        self.splitter = splitter(
            "mainSplitter", horizontal, [self.sidebar, self.table_box, right], [190, 640, 380]
        )
        self.splitter.setStretchFactor(1, 1)
        self.right_splitter = right
        # The welcome takes the whole window while the network is empty: no empty sidebar,
        # card or timeline beside it.
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.setCentralWidget(self.stack)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

    def when_built(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the whole window is built (now, if it is)."""
        if self.built:
            callback()
        else:
            self._when_built.append(callback)

    def finish_building(self) -> None:
        """The last part is in: show the current contact, start counting, run the waiters."""
        self.built = True
        self.update_actions()
        # The card fills in a turn of its own.
        QTimer.singleShot(0, self, self._show_current)
        QTimer.singleShot(0, self._load_counts)
        waiting, self._when_built = self._when_built, []
        for callback in waiting:
            callback()

    def _build_next(self) -> None:
        if self._later:
            self._later.pop(0)()
        if self._later:
            QTimer.singleShot(0, self, self._build_next)

    def update_actions(self) -> None:
        """Enable the actions for what is selected and shown."""
        from netdesk.ui.actions import ActionState

        selected = self.table.selectionModel().hasSelection()
        state = ActionState(selected, self.in_trash(), self._current_id is not None)
        self.actions_.update(state)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return [self.contacts.id_at(r) for r in selected_rows(self.table)]

    def current_id(self) -> int | None:
        return self._current_id

    def select_contact(self, contact_id: int) -> bool:
        row = self.contacts.row_of(contact_id)
        if row is None:
            return False
        index = self.contacts.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._current_id = (
            self.contacts.id_at(index.row()) if index.isValid() else (self._current_id)
        )

    def _after_reset(self) -> None:
        self._show_welcome_if_empty()
        # Only among the rows already read: finding a contact further down would read
        # every id of the result, a sort of the whole network in a large one.
        current = self._current_id
        if (
            current is None
            or self.contacts.row_of(current, load=False) is None
            or not self.select_contact(current)
        ):
            if self.contacts.rowCount() and self.isVisible():
                self.select_contact(self.contacts.id_at(0))
            elif not self.contacts.rowCount():
                self._show_contact(None)
        self._update_status()

    def _on_counts_refreshed(self) -> None:
        # Every recount (at start, after logging someone, after an import) counted who is
        # due in the same scan: the banner and the sidebar always agree.
        self._banner_pending = False
        self._counted = True
        self.settings.last_overdue = self.sidebar_model.overdue()
        self.banner.set_count(self.sidebar_model.overdue())
        self._show_welcome_if_empty()
        self._update_status()

    def _show_welcome_if_empty(self) -> None:
        # The sidebar's counts, not a fresh facets() query (that reads every contact). Only
        # deleted people keep the window too, so the Trash (listed even empty) stays in reach.
        has_any = (
            self.sidebar_model.total() > 0
            or self.contacts.rowCount() > 0
            or self.sidebar_model.trashed() > 0
        )
        self.stack.setCurrentWidget(self.splitter if has_any else self.empty)

    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = self.contacts.id_at(current.row()) if current.isValid() else None
        if contact_id is not None and contact_id == self._shown_id:
            self._current_id = contact_id
            self._card_timer.stop()
            return
        if self._typing:
            self._current_id = contact_id
            self._card_timer.start()
            return
        self._card_timer.stop()
        self._show_contact(contact_id)

    def _on_card_timer(self) -> None:
        if self._current_id != self._shown_id:
            self._show_contact(self._current_id)

    def _show_contact(self, contact_id: int | None) -> None:
        self._current_id = contact_id
        if not self.built:
            return  # shown when the card is made (``finish_building``)
        self._shown_id = contact_id
        self.update_actions()
        if contact_id is None or not self.context.contacts.exists(contact_id):
            self._shown_id = None
            self.card.show_contact(None, None)
            self.timeline.set_contact(None)
            self.timeline_title.setText("")
            return
        data = self.context.contacts.get(contact_id)
        row = self.context.contacts.rows([contact_id]).get(contact_id)
        self.card.show_contact(data, row, window_wiring.ledger(self.context, contact_id, data.uid))
        self.timeline.set_contact(contact_id)
        self.timeline_title.setText(
            self.tr("Timeline — %n interaction(s)", "", self.timeline.interactions)
        )

    def show_organization(self, name: str) -> None:
        """Filter the table to everyone at the organisation called ``name``."""
        org_id = self.context.contacts.organization_named(name)
        index = self.sidebar_model.index_of(SidebarKind.ORGANIZATION, org_id)
        if index.isValid():
            self.sidebar.setCurrentIndex(index)

    def _on_contacts_changed(self, change: Change) -> None:
        if self._current_id is not None and self._current_id in change.ids:
            self._show_contact(
                self._current_id if self.context.contacts.exists(self._current_id) else None
            )
        self._update_status()

    # Search and filters ------------------------------------------------------------------
    def search_now(self) -> None:
        """Apply the search text at once (Enter does not wait for the typing pause)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()

    def _apply_search(self) -> None:
        # While typing, the first match changes with every key: the table follows at once,
        # the card and timeline once the typing pauses (see _on_current_row).
        self._typing = True
        try:
            self.contacts.set_query(replace(self.contacts.query, text=self.search.text()))
        finally:
            self._typing = False

    def _on_sidebar(self, current: QModelIndex, previous: QModelIndex) -> None:
        item = self.sidebar_model.item(current.row())
        if item is None or item.kind in NOT_VIEWS:
            return
        # Each view keeps its own sort: leaving Due (by next due) must not leave All contacts
        # sorted by next due, nor print the list in that order.
        before = self.sidebar_model.item(previous.row()) if previous.isValid() else None
        if before is not None:
            self._view_sorts[(before.kind, before.key)] = (
                self.contacts.query.sort,
                self.contacts.query.descending,
            )
        from netdesk.ui.sidebar_views import default_sort, view_query

        sort, descending = self._view_sorts.get((item.kind, item.key), default_sort(item))
        query = view_query(item, self.contacts.query, sort, descending)
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)  # the query below sorts; no second query
        header.setSortIndicator(
            sort, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(blocked)
        header.viewport().update()
        self.contacts.set_query(query)
        self.update_actions()

    def in_trash(self) -> bool:
        return self.contacts.query.trash

    def show_due(self) -> None:
        """Select the Due view: overdue first, by how overdue, then due this week."""
        index = self.sidebar_model.index_of(SidebarKind.DUE)
        if index.isValid():
            self.sidebar.setCurrentIndex(index)

    def overdue_count(self) -> int:
        return self.context.contacts.due_count(due_cutoff(dt.date.today()))

    def _update_status(self) -> None:
        total_shown = self.contacts.total()
        # While a large result is being counted, the rows read so far.
        shown = self.contacts.rowCount() if total_shown is None else total_shown
        total = self.sidebar_model.total()
        selected = len(selected_rows(self.table))
        text = self.tr("%n contact(s) shown", "", shown)
        if shown != total and self._counted:  # "of 0" until the total is counted
            text += " " + self.tr("of %n", "", total)
        if selected > 1:
            text += " · " + self.tr("%n selected", "", selected)
        self.status.setText(text)

    # State -------------------------------------------------------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        # Saved under a new name: the full-height card starts from its own default, not
        # from the short card an earlier version left.
        return {"splitter": self.splitter, "card_splitter": self.right_splitter}

    def _restore_state(self) -> None:
        restore_layout(self.settings, self, self._splitters(), self.table)

    def save_state(self) -> None:
        save_layout(self.settings, self, self._splitters(), self.table)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            from netdesk.ui.capture_flow import open_paths

            # Let the drag finish before a modal preview opens. Exports of conversations
            # go to the capture, contact files to the import.
            QTimer.singleShot(0, lambda: open_paths(self.parts, paths))

    def reload_everything(self) -> None:
        """After the database itself was replaced (restore): re-read every view."""
        self._current_id = None
        self._shown_id = None
        self.sidebar_model.refresh()
        self.contacts.refresh()
        self.banner.set_count(self.overdue_count())

    def show_contact_anywhere(self, contact_id: int) -> None:
        """Select a contact, leaving any filter or search that hides them."""
        if not self.select_contact(contact_id):
            self.search.clear()
            self.sidebar.setCurrentIndex(self.sidebar_model.index_of(SidebarKind.ALL))
            self.contacts.set_query(replace(self.contacts.query, text="", ids=None))
            self.select_contact(contact_id)
        self.bring_to_front()

    def _load_counts(self) -> None:
        self._banner_pending = True
        self.sidebar_model.refresh_in_background()

    def show_warning(self, text: str) -> None:
        self.dialogs.warn(self, "NetDesk", text)

    def bring_to_front(self) -> None:
        """Another start of NetDesk on this folder asked us to show ourselves."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first contact's card and timeline (and, staged, the rest of the window) fill
        # in right after the first frame, so the window appears without them. The frame is
        # the table's, or the welcome's when the network is empty (its table never paints).
        first_frame = [self.table.viewport(), self.empty]
        after_first_paint(first_frame, self._build_next if self._later else self._select_first)

    def _show_current(self) -> None:
        if self._current_id is not None:
            self._show_contact(self._current_id)
        elif self.isVisible():
            self._select_first()

    def _select_first(self) -> None:
        if self._current_id is None and self.contacts.rowCount():
            self.select_contact(self.contacts.id_at(0))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
