"""Record an ask or an offer for one contact, and close an ask with its outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QSize,
    QStringListModel,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.labels import qdate
from netdesk.services.contacts import ContactService
from netdesk.services.network import NetworkService
from netdesk.services.queries import (
    AskEntry,
    AskFields,
    AskKind,
    AskStatus,
    ContactQuery,
    ContactRow,
)
from netdesk.ui.bidi import auto_label
from netdesk.ui.forms import error_label, ok_cancel
from netdesk.ui.sizing import fit_to_content

_ASK_KINDS: dict[str, object] = {
    AskKind.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referral"),
    AskKind.RESUME_REVIEW: QT_TRANSLATE_NOOP("Labels", "Résumé review"),
    AskKind.INTRODUCTION: QT_TRANSLATE_NOOP("Labels", "Introduction"),
    AskKind.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information"),
    AskKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_STATUSES: dict[str, object] = {
    AskStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    AskStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    AskStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
}


def ask_kind_label(value: str) -> str:
    source = _ASK_KINDS.get(value)
    return QCoreApplication.translate("Labels", str(source)) if source else value


def ask_status_label(value: str) -> str:
    source = _STATUSES.get(value)
    return QCoreApplication.translate("Labels", str(source)) if source else value


@dataclass(frozen=True, slots=True)
class AskValues:
    what: str
    kind: str
    is_offer: bool
    asked_on: dt.date
    follow_up: dt.date | None = None


class PersonField(QWidget):
    """Whose ask it is: type a name, pick the person from the matches.

    Signals:
        chosen: the contact id picked.
    """

    chosen = Signal(int)

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._found: list[int] = []
        self.contact_id: int | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a name…"))
        self.edit.setAccessibleName(self.tr("Person"))
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self._completer)
        self.edit.textEdited.connect(self._on_text)
        self._completer.activated.connect(self._on_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _on_text(self, text: str) -> None:
        self.contact_id = None
        query = ContactQuery(text=text, limit=20)
        self._found = self._contacts.query_ids(query) if text.strip() else []
        rows = self._contacts.rows(self._found)
        self._names.setStringList([self._shown(rows[i]) for i in self._found if i in rows])

    @staticmethod
    def _shown(row: ContactRow) -> str:
        return row.display_name + (f" — {row.organization}" if row.organization else "")

    def _on_chosen(self, text: str) -> None:
        names = self._names.stringList()
        if text in names:
            self.set_contact(self._found[names.index(text)])

    def set_contact(self, contact_id: int) -> None:
        row = self._contacts.rows([contact_id]).get(contact_id)
        if row is None:
            return
        self.contact_id = contact_id
        self.edit.setText(row.display_name)
        self.chosen.emit(contact_id)


class AskDialog(QDialog):
    """What exactly was asked of (or offered to) one contact, and when to chase it.

    Given ``contacts``, the person can be chosen (a new ask from Give and Ask) or changed
    (``ask``: editing moves the ask to someone else); otherwise it is ``contact_name``.
    """

    def __init__(
        self,
        contact_name: str = "",
        is_offer: bool = False,
        parent: QWidget | None = None,
        *,
        contacts: ContactService | None = None,
        ask: AskEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask = ask
        self.setWindowTitle(
            self.tr("Edit Ask or Offer") if ask else self.tr("Record an Ask or Offer")
        )
        self.person_field = PersonField(contacts) if contacts is not None else None
        self.person = QLabel()
        auto_label(self.person, contact_name)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setPlaceholderText(
            self.tr("e.g. A referral for the Senior Data Analyst role (job #4411) at Careem")
        )
        self.what.setMinimumHeight(72)
        self.kind = QComboBox()
        for kind in AskKind.ALL:
            self.kind.addItem(ask_kind_label(kind), kind)
        self.ask = QRadioButton(self.tr("I &asked"))
        self.offer = QRadioButton(self.tr("I &offered"))
        self._direction = QButtonGroup(self)
        self._direction.addButton(self.ask)
        self._direction.addButton(self.offer)
        (self.offer if is_offer else self.ask).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.ask)
        row.addWidget(self.offer)
        row.addStretch(1)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.follow = QCheckBox(self.tr("&Follow up on"))
        self.follow_date = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setEnabled(False)
        self.follow.toggled.connect(self.follow_date.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow)
        follow.addWidget(self.follow_date)
        follow.addStretch(1)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Person:"), self.person_field or self.person)
        form.addRow(self.tr("&What exactly:"), self.what)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Direction:"), row)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Reminder:"), follow)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if ask is not None:
            self._fill(ask)
        (self.what if ask or self.person_field is None else self.person_field).setFocus()
        fit_to_content(self, QSize(540, 340))

    def _fill(self, ask: AskEntry) -> None:
        if self.person_field is not None:
            self.person_field.set_contact(ask.contact_id)
        self.what.setPlainText(ask.what)
        self.kind.setCurrentIndex(max(0, self.kind.findData(ask.kind)))
        (self.offer if ask.is_offer else self.ask).setChecked(True)
        self.date.setDate(qdate(ask.asked_on))
        self.follow.setChecked(ask.follow_up is not None)
        if ask.follow_up is not None:
            self.follow_date.setDate(qdate(ask.follow_up))

    def values(self) -> AskValues:
        day = self.date.date().toPython()
        chase = self.follow_date.date().toPython()
        assert isinstance(day, dt.date)
        assert isinstance(chase, dt.date)
        return AskValues(
            what=self.what.toPlainText().strip(),
            kind=str(self.kind.currentData()),
            is_offer=self.offer.isChecked(),
            asked_on=day,
            follow_up=chase if self.follow.isChecked() else None,
        )

    def contact_id(self) -> int | None:
        """The person chosen in the dialog (None when it shows a fixed person)."""
        return self.person_field.contact_id if self.person_field is not None else None

    def apply(self, network: NetworkService, contact_id: int | None = None) -> int:
        """Record the accepted values (or rewrite the edited ask); returns the ask's id."""
        v = self.values()
        cid = self.contact_id() or contact_id
        assert cid is not None  # accept() refuses an ask without a person
        if self._ask is not None:
            fields = AskFields(cid, v.what, v.kind, v.is_offer, v.asked_on, v.follow_up)
            network.edit_ask(self._ask, fields)
            return self._ask.id
        return network.add_ask(cid, v.what, v.kind, v.is_offer, v.asked_on, v.follow_up)

    def accept(self) -> None:
        if self.person_field is not None and self.person_field.contact_id is None:
            self._refuse(self.tr("Choose the person from the list of matches."))
            self.person_field.setFocus()
            return
        if not self.values().what:
            self._refuse(self.tr("Say exactly what was asked or offered, so you can follow it up."))
            self.what.setFocus()
            return
        self.error.hide()
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class AskStatusDialog(QDialog):
    """Close an ask as done or declined, with what came of it."""

    def __init__(
        self, ask: AskEntry, status: str = AskStatus.DONE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ask = ask
        self.setWindowTitle(self.tr("Close Ask"))
        what = QLabel()
        auto_label(what, ask.what)
        what.setWordWrap(True)
        person = QLabel()
        auto_label(person, ask.contact_name)
        self.status = QComboBox()
        for value in (AskStatus.DONE, AskStatus.DECLINED, AskStatus.OPEN):
            self.status.addItem(ask_status_label(value), value)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.outcome = QLineEdit(ask.outcome)
        self.outcome.setPlaceholderText(self.tr("e.g. Got an interview on 12 May"))
        form = QFormLayout()
        form.addRow(self.tr("Person:"), person)
        form.addRow(self.tr("Ask:"), what)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.outcome.setFocus()
        fit_to_content(self, QSize(460, 200))

    def values(self) -> tuple[str, str]:
        """The chosen status and the outcome text."""
        return str(self.status.currentData()), self.outcome.text().strip()

    def apply(self, network: NetworkService) -> None:
        status, outcome = self.values()
        network.set_ask_status(self._ask, status, outcome)
