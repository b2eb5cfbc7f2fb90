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
    without_bidi_controls,
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


# Isolation of user text ---------------------------------------------------------------

FSI, PDI, PDF, RLO, LRO, RLE, LRE, LRI, RLI = (
    "\u2068",
    "\u2069",
    "\u202c",
    "\u202e",
    "\u202d",
    "\u202b",
    "\u202a",
    "\u2066",
    "\u2067",
)
_PARAGRAPH_ENDS = "\n\r\x1c\x1d\x1e\x85\u2029"


def _depths_balance(paragraph: str) -> bool:
    """True when every embedding/isolate in ``paragraph`` is closed by its own closer."""
    stack: list[str] = []
    for ch in paragraph:
        if ch in "\u202a\u202b\u202d\u202e":
            stack.append("embedding")
        elif ch in "\u2066\u2067\u2068":
            stack.append("isolate")
        elif ch == PDF:
            if not stack or stack.pop() != "embedding":
                return False
        elif ch == PDI and (not stack or stack.pop() != "isolate"):
            return False
    return not stack


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("Ahmed", f"{FSI}Ahmed{PDI}"),
        ("ليلى", f"{FSI}ليلى{PDI}"),
        # An override goes, with its PDF: the letters read in their own order.
        (f"{RLO}gnp.exe", f"{FSI}gnp.exe{PDI}"),
        (f"photo{RLO}gnp.exe{PDF}", f"{FSI}photognp.exe{PDI}"),
        (f"{LRO}محمد{PDF} x", f"{FSI}محمد x{PDI}"),
        # A closed embedding stays; one never closed goes, and so does a closer of nothing.
        (f"a{RLE}ب{PDF}c", f"{FSI}a{RLE}ب{PDF}c{PDI}"),
        (f"a{RLE}b", f"{FSI}ab{PDI}"),
        (f"a{PDI}b{PDF}c", f"{FSI}abc{PDI}"),
        (f"{RLI}x{RLE}y", f"{FSI}xy{PDI}"),
        # A PDI ends the embeddings opened inside its isolate: those go.
        (f"{LRI}a{LRE}b{PDI}c", f"{FSI}{LRI}ab{PDI}c{PDI}"),
        # A PDF cannot close an embedding from outside the isolate it is in.
        (f"{RLE}{RLI}x{PDF}{PDI}{PDF}", f"{FSI}{RLE}{RLI}x{PDI}{PDF}{PDI}"),
        # Each paragraph alone: the algorithm starts afresh after a line break.
        (f"a{RLE}\nb{PDF}", f"{FSI}a{PDI}\n{FSI}b{PDI}"),
        ("a\r\n\nb", f"{FSI}a{PDI}\r\n\n{FSI}b{PDI}"),
    ],
)
def test_isolate(text: str, expected: str) -> None:
    assert isolate(text) == expected


def test_neutralise_bidi_is_linear_on_hostile_input() -> None:
    # Nested far past the algorithm's 125 levels: balanced, it still matches (Qt too).
    text = FSI * 50_000 + "x" + PDI * 50_000 + RLO * 50_000
    assert neutralise_bidi(text) == FSI * 50_000 + "x" + PDI * 50_000


_BIDI_ALPHABET = st.sampled_from(
    list("ab ا\n\r\u2029\u061c\u200e\u200f")
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


@given(st.text(_BIDI_ALPHABET, max_size=40))
def test_isolate_is_always_balanced_and_keeps_the_text(text: str) -> None:
    shown = isolate(text)
    paragraphs = re.split(f"\r\n|[{_PARAGRAPH_ENDS}]", shown)
    for paragraph in paragraphs:
        if paragraph:
            assert paragraph[0] == FSI and paragraph[-1] == PDI
            assert _depths_balance(paragraph)
    # Only controls are added or dropped: the letters, marks and breaks are all there.
    assert without_bidi_controls(shown) == without_bidi_controls(text)
    assert RLO not in shown and LRO not in shown
    assert neutralise_bidi(shown) == shown  # nothing more to neutralise


def test_without_bidi_controls() -> None:
    assert without_bidi_controls(f"x@{RLO}moc.elpmaxe\u200f{PDF}") == "x@moc.elpmaxe"
    assert without_bidi_controls("أحمد Ali") == "أحمد Ali"
