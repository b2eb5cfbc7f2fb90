"""Initials for a face without a photo: "SA" for Sara Ali, "م‌ع" for محمد العتيبي."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from netdesk.domain.text import without_bidi_controls

# Joins an Arabic letter to the next: initials shown side by side would join into a
# word ("مع"), so each is kept apart by a zero-width non-joiner and shows its own,
# isolated form.
ZWNJ = "\u200c"
# Not letters of a name: tatweel stretches a joined letter, ZWJ forces a joining form.
_NOT_LETTERS = dict.fromkeys(map(ord, "\u0640\u200d\u200c"))
# The article is not the family name's initial: العتيبي is ع, al-Otaibi is O.
_ARABIC_ARTICLE = "ال"
_LATIN_ARTICLES = ("al-", "el-")


def _letter(word: str) -> str:
    """The first character of ``word`` that is a letter, whole: composed with
    its marks (NFC: alef and hamza become أ), upper case, harakat dropped."""
    for char in word:
        if unicodedata.category(char)[0] == "L":
            return char.upper()
    return ""


def _without_article(word: str) -> str:
    if word.startswith(_ARABIC_ARTICLE) and len(word) > len(_ARABIC_ARTICLE) + 1:
        return word[len(_ARABIC_ARTICLE) :]
    lower = word.lower()
    for article in _LATIN_ARTICLES:
        if lower.startswith(article) and len(word) > len(article):
            return word[len(article) :]
    return word


def _words(text: str) -> list[str]:
    clean = unicodedata.normalize("NFC", without_bidi_controls(text)).translate(_NOT_LETTERS)
    return [w for w in clean.split() if _letter(w)]


@lru_cache(maxsize=1024)
def initials(given: str, family: str, display: str = "") -> str:
    """One or two initials: of the given and family names, else of the first and last
    words of ``display`` (a one-word name, an organisation); "" when there is no letter.

    Arabic initials are separated by a zero-width non-joiner so that each shows in its
    own isolated form, never an initial or medial joining form.
    """
    first_words, last_words = _words(given), _words(family)
    if first_words and last_words:
        pair = [first_words[0], _without_article(last_words[0])]
    else:
        words = first_words or last_words or _words(display)
        if not words:
            return ""
        pair = [words[0]] if len(words) == 1 else [words[0], _without_article(words[-1])]
    letters = [_letter(w) for w in pair]
    joining = any(unicodedata.bidirectional(c) == "AL" for c in letters)
    return (ZWNJ if joining else "").join(letters)
