"""Text folding shared by search, duplicate matching and sorting, so all three agree.

Arabic: diacritics (harakat, shadda, sukun, superscript alef) and tatweel are dropped;
alef with hamza/madda/wasla become bare alef, alef maqsura becomes ya, ta marbuta
becomes ha, hamza on waw/ya becomes the bare letter. Persian kaf/ya become Arabic.
Arabic-Indic and Extended Arabic-Indic digits become Western digits.
Latin: case-folded, accents removed.
"""

import unicodedata

_DIGITS = {ord("٠") + i: ord("0") + i for i in range(10)}
_DIGITS.update({ord("۰") + i: ord("0") + i for i in range(10)})

_LETTERS = {
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ئ"): "ي",
    ord("ؤ"): "و",
    ord("ة"): "ه",
    ord("ک"): "ك",
    ord("ی"): "ي",
    ord("ـ"): None,  # tatweel
}
_TABLE = {**_DIGITS, **_LETTERS}


class _MarksAndLetters(dict[int, int | str | None]):
    """``_TABLE`` plus every combining mark mapped to nothing, for ``str.translate``.

    Filled as characters are met: listing every combining mark up front means asking
    ``unicodedata`` about all 1.1 million code points at start-up.
    """

    def __missing__(self, code: int) -> int | str | None:
        value = None if unicodedata.combining(chr(code)) else _TABLE.get(code, code)
        self[code] = value
        return value


_AFTER_NFKD = _MarksAndLetters()


def fold(text: str) -> str:
    """Return the search/match/sort form of ``text``."""
    if not text:
        return ""
    if text.isascii():
        # Nothing to map, decompose or drop: the same result 4x faster (imports fold
        # every name, organisation and note of every card).
        return " ".join(text.lower().split())
    # NFKD splits hamza/madda from alef and accents from Latin letters; dropping
    # combining marks then removes both accents and Arabic diacritics at once.
    decomposed = unicodedata.normalize("NFKD", text.translate(_TABLE))
    # str.split() and \s agree on what whitespace is: runs collapse, ends are trimmed.
    return " ".join(decomposed.translate(_AFTER_NFKD).casefold().split())


def digits_only(text: str) -> str:
    """Western digits of ``text`` (Arabic-Indic digits converted), nothing else."""
    return "".join(ch for ch in text.translate(_DIGITS) if "0" <= ch <= "9")


def is_arabic_script(text: str) -> bool:
    """True when the first strong letter of ``text`` is Arabic script."""
    for ch in text:
        if ch.isalpha():
            return (
                "\u0600" <= ch <= "\u06ff"
                or "\u0750" <= ch <= "\u077f"
                or ("\ufb50" <= ch <= "\ufeff")
            )
    return False


def sort_key(text: str) -> str:
    """Sortable key; with the Arabic block in its alphabetical (hija'i) code point order."""
    return fold(text)
