"""Search that answers, for the window and the command line.

``find`` reads: the search box's text within the sidebar's selection, ranked, with the
reason of each person shown. ``SearchIndexKeeper`` keeps the search index up
to date after large writes (an import, a sync) on a worker thread, so that the window
never indexes a whole import between two keystrokes; small edits are indexed by the
next search itself (``store.search.ensure_indexed``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import peewee
from PySide6.QtCore import QObject, QTimer, Signal

from netdesk.domain.enums import Circle
from netdesk.domain.search_query import QueryError, SearchQuery, parse
from netdesk.domain.text import fold
from netdesk.printing.labels import circle_label
from netdesk.services.background import Latest, Task
from netdesk.store import search_index
from netdesk.store.contact_query import ContactQuery
from netdesk.store.search import (
    CATCH_UP_BEFORE_SEARCH,
    Hit,
    Scope,
    SearchCount,
    count,
    ensure_indexed,
    search,
)
from netdesk.store.search_reasons import MatchedField, Reason, reasons

__all__ = [
    "HIDDEN_COUNTED",
    "Hit",
    "MatchedField",
    "QueryError",
    "Reason",
    "SearchCount",
    "SearchIndexKeeper",
    "SearchPage",
    "SearchQuery",
    "circle_names",
    "find",
    "help_topics",
    "hidden_by_scope",
    "parse",
    "reasons_for",
    "total",
]


@cache
def circle_names() -> Mapping[str, str]:
    """Every name a ``circle:`` filter may give a circle (folded): its stored value and
    its English and Arabic labels, spaces or underscores alike."""
    names: dict[str, str] = {}
    for circle in Circle:
        for name in (circle.value, circle_label(circle, "en"), circle_label(circle, "ar")):
            names[fold(name)] = circle.value
            names[fold(name).replace("_", " ")] = circle.value
    return names


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of people found, with the reason of each (by contact id)."""

    hits: list[Hit]
    reasons: dict[int, Reason]

    @property
    def ids(self) -> list[int]:
        return [h.contact_id for h in self.hits]


def _scope(base: ContactQuery) -> Scope:
    return Scope(base, circle_names())


def find(
    query: SearchQuery,
    base: ContactQuery | None = None,
    limit: int | None = None,
    offset: int = 0,
    *,
    with_reasons: bool = True,
) -> SearchPage:
    """People matching ``query`` within ``base`` (its filters; its text is ignored).

    ``with_reasons`` false leaves the reasons to ``reasons_for`` the rows shown.
    """
    ensure_indexed()
    hits = search(query, _scope(base or ContactQuery()), limit, offset)
    return SearchPage(hits, reasons(hits, query.terms) if with_reasons else {})


def help_topics() -> list[str]:
    """Topics people can help with, most shared first (edits made so far included)."""
    ensure_indexed()
    return [topic for topic, _people in search_index.help_topics()]


def reasons_for(hits: Sequence[Hit], query: SearchQuery) -> dict[int, Reason]:
    return reasons(hits, query.terms)


def total(query: SearchQuery, base: ContactQuery | None = None) -> int:
    return count(query, _scope(base or ContactQuery()))


def counter(query: SearchQuery, base: ContactQuery | None = None) -> SearchCount:
    return SearchCount(query, _scope(base or ContactQuery()))


# People counted for the "0 results in Due" hint: more is said as "many".
HIDDEN_COUNTED = 100


def hidden_by_scope(query: SearchQuery, base: ContactQuery) -> int:
    """How many people ``query`` finds in the whole network, up to ``HIDDEN_COUNTED`` + 1
    (a first page's worth, found as a keystroke finds them, not a count of every match);
    0 when ``base`` is already the whole network."""
    if base == ContactQuery(
        sort=base.sort, descending=base.descending, arabic_first=base.arabic_first
    ):
        return 0
    return len(search(query, _scope(ContactQuery()), HIDDEN_COUNTED + 1))


class SearchIndexKeeper(QObject):
    """Works the search index's queue off on a worker thread after large writes, and
    after start-up when an upgrade queued the whole network.

    Signals:
        progress: (keys done, keys queued when the work began), while indexing.
        caught_up: the queue was emptied; searches shown may now find more.
        idle: the indexing stopped (done, failed or cancelled) and none follows.
    """

    progress = Signal(int, int)
    caught_up = Signal()
    idle = Signal()

    def __init__(self, services: Sequence[QObject], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = Latest()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._start)
        for service in services:
            service.changed.connect(self._on_changed)  # type: ignore[attr-defined]

    def _on_changed(self, _change: object) -> None:
        self._timer.start()

    def check(self) -> None:
        """Index in the background if the queue is too long for a search to do it."""
        self._timer.start()

    @property
    def indexing(self) -> bool:
        return self._latest.current is not None

    def _start(self) -> None:
        try:
            if search_index.pending() <= CATCH_UP_BEFORE_SEARCH:
                return
        except (sqlite3.Error, peewee.DatabaseError):
            return  # the database went away (a restore, the window closing): nothing to do
        Task(
            self._work,
            parent=self,
            success=lambda _done: self.caught_up.emit(),
            # Indexing must never take the app down; the next change tries again.
            failure=lambda _error: None,
            finished=self._on_finished,
            latest=self._latest,
        ).run_in_background()

    def _on_finished(self) -> None:
        if self._latest.current is None:  # not superseded by a newer run
            self.idle.emit()

    def _work(self, cancel: threading.Event) -> int:
        total = search_index.pending()
        self._report(0, total)
        return search_index.catch_up(cancel=cancel, progress=lambda done: self._report(done, total))

    def _report(self, done: int, total: int) -> None:
        # Emitted from the worker: Qt queues it to the GUI thread. A keeper deleted with
        # its window meanwhile only ends the reports.
        with contextlib.suppress(RuntimeError):
            self.progress.emit(done, max(total, done))

    def stop(self) -> None:
        self._timer.stop()
        self._latest.cancel()
