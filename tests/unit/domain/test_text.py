"""Arabic-aware folding: what search, duplicate matching and sorting agree on."""

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netdesk.domain.text import (
    _TABLE,
    digits_only,
    fold,
    is_arabic_script,
    isolate,
    neutralise_bidi,
    sort_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Diacritics (fatha, damma, shadda, sukun, kasra, tanwin) and tatweel vanish.
        ("مُحَمَّد", "محمد"),
        ("محمـــد", "محمد"),
        ("مُحَمَّـــد", "محمد"),
        ("كِتَابٌ", "كتاب"),
        # Alef variants become bare alef.
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        # Alef maqsura, ta marbuta, hamza on waw/ya.
        ("مصطفى", "مصطفي"),
        ("أسامة", "اسامه"),
        ("مؤمن", "مومن"),
        ("هانئ", "هاني"),
        # Persian kaf and ya.
        ("کریم", "كريم"),
        # Digits.
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        # Latin case and accents.
        ("José", "jose"),
        ("ÉCOLE", "ecole"),
        ("Zoë Ångström", "zoe angstrom"),
        ("Straße", "strasse"),
        # Whitespace runs collapse; ends are trimmed.
        ("  عبد   الله \t", "عبد الله"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أسامة", "اسامه"),
        ("مصطفى", "مصطفي"),
        ("مُحَمَّد", "محمـــد"),
        ("إيمان", "ايمان"),
        ("فاطمة", "فاطمه"),
    ],
)
def test_spelling_variants_of_real_names_fold_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_distinct_names_distinct() -> None:
    names = ["محمد", "محمود", "حامد", "أحمد", "حمدي", "عبد الله", "عبدالله"]
    assert len({fold(n) for n in names}) == len(names)


def test_fold_is_idempotent() -> None:
    for text in ["مُحَمَّد أسامة مصطفى", "José ÉCOLE", "٠١٠٠ ۱۲۳"]:
        assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+20 (100) 123-4567", "201001234567"),
        ("٠١٠٠ ١٢٣ ٤٥٦٧", "01001234567"),
        ("۰۵۰-۱۲۳", "050123"),
        ("no digits", ""),
    ],
)
def test_digits_only(text: str, expected: str) -> None:
    assert digits_only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محمد", True),
        ("  «أحمد» Smith", True),  # first strong letter decides
        ("123 مريم", True),
        ("ﻣﺤﻤﺪ", True),  # presentation forms, as extracted from PDFs
        ("ڤيروز", True),  # U+06A4, used for foreign "v"
        ("John محمد", False),
        ("José", False),
        ("", False),
        ("123 - !", False),
    ],
)
def test_is_arabic_script(text: str, expected: bool) -> None:
    assert is_arabic_script(text) is expected


def test_sort_key_ignores_diacritics_and_case() -> None:
    assert sort_key("مُحَمَّد") == sort_key("محمد")
    assert sort_key("ZOË") == sort_key("zoe")


def _reference_fold(text: str) -> str:
    """fold() as first written, character by character: the fast paths must agree."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.translate(_TABLE).casefold()).strip()


_AWKWARD = st.sampled_from(
    list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\u200b\ufeff")
    + list("\u0651\u064b\u0670\u0640\u0301\u0308أإآٱىئؤةکی٠٩۰۹ßİﬁ")
)


@given(st.text(alphabet=st.one_of(st.characters(), _AWKWARD)))
def test_fold_agrees_with_the_reference(text: str) -> None:
    assert fold(text) == _reference_fold(text)


# Bidi isolation -----------------------------------------------------------------------------
LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
CONTROLS = LRE + RLE + PDF + LRO + RLO + LRI + RLI + FSI + PDI


def _balanced(text: str) -> bool:
    """Every opener closed by its own kind of terminator, nothing left open."""
    closer = {c: PDF for c in LRE + RLE + LRO + RLO} | {c: PDI for c in LRI + RLI + FSI}
    stack: list[str] = []
    for ch in text:
        if ch in closer:
            stack.append(closer[ch])
        elif ch in (PDF, PDI) and (not stack or stack.pop() != ch):
            return False
    return not stack


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("gnp.exe", FSI + "gnp.exe" + PDI),
        (RLO + "gnp.exe", FSI + "gnp.exe" + PDI),  # the classic file-name spoof
        ("photo" + RLO + "gnp.exe" + PDF, FSI + "photognp.exe" + PDI),  # balanced, still gone
        ("a" + RLE + "ب" + PDF + "c", FSI + "a" + RLE + "ب" + PDF + "c" + PDI),  # kept
        ("a" + RLE + "b", FSI + "ab" + PDI),  # never closed
        ("a" + PDF + PDI + "b", FSI + "ab" + PDI),  # closes nothing
        (RLI + "x" + PDI + "y", FSI + RLI + "x" + PDI + "y" + PDI),
        (RLI + RLE + "x" + PDI, FSI + RLI + "x" + PDI + PDI),  # PDI ends what RLE opened
        (RLE + RLI + "x" + PDF + PDI + PDF, FSI + RLE + RLI + "x" + PDI + PDF + PDI),
        ("ليلى", FSI + "ليلى" + PDI),
    ],
)
def test_isolate(text: str, expected: str) -> None:
    assert isolate(text) == expected


@given(st.text(alphabet=st.sampled_from(list(CONTROLS + "ab ب1."))))
def test_isolate_is_balanced_and_loses_no_text(text: str) -> None:
    out = isolate(text)
    assert _balanced(out)
    assert not set(out) & set(LRO + RLO)
    assert [c for c in out if c not in CONTROLS] == [c for c in text if c not in CONTROLS]
    if text:
        assert out.startswith(FSI) and out.endswith(PDI)
        assert neutralise_bidi(out[1:-1]) == out[1:-1]  # nothing more to neutralise


def test_neutralise_bidi_is_linear_on_hostile_input() -> None:
    text = FSI * 50_000 + "x" + PDI * 50_000 + RLO * 50_000
    assert neutralise_bidi(text) == FSI * 50_000 + "x" + PDI * 50_000
