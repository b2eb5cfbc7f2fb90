"""Text folding shared by search, duplicate matching and sorting, so all three agree.

Arabic: diacritics (harakat, shadda, sukun, superscript alef) and tatweel are dropped;
alef with hamza/madda/wasla become bare alef, alef maqsura becomes ya, ta marbuta
becomes ha, hamza on waw/ya becomes the bare letter. Persian kaf/ya become Arabic.
Arabic-Indic and Extended Arabic-Indic digits become Western digits.
Latin: case-folded, accents removed.

Also the isolation of user text shown or printed beside other text (``isolate``).
"""

import re
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


# Unicode bidi formatting characters (UAX #9, 2.1-2.5) and the three marks.
_LRE, _RLE, _PDF, _LRO, _RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
_LRI, _RLI = "\u2066", "\u2067"
FSI, PDI = "\u2068", "\u2069"
# An override forces letters into an order they are not in ("\u202egnp.exe" reads
# "exe.png"): no name or note needs one, so the shown text goes without it.
_OVERRIDES = frozenset((_LRO, _RLO))
_ISOLATES = frozenset((_LRI, _RLI, FSI))
_OPENERS = frozenset((_LRE, _RLE)) | _OVERRIDES | _ISOLATES
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Bidi class B: the algorithm starts afresh after each, so each paragraph goes alone.
_PARAGRAPHS = re.compile("(\r\n|[\n\r\x1c-\x1e\x85\u2029])")
_EMBEDDING_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Either of the two: text with neither (nearly all) is only wrapped.
_NEEDS_WORK = re.compile("[\r\n\x1c-\x1e\x85\u2029\u202a-\u202e\u2066-\u2069]")


def neutralise_bidi(text: str) -> str:
    """``text`` without bidi overrides and without any control left unmatched.

    Overrides (LRO, RLO) go with the PDF that closes them. An embedding or isolate
    stays only when it is closed in the same paragraph (a PDI also ends the
    embeddings opened inside its isolate; those go), and a closer with nothing to
    close goes, so nothing can reach past the end of the text. Linear in its length.
    """
    if not _EMBEDDING_CONTROLS.search(text):
        return text
    pieces = _PARAGRAPHS.split(text)
    # split() with a group: paragraphs at even positions, their ends at odd ones.
    for i in range(0, len(pieces), 2):
        pieces[i] = _neutralised(pieces[i])
    return "".join(pieces)


def _neutralised(paragraph: str) -> str:
    keep = [True] * len(paragraph)
    stack: list[int] = []  # positions of the controls still open
    open_isolates = 0
    for i, ch in enumerate(paragraph):
        if ch in _OPENERS:
            stack.append(i)
            open_isolates += ch in _ISOLATES
            keep[i] = ch not in _OVERRIDES
        elif ch == _PDF:
            # A PDF closes the innermost embedding or override, never across an isolate.
            if stack and paragraph[stack[-1]] not in _ISOLATES:
                keep[i] = keep[stack.pop()]
            else:
                keep[i] = False
        elif ch == PDI:
            if not open_isolates:
                keep[i] = False
                continue
            while paragraph[stack[-1]] not in _ISOLATES:
                keep[stack.pop()] = False
            stack.pop()
            open_isolates -= 1
    for opener in stack:
        keep[opener] = False
    return "".join(ch for ch, kept in zip(paragraph, keep, strict=True) if kept)


def isolate(text: str) -> str:
    """``text`` as a first-strong isolate (FSI ... PDI) that nothing can leak out of.

    A name such as ``"\u202egnp.exe"`` (RIGHT-TO-LEFT OVERRIDE) would otherwise reverse
    itself ("exe.png") and whatever follows it on the line: the next column, a label, a
    count. Inside, the text is ``neutralise_bidi``-ed, so the final PDI matches the FSI
    and letters show in their own order. Only the shown text changes; the stored text
    stays the user's. Each paragraph (line) is isolated on its own, as the bidi
    algorithm treats paragraphs apart. The empty string stays empty.
    """
    if not text:
        return text
    if not _NEEDS_WORK.search(text):
        return f"{FSI}{text}{PDI}"
    pieces = _PARAGRAPHS.split(text)
    for i in range(0, len(pieces), 2):
        if pieces[i]:
            pieces[i] = f"{FSI}{_neutralised(pieces[i])}{PDI}"
    return "".join(pieces)


def without_bidi_controls(text: str) -> str:
    """``text`` without bidi controls and marks: for addresses, numbers and links.

    An email address, phone number or URL never needs them, and with them it can show
    in an order other than the one a click would use.
    """
    return _BIDI_CONTROLS.sub("", text)
