"""Reach out in one step: a message filled from a template, sent by the user's own programs.

The dialog opens the mail program (``mailto:``), WhatsApp (``wa.me``) or copies the text;
NetDesk sends nothing. When the user confirms it went, the interaction is logged (and for
a referral, the ask is recorded with its follow-up date). The mail program, the browser
and the clipboard are reached through a ``Launcher``, which tests replace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from netdesk.domain.contact_data import ContactData
from netdesk.domain.outreach import (
    Message,
    Purpose,
    Template,
    default_template,
    fill_template,
    first_name,
    language_for,
    mailto_url,
    whatsapp_url,
)
from netdesk.services.jobs import FOLLOW_UP_DAYS, Channel, OpeningEntry
from netdesk.settings import Settings
from netdesk.translation import Context, fill
from netdesk.ui.sizing import fit_to_content
from netdesk.ui.window_parts import WindowParts


class Outreach(Context):
    """The translation context of this module's free functions."""


class Launcher:
    """The door to the user's programs; tests substitute one that records."""

    def open_url(self, url: str) -> bool:
        return bool(QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)))

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)


LAUNCHER = Launcher()


def purpose_title(purpose: Purpose) -> str:
    """The menu item of each purpose."""
    return {
        Purpose.HELLO: Outreach.tr("Say &Hello…"),
        Purpose.CONGRATULATE: Outreach.tr("&Congratulate…"),
        Purpose.SHARE: Outreach.tr("&Share…"),
        Purpose.REFERRAL: Outreach.tr("Ask for a &Referral…"),
        Purpose.THANK: Outreach.tr("&Thank…"),
    }[purpose]


def logged_summary(purpose: Purpose, detail: str = "") -> str:
    """The timeline's summary of a confirmed message."""
    if purpose == Purpose.HELLO:
        return Outreach.tr("Said hello")
    if purpose == Purpose.CONGRATULATE:
        return Outreach.tr("Congratulated")
    if purpose == Purpose.THANK:
        return Outreach.tr("Thanked")
    if purpose == Purpose.REFERRAL:
        return (
            fill(Outreach.tr("Asked for a referral: %1"), detail)
            if detail
            else (Outreach.tr("Asked for a referral"))
        )
    return fill(Outreach.tr("Shared: %1"), detail) if detail else Outreach.tr("Shared something")


def template_for(settings: Settings, purpose: Purpose, language: str) -> Template:
    saved = settings.outreach_template(purpose.value, language)
    return Template(*saved) if saved else default_template(purpose, language)


@dataclass(slots=True)
class Extras:
    """What a message may mention besides the person: an opening, a link and its line."""

    opening: OpeningEntry | None = None
    link: str = ""
    line: str = ""


