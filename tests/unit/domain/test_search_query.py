"""The search box's query language (issue 18)."""

import datetime as dt

import pytest

from netdesk.domain.search_query import (
    Filter,
    FilterKind,
    QueryError,
    SearchQuery,
    parse,
    quiet_since,
    with_filter,
    without_filter,
)


def test_filters_and_words() -> None:
    q = parse('circle:classmate in:Dubai due "Interview Prep" visa')
    assert q.filters == (
        Filter(FilterKind.CIRCLE, "classmate"),
        Filter(FilterKind.LOCATION, "Dubai"),
        Filter(FilterKind.DUE),
    )
    assert q.terms == ("interview prep", "visa")


def test_arabic_keywords() -> None:
    q = parse("دائرة:زميل_دراسة في:دبي متأخر طلبات مفضل منذ:هذا_العام تأشيرة")
    assert [f.kind for f in q.filters] == [
        FilterKind.CIRCLE,
        FilterKind.LOCATION,
        FilterKind.OVERDUE,
        FilterKind.OPEN_ASKS,
        FilterKind.FAVOURITE,
        FilterKind.QUIET_SINCE,
    ]
    assert q.filters[0].value == "زميل دراسة"
    assert q.terms == ("تاشيره",)


def test_quoted_values_and_words_that_only_look_like_keys() -> None:
    q = parse('at:"Saudi Aramco" 10:30 https://x.org')
    assert q.filters == (Filter(FilterKind.ORGANIZATION, "Saudi Aramco"),)
    assert q.terms == ("10:30", "https://x.org")


@pytest.mark.parametrize("text", ['"interview prep', "colour:red", "circle:", "since:someday"])
def test_malformed_queries_raise(text: str) -> None:
    with pytest.raises(QueryError):
        parse(text)


def test_quiet_since_values() -> None:
    today = dt.date(2026, 6, 15)
    assert quiet_since("this-year", today) == dt.date(2026, 1, 1)
    assert quiet_since("هذا_العام", today) == dt.date(2026, 1, 1)
    assert quiet_since("2025", today) == dt.date(2025, 1, 1)
    assert quiet_since("90d", today) == dt.date(2026, 3, 17)
    assert quiet_since("2025-03-01", today) == dt.date(2025, 3, 1)


def test_text_round_trips_and_chips_add_and_remove() -> None:
    q = parse('at:"Saudi Aramco" due visa')
    assert parse(q.text()) == q
    chip = Filter(FilterKind.FAVOURITE)
    assert without_filter(with_filter(q, chip), chip) == q
    assert SearchQuery().is_empty()
