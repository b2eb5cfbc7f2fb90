"""Network → Who I Know Where…: organisations, their people now and formerly, searchable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
)

from netdesk.models.organizations import OrganizationTableModel, OrgColumn
from netdesk.services.background import Latest, Task
from netdesk.services.queries import OrgSummary, organizations, people_at
from netdesk.ui.bidi import isolate
from netdesk.ui.follow_changes import FollowChanges
from netdesk.ui.sizing import fit_to_content

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts

_ID = Qt.ItemDataRole.UserRole


class OrganizationsDialog(QDialog):
    """Double-clicking a person shows them in the main window.

    Signals:
        loaded: the organisations of the latest refresh are shown.
    """

    loaded = Signal()

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.widget)
        self.window_ = window
        self.setWindowTitle(self.tr("Who I Know Where"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find an organisation…"))
        self.search.setAccessibleName(self.tr("Find an organisation"))
        self.search.setClearButtonEnabled(True)
        self.model = OrganizationTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            OrgColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People there"))
        self.people.itemDoubleClicked.connect(self._on_person)
        self.hint = QLabel(self.tr("Ask someone here for an introduction or a referral."))
        self.hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.table)
        right = QVBoxLayout()
        right.addWidget(self.people)
        right.addWidget(self.hint)
        panes = QHBoxLayout()
        panes.addLayout(left, 3)
        panes.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(panes)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_org)
        # Open beside the main window: an edit there (someone moved on) shows up here.
        self.follow = FollowChanges(self, self.refresh, window.context)
        self.loading = False
        self._latest = Latest()
        self.people.addItem(self.tr("Loading…"))
        self.refresh()
        fit_to_content(self, QSize(820, 520))

    def refresh(self) -> None:
        """Re-read the organisations on a worker (counting everyone at each of them reads
        every contact); ``loaded`` once they are shown, the one selected kept."""
        self.loading = True
        Task(
            lambda _cancel: organizations(), parent=self, success=self._show, latest=self._latest
        ).run_in_background()

    def _show(self, orgs: list[OrgSummary]) -> None:
        current = self.model.org_at(self.table.currentIndex().row())
        if not self.model.rowCount():
            self.people.clear()  # the "Loading…" line
        self.model.set_organizations(orgs)
        self.loading = False
        if current is not None:
            for row in range(self.model.rowCount()):
                org = self.model.org_at(row)
                if org is not None and org.id == current.id:
                    self.table.selectRow(row)
                    break
        self.loaded.emit()

    def _on_org(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.people.clear()
        org = self.model.org_at(current.row()) if current.isValid() else None
        if org is None:
            return
        now, before = people_at(org.id)
        rows = self.window_.context.contacts.rows(now + before)
        for title, ids in (
            (self.tr("Works there now"), now),
            (self.tr("Used to work there"), before),
        ):
            if not ids:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.people.addItem(header)
            for cid in ids:
                row = rows.get(cid)
                if row is None:
                    continue
                text = isolate(row.display_name) + (
                    " — " + isolate(row.job_title) if row.job_title else ""
                )
                item = QListWidgetItem(text)
                item.setData(_ID, cid)
                self.people.addItem(item)

    def _on_person(self, item: QListWidgetItem) -> None:
        cid = item.data(_ID)
        if isinstance(cid, int):
            self.window_.show_contact_anywhere(cid)
