"""The import preview: what will be added, merged or skipped, and why, before any write."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.enums import Circle
from netdesk.models.labels import circle_label
from netdesk.services.importer import Action, PlanItem
from netdesk.ui.bidi import isolate, lines_in_ui_direction


class ImportPreviewDialog(QDialog):
    def __init__(
        self, source: str, plan: list[PlanItem], warnings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts"))
        counts = Counter(item.action for item in plan)
        locale = QLocale()
        summary = QLabel(
            self.tr("%1: %2 to add, %3 to merge with contacts you have, %4 to skip.")
            .replace("%1", isolate(source))
            .replace("%2", locale.toString(counts[Action.ADD]))
            .replace("%3", locale.toString(counts[Action.MERGE]))
            .replace("%4", locale.toString(counts[Action.SKIP]))
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Name"), self.tr("Email or phone"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        names = {
            Action.ADD: self.tr("Add"),
            Action.MERGE: self.tr("Merge"),
            Action.SKIP: self.tr("Skip"),
        }
        self._names = names
        for row, item in enumerate(plan):
            self._fill_row(row, item)
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._on_item_changed)
        self.circle = QComboBox()
        self.circle.addItem(self.tr("(keep as in the file)"), "")
        for circle in Circle:
            self.circle.addItem(circle_label(circle.value), circle.value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. LinkedIn, Conference 2026"))
        form = QFormLayout()
        form.addRow(self.tr("Circle for everyone:"), self.circle)
        form.addRow(self.tr("Tags for everyone:"), self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        possible = sum(1 for item in plan if item.possible is not None)
        if possible:
            review = QLabel(
                self.tr(
                    "%n row(s) may be a contact you have or an earlier row, with nothing to "
                    "prove it: each is added as new unless you check it to merge.",
                    "",
                    possible,
                )
            )
            review.setWordWrap(True)
            layout.addWidget(review)
        if warnings:
            shown = warnings[:5] + (
                [self.tr("…and %n more", "", len(warnings) - 5)] if len(warnings) > 5 else []
            )
            note = QLabel(lines_in_ui_direction(shown, self.isRightToLeft()))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(counts[Action.ADD] + counts[Action.MERGE] > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _fill_row(self, row: int, item: PlanItem) -> None:
        data = item.incoming
        reach = data.emails[0].value if data.emails else data.phones[0].value if data.phones else ""
        why = self._possible(item) if item.possible else self._reason(item.reason)
        differences = item.possible.differences if item.possible else item.differences
        for col, text in enumerate(
            (
                self._names[item.action],
                isolate(data.best_name()),
                isolate(reach),
                why + self._kept(differences),
            )
        ):
            cell = QTableWidgetItem(text)
            if differences:
                cell.setToolTip(self._kept_details(differences))
            self.table.setItem(row, col, cell)
        if item.possible is not None:
            # Checked: merge with whom it may be; added as new unless the user says so.
            action = self.table.item(row, 0)
            assert action is not None
            action.setFlags(action.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            action.setCheckState(Qt.CheckState.Unchecked)

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0 or not cell.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        merge = cell.checkState() == Qt.CheckState.Checked
        text = self._names[Action.MERGE if merge else Action.ADD]
        if cell.text() != text:
            cell.setText(text)

    def chosen_merges(self) -> list[int]:
        """The rows of possible duplicates the user checked to merge."""
        return [
            row
            for row in range(self.table.rowCount())
            if (cell := self.table.item(row, 0)) is not None
            and cell.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and cell.checkState() == Qt.CheckState.Checked
        ]

    def _possible(self, item: PlanItem) -> str:
        assert item.possible is not None
        why = self._reason(item.possible.reason)
        if item.possible.target is None:
            text = self.tr("possible duplicate of %1, an earlier row (%2)")
        else:
            text = self.tr("possible duplicate of %1 (%2)")
        return text.replace("%1", isolate(item.possible.name)).replace("%2", why)

    def _field(self, name: str) -> str:
        return {
            "given_name": self.tr("given name"),
            "family_name": self.tr("family name"),
            "nickname": self.tr("nickname"),
            "organization": self.tr("organisation"),
            "job_title": self.tr("title"),
            "department": self.tr("department"),
            "circle": self.tr("circle"),
            "how_met": self.tr("how you met"),
            "can_help_with": self.tr("what they can help with"),
            "location": self.tr("location"),
            "notes": self.tr("notes"),
        }.get(name, name)

    def _kept(self, differences: list[tuple[str, str, str]]) -> str:
        """Where the file differs from what you wrote: yours is kept, and the row says so."""
        if not differences:
            return ""
        fields = "، ".join if self.isRightToLeft() else ", ".join
        return " · " + self.tr("keeps your %1").replace(
            "%1", fields(self._field(f) for f, _m, _t in differences)
        )

    def _kept_details(self, differences: list[tuple[str, str, str]]) -> str:
        return "\n".join(
            self.tr("%1: yours “%2”, the file's “%3”")
            .replace("%1", self._field(f))
            .replace("%2", isolate(mine))
            .replace("%3", isolate(theirs))
            for f, mine, theirs in differences
        )

    def _reason(self, reason: str) -> str:
        """The importer's English reason in the UI language (it has no Qt of its own)."""
        known = {
            "same contact (vCard UID)": self.tr("same contact (vCard UID)"),
            "same email": self.tr("same email"),
            "same phone number": self.tr("same phone number"),
            "same profile link": self.tr("same profile link"),
            "same name and organisation": self.tr("same name and organisation"),
            "same name": self.tr("same name"),
            "no name, email or phone": self.tr("no name, email or phone"),
        }
        suffix = " as an earlier entry (merged into it)"
        if reason.endswith(suffix):
            base = reason.removesuffix(suffix)
            return self.tr("%1 as an earlier entry (merged into it)").replace(
                "%1", known.get(base, base)
            )
        return known.get(reason, reason)

    def chosen_circle(self) -> str:
        return str(self.circle.currentData())

    def chosen_tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
