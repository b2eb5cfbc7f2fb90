"""Log an interaction with one or more participants."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QSize, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.models.labels import direction_label, kind_label
from netdesk.services.contacts import ContactService
from netdesk.services.queries import ContactQuery
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.sizing import fit_to_content


class ParticipantPicker(QWidget):
    """Chosen participants, and a search field that finds more among all contacts."""

    def __init__(self, service: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._found: list[int] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Add a participant: type a name…"))
        self.search.setAccessibleName(self.tr("Add a participant"))
        self.search.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setCompleter(self._completer)
        self.search.textEdited.connect(self._on_text)
        self._completer.activated.connect(self._on_chosen)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants"))
        self.list.setMaximumHeight(110)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)

    def _on_text(self, text: str) -> None:
        self._found = self._service.query_ids(ContactQuery(text=text, limit=20)) if text else []
        rows = self._service.rows(self._found)
        self._names.setStringList(
            [
                rows[i].display_name
                + (f" — {rows[i].organization}" if rows[i].organization else "")
                for i in self._found
            ]
        )

    def _on_chosen(self, text: str) -> None:
        names = self._names.stringList()
        if text in names:
            self.add(self._found[names.index(text)])
        self.search.clear()

    def add(self, contact_id: int) -> None:
        if contact_id in self.ids():
            return
        row = self._service.rows([contact_id]).get(contact_id)
        if row is None:
            return
        item = QListWidgetItem(row.display_name)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.list.addItem(item)

    def ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def _on_remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class InteractionDialog(QDialog):
    def __init__(
        self, service: ContactService, participants: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log Interaction"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(direction_label(direction.value), direction.value)
        self.direction.setCurrentIndex(self.direction.findData(Direction.MUTUAL.value))
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("e.g. Coffee; asked about a referral at Careem"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(100)
        self.picker = ParticipantPicker(service)
        for cid in participants:
            self.picker.add(cid)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("&Participants:"), self.picker)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.summary.setFocus()
        fit_to_content(self, QSize(520, 460))

    def set_interaction(self, data: InteractionData) -> None:
        """Show an interaction already logged, to edit it."""
        self.setWindowTitle(self.tr("Edit Interaction"))
        when = data.when
        self.when.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(data.kind))))
        self.direction.setCurrentIndex(max(0, self.direction.findData(str(data.direction))))
        self.summary.setText(data.summary)
        self.notes.setPlainText(data.notes)

    def interaction(self) -> InteractionData:
        when = self.when.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        return InteractionData(
            when=when.replace(second=0, microsecond=0),
            kind=InteractionKind(self.kind.currentData()),
            direction=Direction(self.direction.currentData()),
            summary=self.summary.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def participants(self) -> list[int]:
        return self.picker.ids()

    def accept(self) -> None:
        if not self.picker.ids():
            self.error.setText(self.tr("Add at least one participant."))
            self.error.show()
            return
        super().accept()
