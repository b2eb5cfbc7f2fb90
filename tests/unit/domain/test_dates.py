import pytest

from netdesk.domain.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-04-15", PartialDate(4, 15, 1990)),
        ("19900415", PartialDate(4, 15, 1990)),
        ("1990-04-15T08:30:00Z", PartialDate(4, 15, 1990)),
        ("  1990-04-15 ", PartialDate(4, 15, 1990)),
        ("--04-15", PartialDate(4, 15)),
        ("--0415", PartialDate(4, 15)),
        ("--02-29", PartialDate(2, 29)),
        ("2024-02-29", PartialDate(2, 29, 2024)),
    ],
)
def test_parse(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "2023-02-29", "1990-13-01", "1990-00-10", "--02-30", "--13-01", "90-4-15"],
)
def test_parse_rejects_non_dates(text: str) -> None:
    assert PartialDate.parse(text) is None


def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="day"):
        PartialDate(4, 31)


@pytest.mark.parametrize(
    ("date", "iso"),
    [(PartialDate(4, 5, 1990), "1990-04-05"), (PartialDate(2, 29), "--02-29")],
)
def test_iso_round_trips(date: PartialDate, iso: str) -> None:
    assert date.iso() == iso == str(date)
    assert PartialDate.parse(iso) == date
