import datetime as dt

import pytest

from netdesk.domain.cadence import DEFAULT_CADENCE, default_cadence, next_due
from netdesk.domain.enums import Circle

D = dt.date


def test_never_contacted_counts_from_created() -> None:
    assert next_due(None, D(2024, 1, 10), 30) == D(2024, 2, 9)


def test_last_contact_wins_over_created() -> None:
    assert next_due(D(2024, 3, 1), D(2020, 1, 1), 30) == D(2024, 3, 31)


@pytest.mark.parametrize("cadence", [None, 0, -5])
def test_no_cadence_means_never_due(cadence: int | None) -> None:
    assert next_due(D(2024, 3, 1), D(2024, 1, 1), cadence) is None
    assert next_due(None, D(2024, 1, 1), cadence, D(2030, 1, 1)) is None


def test_snooze_pushes_out() -> None:
    assert next_due(D(2024, 3, 1), D(2024, 1, 1), 30, D(2024, 5, 1)) == D(2024, 5, 1)


def test_snooze_never_pulls_in() -> None:
    assert next_due(D(2024, 3, 1), D(2024, 1, 1), 30, D(2024, 3, 10)) == D(2024, 3, 31)
    assert next_due(D(2024, 3, 1), D(2024, 1, 1), 30, D(2024, 3, 31)) == D(2024, 3, 31)


@pytest.mark.parametrize(
    ("last", "cadence", "expected"),
    [
        (D(2024, 1, 31), 30, D(2024, 3, 1)),  # through a leap February
        (D(2023, 1, 31), 30, D(2023, 3, 2)),  # through a common February
        (D(2024, 2, 28), 1, D(2024, 2, 29)),  # onto the leap day
        (D(2024, 2, 29), 365, D(2025, 2, 28)),  # from the leap day
        (D(2023, 12, 15), 30, D(2024, 1, 14)),  # over the year
        (D(2023, 3, 1), 366, D(2024, 3, 1)),
    ],
)
def test_calendar_boundaries(last: dt.date, cadence: int, expected: dt.date) -> None:
    assert next_due(last, D(2000, 1, 1), cadence) == expected


def test_every_circle_has_a_default() -> None:
    assert set(DEFAULT_CADENCE) == set(Circle)
    assert default_cadence(Circle.MENTOR) == 30
    assert default_cadence(Circle.OTHER) is None
    assert default_cadence("not a circle") is None


def test_an_ask_follow_up_brings_the_due_date_in_and_a_snooze_still_pushes_it_out():
    created = dt.date(2026, 1, 1)
    chase = dt.date(2026, 1, 10)
    assert next_due(None, created, None, follow_up=chase) == chase  # no cadence needed
    assert next_due(None, created, 30, follow_up=chase) == chase
    assert next_due(None, created, 5, follow_up=chase) == dt.date(2026, 1, 6)
    assert next_due(None, created, None, dt.date(2026, 2, 1), chase) == dt.date(2026, 2, 1)
