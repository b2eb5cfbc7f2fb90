import pytest

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.names import derive_display_name
from netdesk.domain.validation import looks_like_email


@pytest.mark.parametrize(
    "text",
    ["omar@example.com", " nour.hassan+work@mail.co.uk ", "محمد@مثال.مصر", "a@b.cd"],
)
def test_looks_like_email(text: str) -> None:
    assert looks_like_email(text)


@pytest.mark.parametrize(
    "text",
    ["", "omar", "omar@", "@example.com", "omar@example", "om ar@example.com", "a@b@c.com", "a@b."],
)
def test_does_not_look_like_email(text: str) -> None:
    assert not looks_like_email(text)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("محمد", "السيد"), "محمد السيد"),
        ((" Omar ", "  "), "Omar"),
        (("", "Hassan"), "Hassan"),
        (("", "", "Nono", "Fawry"), "Nono"),
        (("", "", "", "Fawry", "x@y.com"), "Fawry"),
        (("", "", "", "", " x@y.com "), "x@y.com"),
        (("", ""), ""),
    ],
)
def test_derive_display_name(args: tuple[str, ...], expected: str) -> None:
    assert derive_display_name(*args) == expected


def test_best_name_prefers_set_name_then_falls_back_to_phone() -> None:
    assert ContactData(display_name=" Dr. Leila ", given_name="Leila").best_name() == "Dr. Leila"
    assert ContactData(phones=[Labeled("+20 100 123 4567")]).best_name() == "+20 100 123 4567"
    assert ContactData(urls=[Labeled("linkedin.com/in/x")]).is_empty() is False
    assert ContactData(notes="only notes").is_empty() is True
