"""The import preview: what will be added, merged or skipped, and why, before any write."""

from __future__ import annotations

from collections import Counter

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


class ImportPreviewDialog(QDialog):
    def __init__(
        self, source: str, plan: list[PlanItem], warnings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Contacts"))
        counts = Counter(item.action for item in plan)
        summary = QLabel(
            self.tr("%1: %2 to add, %3 to merge with contacts you have, %4 to skip.")
            .replace("%1", source)
            .replace("%2", str(counts[Action.ADD]))
            .replace("%3", str(counts[Action.MERGE]))
            .replace("%4", str(counts[Action.SKIP]))
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
        for row, item in enumerate(plan):
            data = item.incoming
            reach = (
                data.emails[0].value if data.emails else data.phones[0].value if data.phones else ""
            )
            for col, text in enumerate((names[item.action], data.best_name(), reach, item.reason)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
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
        if warnings:
            shown = warnings[:5] + (
                [self.tr("…and %n more", "", len(warnings) - 5)] if len(warnings) > 5 else []
            )
            note = QLabel("\n".join(shown))
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

    def chosen_circle(self) -> str:
        return str(self.circle.currentData())

    def chosen_tags(self) -> list[str]:
        return [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
