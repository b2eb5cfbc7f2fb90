"""Dates as spreadsheets and exporters write them."""

from __future__ import annotations

import re

from netdesk.domain.dates import PartialDate

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for m in names.split()
}
_NUMERIC = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _make(year: int | None, month: int, day: int) -> PartialDate | None:
    if year is not None and year < 100:
        # Two-digit years: "80" is 1980, "05" is 2005.
        year += 2000 if year < 50 else 1900
    if year == 0:
        year = None
    try:
        return PartialDate(month, day, year)
    except (ValueError, TypeError):
        return None


def parse_date(value: str, *, parts: bool = False, day_first: bool = False) -> PartialDate | None:
    """Parse a date cell; None when it is not a date (or is Outlook's "0/0/00").

    Args:
        value: the cell text.
        parts: ``value`` is "year-month-day" built from separate columns; the year
            may be empty.
        day_first: read an ambiguous "03/04/2020" as 3 April rather than March 4.
    """
    text = value.strip().lower()
    if not text:
        return None
    if parts:
        year_s, _, rest = text.partition("-")
        month_s, _, day_s = rest.partition("-")
        if not (month_s.isdigit() and day_s.isdigit()):
            return None
        year = int(year_s) if year_s.isdigit() else None
        return _make(year, int(month_s), int(day_s))
    if (date := PartialDate.parse(text)) is not None:
        return date
    if m := _NUMERIC.match(text):
        a, b, c = (int(x) for x in m.groups())
        if len(m[1]) == 4:
            return _make(a, b, c)
        if a == 0 or b == 0:
            return None
        if a > 12 or (day_first and b <= 12) or "." in text:
            return _make(c, b, a)
        return _make(c, a, b)
    if m := _DAY_MONTH_NAME.match(text):
        month = _MONTHS.get(m[2])
        return _make(int(m[3]), month, int(m[1])) if month else None
    if m := _MONTH_NAME_DAY.match(text):
        month = _MONTHS.get(m[1])
        return _make(int(m[3]), month, int(m[2])) if month else None
    return None
