"""Record an ask or an offer for one contact, and close an ask with its outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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

from netdesk.services.ledger_store import AskEntry, AskKind, AskStatus
from netdesk.services.network import NetworkService
from netdesk.ui.bidi import auto_label
from netdesk.ui.forms import error_label, ok_cancel

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


class AskDialog(QDialog):
    """What exactly was asked of (or offered to) one contact."""

    def __init__(
        self, contact_name: str, is_offer: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an Ask or Offer"))
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
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("&What exactly:"), self.what)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Direction:"), row)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.what.setFocus()
        self.resize(520, 300)

    def values(self) -> AskValues:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        return AskValues(
            what=self.what.toPlainText().strip(),
            kind=str(self.kind.currentData()),
            is_offer=self.offer.isChecked(),
            asked_on=day,
        )

    def apply(self, network: NetworkService, contact_id: int) -> int:
        """Record the accepted values; returns the new ask's id."""
        v = self.values()
        return network.add_ask(contact_id, v.what, v.kind, v.is_offer, v.asked_on)

    def accept(self) -> None:
        if not self.values().what:
            self.error.setText(
                self.tr("Say exactly what was asked or offered, so you can follow it up.")
            )
            self.error.show()
            self.what.setFocus()
            return
        self.error.hide()
        super().accept()


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
        self.resize(460, 200)

    def values(self) -> tuple[str, str]:
        """The chosen status and the outcome text."""
        return str(self.status.currentData()), self.outcome.text().strip()

    def apply(self, network: NetworkService) -> None:
        status, outcome = self.values()
        network.set_ask_status(self._ask, status, outcome)
