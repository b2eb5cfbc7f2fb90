"""'I met these people here': one event, existing contacts and business cards typed on the spot.

The sheet is filled from the keyboard: Enter moves to the next field and, from the last
field of the last card, starts a new card; only Save (or Ctrl+Return) closes it, so
nobody met is lost to an Enter pressed too early.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.enums import EventKind
from netdesk.domain.validation import looks_like_email
from netdesk.models.labels import event_kind_label, format_date, qdate
from netdesk.services import queries
from netdesk.services.contacts import ContactService
from netdesk.services.context import AppContext
from netdesk.services.network import MetPerson
from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.forms import error_label
from netdesk.ui.interaction_dialog import ParticipantPicker
from netdesk.ui.sizing import fit_to_content


@dataclass(frozen=True, slots=True)
class EventValues:
    """The arguments of ``NetworkService.met_at_event``."""

    name: str
    date: dt.date
    place: str
    kind: str
    attendees: list[int]
    new_people: list[MetPerson]
    summary: str


def card_contact(
    name: str,
    organization: str,
    email: str,
    phone: str,
    *,
    title: str = "",
    can_help_with: str = "",
    note: str = "",
    cadence_days: int | None = None,
) -> ContactData:
    """A contact from a business card: the first word is the given name, the rest the family."""
    given, _sep, family = name.strip().partition(" ")
    return ContactData(
        given_name=given,
        family_name=family.strip(),
        organization=organization.strip(),
        job_title=title.strip(),
        can_help_with=can_help_with.strip(),
        notes=note.strip(),
        cadence_days=cadence_days,
        emails=[Labeled(email.strip(), "work")] if email.strip() else [],
        phones=[Labeled(phone.strip(), "work")] if phone.strip() else [],
    )


class FollowUp(IntEnum):
    NONE = 0
    EVERY = 1
    ON = 2


class CardForm(QGroupBox):
    """One business card: who, where they work, how to reach them and when to follow up."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(fill(self.tr("Card %1"), QLocale().toString(number)))
        self.name = self._line(self.tr("Name"))
        self.organization = self._line(self.tr("Organisation"))
        self.job_title = self._line(self.tr("Title"))
        self.email = self._line(self.tr("Email"))
        self.phone = self._line(self.tr("Phone"))
        self.can_help = self._line(self.tr("Can help with"))
        self.note = self._line(self.tr("Note"))
        self.follow = QComboBox()
        self.follow.addItem(self.tr("No follow-up"), FollowUp.NONE)
        self.follow.addItem(self.tr("Keep in touch every"), FollowUp.EVERY)
        self.follow.addItem(self.tr("Follow up on"), FollowUp.ON)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.on = QDateEdit(QDate.currentDate().addDays(14))
        self.on.setCalendarPopup(True)
        self.follow.currentIndexChanged.connect(lambda _i: self._update_follow())
        # What a scanned card read beyond these fields (second name, links, the picture).
        self.scanned: ContactData | None = None
        self.remove = QPushButton(self.tr("Remove Card"))
        self.remove.setAutoDefault(False)
        grid = QGridLayout(self)
        for i, field in enumerate(self.text_fields()[:-1]):
            grid.addWidget(field, i // 2, i % 2)
        grid.addWidget(self.note, 3, 0, 1, 2)
        follow = QHBoxLayout()
        follow.addWidget(self.follow)
        follow.addWidget(self.days)
        follow.addWidget(self.on)
        follow.addStretch(1)
        follow.addWidget(self.remove)
        grid.addLayout(follow, 4, 0, 1, 2)
        self._update_follow()

    def _line(self, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        return field

    def text_fields(self) -> list[QLineEdit]:
        return [
            self.name,
            self.organization,
            self.job_title,
            self.email,
            self.phone,
            self.can_help,
            self.note,
        ]

    def enter_order(self) -> list[QWidget]:
        """The fields Enter walks through, in order: the follow-up value only when asked for."""
        mode = self.follow.currentData()
        extra: list[QWidget] = (
            [self.days] if mode == FollowUp.EVERY else [self.on] if mode == FollowUp.ON else []
        )
        return [*self.text_fields(), self.follow, *extra]

    def _update_follow(self) -> None:
        mode = self.follow.currentData()
        self.days.setVisible(mode == FollowUp.EVERY)
        self.on.setVisible(mode == FollowUp.ON)

    def is_empty(self) -> bool:
        return not any(f.text().strip() for f in self.text_fields())

    def fill_from(self, data: ContactData) -> None:
        """Fill the fields from a scanned card's contact."""
        self.scanned = data
        self.name.setText(data.display_name or data.best_name())
        self.organization.setText(data.organization)
        self.job_title.setText(data.job_title)
        self.email.setText(data.emails[0].value if data.emails else "")
        self.phone.setText(data.phones[0].value if data.phones else "")

    def problem(self) -> tuple[str, QWidget] | None:
        """Why this card cannot be saved, and the field to fix; None when it can."""
        if not self.name.text().strip():
            return self.tr("A new person needs a name."), self.name
        email = self.email.text().strip()
        if email and not looks_like_email(email):
            text = self.tr("“%1” does not look like an email address.")
            text = fill(text, isolate(email))
            return text, self.email
        return None

    def person(self) -> MetPerson:
        mode = self.follow.currentData()
        day = self.on.date().toPython()
        assert isinstance(day, dt.date)
        data = card_contact(
            self.name.text(),
            self.organization.text(),
            self.email.text(),
            self.phone.text(),
            title=self.job_title.text(),
            can_help_with=self.can_help.text(),
            note=self.note.text(),
            cadence_days=self.days.value() if mode == FollowUp.EVERY else None,
        )
        if self.scanned is not None:
            data.second_name = self.scanned.second_name
            data.card_image = self.scanned.card_image
            data.urls = list(self.scanned.urls)
            data.addresses = list(self.scanned.addresses)
            data.emails += self.scanned.emails[1:]
            data.phones += self.scanned.phones[1:]
        return MetPerson(data, day if mode == FollowUp.ON else None)


class _EventRole(IntEnum):
    NAME = Qt.ItemDataRole.UserRole + 1
    DATE = Qt.ItemDataRole.UserRole + 2
    PLACE = Qt.ItemDataRole.UserRole + 3
    KIND = Qt.ItemDataRole.UserRole + 4


class EventDialog(QDialog):
    """Met People at an Event: logs one interaction with everyone met there."""

    def __init__(
        self,
        contacts: ContactService,
        attendees: list[int],
        parent: QWidget | None = None,
        scan: Callable[[], ContactData | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Met People at an Event"))
        self._scan = scan
        self.cards: list[CardForm] = []
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. PyCon Egypt 2026"))
        self.name.setCompleter(self._known_events())
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
        # A few known names fit; the room goes to the business cards.
        self.picker.list.setMaximumHeight(72)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.name)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Summary:"), self.summary)
        form.addRow(self.tr("People I &know:"), self.picker)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._card_box(), 1)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self.add_card()
        self.name.setFocus()
        fit_to_content(self, QSize(680, 740))

    def _known_events(self) -> QCompleter:
        """Events already recorded, newest first: choosing one also fills its date."""
        model = QStandardItemModel(self)
        locale = self.locale()
        # The attendee counts are not shown here, and would cost a read of every event's
        # interactions before the dialog opens.
        for event in queries.events(count_attendees=False):
            item = QStandardItem(f"{event.name} — {format_date(event.date, locale)}")
            item.setData(event.name, _EventRole.NAME)
            item.setData(qdate(event.date), _EventRole.DATE)
            item.setData(event.place, _EventRole.PLACE)
            item.setData(event.kind, _EventRole.KIND)
            model.appendRow(item)
        completer = QCompleter(model, self)
        completer.setCompletionRole(_EventRole.NAME)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # The index overload: two events may share a name, never a name and a day.
        chosen = completer.activated[QModelIndex]  # type: ignore[index]
        chosen.connect(self._on_event_chosen)
        self.events_completer = completer
        return completer

    def _on_event_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.name.setText(str(index.data(_EventRole.NAME)))
        self.date.setDate(index.data(_EventRole.DATE))
        if not self.place.text().strip():
            self.place.setText(str(index.data(_EventRole.PLACE) or ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(index.data(_EventRole.KIND))))

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New people (from their business cards)"))
        self._cards_layout = QVBoxLayout()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self._cards_layout)
        column.addStretch(1)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setWidget(inner)
        self.add_button = QPushButton(self.tr("&Add Another Card"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_card().name.setFocus())
        self.scan_button = QPushButton(self.tr("S&can Card…"))
        self.scan_button.setAutoDefault(False)
        self.scan_button.setVisible(self._scan is not None)
        self.scan_button.clicked.connect(self._on_scan)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.scan_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cards_area, 1)
        layout.addLayout(row)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save everyone (Ctrl+Return)"))
        for button in buttons.buttons():
            # Enter moves through the cards; it never presses a button it is not on.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)
        return buttons

    # Cards ---------------------------------------------------------------------------
    def add_card(self) -> CardForm:
        card = CardForm(len(self.cards) + 1)
        card.remove.clicked.connect(lambda: self._remove_card(card))
        self.cards.append(card)
        self._cards_layout.addWidget(card)
        card.show()
        self.cards_area.ensureWidgetVisible(card)
        return card

    def _on_scan(self) -> None:
        data = self._scan() if self._scan is not None else None
        if data is None:
            return
        card = self.cards[-1] if self.cards[-1].is_empty() else self.add_card()
        card.fill_from(data)
        card.name.setFocus()

    def _remove_card(self, card: CardForm) -> None:
        self.cards.remove(card)
        card.deleteLater()
        if not self.cards:
            self.add_card()
        for number, each in enumerate(self.cards, 1):
            each.setTitle(fill(self.tr("Card %1"), QLocale().toString(number)))
        self.cards[-1].name.setFocus()

    # The last card's fields, for callers that fill one card at a time.
    @property
    def card_name(self) -> QLineEdit:
        return self.cards[-1].name

    @property
    def card_org(self) -> QLineEdit:
        return self.cards[-1].organization

    @property
    def card_email(self) -> QLineEdit:
        return self.cards[-1].email

    @property
    def card_phone(self) -> QLineEdit:
        return self.cards[-1].phone

    def add_person(self) -> bool:
        """Check the last card and start a new one after it; False if it cannot be saved."""
        problem = self.cards[-1].problem()
        if problem is not None:
            self._show_error(*problem)
            return False
        self.error.hide()
        self.add_card().name.setFocus()
        return True

    def new_people(self) -> list[MetPerson]:
        return [card.person() for card in self.cards if not card.is_empty()]

    # Enter -----------------------------------------------------------------------------
    def _enter_order(self) -> list[QWidget]:
        event: list[QWidget] = [self.name, self.date, self.place, self.kind, self.summary]
        return event + [self.picker.search] + [w for c in self.cards for w in c.enter_order()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes to the next field (a new card after the last one), never to Save."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        event.accept()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return
        self.focus_next()

    def focus_next(self) -> None:
        order = self._enter_order()
        widget: QWidget | None = self.focusWidget()
        while widget is not None and widget not in order:
            widget = widget.parentWidget()
        if widget is None:
            return
        at = order.index(widget)
        if at + 1 < len(order):
            target = order[at + 1]
        elif self.cards[-1].is_empty():
            target = self.cards[-1].name  # a blank card is not followed by another
        else:
            target = self.add_card().name
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.cards_area.ensureWidgetVisible(target)

    # Saving ----------------------------------------------------------------------------
    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
            self.cards_area.ensureWidgetVisible(field)

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
            self._show_error(self.tr("Give the event a name."), self.name)
            return
        for card in self.cards:
            problem = None if card.is_empty() else card.problem()
            if problem is not None:
                self._show_error(*problem)
                return
        if not self.picker.ids() and not self.new_people():
            self._show_error(self.tr("Add at least one person you met."), self.cards[0].name)
            return
        self.error.hide()
        super().accept()
