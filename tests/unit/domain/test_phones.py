import pytest

from netdesk.domain.phones import phone_key, phone_match_key, plausible_phone_key

CAIRO_MOBILE = "+201001234567"


@pytest.mark.parametrize(
    "text",
    [
        "+20 100 123 4567",
        "0020 100 123 4567",
        "0100 123 4567",
        "0100-123-4567",
        "(0100) 123 4567",
        "٠١٠٠١٢٣٤٥٦٧",
        "+٢٠ ١٠٠ ١٢٣ ٤٥٦٧",
        "۰۱۰۰۱۲۳۴۵۶۷",
    ],
)
def test_egyptian_spellings_share_a_key(text: str) -> None:
    assert phone_key(text, "EG") == CAIRO_MOBILE
    assert phone_key(text, "eg") == CAIRO_MOBILE


def test_international_numbers_need_no_region() -> None:
    assert phone_key("+20 100 123 4567") == CAIRO_MOBILE
    assert phone_key("+966 50 123 4567") == "+966501234567"
    assert phone_key("+971 50 123 4567", "EG") == "+971501234567"


def test_local_number_without_region_is_its_digits() -> None:
    assert phone_key("0100 123 4567") == "01001234567"
    assert phone_key("٠١٠٠١٢٣٤٥٦٧") == "01001234567"


def test_region_decides_local_numbers() -> None:
    assert phone_key("050 123 4567", "SA") == "+966501234567"
    assert phone_key("050 123 4567", "AE") == "+971501234567"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("call me", ""), ("", ""), ("ext. 12", "12"), ("+1", "1"), ("+999 123", "999123")],
)
def test_garbage_gives_digits_or_nothing(text: str, expected: str) -> None:
    assert phone_key(text, "EG") == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("home phone 2 test", ""),
        ("home phone 2 test", "EG"),
        ("12345", ""),
        ("12345", "EG"),  # +2012345: too short to be anyone's full number
        ("123456", ""),
        ("1234567", "EG"),  # a local-only length in Egypt
        ("0000000", ""),
        ("+1 555 0100", "US"),
        ("ext. 12", "EG"),
        ("mobile", ""),
    ],
)
def test_short_numbers_and_words_are_not_match_keys(text: str, region: str) -> None:
    assert phone_match_key(text, region) == ""


@pytest.mark.parametrize(
    ("text", "region", "key"),
    [
        ("0100 123 4567", "EG", CAIRO_MOBILE),
        ("٠١٠٠١٢٣٤٥٦٧", "EG", CAIRO_MOBILE),
        ("+20 2 2345 6789", "", "+20223456789"),
        ("0100 123 4567", "", "01001234567"),  # no region: its digits, which are enough
        ("(0221) 1234567", "", "02211234567"),
        ("+683 4002", "", "+6834002"),  # Niue's numbers are short and valid
    ],
)
def test_full_numbers_are_match_keys(text: str, region: str, key: str) -> None:
    assert phone_match_key(text, region) == key
    assert plausible_phone_key(key)
