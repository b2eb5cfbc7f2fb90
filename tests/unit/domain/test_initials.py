import unicodedata

import pytest

from netdesk.domain.initials import ZWNJ, initials


@pytest.mark.parametrize(
    ("given", "family", "display", "expected"),
    [
        ("Sara", "Ali", "", "SA"),
        ("sara", "ali", "", "SA"),
        ("Émile", "Zola", "", "ÉZ"),
        ("", "", "Madonna", "M"),
        ("Madonna", "", "", "M"),
        ("", "", "Acme Trading Company", "AC"),
        ("Omar", "al-Rashid", "", "OR"),
        ("", "", "", ""),
        ("", "", "  ", ""),
        ("", "", "+20 100 000", ""),
    ],
)
def test_latin_and_one_word_names(given: str, family: str, display: str, expected: str) -> None:
    assert initials(given, family, display) == expected


def test_arabic_initials_are_whole_letters_kept_from_joining() -> None:
    shown = initials("محمد", "العتيبي")
    # Two whole letters (the article skipped), a non-joiner between them: each letter
    # keeps its isolated form instead of joining into the word "مع".
    assert shown == f"م{ZWNJ}ع"
    assert shown.replace(ZWNJ, "") == "مع"


def test_arabic_one_word_name() -> None:
    assert initials("", "", "فيروز") == "ف"
    assert initials("فيروز", "", "") == "ف"


def test_arabic_letters_are_composed_and_bare() -> None:
    # Alef followed by a combining hamza (as some phones write it) is one letter, أ;
    # tatweel, harakat and a joiner never become the initial or stick to it.
    decomposed = "\u0627\u0654\u062d\u0645\u062f"
    assert initials(decomposed, "\u0640\u200dسَعيد") == f"أ{ZWNJ}س"
    for char in initials(decomposed, "\u0640\u200dسَعيد"):
        assert unicodedata.category(char) != "Mn"
        assert char not in "\u0640\u200d"


def test_bidi_controls_are_dropped() -> None:
    assert initials("\u2068Sara\u2069", "\u202eAli", "") == "SA"


def test_mixed_scripts() -> None:
    assert initials("Sara", "العلي", "") == f"S{ZWNJ}ع"
