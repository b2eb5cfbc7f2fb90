"""The selected contact at a glance, above its timeline."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.domain.contact_data import ContactData
from netdesk.domain.enums import LinkKind
from netdesk.domain.help_topics import split_topics
from netdesk.domain.links import link_kind, openable
from netdesk.domain.text import without_bidi_controls
from netdesk.models.labels import circle_label, format_date, value_label
from netdesk.services.queries import AskEntry, Balance, ContactRow
from netdesk.translation import fill
from netdesk.ui.bidi import isolate, lines_in_ui_direction
from netdesk.ui.card_header import CardHeader
from netdesk.ui.links import open_link
from netdesk.ui.selectable_label import SelectableLabel
from netdesk.ui.theme import SPACE_L, SPACE_XS


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


# The card's sections, each a titled form of rows: (key, title, kind of value).
Row = tuple[str, str, str]


class ContactCard(QWidget):
    """Signals:
    edit_requested: the user wants to edit the shown contact.
    organization_requested: the user wants to see everyone at this organisation.
    conflict_resolved: (conflict id, take the server's value) for a sync conflict.
    """

    edit_requested = Signal()
    organization_requested = Signal(str)
    conflict_resolved = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self._organization = ""
        self.header = CardHeader(self)
        self.header.edit_requested.connect(self.edit_requested)
        self.header.organization_requested.connect(
            lambda: self.organization_requested.emit(self._organization)
        )
        self._name = self.header.name
        self._role = self.header.role
        body = QWidget()
        body.setObjectName("contactCardBody")
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(SPACE_L, 0, SPACE_L, SPACE_L)
        # The rows are made once and refilled for each contact: making and styling a dozen
        # labels anew cost more than the rest of selecting a contact.
        self._rows: dict[str, QLabel] = {}
        self._form_of: dict[str, QFormLayout] = {}
        self._sections: list[tuple[QLabel, list[str]]] = []
        self._progress = QProgressBar()
        self._progress.setObjectName("keepInTouchProgress")
        self._progress.setRange(0, 100)
        self._progress.setTextVisible(False)
        self._progress.setFixedHeight(6)
        self._progress.setAccessibleName(self.tr("Time until the next catch-up"))
        for title, rows in self._layout():
            self._add_section(title, rows)
            if rows[0][0] == "keep_in_touch":
                # Right under the sentence it illustrates.
                self._body.addWidget(self._progress)
        self._body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Contact details"))
        self.body_scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        # Features' own strips (relationship strength…) under the header: see host().
        self._hosts = QVBoxLayout()
        self._hosts.setContentsMargins(SPACE_L, 0, SPACE_L, 0)
        self._hosted: list[Callable[[int | None], None]] = []
        outer.addLayout(self._hosts)
        outer.addWidget(scroll, 1)
        # Rows filled for the contact being shown, and rows the layout shows now: showing
        # or hiding a form row costs a fifth of a millisecond, so only changes are made.
        self._filled: set[str] = set()
        self._visible: set[str] = set(self._rows)
        self._rows["colleagues"].linkActivated.connect(
            lambda _href: self.organization_requested.emit(self._organization)
        )
        self._conflict_labels: list[QLabel] = []
        self._progress_value: int | None = None
        self.show_contact(None, None)

    def _layout(self) -> list[tuple[str, list[Row]]]:
        return [
            (
                self.tr("Contact"),
                [
                    ("second_name", self.tr("Also written"), "text"),
                    ("emails", self.tr("Email"), "links"),
                    ("phones", self.tr("Phone"), "links"),
                    ("profiles", self.tr("Profiles"), "links"),
                    ("location", self.tr("Location"), "text"),
                ],
            ),
            (
                self.tr("How we know each other"),
                [
                    ("circle", self.tr("Circle"), "text"),
                    ("how_met", self.tr("How we met"), "text"),
                    ("can_help_with", self.tr("Can help with"), "text"),
                    ("tags", self.tr("Tags"), "text"),
                    ("colleagues", "", "link"),
                    ("notes", self.tr("Notes"), "text"),
                ],
            ),
            (self.tr("Keep in touch"), [("keep_in_touch", "", "text")]),
            (
                self.tr("Give and ask"),
                [
                    ("balance", self.tr("Balance"), "text"),
                    ("open_asks", self.tr("Open asks"), "text"),
                    ("closed_asks", self.tr("Asks closed"), "text"),
                ],
            ),
            (self.tr("Events"), [("events", self.tr("Events together"), "text")]),
        ]

    def _add_section(self, title: str, rows: list[Row]) -> None:
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, SPACE_L, 0, SPACE_XS)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self._body.addWidget(heading)
        self._body.addLayout(form)
        for key, label_text, kind in rows:
            label = SelectableLabel() if kind == "text" else QLabel()
            # A short link on one line: wrapped, a rich-text label keeps room for two.
            label.setWordWrap(kind != "link")
            # Aligned to the interface's leading edge, whatever the script of the value.
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            if kind != "text":
                label.setTextFormat(Qt.TextFormat.RichText)
                # Links from a contact file open only through the guarded door.
                label.setOpenExternalLinks(False)
                if kind == "links":
                    label.linkActivated.connect(open_link)
            if kind == "text" and not label_text:
                form.addRow(label)  # the section's title says what it is: full width
            else:
                form.addRow(label_text, label)
            self._rows[key] = label
            self._form_of[key] = form
        self._sections.append((heading, [key for key, _t, _k in rows]))

    def set_actions(self, actions: list[QAction]) -> None:
        """The quick actions the header offers for the shown contact."""
        self.header.set_actions(actions)

    def host(self, widget: QWidget, show: Callable[[int | None], None]) -> None:
        """Place a feature's widget under the header; ``show`` is told each contact shown."""
        self._hosts.addWidget(widget)
        self._hosted.append(show)

    def show_contact(
        self,
        data: ContactData | None,
        row: ContactRow | None,
        ledger: CardLedger | None = None,
    ) -> None:
        for label in self._conflict_labels:
            self._form_of["emails"].removeRow(label)
        self._conflict_labels = []
        self._filled = set()
        self.header.show_contact(data, row.id if row is not None else (data and data.id) or 0)
        self._progress_value = None
        for show in self._hosted:
            show(data.id if data is not None else None)
        if data is None:
            self._show_filled_rows()
            return
        self._organization = data.organization
        self._set_text("second_name", data.second_name)
        self._set_text("circle", circle_label(data.circle))
        self._set_text("how_met", data.how_met)
        topics = split_topics(data.can_help_with)
        self._set_text("can_help_with", " · ".join(isolate(t) for t in topics))
        self._set_text("location", data.location)
        # The address goes into the link percent-encoded: "a@b.com?attach=/etc/passwd"
        # must stay one odd address, not become a mail with a file attached.
        self._set_links(
            "emails",
            [(f"mailto:{quote(e.value.strip(), safe='@')}", e.value, e.label) for e in data.emails],
        )
        self._set_links(
            "phones",
            [
                (f"tel:{quote(p.value.strip(), safe='+-().')}", p.value, p.label)
                for p in data.phones
            ],
        )
        self._set_links("profiles", [(u.value, _profile_text(u.value), "") for u in data.urls])
        comma = "، " if self.isRightToLeft() else ", "
        self._set_text("tags", comma.join(isolate(t) for t in data.tags))
        if row is not None:
            self._set_text("keep_in_touch", self._keep_in_touch(data, row))
            self._progress_value = _progress(row, dt.date.today())
        if ledger is not None:
            self._add_ledger(data, ledger)
        self._set_text("notes", data.notes)
        self._show_filled_rows()
        # Rows came and went: let the scroll area size the card anew, now rather than
        # over the next passes of the event loop, so the window paints the card once,
        # laid out, instead of once before and once after.
        self._body.activate()
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
            "second_name": self.tr("Name in the other script"),
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
            # First in the Contact section: the card is wrong until it is settled.
            self._form_of["emails"].insertRow(0, self.tr("Sync conflict"), label)
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
        # Each line in its own direction, the paragraph in the interface's, so values
        # of either script line up on the same side.
        lines = text.strip().split("\n")
        self._rows[key].setText(lines_in_ui_direction(lines, self.isRightToLeft()))
        self._filled.add(key)

    def _show_filled_rows(self) -> None:
        # One repaint for all the rows shown or hidden, not one per row.
        self.setUpdatesEnabled(False)
        try:
            for key, label in self._rows.items():
                if key not in self._filled:
                    label.clear()  # so no stale text lingers in a hidden row
                if (key in self._filled) != (key in self._visible):
                    self._form_of[key].setRowVisible(label, key in self._filled)
            for heading, keys in self._sections:
                heading.setVisible(any(k in self._filled for k in keys))
            value = self._progress_value
            self._progress.setVisible(value is not None and "keep_in_touch" in self._filled)
            if value is not None:
                self._progress.setValue(value)
        finally:
            self.setUpdatesEnabled(True)
        self._visible = set(self._filled)

    def _set_links(self, key: str, links: list[tuple[str, str, str]]) -> None:
        """One line per (address, text, label): the label (work, home, mobile…) then the
        value, a link when it may be opened, else plain text."""
        if not links:
            return
        label = self._rows[key]
        self._filled.add(key)
        # Each line starts in the interface's direction; the lines share one paragraph,
        # each part isolated from the next.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        lines = []
        for url, text, kind in links:
            shown = html.escape(isolate(without_bidi_controls(text)))
            if openable(url):
                shown = f'<a href="{html.escape(url, quote=True)}">{shown}</a>'
            name = value_label(kind.strip()) if kind.strip() else ""
            prefix = f"{html.escape(isolate(name))}: " if name else ""
            lines.append(mark + prefix + shown)
        label.setText("<br>".join(lines))


def _progress(row: ContactRow, today: dt.date) -> int | None:
    """How far along (0-100) the wait from the last contact to the next due date is."""
    if row.next_due is None or row.last_contact is None:
        return None
    span = (row.next_due - row.last_contact.date()).days
    if span <= 0:
        return 100
    done = (today - row.last_contact.date()).days
    return max(0, min(100, round(100 * done / span)))


def _profile_text(url: str) -> str:
    """ "LinkedIn" for a LinkedIn address, by its host; the address itself otherwise.

    A site's name hides the address, so it is given only to links that open (and
    thus are web pages on that very host); the rest show what they really are.
    """
    kind = link_kind(url)
    if kind in _LINK_NAMES and openable(url):
        return _LINK_NAMES[kind]
    return url
