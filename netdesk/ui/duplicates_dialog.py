"""Contacts → Find Duplicates…: review likely duplicates and merge the confirmed ones."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.services.queries import ContactRow, DuplicateGroup
from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.job_progress import wait_with_progress
from netdesk.ui.sizing import fit_to_content

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts

_ID = Qt.ItemDataRole.UserRole
_KEEP = Qt.ItemDataRole.UserRole + 1


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
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Possible duplicates"))
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Email"), self.tr("Phone")]
        )
        reasons = {
            "same email": self.tr("same email"),
            "same phone number": self.tr("same phone number"),
            "same profile link": self.tr("same profile link"),
            "same name and organisation": self.tr("same name and organisation"),
        }
        for group in groups:
            why = ", ".join(sorted(reasons.get(r, r) for r in group.reasons))
            if not group.likely:
                why = fill(self.tr("Possibly the same person: %1"), why)
            top = QTreeWidgetItem([why])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Only proven duplicates are merged unless the user says otherwise.
            checked = Qt.CheckState.Checked if group.likely else Qt.CheckState.Unchecked
            top.setCheckState(0, checked)
            top.setFirstColumnSpanned(True)
            for cid in sorted(group.ids):
                row = rows.get(cid)
                if row is None:
                    continue
                child = QTreeWidgetItem(
                    [isolate(t) for t in (row.display_name, row.organization, row.email, row.phone)]
                )
                child.setData(0, _ID, cid)
                child.setData(0, _KEEP, False)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            first = top.child(0)
            if first is not None:
                # The others are already unmarked: a large network has thousands of groups.
                self._mark(first, True)
        self.tree.expandAll()
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self.tree.itemClicked.connect(self._on_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge Checked"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(bool(groups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        fit_to_content(self, QSize(760, 480))

    def _set_keep(self, top: QTreeWidgetItem, index: int) -> None:
        for i in range(top.childCount()):
            child = top.child(i)
            if child is not None:
                self._mark(child, i == index)

    def _mark(self, child: QTreeWidgetItem, keep: bool) -> None:
        child.setData(0, _KEEP, keep)
        font = QFont(child.font(0))
        font.setBold(keep)
        child.setFont(0, font)
        suffix = self._kept_suffix()
        name = child.text(0).removesuffix(suffix)
        child.setText(0, name + (suffix if keep else ""))

    def _kept_suffix(self) -> str:
        return "  " + self.tr("(kept)")

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        top = item.parent()
        if top is not None:
            self._set_keep(top, top.indexOfChild(item))

    def merges(self) -> list[tuple[int, list[int]]]:
        """(kept id, other ids) for each checked group."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(g)
            if top is None or top.checkState(0) != Qt.CheckState.Checked:
                continue
            children = [c for i in range(top.childCount()) if (c := top.child(i)) is not None]
            keep = [int(c.data(0, _ID)) for c in children if c.data(0, _KEEP)]
            others = [int(c.data(0, _ID)) for c in children if not c.data(0, _KEEP)]
            if keep and others:
                out.append((keep[0], others))
        return out


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
