"""The contact table's search: a name typed, or a question answered with reasons.

One or two letters, or no text, keep the name search of ``ContactQuery`` (word starts of
names, in the column order the user chose). Anything else the search box holds (a word
of three letters or more, a filter such as ``circle:classmate``) is read by the query
language and answered by ``services.search``: people ranked by where the words were
found, each with the reason shown in the Why column.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale

from netdesk.domain.search_query import QueryError, SearchQuery, parse
from netdesk.models.labels import circle_label, format_date
from netdesk.services import search
from netdesk.services.background import Latest, Task
from netdesk.services.contacts import ContactService
from netdesk.services.queries import ContactQuery, RowCount
from netdesk.translation import Context

# Rows a search reads first: three screens (the name search reads more, cheaply).
SEARCH_FIRST_ROWS = 100


def answering(text: str) -> SearchQuery | None:
    """The query ``text`` asks, when it is more than a name being typed; None otherwise
    (and for text the query language cannot read, which the name search then takes)."""
    if not text.strip():
        return None
    try:
        query = parse(text)
    except QueryError:
        return None
    if query.filters or any(len(t) >= 3 for t in query.terms):
        return query
    return None


class SearchReason(Context):
    pass


def field_names() -> dict[search.MatchedField, str]:
    """Translated names of the fields a reason names (made once per search)."""
    return {
        search.MatchedField.NAME: SearchReason.tr("Name"),
        search.MatchedField.NAME_SPELLING: SearchReason.tr("Name, another spelling"),
        search.MatchedField.CAN_HELP_WITH: SearchReason.tr("Can help with"),
        search.MatchedField.TAGS: SearchReason.tr("Tags"),
        search.MatchedField.ORGANIZATION: SearchReason.tr("Organisation"),
        search.MatchedField.TITLE: SearchReason.tr("Title"),
        search.MatchedField.LOCATION: SearchReason.tr("Location"),
        search.MatchedField.HOW_MET: SearchReason.tr("How we met"),
        search.MatchedField.CIRCLE: SearchReason.tr("Circle"),
        search.MatchedField.EMAIL: SearchReason.tr("Email"),
        search.MatchedField.PHONE: SearchReason.tr("Phone"),
        search.MatchedField.NOTES: SearchReason.tr("Notes"),
        search.MatchedField.TIMELINE: SearchReason.tr("Timeline"),
        search.MatchedField.ASK: SearchReason.tr("Ask"),
        search.MatchedField.OFFER: SearchReason.tr("Offer"),
        search.MatchedField.EVENT: SearchReason.tr("Event"),
        search.MatchedField.INTRODUCTION: SearchReason.tr("Introduction"),
        search.MatchedField.FILTER: SearchReason.tr("Filter"),
    }


def reason_text(
    reason: search.Reason, locale: QLocale, names: dict[search.MatchedField, str]
) -> tuple[str, list[tuple[int, int]]]:
    """ "Timeline 2 Oct 2025: Helped with a visa letter" and the matched spans in it;
    ``names`` are ``field_names()``."""
    head = names[reason.field]
    if reason.when is not None:
        head += " " + format_date(reason.when, locale)
    piece = reason.snippet
    body = piece.text
    if reason.field is search.MatchedField.CIRCLE:
        body = circle_label(body)
    prefix = f"{head}: " + ("…" if piece.cut_before else "")
    spans = [(start + len(prefix), end + len(prefix)) for start, end in piece.spans]
    return prefix + body + ("…" if piece.cut_after else ""), spans


class SearchState:
    """What the table's current text asks, and the reasons of the people shown."""

    def __init__(self, service: ContactService) -> None:
        self._service = service
        self.query: SearchQuery | None = None
        self._hits: dict[int, search.Hit] = {}
        self._reasons: dict[int, search.Reason | None] = {}
        self.field_names: dict[search.MatchedField, str] = {}
        self._rest = Latest()

    @property
    def active(self) -> bool:
        return self.query is not None

    @staticmethod
    def first_rows(text: str, rows: int) -> int:
        """How many rows a refresh reads first: fewer for a search, as each row of a
        search may mean walking the timeline; the rest come as the view scrolls."""
        return SEARCH_FIRST_ROWS if answering(text) is not None else rows

    def ids(self, query: ContactQuery, *, fresh: bool) -> list[int]:
        """The ids of ``query`` (``query.limit`` of them); ``fresh``: a new result."""
        if fresh:
            self._rest.cancel()  # a rest still being ranked is of the search before
            self.query = answering(query.text)
            self._hits = {}
            self._reasons = {}
            if self.query is not None and not self.field_names:
                self.field_names = field_names()
        if self.query is None:
            return self._service.query_ids(query)
        found = search.find(self.query, _base(query), query.limit, with_reasons=False)
        self._hits.update((h.contact_id, h) for h in found.hits)
        return found.ids

    def rest_in_background(
        self, query: ContactQuery, loaded: int, deliver: Callable[[list[int]], object]
    ) -> bool:
        """Rank the whole result of a search on a worker thread and ``deliver`` the ids
        after the first ``loaded`` (on the GUI thread, unless a new search came first);
        False when not searching (the name search reads the rest cheaply at once).

        A scroll past the first rows then never ranks every match on the GUI thread; the
        rows shown stay where they are, the rest is appended when it arrives.
        """
        if self.query is None:
            return False
        wanted, base = self.query, _base(query)

        def work(_cancel: threading.Event) -> list[search.Hit]:
            return search.find(wanted, base, with_reasons=False).hits

        def arrived(hits: list[search.Hit]) -> None:
            self._hits.update((h.contact_id, h) for h in hits[loaded:])
            deliver([h.contact_id for h in hits[loaded:]])

        Task(work, parent=self._service, success=arrived, latest=self._rest).run_in_background()
        return True

    def reason(self, contact_id: int, page: list[int]) -> search.Reason | None:
        """The reason ``contact_id`` was found; worked out with the rest of ``page``."""
        if self.query is None:
            return None
        if contact_id not in self._reasons:
            hits = [self._hits[c] for c in page if c in self._hits and c not in self._reasons]
            found = search.reasons_for(hits, self.query)
            self._reasons.update((h.contact_id, found.get(h.contact_id)) for h in hits)
        return self._reasons.get(contact_id)

    def counter(self, query: ContactQuery) -> RowCount:
        if self.query is None:
            return RowCount(query)
        return search.counter(self.query, _base(query))

    def hidden_elsewhere(self, query: ContactQuery) -> int:
        """People the search finds outside the sidebar's selection."""
        if self.query is None:
            return 0
        return search.hidden_by_scope(self.query, _base(query))


def _base(query: ContactQuery) -> ContactQuery:
    return replace(query, text="", limit=None)
