"""Build the printed contact summary and the printed contact list as QTextDocuments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtGui import QTextDocument

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.help_topics import split_topics
from netdesk.domain.text import isolate, neutralise_bidi
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
)
from netdesk.printing.labels import (
    circle_label,
    days,
    direction_label,
    earlier,
    fill,
    format_date,
    format_partial_date,
    free_label,
    kind_label,
    times,
    tr,
)
from netdesk.printing.render import PrintJob, Shorter
from netdesk.printing.summary_data import (
    GiveAndTake,
    KeepInTouch,
    ListRow,
    PrintedAsk,
    PrintedEvent,
    SummaryData,
)

PHOTO_MAX_PX = (96.0, 120.0)  # about 25 x 32 mm
DATE_COLUMN = 17.0
# What the brief keeps of each list, newest first; the full history prints them all.
# Interactions: as many as fit the first page (the renderer picks, see
# ``summary_job``), from all of the last fifteen down to three; an everyday contact's
# page holds four in Arabic, whose lines are the taller, and about twelve in English.
BRIEF_MOST_INTERACTIONS = 15
BRIEF_FEWEST_INTERACTIONS = 3
BRIEF_CLOSED_ASKS = 5
BRIEF_EVENTS = 5


def summary_job(data: SummaryData, language: str = "en", *, full_history: bool = False) -> PrintJob:
    """The printed summary of one person: the one-page brief, or the full history.

    The brief lists as many of the newest interactions as its page holds, so it is
    built again with fewer rows when the paper turns out too short.
    """
    document = build_summary_document(data, language, full_history=full_history)
    header = data.contact.best_name()
    if full_history:
        return PrintJob(document, header, language)

    def build(rows: int) -> QTextDocument:
        return build_summary_document(data, language, interactions=rows)

    most = min(len(data.interactions), BRIEF_MOST_INTERACTIONS)
    return PrintJob(document, header, language, Shorter(build, most, BRIEF_FEWEST_INTERACTIONS))


def build_summary_document(
    data: SummaryData,
    language: str = "en",
    *,
    full_history: bool = False,
    interactions: int = BRIEF_MOST_INTERACTIONS,
) -> SafeDocument:
    """The brief of a person (one page), or their full history, for ``render_documents``.

    Every row is printed once: the gave/received ledger is a one-line balance next to
    the asks, and interactions appear only under their own heading.

    Args:
        data: Everything to print; lists newest first.
        language: ``"en"`` or ``"ar"``; Arabic documents are right-to-left.
        full_history: Print every interaction, closed ask and event instead of the
            newest few followed by "and N earlier".
        interactions: How many interactions the brief lists (``summary_job`` fits
            them to the page).
    """
    doc = new_document(language)
    contact = data.contact
    title = neutralise_bidi(contact.best_name())
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    w = Writer(doc)
    _title(w, contact, data.keep_in_touch)
    _details(w, contact)
    closed = data.closed_asks if full_history else data.closed_asks[:BRIEF_CLOSED_ASKS]
    _give_and_ask(w, data.balance, data.open_asks, closed, len(data.closed_asks) - len(closed))
    events = data.events if full_history else data.events[:BRIEF_EVENTS]
    _events(w, events, len(data.events) - len(events))
    _interactions(w, data, None if full_history else interactions)
    return doc


def build_list_document(
    rows: Sequence[ListRow], language: str = "en", title: str = "", *, heading: bool = True
) -> SafeDocument:
    """A compact phone list: one table row per contact, header repeated on every page;
    without ``heading``, the title is not printed above the table (a list's later part)."""
    doc = new_document(language)
    w = Writer(doc)
    name = title or tr("Contacts", language)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, name)
    if heading:
        w.paragraph(name, Style(15, bold=True), user=True, after=6)
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


def _title(w: Writer, contact: ContactData, kit: KeepInTouch) -> None:
    """Name, title, organisation, circle and keep-in-touch line, photo on the leading side."""
    paras = [Para(contact.best_name(), NAME)]
    if contact.nickname.strip() and contact.nickname.strip() != contact.best_name():
        paras.append(Para(f"“{isolate(contact.nickname.strip())}”", SMALL))
    for line in _same_direction_lines([contact.job_title, contact.department]):
        paras.append(Para(line, SUBTITLE))
    if contact.organization.strip():
        paras.append(Para(contact.organization.strip(), SUBTITLE))
    if contact.circle:
        paras.append(Para(circle_label(contact.circle, w.language), SMALL, user=False))
    paras.append(Para(_keep_in_touch(kit, w.language), SMALL, user=False))
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
    # Texts as rows here rather than sections of their own: a heading each would cost
    # the brief two lines of its one page, and the notes are read before the history.
    topics = split_topics(contact.can_help_with)
    if topics:
        rows.append((tr("Can help with", lang), _same_direction_lines(topics)))
    texts = (("How we met", contact.how_met), ("Notes", contact.notes))
    for key, text in texts:
        if text.strip():
            rows.append((tr(key, lang), text.strip().splitlines()))
    if not rows:
        return
    w.heading(tr("Contact details", lang))
    _key_values(w, rows)


