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
_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_EMBEDDINGS = frozenset((_LRE, _RLE, _LRO, _RLO))
# An override forces letters into an order they are not in ("\u202egnp.exe" reads
# "exe.png"): no name or note needs one, so the shown text goes without it.
_OVERRIDES = frozenset((_LRO, _RLO))
_ISOLATES = frozenset((_LRI, _RLI, _FSI))
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Bidi class B: the algorithm starts afresh after each, so each paragraph is isolated alone.
_PARAGRAPHS = re.compile("(\r\n|[\n\r\x1c-\x1e\x85\u2029])")
# Whatever needs more than wrapping: an embedding or isolate control, or a paragraph end.
_NEEDS_BALANCING = re.compile("[\n\r\x1c-\x1e\x85\u2029\u202a-\u202e\u2066-\u2069]")
# Well under the algorithm's limit of 125 levels, which would otherwise ignore the
# deepest openers and leave their closers to match ours.
_MAX_DEPTH = 60


def isolate(text: str) -> str:
    """``text`` as one first-strong isolate (FSI ... PDI) that nothing can leak out of.

    A name such as ``"\u202egnp.exe"`` (RIGHT-TO-LEFT OVERRIDE) would otherwise reverse
    itself ("exe.png") and whatever follows it on the line: the next column, a label, a
    count. Its embedding and isolate controls are balanced inside: closers with no
    opener are dropped and openers left open are closed, so the final PDI matches the
    FSI. Overrides are left out (with the PDF that closes them), so letters show in
    their own order. Only the shown text changes; the stored text stays the user's.
    Each paragraph (line) is isolated on its own, as the bidi algorithm treats
    paragraphs apart. The empty string stays empty.
    """
    if not text:
        return text
    if not _NEEDS_BALANCING.search(text):
        return f"{_FSI}{text}{_PDI}"
    pieces = _PARAGRAPHS.split(text)
    # split() with a group: text at even positions, separators at odd ones.
    for i in range(0, len(pieces), 2):
        if pieces[i]:
            pieces[i] = f"{_FSI}{_balanced(pieces[i])}{_PDI}"
    return "".join(pieces)


def _balanced(paragraph: str) -> str:
    """``paragraph`` with every embedding, override and isolate closed where it ends."""
    out: list[str] = []
    # Open controls, innermost last: (is an isolate, was kept in the output).
    stack: list[tuple[bool, bool]] = []
    for ch in paragraph:
        if ch in _EMBEDDINGS or ch in _ISOLATES:
            kept = len(stack) < _MAX_DEPTH and ch not in _OVERRIDES
            stack.append((ch in _ISOLATES, kept))
            if kept:
                out.append(ch)
        elif ch == _PDF:
            # A PDF closes the innermost embedding, never one outside an open isolate.
            if stack and not stack[-1][0] and stack.pop()[1]:
                out.append(ch)
        elif ch == _PDI:
            if not any(is_isolate for is_isolate, _ in stack):
                continue  # unmatched: it would close the FSI around the field
            # A PDI closes the embeddings opened since its isolate; closed explicitly,
            # for renderers that do not implement that rule.
            while True:
                is_isolate, kept = stack.pop()
                if kept:
                    out.append(_PDI if is_isolate else _PDF)
                if is_isolate:
                    break
        else:
            out.append(ch)
    for is_isolate, kept in reversed(stack):
        if kept:
            out.append(_PDI if is_isolate else _PDF)
    return "".join(out)


def without_bidi_controls(text: str) -> str:
    """``text`` without bidi controls and marks: for addresses, numbers and links.

    An email address, phone number or URL never needs them, and with them it can show
    in an order other than the one a click would use.
    """
    return _BIDI_CONTROLS.sub("", text)
