"""The selected contact at a glance, above its timeline."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import cast
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData
from netdesk.domain.enums import LinkKind
from netdesk.domain.help_topics import split_topics
from netdesk.domain.links import link_kind, openable
from netdesk.domain.text import without_bidi_controls
from netdesk.models.labels import circle_label, format_date
from netdesk.services.queries import AskEntry, Balance, ContactRow
from netdesk.translation import fill
from netdesk.ui.bidi import auto_label, isolate
from netdesk.ui.links import open_link


@dataclass(frozen=True, slots=True)
class CardLedger:
    """What the card shows of the give-and-ask ledger, gathered by the window."""

    balance: Balance
    # (date as shown, what the user wrote): the card isolates the user's part.
    open_asks: list[tuple[str, str]]
    events: list[tuple[str, str]]
    colleagues: int
    # Sync conflicts: (conflict id, field label, this computer's value, the server's value).
    conflicts: tuple[tuple[int, str, str, str], ...] = ()
    # Asks and offers closed, newest first: the card shows what came of each.
    closed_asks: tuple[AskEntry, ...] = ()


def open_ask_day(ask: AskEntry, locale: QLocale) -> str:
    """ "3 May 2026", or "3 May 2026 · follow up 10 May 2026" for an ask to chase."""
    day = format_date(ask.asked_on, locale)
    if ask.follow_up is None:
        return day
    chase = QCoreApplication.translate("ContactCard", "follow up %1")
    return f"{day} · {fill(chase, format_date(ask.follow_up, locale))}"


_LINK_NAMES = {
    LinkKind.LINKEDIN: "LinkedIn",
    LinkKind.FACEBOOK: "Facebook",
    LinkKind.TWITTER: "X",
    LinkKind.GITHUB: "GitHub",
}


class ContactCard(QWidget):
    """Signals:
    edit_requested: the user wants to edit the shown contact.
    log_requested: the user wants to log an interaction with the shown contact.
    organization_requested: the user wants to see everyone at this organisation.
    conflict_resolved: (conflict id, take the server's value) for a sync conflict.
    """

    edit_requested = Signal()
    log_requested = Signal()
    organization_requested = Signal(str)
    conflict_resolved = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self._photo = QLabel()
        self._photo.setFixedSize(64, 64)
        self._photo.setScaledContents(True)
        top.addWidget(self._photo)
        names = QVBoxLayout()
        self._name = QLabel()
        font = QFont(self._name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._name.setFont(font)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._role = QLabel()
        # Long names and roles (Arabic ministry names...) wrap instead of widening the card.
        self._name.setWordWrap(True)
        self._role.setWordWrap(True)
        names.addWidget(self._name)
        names.addWidget(self._role)
        top.addLayout(names, 1)
        buttons = QVBoxLayout()
        self._edit = QPushButton(self.tr("Edit…"))
        self._edit.clicked.connect(self.edit_requested)
        self._log = QPushButton(self.tr("Log interaction…"))
        self._log.clicked.connect(self.log_requested)
        buttons.addWidget(self._edit)
        buttons.addWidget(self._log)
        top.addLayout(buttons)
        outer.addLayout(top)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self._form)
        # The rows are made once and refilled for each contact: making and styling a dozen
        # labels anew cost more than the rest of selecting a contact.
        self._rows: dict[str, QLabel] = {}
        for key, title, kind in (
            ("circle", self.tr("Circle"), "text"),
            ("how_met", self.tr("How we met"), "text"),
            ("can_help_with", self.tr("Can help with"), "text"),
            ("emails", self.tr("Email"), "links"),
            ("phones", self.tr("Phone"), "links"),
            ("profiles", self.tr("Profiles"), "links"),
            ("tags", self.tr("Tags"), "text"),
            ("keep_in_touch", self.tr("Keep in touch"), "text"),
            ("balance", self.tr("Give and ask"), "text"),
            ("open_asks", self.tr("Open asks"), "text"),
            ("closed_asks", self.tr("Asks closed"), "text"),
            ("events", self.tr("Events together"), "text"),
            ("colleagues", "", "link"),
            ("notes", self.tr("Notes"), "text"),
        ):
            label = QLabel()
            label.setWordWrap(True)
            if kind == "text":
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            else:
                label.setTextFormat(Qt.TextFormat.RichText)
                # Links from a contact file open only through the guarded door.
                label.setOpenExternalLinks(False)
                if kind == "links":
                    label.linkActivated.connect(open_link)
            self._form.addRow(title, label)
            self._rows[key] = label
        self._organization = ""
        # Rows filled for the contact being shown, and rows the layout shows now: showing
        # or hiding a form row costs a fifth of a millisecond, so only changes are made.
        self._filled: set[str] = set()
        self._visible: set[str] = set(self._rows)
        self._rows["colleagues"].linkActivated.connect(
            lambda _href: self.organization_requested.emit(self._organization)
        )
        self._conflict_labels: list[QLabel] = []
        # At least as tall as its rows: the scroll area scrolls instead of squeezing them.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.show_contact(None, None)

    def show_contact(
        self,
        data: ContactData | None,
        row: ContactRow | None,
        ledger: CardLedger | None = None,
    ) -> None:
        for label in self._conflict_labels:
            self._form.removeRow(label)
        self._conflict_labels = []
        self._filled = set()
        self._edit.setEnabled(data is not None)
        self._log.setEnabled(data is not None)
        if data is None:
            self._name.setText(self.tr("No contact selected"))
            self._role.clear()
            self._photo.clear()
            self._photo.setVisible(False)
            self._show_filled_rows()
            return
        auto_label(self._name, data.best_name())
        # Three fields on one line: each isolated, so none can reorder the others.
        role = " · ".join(
            isolate(p) for p in (data.job_title, data.department, data.organization) if p
        )
        auto_label(self._role, role)
        self._photo.setVisible(bool(data.photo))
        if data.photo:
            pixmap = QPixmap()
            pixmap.loadFromData(data.photo)
            self._photo.setPixmap(pixmap)
        self._set_text("circle", circle_label(data.circle))
        self._set_text("how_met", data.how_met)
        topics = split_topics(data.can_help_with)
        self._set_text("can_help_with", " · ".join(isolate(t) for t in topics))
        # The address goes into the link percent-encoded: "a@b.com?attach=/etc/passwd"
        # must stay one odd address, not become a mail with a file attached.
        emails = [(f"mailto:{quote(e.value.strip(), safe='@')}", e.value) for e in data.emails]
        self._set_links("emails", emails)
        phones = [(f"tel:{quote(p.value.strip(), safe='+-().')}", p.value) for p in data.phones]
        self._set_links("phones", phones)
        self._set_links("profiles", [(u.value, _profile_text(u.value)) for u in data.urls])
        comma = "، " if self.isRightToLeft() else ", "
        self._set_text("tags", comma.join(isolate(t) for t in data.tags))
        if row is not None:
            self._set_text("keep_in_touch", self._keep_in_touch(data, row))
        if ledger is not None:
            self._add_ledger(data, ledger)
        self._set_text("notes", data.notes)
        self._show_filled_rows()
        # Rows came and went: let the scroll area size the card anew, now rather than
        # over the next passes of the event loop, so the window paints the card once,
        # laid out, instead of once before and once after.
        self._form.activate()
        self.updateGeometry()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _add_ledger(self, data: ContactData, ledger: CardLedger) -> None:
        b = ledger.balance
        locale = QLocale()
        if b.gave or b.received or b.offers or b.asks_open or b.asks_done:
            self._set_text(
                "balance",
                fill(
                    self.tr("I gave %1 · I received %2 · offers %3 · open asks %4"),
                    locale.toString(b.gave),
                    locale.toString(b.received),
                    locale.toString(b.offers),
                    locale.toString(b.asks_open),
                ),
            )
        self._add_conflicts(ledger)
        asks = [f"{day} — {isolate(what)}" for day, what in ledger.open_asks]
        self._set_text("open_asks", "\n".join(asks))
        self._set_text("closed_asks", "\n".join(self._closed(a) for a in ledger.closed_asks))
        self._set_text("events", "\n".join(f"{isolate(n)} ({day})" for day, n in ledger.events))
        if data.organization and ledger.colleagues:
            self._organization = data.organization
            link = self._rows["colleagues"]
            link.setText(
                '<a href="org">'
                + html.escape(self.tr("%n other(s) at this organisation", "", ledger.colleagues))
                + "</a>"
            )
            self._filled.add("colleagues")

    def _closed(self, ask: AskEntry) -> str:
        """ "12 May 2026 — Referral at Careem — Done: got the interview"."""
        from netdesk.ui.ask_dialog import ask_status_label

        day = format_date(ask.closed_on or ask.asked_on, QLocale())
        status = ask_status_label(ask.status)
        what = self.tr("Offered: %1") if ask.is_offer else self.tr("Asked: %1")
        result = f"{status}: {isolate(ask.outcome)}" if ask.outcome.strip() else status
        return f"{day} — {fill(what, isolate(ask.what))} — {result}"

    def _add_conflicts(self, ledger: CardLedger) -> None:
        """Both versions of a field both sides changed, and a choice; nothing is lost."""
        names = {
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "display_name": self.tr("Display name"),
            "nickname": self.tr("Nickname"),
            "organization": self.tr("Organisation"),
            "job_title": self.tr("Title"),
            "department": self.tr("Department"),
            "circle": self.tr("Circle"),
            "how_met": self.tr("How we met"),
            "can_help_with": self.tr("Can help with"),
            "location": self.tr("Location"),
            "notes": self.tr("Notes"),
            "birthday": self.tr("Birthday"),
            "cadence_days": self.tr("Keep in touch"),
        }
        for conflict_id, name, mine, theirs in ledger.conflicts:
            field = names.get(name, name)
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setText(
                html.escape(
                    fill(
                        self.tr("%1 — here: “%2”; on the server: “%3”"),
                        field,
                        isolate(mine),
                        isolate(theirs),
                    )
                )
                + '<br><a href="mine">'
                + html.escape(self.tr("Keep Mine"))
                + "</a>"
                + ' · <a href="theirs">'
                + html.escape(self.tr("Use Theirs"))
                + "</a>"
            )
            label.linkActivated.connect(
                lambda href, cid=conflict_id: self.conflict_resolved.emit(cid, href == "theirs")
            )
            # Before the open asks, after the balance.
            position = self._form.getWidgetPosition(self._rows["open_asks"])
            row = cast("tuple[int, QFormLayout.ItemRole]", position)[0]
            self._form.insertRow(row, self.tr("Sync conflict"), label)
            self._conflict_labels.append(label)

    def _keep_in_touch(self, data: ContactData, row: ContactRow) -> str:
        locale = QLocale()
        parts = []
        if row.last_contact:
            parts.append(
                fill(self.tr("last contact %1"), format_date(row.last_contact.date(), locale))
            )
        else:
            parts.append(self.tr("never contacted"))
        if data.cadence_days:
            parts.append(self.tr("every %n day(s)", "", data.cadence_days))
        if row.next_due:
            late = (dt.date.today() - row.next_due).days
            if late > 0:
                parts.append(self.tr("overdue by %n day(s)", "", late))
            else:
                parts.append(fill(self.tr("next due %1"), format_date(row.next_due, locale)))
        return " · ".join(parts)

    def _set_text(self, key: str, text: str) -> None:
        if not text.strip():
            return
        auto_label(self._rows[key], text.strip())
        self._filled.add(key)

    def _show_filled_rows(self) -> None:
        # One repaint for all the rows shown or hidden, not one per row.
        self.setUpdatesEnabled(False)
        try:
            for key, label in self._rows.items():
                if key not in self._filled:
                    label.clear()  # so no stale text lingers in a hidden row
                if (key in self._filled) != (key in self._visible):
                    self._form.setRowVisible(label, key in self._filled)
        finally:
            self.setUpdatesEnabled(True)
        self._visible = set(self._filled)

    def _set_links(self, key: str, links: list[tuple[str, str]]) -> None:
        """One line per (address, text): a link when it may be opened, else plain text."""
        if not links:
            return
        label = self._rows[key]
        self._filled.add(key)
        lines = []
        for url, text in links:
            # The lines share one paragraph: each is isolated from the next.
            shown = html.escape(isolate(without_bidi_controls(text)))
            if openable(url):
                lines.append(f'<a href="{html.escape(url, quote=True)}">{shown}</a>')
            else:
                lines.append(shown)
        label.setText("<br>".join(lines))


def _profile_text(url: str) -> str:
    """ "LinkedIn" for a LinkedIn address, by its host; the address itself otherwise.

    A site's name hides the address, so it is given only to links that open (and
    thus are web pages on that very host); the rest show what they really are.
    """
    kind = link_kind(url)
    if kind in _LINK_NAMES and openable(url):
        return _LINK_NAMES[kind]
    return url