def _keep_in_touch(kit: KeepInTouch, lang: str) -> str:
    """``Last contact 29 Jan 2025 · Every 30 days · Overdue by 10 days (due 28 Feb 2025)``."""
    parts = [
        fill(tr("Last contact %1", lang), format_date(kit.last_contact, lang))
        if kit.last_contact
        else tr("No contact yet", lang)
    ]
    if kit.cadence_days:
        parts.append(fill(tr("Every %1", lang), days(kit.cadence_days, lang)))
    if kit.next_due is not None:
        ahead = (kit.next_due - kit.today).days
        if kit.overdue_days:
            parts.append(
                fill(
                    tr("Overdue by %1 (due %2)", lang),
                    days(kit.overdue_days, lang),
                    format_date(kit.next_due, lang),
                )
            )
        elif ahead == 0:
            parts.append(tr("Due today", lang))
        else:
            parts.append(
                fill(tr("Due in %1 (%2)", lang), days(ahead, lang), format_date(kit.next_due, lang))
            )
    return " · ".join(parts)


def _give_and_ask(
    w: Writer,
    balance: GiveAndTake,
    open_asks: list[PrintedAsk],
    closed_asks: list[PrintedAsk],
    left_out: int,
) -> None:
    """One line of balance, then what I still wait for and how the rest turned out."""
    if not (balance.gave or balance.received or open_asks or closed_asks or left_out):
        return
    lang = w.language
    w.heading(tr("Give and ask", lang))
    line = fill(
        tr("I gave %1 · I received %2", lang),
        times(balance.gave, lang),
        times(balance.received, lang),
    )
    w.paragraph(line, BODY, user=False)
    rows = []
    # Open asks first: they are what to follow up; closed ones say how each turned out.
    for ask in [*open_asks, *closed_asks]:
        outcome = [Para(ask.outcome)] if ask.outcome.strip() else []
        status = Para(free_label(ask.status, lang), SMALL)
        rows.append([_date_cell(w, ask.when), [Para(ask.what)], [*outcome, status]])
    if rows:
        w.table([DATE_COLUMN, 45, 38], rows)
    _more(w, left_out, "asks")


def _events(w: Writer, events: list[PrintedEvent], left_out: int) -> None:
    if not events:
        return
    lang = w.language
    w.heading(tr("Events we both attended", lang))
    # No header row: a date, a name and a place need no labels, and the line is the brief's.
    w.table(
        [DATE_COLUMN, 53, 30],
        [[_date_cell(w, e.when), [Para(e.name)], [Para(e.place)]] for e in events],
    )
    _more(w, left_out, "events")


def _interactions(w: Writer, data: SummaryData, limit: int | None) -> None:
    if not data.interactions:
        return
    lang = w.language
    shown = data.interactions if limit is None else data.interactions[:limit]
    w.heading(tr("All interactions", lang) if limit is None else tr("Recent interactions", lang))
    rows = []
    for item in shown:
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
    _more(w, len(data.interactions) - len(shown), "interactions")


def _more(w: Writer, left_out: int, what: str) -> None:
    """The "and N earlier" line under a list the brief has cut short."""
    if left_out > 0:
        w.paragraph(earlier(left_out, what, w.language), SMALL, user=False, before=2)


def _key_values(w: Writer, rows: list[tuple[str, list[str]]]) -> None:
    w.table(
        [24, 76],
        [[[Para(key, SMALL)], [Para(v) for v in values]] for key, values in rows],
        rules=False,
    )


def _keyed(kind: str, item: Labeled, language: str) -> str:
    label = tr(kind, language)
    if not item.label.strip():
        return label
    return f"{label} · {isolate(free_label(item.label, language))}"


def _date_cell(w: Writer, when: dt.date) -> list[Para]:
    return [Para(format_date(when, w.language), BODY, user=False)]


def _same_direction_lines(parts: list[str]) -> list[str]:
    """Join parts with " · " on one line, each part a bidi isolate.

    Isolated, a part of either direction keeps its own order and cannot pull the
    separators into it, so mixed Arabic and Latin parts share a line too.
    """
    parts = [p.strip() for p in parts if p.strip()]
    return [" · ".join(isolate(p) for p in parts)] if parts else []
