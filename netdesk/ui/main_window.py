"""The main window: sidebar, contact table, contact card and timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.models.contact_table import Column, ContactTableModel
from netdesk.models.labels import circle_label, format_date, set_hijri_dates
from netdesk.models.sidebar import SidebarKind, SidebarModel
from netdesk.models.timeline import TimelineModel
from netdesk.services.changes import Change
from netdesk.services.context import AppContext
from netdesk.services.queries import ContactQuery, due_cutoff
from netdesk.settings import Settings
from netdesk.ui.contact_card import CardLedger, ContactCard, open_ask_day
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.due_banner import DueBanner
from netdesk.ui.empty_state import EmptyState
from netdesk.ui.first_paint import after_first_paint
from netdesk.ui.main_actions import MainActions
from netdesk.ui.network_actions import NetworkActions
from netdesk.ui.notice_bar import NoticeBar
from netdesk.ui.timeline_view import TimelineView


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        settings: Settings,
        language: str = "en",
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.language = language
        self.dialogs = dialogs or Dialogs()
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
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(250)
        self._card_timer.timeout.connect(self._on_card_timer)
        self._view_sorts: dict[tuple[SidebarKind, object], tuple[Column, bool]] = {}
        self._build_widgets()
        self.actions_ = MainActions(self)
        self.network_actions = NetworkActions(self)
        self._build_toolbar()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        from netdesk.ui.keyboard import TableKeys

        self.keys = TableKeys(self)
        self.contacts.modelAboutToBeReset.connect(self._remember_current)
        self.contacts.modelReset.connect(self._after_reset)
        self.contacts.total_changed.connect(self._update_status)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        self.sidebar.selectionModel().currentRowChanged.connect(self._on_sidebar)
        context.contacts.changed.connect(self._on_contacts_changed)
        context.network.changed.connect(self._on_contacts_changed)
        self.sidebar_model.modelReset.connect(self._on_counts_refreshed)
        self._restore_state()
        self._after_reset()
        QTimer.singleShot(0, self._load_counts)

    # Building ----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.sidebar = QListView()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setAccessibleName(self.tr("Circles, tags and organisations"))
        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setModel(self.contacts)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for column, width in enumerate((200, 170, 150)):
            header.resizeSection(column, width)
        # Dates (wider in Arabic, and with the Hijri date) and circles get the room their
        # longest value needs; names and organisations share the rest, elided.
        from netdesk.ui.table_columns import fit_columns

        self.columns = fit_columns(self.table)
        self.table.doubleClicked.connect(lambda _i: self.actions_.edit_contact())
        self.empty = EmptyState()
        self.banner = DueBanner()
        self.banner.show_requested.connect(self.show_due)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(2)
        table_layout.addWidget(self.banner)
        self.notice = NoticeBar()
        table_layout.addWidget(self.notice)
        table_layout.addWidget(self.table)
        self.table_box = table_box
        self.stack = QStackedWidget()
        self.stack.addWidget(table_box)
        self.stack.addWidget(self.empty)
        self.card = ContactCard()
        card_scroll = QScrollArea()
        card_scroll.setWidget(self.card)
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.timeline_view = TimelineView()
        self.timeline_view.setObjectName("timeline")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline_view.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline_title = QLabel()
        self.timeline_title.setObjectName("timelineTitle")
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("rightSplitter")
        right.addWidget(card_scroll)
        timeline_box = QWidget()
        box = QVBoxLayout(timeline_box)
        box.setContentsMargins(6, 0, 6, 0)
        box.addWidget(self.timeline_title)
        box.addWidget(self.timeline_view)
        right.addWidget(timeline_box)
        right.setSizes([260, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 640, 380])
        self.right_splitter = right
        self.setCentralWidget(self.splitter)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.empty.add_requested.connect(lambda: self.actions_.new_contact())
        self.empty.import_requested.connect(lambda: self.actions_.import_files())
        self.card.edit_requested.connect(lambda: self.actions_.edit_contact())
        self.card.log_requested.connect(lambda: self.actions_.log_interaction())
        self.card.organization_requested.connect(self.show_organization)
        self.card.conflict_resolved.connect(self._on_conflict_resolved)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.actions_
        bar.addAction(a.new)
        bar.addAction(a.log)
        reached = a.reached.menuAction()
        bar.addAction(reached)
        button = bar.widgetForAction(reached)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addAction(a.delete)
        spacer = QWidget()
        from PySide6.QtWidgets import QSizePolicy

        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, organisations, emails, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        bar.addWidget(self.search)
        self.addToolBar(bar)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        clear = QAction(self)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.contacts.id_at(r) for r in rows]

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
        # The sidebar's counts, not a fresh facets() query: that reads every contact.
        has_any = self.sidebar_model.total() > 0 or self.contacts.rowCount() > 0
        self.stack.setCurrentWidget(self.table_box if has_any else self.empty)
        # Only among the rows already read: finding a contact further down would read
        # every id of the result (a sort at 100,000 contacts would cost 0.2 s).
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
        self.banner.set_count(self.sidebar_model.overdue())
        has_any = self.sidebar_model.total() > 0 or self.contacts.rowCount() > 0
        self.stack.setCurrentWidget(self.table_box if has_any else self.empty)
        self._update_status()

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
        self._shown_id = contact_id
        self.network_actions.update_enabled()
        if contact_id is None or not self.context.contacts.exists(contact_id):
            self._shown_id = None
            self.card.show_contact(None, None)
            self.timeline.set_contact(None)
            self.timeline_title.setText("")
            return
        data = self.context.contacts.get(contact_id)
        row = self.context.contacts.rows([contact_id]).get(contact_id)
        self.card.show_contact(data, row, self._ledger(contact_id, data.uid))
        self.timeline.set_contact(contact_id)
        self.timeline_title.setText(
            self.tr("Timeline — %n interaction(s)", "", self.timeline.interactions)
        )

    def _ledger(self, contact_id: int, uid: str) -> CardLedger:
        from netdesk.services import queries

        locale = QLocale()
        every = queries.asks_for(contact_id)
        asks = [a for a in every if a.status == "open" and not a.is_offer]
        events = queries.events_for(contact_id, count_attendees=False)
        org_id = self.context.contacts.organization_id(contact_id)
        colleagues = self.context.contacts.count_at_organization(org_id) - 1 if org_id else 0
        return CardLedger(
            balance=queries.balance(contact_id),
            open_asks=[(open_ask_day(a, locale), a.what) for a in asks],
            events=[(format_date(e.date, locale), e.name) for e in events],
            colleagues=max(0, colleagues),
            conflicts=self._conflicts(uid),
            closed_asks=tuple(a for a in every if a.status != "open"),
        )

    def _conflicts(self, uid: str) -> tuple[tuple[int, str, str, str], ...]:
        return tuple(self.context.contacts.open_conflicts(uid))

    def _on_conflict_resolved(self, conflict_id: int, take_remote: bool) -> None:
        self.context.contacts.resolve_conflict(conflict_id, take_remote)

    def show_organization(self, name: str) -> None:
        """Filter the table to everyone at the organisation called ``name``."""
        org_id = self.context.contacts.organization_named(name)
        row = self.sidebar_model.row_of(SidebarKind.ORGANIZATION, org_id)
        if row is not None:
            self.sidebar.setCurrentIndex(self.sidebar_model.index(row))

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
        if item is None:
            return
        # Each view keeps its own sort: leaving Due (by next due) must not leave All contacts
        # sorted by next due, nor print the list in that order.
        before = self.sidebar_model.item(previous.row()) if previous.isValid() else None
        if before is not None:
            self._view_sorts[(before.kind, before.key)] = (
                self.contacts.query.sort,
                self.contacts.query.descending,
            )
        default = (Column.NEXT_DUE, False) if item.kind is SidebarKind.DUE else (Column.NAME, False)
        sort, descending = self._view_sorts.get((item.kind, item.key), default)
        query = replace(
            self.contacts.query,
            circle=None,
            tag_id=None,
            organization_id=None,
            favourites=False,
            due_by=None,
            ids=None,
            trash=item.kind is SidebarKind.TRASH,
            sort=sort,
            descending=descending,
        )
        if item.kind is SidebarKind.CIRCLE:
            query = replace(query, circle=str(item.key))
        elif item.kind is SidebarKind.TAG:
            query = replace(query, tag_id=int(item.key or 0))
        elif item.kind is SidebarKind.ORGANIZATION:
            query = replace(query, organization_id=int(item.key or 0))
        elif item.kind is SidebarKind.FAVOURITES:
            query = replace(query, favourites=True)
        elif item.kind is SidebarKind.DUE:
            query = replace(query, due_by=due_cutoff(dt.date.today()))
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)  # the query below sorts; no second query
        header.setSortIndicator(
            sort, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(blocked)
        header.viewport().update()
        self.contacts.set_query(query)
        self.actions_.update_enabled()

    def in_trash(self) -> bool:
        return self.contacts.query.trash

    def show_due(self) -> None:
        """Select the Due view: overdue first, by how overdue, then due this week."""
        row = self.sidebar_model.row_of(SidebarKind.DUE, None)
        if row is not None:
            self.sidebar.setCurrentIndex(self.sidebar_model.index(row))

    def overdue_count(self) -> int:
        return self.context.contacts.due_count(due_cutoff(dt.date.today()))

    def _update_status(self) -> None:
        total_shown = self.contacts.total()
        # While a large result is being counted, the rows read so far.
        shown = self.contacts.rowCount() if total_shown is None else total_shown
        total = self.sidebar_model.total()
        selected = len(self.table.selectionModel().selectedRows())
        text = self.tr("%n contact(s) shown", "", shown)
        if shown != total:
            text += " " + self.tr("of %n", "", total)
        if selected > 1:
            text += " · " + self.tr("%n selected", "", selected)
        self.status.setText(text)

    def circle_names(self) -> list[tuple[str, str]]:
        return [(c.value, circle_label(c.value)) for c in Circle]

    # State -------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        for name, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("splitter", self.splitter.restoreState),
            ("right_splitter", self.right_splitter.restoreState),
            ("table_header", self.table.horizontalHeader().restoreState),
        ):
            state = self.settings.window_state(name)
            if state is not None:
                restore(state)
        if self.settings.window_state("geometry") is None:
            self.resize(1280, 800)

    def save_state(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("state", self.saveState())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.set_window_state("right_splitter", self.right_splitter.saveState())
        self.settings.set_window_state("table_header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            from netdesk.ui.import_flow import run_import

            # Let the drag finish before a modal preview opens.
            QTimer.singleShot(0, lambda: run_import(self, paths))

    def reload_everything(self) -> None:
        """After the database itself was replaced (restore): re-read every view."""
        self._current_id = None
        self._shown_id = None
        self.sidebar_model.refresh()
        self.contacts.refresh()
        self.banner.set_count(self.overdue_count())

    def _timeline_menu(self, pos: QPoint) -> None:
        menu = self.timeline_menu(self.timeline_view.indexAt(pos))
        menu.exec(self.timeline_view.viewport().mapToGlobal(pos))

    def timeline_menu(self, index: QModelIndex) -> QMenu:
        return self.keys.timeline_menu(index)

    def show_contact_anywhere(self, contact_id: int) -> None:
        """Select a contact, leaving any filter or search that hides them."""
        if not self.select_contact(contact_id):
            self.search.clear()
            self.sidebar.setCurrentIndex(self.sidebar_model.index(0))
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
        # The first contact's card and timeline fill in right after the table's first
        # frame (30 ms at start-up), so the window appears without waiting for them.
        after_first_paint(self.table.viewport(), self._select_first)

    def _select_first(self) -> None:
        if self._current_id is None and self.contacts.rowCount():
            self.select_contact(self.contacts.id_at(0))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
