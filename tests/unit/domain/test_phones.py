import pytest

from netdesk.domain.phones import phone_key

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
