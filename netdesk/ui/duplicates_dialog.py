"""Contacts → Find Duplicates…: review likely duplicates and merge the confirmed ones."""

from __future__ import annotations

import threading
from collections import deque
from itertools import repeat
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.services.queries import ContactRow, DuplicateGroup
from netdesk.translation import fill
from netdesk.ui.duplicates_table import COLUMNS, DuplicatesTable
from netdesk.ui.job_progress import wait_with_progress
from netdesk.ui.sizing import fit_to_content

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts

# Rows measured to fit the columns.
_MEASURED_ROWS = 100


class DuplicatesDialog(QDialog):
    """Each group is checked to be merged; clicking a person makes them the one kept."""

    def __init__(
        self,
        groups: list[DuplicateGroup],
        rows: dict[int, ContactRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find Duplicates"))
        intro = QLabel(
            self.tr(
                "These contacts look like the same person. Checked groups are merged into the "
                "contact marked “kept”: empty fields are filled, emails, phones, links, tags and "
                "timelines are combined, and nothing you wrote is overwritten. Click a person to "
                "keep them instead. Groups that only may be one person (the same name at the "
                "same organisation, say) are left unchecked: check them if they are. "
                "Edit → Undo reverses the merge."
            )
        )
        intro.setWordWrap(True)
        self._reasons = {
            "same email": self.tr("same email"),
            "same phone number": self.tr("same phone number"),
            "same profile link": self.tr("same profile link"),
            "same name and organisation": self.tr("same name and organisation"),
        }
        headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Email"), self.tr("Phone")]
        kept = "  " + self.tr("(kept)")
        self.model = DuplicatesTable(groups, rows, self._why, kept, headers, self)
        self.model.group_background = self.palette().color(QPalette.ColorRole.AlternateBase)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One line a row: the view need not ask each row for its height.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Columns fit the first rows, not every member of every group.
        self.table.horizontalHeader().setResizeContentsPrecision(_MEASURED_ROWS)
        # A group's line reads across the table.
        starts = self.model.starts
        deque(map(self.table.setSpan, starts, repeat(0), repeat(1), repeat(COLUMNS)), maxlen=0)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._on_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge Checked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(bool(groups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_content(self, QSize(760, 480))

    def _why(self, group: DuplicateGroup) -> str:
        """A group's line: why its members look like one person."""
        why = ", ".join(sorted(self._reasons.get(r, r) for r in group.reasons))
        if not group.likely:
            why = fill(self.tr("Possibly the same person: %1"), why)
        return why

    def _on_clicked(self, index: QModelIndex) -> None:
        self.model.keep(index.row())

    def merges(self) -> list[tuple[int, list[int]]]:
        """(kept id, other ids) for each checked group."""
        return self.model.merges()


def review_duplicates(window: WindowParts) -> None:
    found = _find_in_background(window)
    if found is None:
        return
    groups, rows = found
    if not groups:
        window.dialogs.inform(
            window.widget,
            QCoreApplication.translate("Duplicates", "Find Duplicates"),
            QCoreApplication.translate("Duplicates", "No likely duplicates."),
        )
        return
    dialog = DuplicatesDialog(groups, rows, window.widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    # One undo step; many merges run on a worker behind a progress dialog.
    window.context.contacts.merge_groups(dialog.merges())


Found = tuple[list[DuplicateGroup], dict[int, ContactRow]]


def _find_in_background(window: WindowParts) -> Found | None:
    """Match the whole network on a worker behind a dialog that offers Cancel; None if
    cancelled. (The matching reads every contact's keys: seconds in a large network.)"""
    from netdesk.services.queries import find_duplicate_groups

    contacts = window.context.contacts

    def find(_cancel: threading.Event) -> Found:
        groups = find_duplicate_groups()
        return groups, contacts.rows([cid for g in groups for cid in g.ids])

    outcome = wait_with_progress(
        window.widget,
        QCoreApplication.translate("Duplicates", "Find Duplicates"),
        QCoreApplication.translate("Duplicates", "Looking for duplicates…"),
        find,
    )
    if outcome.error is not None:
        raise outcome.error
    return outcome.result