class OutreachDialog(QDialog):
    """One message to one person, from a template, for the user to send themselves."""

    def __init__(
        self,
        parts: WindowParts,
        contact_id: int,
        purpose: Purpose,
        extras: Extras | None = None,
        launcher: Launcher | None = None,
    ) -> None:
        super().__init__(parts.widget)
        self.parts, self.contact_id, self.purpose = parts, contact_id, purpose
        self.extras = extras or Extras()
        self.launcher = launcher or LAUNCHER
        self.person: ContactData = parts.context.contacts.get(contact_id)
        self.sent_by: str | None = None
        name = self.person.best_name()
        self.setWindowTitle(purpose_title(purpose).replace("&", "").rstrip("…") + " — " + name)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("العربية", "ar")
        start = language_for(name, parts.language)
        self.language.setCurrentIndex(max(0, self.language.findData(start)))
        self.email = QComboBox()
        self.phone = QComboBox()
        # Addresses and numbers read left to right in an Arabic window too: a number has
        # no letter to set its direction, so it is shown as a left-to-right isolate.
        for box, values in ((self.email, self.person.emails), (self.phone, self.person.phones)):
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            for item in values:
                box.addItem(f"\u2066{item.value}\u2069", item.value)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("E-&mail:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        self._more_rows(form)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons())
        self.language.currentIndexChanged.connect(lambda _i: self.refill())
        self.refill()
        fit_to_content(self, QSize(560, 460))

    def _more_rows(self, form: QFormLayout) -> None:
        self.opening = QComboBox()
        self.follow_up = QDateEdit(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.follow_up.setCalendarPopup(True)
        self.link, self.line = QLineEdit(self.extras.link), QLineEdit(self.extras.line)
        if self.purpose == Purpose.REFERRAL:
            jobs = self.parts.context.jobs
            mine = self.parts.context.contacts.organization_id(self.contact_id)
            chosen = self.extras.opening
            listed = [chosen] if chosen else []
            listed += [o for o in jobs.openings(mine) if mine is not None and o != chosen]
            self.opening.addItem(self.tr("No particular opening"), None)
            for o in listed:
                self.opening.addItem(f"{o.title} — {o.organization}", o.id)
            self.opening.setCurrentIndex(1 if listed else 0)
            self.opening.currentIndexChanged.connect(lambda _i: self.refill())
            form.addRow(self.tr("&Opening:"), self.opening)
            form.addRow(self.tr("&Follow up on:"), self.follow_up)
        if self.purpose == Purpose.SHARE:
            form.addRow(self.tr("Lin&k:"), self.link)
            form.addRow(self.tr("L&ine:"), self.line)
            self.link.textChanged.connect(lambda _t: self.refill())
            self.line.textChanged.connect(lambda _t: self.refill())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mail_button = QPushButton(self.tr("Open in &Mail"))
        self.whatsapp_button = QPushButton(self.tr("Open in &WhatsApp"))
        self.copy_button = QPushButton(self.tr("C&opy Text"))
        for button, channel in (
            (self.mail_button, Channel.MAIL),
            (self.whatsapp_button, Channel.WHATSAPP),
            (self.copy_button, Channel.COPY),
        ):
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, ch=channel: self.send(ch))
        self.mail_button.setEnabled(self.email.count() > 0)
        self.whatsapp_button.setEnabled(self.phone.count() > 0)
        box.rejected.connect(self.reject)
        return box

    def chosen_opening(self) -> OpeningEntry | None:
        oid = self.opening.currentData()
        return None if oid is None else self.parts.context.jobs.opening(int(oid))

    def values(self) -> dict[str, str]:
        p = self.person
        opening = self.chosen_opening()
        return {
            "first_name": first_name(p.given_name, p.best_name()),
            "organization": opening.organization if opening else p.organization,
            "how_met": p.how_met,
            "opening": opening.title if opening else "",
            "link": self.link.text(),
            "line": self.line.text(),
        }

    def refill(self) -> None:
        """Fill subject and message from the template in the chosen language."""
        language = str(self.language.currentData())
        template = template_for(self.parts.settings, self.purpose, language)
        message = fill_template(template, self.values())
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)

    def message(self) -> Message:
        return Message(self.subject.text(), self.body.toPlainText())

    def url_for(self, channel: str) -> str | None:
        if channel == Channel.MAIL:
            return mailto_url(str(self.email.currentData()), self.message())
        region = self.parts.context.contacts.region
        return whatsapp_url(str(self.phone.currentData()), self.message(), region)

    def send(self, channel: str) -> None:
        """Hand the message to a program (or the clipboard), then log it once confirmed."""
        if channel == Channel.COPY:
            self.launcher.copy(self.message().body)
        else:
            url = self.url_for(channel)
            if url is None or not self.launcher.open_url(url):
                self.parts.dialogs.warn(
                    self,
                    self.tr("Cannot Open"),
                    self.tr("This phone number cannot be used with WhatsApp.")
                    if url is None
                    else self.tr("No program on this computer opens that link."),
                )
                return
        name = self.person.best_name()
        if self.parts.dialogs.confirm(
            self,
            self.tr("Was It Sent?"),
            fill(self.tr("Log this message to %1 on the timeline once you have sent it?"), name),
            self.tr("Log It"),
        ):
            self.log(channel)
            self.accept()

    def log(self, channel: str) -> None:
        opening = self.chosen_opening() if self.purpose == Purpose.REFERRAL else None
        detail = opening.title if opening else self.line.text() or self.link.text()
        with_notes = self.message().body
        self.sent_by = channel
        stack = self.parts.context.undo_stack
        stack.beginMacro(logged_summary(self.purpose, detail))
        try:
            self._record(channel, opening, detail, with_notes)
        finally:
            stack.endMacro()

    def _record(self, channel: str, opening: OpeningEntry | None, detail: str, notes: str) -> None:
        jobs = self.parts.context.jobs
        if self.purpose == Purpose.REFERRAL:
            follow = self.follow_up.date().toPython()
            assert isinstance(follow, dt.date)
            what = logged_summary(self.purpose, detail)
            if opening is not None:
                jobs.ask_for_referral(opening.id, self.contact_id, what, follow)
            else:
                self.parts.context.network.add_ask(
                    self.contact_id, what, "referral", False, dt.date.today(), follow
                )
        jobs.log_outreach(
            self.contact_id, self.purpose, channel, logged_summary(self.purpose, detail), notes
        )


def reach_out(
    parts: WindowParts,
    contact_id: int,
    purpose: Purpose,
    extras: Extras | None = None,
    launcher: Launcher | None = None,
) -> OutreachDialog:
    dialog = OutreachDialog(parts, contact_id, purpose, extras, launcher)
    dialog.open()
    return dialog


def fill_outreach_menu(menu: QMenu, parts: WindowParts, contact: int | None = None) -> None:
    """The five purposes, for ``contact`` (default: the one the card shows)."""
    for purpose in Purpose:
        action = menu.addAction(purpose_title(purpose))

        def run(_checked: bool = False, p: Purpose = purpose) -> None:
            cid = contact if contact is not None else parts.current_id()
            if cid is not None:
                reach_out(parts, cid, p)

        action.triggered.connect(run)
