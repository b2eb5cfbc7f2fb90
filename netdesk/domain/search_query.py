"""The search box's small query language, in English and Arabic keywords.

``circle:classmate in:Dubai due visa`` is three filters and one word. A filter is
``key:value`` (the value quoted when it holds spaces: ``at:"Saudi Aramco"``) or a bare
flag (``due``, ``overdue``, ``fav``, ``asks``); everything else is text to find, a quoted
run of words (``"interview prep"``) kept together. Keywords:

=============  ===========================  ==========================================
filter         English                      Arabic
=============  ===========================  ==========================================
circle         ``circle:``                  ``دائرة:``
tag            ``tag:``                     ``وسم:``
organisation   ``at:`` ``org:``             ``في_جهة:`` ``جهة:``
location       ``in:`` ``location:``        ``في:`` ``مكان:``
can help with  ``helps:`` ``can:``          ``يساعد:``
not contacted  ``since:`` (a date, a year,   ``منذ:`` (``هذا_العام`` …)
since          ``this-year``, ``90d``)
due, overdue   ``due`` ``overdue``          ``مستحق`` ``متأخر``
open asks      ``asks``                     ``طلبات``
favourite      ``fav`` ``favourite``        ``مفضل``
=============  ===========================  ==========================================

Parsing is pure: values stay as typed, and the store resolves them (a circle's label
in either language, an organisation by its folded name).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from netdesk.domain.text import fold


class FilterKind(StrEnum):
    CIRCLE = "circle"
    TAG = "tag"
    ORGANIZATION = "at"
    LOCATION = "in"
    HELPS = "helps"
    QUIET_SINCE = "since"
    DUE = "due"
    OVERDUE = "overdue"
    OPEN_ASKS = "asks"
    FAVOURITE = "fav"


# Keyword (folded) -> the filter it names. Valued filters end in ":".
_VALUED = {
    "circle": FilterKind.CIRCLE,
    "دائرة": FilterKind.CIRCLE,
    "tag": FilterKind.TAG,
    "وسم": FilterKind.TAG,
    "at": FilterKind.ORGANIZATION,
    "org": FilterKind.ORGANIZATION,
    "جهة": FilterKind.ORGANIZATION,
    "في_جهة": FilterKind.ORGANIZATION,
    "in": FilterKind.LOCATION,
    "location": FilterKind.LOCATION,
    "في": FilterKind.LOCATION,
    "مكان": FilterKind.LOCATION,
    "helps": FilterKind.HELPS,
    "can": FilterKind.HELPS,
    "يساعد": FilterKind.HELPS,
    "since": FilterKind.QUIET_SINCE,
    "منذ": FilterKind.QUIET_SINCE,
}
_FLAGS = {
    "due": FilterKind.DUE,
    "مستحق": FilterKind.DUE,
    "overdue": FilterKind.OVERDUE,
    "متأخر": FilterKind.OVERDUE,
    "asks": FilterKind.OPEN_ASKS,
    "طلبات": FilterKind.OPEN_ASKS,
    "fav": FilterKind.FAVOURITE,
    "favourite": FilterKind.FAVOURITE,
    "favorite": FilterKind.FAVOURITE,
    "مفضل": FilterKind.FAVOURITE,
}
# The keyword each filter is written back with (``SearchQuery.text()``): the first.
_ENGLISH = {kind: key for key, kind in reversed(list({**_VALUED, **_FLAGS}.items()))}
# Looked up folded, as typed keywords are.
_VALUED = {fold(k): v for k, v in _VALUED.items()}
_FLAGS = {fold(k): v for k, v in _FLAGS.items()}
_THIS_YEAR = frozenset(
    fold(w) for w in ("this-year", "thisyear", "year", "هذا_العام", "السنة", "هذه_السنة")
)
_RELATIVE = re.compile(r"^(\d{1,4})([dwmy]|يوم|اسبوع|شهر|سنه)$")
_DAYS_PER = {"d": 1, "w": 7, "m": 30, "y": 365, "يوم": 1, "اسبوع": 7, "شهر": 30, "سنه": 365}
# A token: a quoted run, or a key: with a quoted value, or anything up to a space.
_TOKEN = re.compile(r'"[^"]*"|\S+?:"[^"]*"|\S+')


class QueryError(ValueError):
    """A query that cannot be read; ``str()`` is one line for the command line."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


@dataclass(frozen=True, slots=True)
class Filter:
    kind: FilterKind
    value: str = ""

    def text(self) -> str:
        key = _ENGLISH[self.kind]
        if not self.value:
            return key
        value = f'"{self.value}"' if " " in self.value else self.value
        return f"{key}:{value}"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Words to find (each a list of folded tokens that must appear together) and filters."""

    terms: tuple[str, ...] = ()
    filters: tuple[Filter, ...] = field(default=())

    def is_empty(self) -> bool:
        return not self.terms and not self.filters

    def text(self) -> str:
        words = [f'"{t}"' if " " in t else t for t in self.terms]
        return " ".join([*(f.text() for f in self.filters), *words])


def parse(text: str) -> SearchQuery:
    """Read the search box; raises ``QueryError`` for an unknown key, a missing value or
    an unclosed quote."""
    if text.count('"') % 2:
        raise QueryError("unclosed quote in the search", text)
    terms: list[str] = []
    filters: list[Filter] = []
    for token in _TOKEN.findall(text):
        if token.startswith('"'):
            phrase = fold(token.strip('"'))
            if phrase:
                terms.append(phrase)
            continue
        folded = fold(token)
        if folded in _FLAGS:
            filters.append(Filter(_FLAGS[folded]))
            continue
        key, colon, value = token.partition(":")
        if not colon or not key or not _looks_like_key(key):
            if folded:
                terms.append(folded)
            continue
        kind = _VALUED.get(fold(key))
        if kind is None:
            raise QueryError(f"unknown search filter {key}:", token)
        value = value.strip('"').strip()
        if not value:
            raise QueryError(f"no value after {key}:", token)
        if kind is FilterKind.QUIET_SINCE:
            quiet_since(value, dt.date.today())  # raises now, not when the search runs
        if kind is not FilterKind.QUIET_SINCE:
            value = value.replace("_", " ")  # in:New_York, as a space would end the token
        filters.append(Filter(kind, value))
    return SearchQuery(tuple(terms), tuple(filters))


def _looks_like_key(key: str) -> bool:
    """A word of letters (``circle``, ``في_جهة``): not a time (10:30) or a link."""
    return all(ch.isalpha() or ch == "_" for ch in key) and not key.startswith("http")


def quiet_since(value: str, today: dt.date) -> dt.date:
    """The date a ``since:`` value names: people not contacted since then match."""
    folded = fold(value)
    if folded in _THIS_YEAR:
        return dt.date(today.year, 1, 1)
    if re.fullmatch(r"\d{4}", folded):
        return dt.date(int(folded), 1, 1)
    relative = _RELATIVE.match(folded)
    if relative:
        return today - dt.timedelta(days=int(relative.group(1)) * _DAYS_PER[relative.group(2)])
    try:
        return dt.date.fromisoformat(folded)
    except ValueError:
        raise QueryError(f"not a date: {value}", value) from None


def with_filter(query: SearchQuery, item: Filter) -> SearchQuery:
    """``query`` with ``item`` added (once)."""
    if item in query.filters:
        return query
    return SearchQuery(query.terms, (*query.filters, item))


def without_filter(query: SearchQuery, item: Filter) -> SearchQuery:
    return SearchQuery(query.terms, tuple(f for f in query.filters if f != item))
