"""A spelling-blind key of a name, the same for its Arabic and Latin writings.

"أحمد", "Ahmed" and "Ahmad" are one name; so are "محمد", "Mohamed", "Mohammed" and
"Muhammad", or "عبد الرحمن", "Abdel Rahman" and "Abdulrahman". Search indexes the
*skeleton* of each word of a name and looks a typed word's skeleton up, so either script
finds the other and every common romanisation finds the rest.

The skeleton is the word's consonants: Arabic is romanised letter by letter with
``anyascii`` (which, like unvoweled Arabic, writes no short vowels), then both scripts
go through the same Latin rules: digraphs to one letter (kh, sh, th, dh, gh, ch, ph),
letters that romanisations use for the same sound made one (q/k/c, j/g, p/b, v/f, z),
vowels, w and y inside a word, and hamza/ain marks dropped, doubled letters made single
and a final h dropped (the ta marbuta of "فاطمة", written "Fatima" or "Fatimah"). The
article (al-, el-, ال) and the "abd al" of compound names are split off first.

Different names can share a skeleton (Hassan and Hussein); search therefore ranks these
matches below matches of the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Word boundary in an indexed skeleton text: "|hmd|mhmd|" (see ``skeleton_text``).
MARK = "|"

_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Latin "abdel rahman", "abd-al-rahman", "abdulrahman": "abd" and the rest.
_LATIN_ABD = re.compile(r"^(abd)(?:[-' ]?(?:al|el|ul|ol|il))?[-' ]?(?=\w)")
_ARABIC_ABD = "عبدال"
_ARTICLES = frozenset(("al", "el", "ul", "ال"))
# Digraphs become one symbol (upper case: never an input letter, as words are lowered).
_DIGRAPHS = (
    ("kh", "X"),
    ("sh", "S"),
    ("ch", "S"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
)
_SINGLE = str.maketrans("qcjpv", "kkgbf")
_DROPPED = frozenset("aeiouwy'`")


def _latin_words(text: str) -> list[str]:
    """``text`` as lower-case Latin words: Arabic romanised, articles split off."""
    # NFKD then no combining marks: no accents, harakat or hamza above/below (أ -> ا).
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    words: list[str] = []
    for raw in _WORD.findall(plain.replace("\u0640", "")):
        word = raw.lower()
        words.extend(_arabic_parts(word) if _ARABIC_LETTER.search(word) else _latin_parts(word))
    return [w for w in words if w and w not in _ARTICLES]


def _arabic_parts(word: str) -> list[str]:
    word = word.replace("ٱ", "ا")
    parts = [word]
    if word.startswith(_ARABIC_ABD) and len(word) > len(_ARABIC_ABD):
        parts = ["عبد", word[len(_ARABIC_ABD) :]]
    elif word.startswith("ال") and len(word) > 3:
        parts = [word[2:]]
    return [anyascii(p).lower() for p in parts]


def _latin_parts(word: str) -> list[str]:
    for article in ("al-", "el-", "al'", "el'"):
        if word.startswith(article):
            word = word[len(article) :]
    found = _LATIN_ABD.match(word)
    if found and len(word) > len(found.group(0)):
        return ["abd", word[len(found.group(0)) :]]
    return [p for p in re.split("[-']", word) if p]


@lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """The consonant key of one lower-case Latin word (see the module docstring)."""
    for pair, one in _DIGRAPHS:
        word = word.replace(pair, one)
    word = word.translate(_SINGLE)
    # A leading y or w is a consonant (Yasser, Waleed); a leading vowel is not written
    # in the other script's skeleton (أحمد romanises to "hmd"), so it goes too.
    head = word[:1] if word[:1] in ("y", "w") else ""
    out: list[str] = []
    for ch in head + "".join(c for c in word[len(head) :] if c not in _DROPPED):
        if ("a" <= ch <= "z" or ch in "XS") and (not out or out[-1] != ch):
            out.append(ch)
    if len(out) > 1 and out[-1] == "h":
        out.pop()
    return "".join(out)


def skeletons(text: str) -> list[str]:
    """The skeleton of each word of ``text``, empty ones left out."""
    return [s for s in (skeleton(w) for w in _latin_words(text)) if s]


def skeleton_text(text: str) -> str:
    """The indexed form of ``text``: its skeletons between marks, ``|hmd|mhmd|``.

    The marks let a search ask for a skeleton at the start of a word ("|hmd"), so that
    "Ahmed" (hmd) is not found inside "Mohamed" (mhmd).
    """
    found = skeletons(text)
    return MARK + MARK.join(found) + MARK if found else ""


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))
