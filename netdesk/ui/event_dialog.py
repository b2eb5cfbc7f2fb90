"""'I met these people here': one event, existing contacts and business cards typed on the spot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.enums import EventKind
from netdesk.domain.validation import looks_like_email
from netdesk.models.labels import event_kind_label
from netdesk.services.contacts import ContactService
from netdesk.services.context import AppContext
from netdesk.ui.bidi import isolate
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.interaction_dialog import ParticipantPicker
from netdesk.ui.network_view import BidiDelegate


@dataclass(frozen=True, slots=True)
class EventValues:
    """The arguments of ``NetworkService.met_at_event``."""

    name: str
    date: dt.date
    place: str
    kind: str
    attendees: list[int]
    new_people: list[ContactData]
    summary: str


def card_contact(name: str, organization: str, email: str, phone: str) -> ContactData:
    """A contact from a business card: the first word is the given name, the rest the family."""
    given, _sep, family = name.strip().partition(" ")
    return ContactData(
        given_name=given,
        family_name=family.strip(),
        organization=organization.strip(),
        emails=[Labeled(email.strip(), "work")] if email.strip() else [],
        phones=[Labeled(phone.strip(), "work")] if phone.strip() else [],
    )


class EventDialog(QDialog):
    """Met People at an Event: logs one interaction with everyone met there."""

    def __init__(
        self, contacts: ContactService, attendees: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Met People at an Event"))
        self._new: list[ContactData] = []
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. PyCon Egypt 2026"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Cairo, GrEEK Campus"))
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(event_kind_label(kind.value), kind.value)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("e.g. Talked about data roles in fintech"))
        self.picker = ParticipantPicker(contacts)
        for cid in attendees:
            self.picker.add(cid)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.name)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("People I &know:"), self.picker)
        self.error = error_label()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._card_box())
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()
        self.resize(600, 620)

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New people (from their business cards)"))
        self.card_name = QLineEdit()
        self.card_name.setPlaceholderText(self.tr("Name"))
        self.card_org = QLineEdit()
        self.card_org.setPlaceholderText(self.tr("Organisation"))
        self.card_email = QLineEdit()
        self.card_email.setPlaceholderText(self.tr("Email"))
        self.card_phone = QLineEdit()
        self.card_phone.setPlaceholderText(self.tr("Phone"))
        for field in (self.card_name, self.card_org, self.card_email, self.card_phone):
            field.returnPressed.connect(self.add_person)
        self.add_button = QPushButton(self.tr("&Add Person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        grid = QGridLayout()
        grid.addWidget(self.card_name, 0, 0)
        grid.addWidget(self.card_org, 0, 1)
        grid.addWidget(self.card_email, 1, 0)
        grid.addWidget(self.card_phone, 1, 1)
        grid.addWidget(self.add_button, 1, 2)
        self.new_list = QListWidget()
        self.new_list.setMaximumHeight(110)
        self.new_list.setItemDelegate(BidiDelegate(self.new_list))
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._on_remove)
        row = QHBoxLayout()
        row.addWidget(self.new_list, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addLayout(row)
        return box

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _card_typed(self) -> bool:
        fields = (self.card_name, self.card_org, self.card_email, self.card_phone)
        return any(f.text().strip() for f in fields)

    def add_person(self) -> bool:
        """Move the typed business card into the list of new people; False if it is invalid."""
        name = self.card_name.text().strip()
        email = self.card_email.text().strip()
        if not name:
            self._show_error(self.tr("A new person needs a name."))
            self.card_name.setFocus()
            return False
        if email and not looks_like_email(email):
            self._show_error(
                self.tr("“%1” does not look like an email address.").replace("%1", isolate(email))
            )
            self.card_email.setFocus()
            return False
        person = card_contact(name, self.card_org.text(), email, self.card_phone.text())
        self._new.append(person)
        shown = " — ".join(isolate(p) for p in (name, person.organization) if p)
        self.new_list.addItem(QListWidgetItem(shown))
        for field in (self.card_name, self.card_org, self.card_email, self.card_phone):
            field.clear()
        self.error.hide()
        self.card_name.setFocus()
        return True

    def _on_remove(self) -> None:
        for item in self.new_list.selectedItems():
            row = self.new_list.row(item)
            self.new_list.takeItem(row)
            del self._new[row]

    def new_people(self) -> list[ContactData]:
        return list(self._new)

    def event_values(self) -> EventValues:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        return EventValues(
            name=self.name.text().strip(),
            date=day,
            place=self.place.text().strip(),
            kind=str(self.kind.currentData()),
            attendees=self.picker.ids(),
            new_people=self.new_people(),
            summary=self.summary.text().strip(),
        )

    def apply(self, context: AppContext) -> tuple[int, list[int]]:
        """Log the event; returns the interaction id and everyone who was there."""
        v = self.event_values()
        return context.network.met_at_event(
            v.name, v.date, v.place, v.kind, v.attendees, v.new_people, v.summary
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            self._show_error(self.tr("Give the event a name."))
            self.name.setFocus()
            return
        # A card typed but not yet added counts: people forget the Add button.
        if self._card_typed() and not self.add_person():
            return
        if not self.picker.ids() and not self._new:
            self._show_error(self.tr("Add at least one person you met."))
            return
        self.error.hide()
        super().accept()
