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


# Unicode bidi controls (UAX #9): embeddings and overrides end at PDF, isolates at PDI.
_EMBEDDINGS = frozenset("\u202a\u202b")  # LRE, RLE
_OVERRIDES = frozenset("\u202d\u202e")  # LRO, RLO
_POP_FORMATTING = "\u202c"  # PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_POP_ISOLATE = "\u2069"  # PDI
_ALL_CONTROLS = _EMBEDDINGS | _OVERRIDES | _ISOLATES | {_POP_FORMATTING, _POP_ISOLATE}
FSI = "\u2068"
PDI = "\u2069"


def neutralise_bidi(text: str) -> str:
    """``text`` with every bidi override and every unmatched bidi control removed.

    Overrides (LRO, RLO) force letters into reverse order ("gnp.exe" shows as
    "exe.png"); they have no honest use in contact data, so they go, with the PDF
    that closes them. An embedding or isolate stays only when it is closed inside
    ``text``, so nothing it opens can reach past the field.
    """
    if not any(ch in _ALL_CONTROLS for ch in text):
        return text
    keep = [True] * len(text)
    stack: list[int] = []  # positions of the open controls
    open_isolates = 0
    for i, ch in enumerate(text):
        if ch in _OVERRIDES or ch in _EMBEDDINGS or ch in _ISOLATES:
            stack.append(i)
            open_isolates += ch in _ISOLATES
        elif ch == _POP_FORMATTING:
            # A PDF closes the innermost embedding or override, never across an isolate.
            if stack and text[stack[-1]] not in _ISOLATES:
                opener = stack.pop()
                keep[i] = keep[opener] = text[opener] not in _OVERRIDES
            else:
                keep[i] = False
        elif ch == _POP_ISOLATE:
            if not open_isolates:
                keep[i] = False
                continue
            # A PDI closes its isolate; whatever was left open inside it goes.
            while text[stack[-1]] not in _ISOLATES:
                keep[stack.pop()] = False
            stack.pop()
            open_isolates -= 1
    for opener in stack:
        keep[opener] = False
    return "".join(ch for ch, kept in zip(text, keep, strict=True) if kept)


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate (FSI ... PDI) with its own controls neutralised.

    Wherever a user's field is printed or shown next to other text, its direction
    comes from its own first letter, and nothing inside it (a stray RLO, an unclosed
    embedding) can reorder the field itself or the labels around it.
    """
    return f"{FSI}{neutralise_bidi(text)}{PDI}" if text else text
