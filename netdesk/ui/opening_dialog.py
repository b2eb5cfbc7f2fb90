"""Add or edit an opening: organisation, title, link, where it was found, notes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.services.jobs import OpeningFields
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.sizing import fit_to_content


class OpeningDialog(QDialog):
    def __init__(
        self,
        organizations: list[str],
        values: OpeningFields | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Opening") if values else self.tr("New Opening"))
        values = values or OpeningFields("", "")
        self.organization = QLineEdit(values.organization)
        completer = QCompleter(organizations, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.title = QLineEdit(values.title)
        self.link = QLineEdit(values.link)
        self.link.setPlaceholderText("https://")
        self.source = QLineEdit(values.source)
        self.source.setPlaceholderText(self.tr("LinkedIn, a friend, the company's site…"))
        self.notes = QPlainTextEdit(values.notes)
        self.notes.setTabChangesFocus(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.organization)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Link:"), self.link)
        form.addRow(self.tr("&Found via:"), self.source)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        fit_to_content(self, QSize(460, 320))

    def values(self) -> OpeningFields:
        return OpeningFields(
            self.organization.text(),
            self.title.text(),
            self.link.text(),
            self.source.text(),
            self.notes.toPlainText(),
        )

    def accept(self) -> None:
        values = self.values()
        if not values.organization.strip() or not values.title.strip():
            self.error.setText(self.tr("Give the opening a title and an organisation."))
            self.error.show()
            return
        super().accept()
