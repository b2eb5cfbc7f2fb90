"""Build the printed contact summary and the printed contact list as QTextDocuments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.printing.document import (
    BODY,
    NAME,
    SMALL,
    SUBTITLE,
    Para,
    SafeDocument,
    Style,
    Writer,
    new_document,
    text_direction,
)
from netdesk.printing.labels import (
    circle_label,
    days,
    direction_label,
    fill,
    format_date,
    format_partial_date,
    free_label,
    kind_label,
    tr,
)
from netdesk.printing.summary_data import (
    AskEntry,
    EventEntry,
    KeepInTouch,
    LedgerEntry,
    ListRow,
    SummaryData,
)

PHOTO_MAX_PX = (96.0, 120.0)  # about 25 x 32 mm
DATE_COLUMN = 17.0


def build_summary_document(data: SummaryData, language: str = "en") -> SafeDocument:
    """The one-page (or longer) brief of a person, ready for ``render_documents``.

    Args:
        data: Everything to print; ``interactions`` newest first.
        language: ``"en"`` or ``"ar"``; Arabic documents are right-to-left.
    """
    doc = new_document(language)
    contact = data.contact
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, contact.best_name())
    w = Writer(doc)
    _title(w, contact)
    _details(w, contact)
    _text_section(w, "How we met", contact.how_met)
    _text_section(w, "Can help with", contact.can_help_with)
    _keep_in_touch(w, data.keep_in_touch)
    _ledger(w, "What I gave", data.gave)
    _ledger(w, "What I received", data.received)
    _asks(w, data.open_asks)
    _events(w, data.events)
    _interactions(w, data)
    _text_section(w, "Notes", contact.notes)
    return doc


def build_list_document(
    rows: Sequence[ListRow], language: str = "en", title: str = ""
) -> SafeDocument:
    """A compact phone list: one table row per contact, header repeated on every page."""
    doc = new_document(language)
    w = Writer(doc)
    heading = title or tr("Contacts", language)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, heading)
    w.paragraph(heading, Style(15, bold=True), user=True, after=6)
    small = Style(8.5)
    compact = Style(8)
    w.table(
        [21, 19, 15, 27, 18],
        [
            [
                [Para(row.name, Style(8.5, bold=True))],
                [Para(row.organization, small)],
                [Para(row.title, small)],
                [Para(_unbroken_email(row.email), compact)],
                [Para(_unbroken_phone(row.phone), compact)],
            ]
            for row in rows
        ],
        header=[tr(h, language) for h in ("Name", "Organisation", "Title", "Email", "Phone")],
    )
    return doc


def _unbroken_phone(phone: str) -> str:
    """A phone number never wraps: a number split over two lines is misdialled."""
    return phone.replace(" ", "\u00a0").replace("-", "\u2011")


def _unbroken_email(email: str) -> str:
    """If an address must wrap, let it wrap after the @ rather than mid-word."""
    return email.replace("@", "@\u200b", 1)


def _title(w: Writer, contact: ContactData) -> None:
    """Name, title, organisation and circle, with the photo on the leading side."""
    paras = [Para(contact.best_name(), NAME)]
    if contact.nickname.strip() and contact.nickname.strip() != contact.best_name():
        paras.append(Para(f"“{contact.nickname.strip()}”", SMALL))
    for line in _same_direction_lines([contact.job_title, contact.department]):
        paras.append(Para(line, SUBTITLE))
    if contact.organization.strip():
        paras.append(Para(contact.organization.strip(), SUBTITLE))
    if contact.circle:
        paras.append(Para(circle_label(contact.circle, w.language), SMALL, user=False))
    photo = w.add_photo(contact.photo, *PHOTO_MAX_PX) if contact.photo else None
    if photo is None:
        for para in paras:
            w.paragraph(para.text, para.style, user=para.user)
        return
    w.table([18, 82], [[[Para("", image=photo)], paras]], rules=False, before=0)


def _details(w: Writer, contact: ContactData) -> None:
    lang = w.language
    rows: list[tuple[str, list[str]]] = []
    rows += [(_keyed("Email", item, lang), [item.value]) for item in contact.emails]
    rows += [(_keyed("Phone", item, lang), [item.value]) for item in contact.phones]
    rows += [
        (free_label(item.label, lang) if item.label else tr("Link", lang), [item.value])
        for item in contact.urls
    ]
    rows += [(_keyed("Address", item, lang), item.value.splitlines()) for item in contact.addresses]
    if contact.location.strip():
        rows.append((tr("Location", lang), [contact.location.strip()]))
    if contact.birthday is not None:
        rows.append((tr("Birthday", lang), [format_partial_date(contact.birthday, lang)]))
    tags = [t.strip() for t in contact.tags if t.strip()]
    if tags:
        rows.append((tr("Tags", lang), _same_direction_lines(tags)))
    if not rows:
        return
    w.heading(tr("Contact details", lang))
    _key_values(w, rows)


def _keep_in_touch(w: Writer, kit: KeepInTouch) -> None:
    lang = w.language
    last = format_date(kit.last_contact, lang) if kit.last_contact else tr("No contact yet", lang)
    cadence = (
        fill(tr("Every %1", lang), days(kit.cadence_days, lang))
        if kit.cadence_days
        else tr("Not set", lang)
    )
    rows = [(tr("Last contact", lang), [last]), (tr("Cadence", lang), [cadence])]
    if kit.next_due is not None:
        ahead = (kit.next_due - kit.today).days
        if kit.overdue_days:
            due = fill(
                tr("Overdue by %1 (due %2)", lang),
                days(kit.overdue_days, lang),
                format_date(kit.next_due, lang),
            )
        elif ahead == 0:
            due = tr("Due today", lang)
        else:
            due = fill(
                tr("Due in %1 (%2)", lang), days(ahead, lang), format_date(kit.next_due, lang)
            )
        rows.append((tr("Next due", lang), [due]))
    w.heading(tr("Keep in touch", lang))
    _key_values(w, rows)


def _ledger(w: Writer, heading: str, entries: list[LedgerEntry]) -> None:
    if not entries:
        return
    w.heading(tr(heading, w.language))
    w.table(
        [DATE_COLUMN, 100 - DATE_COLUMN],
        [[_date_cell(w, e.when), [Para(e.summary)]] for e in entries],
    )


def _asks(w: Writer, asks: list[AskEntry]) -> None:
    if not asks:
        return
    lang = w.language
    w.heading(tr("Open asks", lang))
    rows = []
    for ask in asks:
        what = [Para(ask.what)] + ([Para(ask.outcome, SMALL)] if ask.outcome.strip() else [])
        rows.append([_date_cell(w, ask.when), what, [Para(free_label(ask.status, lang))]])
    w.table([DATE_COLUMN, 63, 20], rows, header=[tr(h, lang) for h in ("Date", "Ask", "Status")])


def _events(w: Writer, events: list[EventEntry]) -> None:
    if not events:
        return
    lang = w.language
    w.heading(tr("Events we both attended", lang))
    w.table(
        [DATE_COLUMN, 53, 30],
        [[_date_cell(w, e.when), [Para(e.name)], [Para(e.place)]] for e in events],
        header=[tr(h, lang) for h in ("Date", "Event", "Place")],
    )


def _interactions(w: Writer, data: SummaryData) -> None:
    if not data.interactions:
        return
    lang = w.language
    w.heading(tr("Recent interactions", lang))
    rows = []
    for item in data.interactions:
        summary = item.summary.strip() or item.notes.strip().split("\n", 1)[0]
        rows.append(
            [
                _date_cell(w, item.when.date()),
                [Para(kind_label(item.kind, lang), user=False)],
                [Para(direction_label(item.direction, lang), user=False)],
                [Para(summary)],
            ]
        )
    w.table(
        [DATE_COLUMN, 14, 13, 56],
        rows,
        header=[tr(h, lang) for h in ("Date", "Kind", "Direction", "Summary")],
    )


def _text_section(w: Writer, heading: str, text: str) -> None:
    if not text.strip():
        return
    w.heading(tr(heading, w.language))
    w.paragraph(text.strip(), BODY, user=True)


def _key_values(w: Writer, rows: list[tuple[str, list[str]]]) -> None:
    w.table(
        [24, 76],
        [[[Para(key, SMALL)], [Para(v) for v in values]] for key, values in rows],
        rules=False,
    )


def _keyed(kind: str, item: Labeled, language: str) -> str:
    label = tr(kind, language)
    return f"{label} · {free_label(item.label, language)}" if item.label.strip() else label


def _date_cell(w: Writer, when: dt.date) -> list[Para]:
    return [Para(format_date(when, w.language), BODY, user=False)]


def _same_direction_lines(parts: list[str]) -> list[str]:
    """Join parts with " · " on one line when they share a direction, else one per line.

    Mixing directions on one line lets the bidi algorithm reorder the separators.
    """
    parts = [p.strip() for p in parts if p.strip()]
    if not parts:
        return []
    first = text_direction(parts[0], Qt.LayoutDirection.LeftToRight)
    if all(text_direction(p, first) == first for p in parts):
        return [" · ".join(parts)]
    return parts
