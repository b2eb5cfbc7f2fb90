"""Turn the bytes of a contact file into text.

Order of evidence: a byte-order mark, then the NUL-byte pattern of UTF-16/32
without a BOM, then strict UTF-8 (almost every modern export), and only then a
guess among legacy code pages. The guess matters most for Arabic address books
saved by old Windows software in Windows-1256, so that code page wins ties.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

# Tried in this order; on equal scores the earlier one wins. Windows-1256 comes
# first because Arabic is what NetDesk's users most often have in legacy files.
LEGACY_CANDIDATES: tuple[str, ...] = (
    "cp1256",
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1255",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1258",
    "shift_jis",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "iso8859_6",
    "iso8859_8",
    "iso8859_5",
    "iso8859_7",
    "iso8859_2",
    "iso8859_15",
    "koi8_r",
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Punctuation that real text in legacy code pages does contain; anything else
# outside letters and digits counts against a candidate.
_HARMLESS = set("\u00a0…–—‘’“”„«»€·•")
_SAMPLE_BYTES = 32 * 1024


def detect_bom(data: bytes) -> tuple[str, int] | None:
    """Return (encoding, BOM length) when ``data`` starts with a Unicode BOM."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def detect_utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16/32 text with no BOM by where its NUL bytes fall.

    ASCII-range text in UTF-16LE has NUL in every odd byte, UTF-16BE in every
    even byte; binary files have NULs too but not in such a regular pattern.
    """
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if len(sample) >= 8:
        quads = len(sample) // 4
        if sample[2::4].count(0) > 0.9 * quads and sample[3::4].count(0) > 0.9 * quads:
            return "utf-32-le"
        if sample[0::4].count(0) > 0.9 * quads and sample[1::4].count(0) > 0.9 * quads:
            return "utf-32-be"
    if odd > 0.6 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a whole file.

    Args:
        data: the raw file content.

    Returns:
        ``(text, encoding)``; the text has no BOM. Undecodable bytes become U+FFFD,
        so this never raises.
    """
    bom = detect_bom(data)
    if bom is not None:
        name, size = bom
        return data[size:].decode(name, errors="replace"), name
    wide = detect_utf16_without_bom(data)
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    name = guess_legacy_encoding(data)
    return data.decode(name, errors="replace"), name


def _non_ascii_sample(data: bytes) -> bytes:
    """The lines of ``data`` holding non-ASCII bytes: what the guess is about."""
    lines = [line for line in data.splitlines() if not line.isascii()]
    return b"\n".join(lines)[:_SAMPLE_BYTES]


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    if word in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"):
        return "CJK"
    return word


def _score(text: str) -> float:
    """How plausible ``text`` is as human writing, 0 (garbage) to about 1.

    Counts non-ASCII characters that are letters of one dominant script, and
    penalises what mis-decoded single-byte text looks like: symbols, several
    scripts mixed, non-Latin letters glued to ASCII letters ("Iksiٌski"), words
    made only of accented Latin letters ("ãåã" for Hebrew), and capitals in the
    middle of lower-case words.
    """
    total = good = odd = 0
    scripts: dict[str, int] = {}
    prev = " "
    word_letters = word_ascii = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch < "\x80":
            if ch.isalpha():
                word_letters += 1
                word_ascii += 1
            else:
                if word_letters >= 3 and word_ascii == 0 and scripts.get("LATIN"):
                    odd += 1
                word_letters = word_ascii = 0
            prev = ch
            continue
        total += 1
        cat = unicodedata.category(ch)
        if cat[0] == "L" or cat == "Mn":
            good += 1
            script = _script(ch)
            scripts[script] = scripts.get(script, 0) + 1
            word_letters += 1 if script == "LATIN" else 0
            if script != "LATIN":
                nxt = text[i + 1] if i < last else " "
                if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
                    odd += 1
            if cat == "Lu" and unicodedata.category(prev) == "Ll":
                odd += 1
        else:
            word_letters = word_ascii = 0
            if ch in _HARMLESS or cat == "Zs":
                good += 1
        prev = ch
    if word_letters >= 3 and word_ascii == 0 and scripts.get("LATIN"):
        odd += 1
    if total == 0:
        return 1.0
    letters = sum(scripts.values()) or 1
    dominant = max(scripts.values(), default=0) / letters
    score = (good / total) * (0.5 + 0.5 * dominant) - odd / total
    return score + _cased_bonus(text, scripts)


def _cased_bonus(text: str, scripts: dict[str, int]) -> float:
    """Small penalty when a cased script (Cyrillic, Greek) never shows a capital.

    Names are capitalised, so Hebrew decoded as Windows-1251 (all lower-case
    Cyrillic) loses to the real Windows-1255 reading of the same bytes.
    """
    dominant = max(scripts, key=lambda s: scripts[s], default="")
    if dominant not in ("CYRILLIC", "GREEK"):
        return 0.0
    if any(ch.isupper() and _script(ch) == dominant for ch in text):
        return 0.0
    return -0.2


def guess_legacy_encoding(data: bytes) -> str:
    """Best legacy code page for bytes that are not valid UTF-8.

    charset-normalizer's guess gets a small head start, since on longer text its
    language models are better than this module's plain plausibility score; on
    the short values typical of contact files the score decides.

    Args:
        data: text bytes in some single- or double-byte legacy encoding.

    Returns:
        A Python codec name from ``LEGACY_CANDIDATES`` (``cp1252`` if nothing fits).
    """
    sample = _non_ascii_sample(data) or data[:_SAMPLE_BYTES]
    favoured = ""
    if len(sample) >= 200:
        try:
            best = charset_normalizer.from_bytes(
                sample, cp_isolation=list(LEGACY_CANDIDATES)
            ).best()
        except (LookupError, ValueError, RuntimeError):
            best = None
        if best is not None:
            favoured = codecs.lookup(best.encoding).name
    best_name = "cp1252"
    best_score = -10.0
    for name in LEGACY_CANDIDATES:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if favoured and codecs.lookup(name).name == favoured:
            score += 0.05
        if score > best_score + 1e-9:
            best_name, best_score = name, score
    # Western text decodes identically in several code pages; name the usual one.
    if best_name != "cp1252":
        try:
            if sample.decode("cp1252") == sample.decode(best_name):
                return "cp1252"
        except UnicodeDecodeError:
            pass
    return best_name


def decode_value(raw: bytes, charset: str = "", fallback: str = "cp1252") -> str:
    """Decode one property value.

    Args:
        raw: the value bytes (already quoted-printable-decoded if it was).
        charset: the charset the file declared for this value, if any.
        fallback: the file-wide legacy guess for undeclared non-UTF-8 bytes.
    """
    if raw.isascii():
        return raw.decode("ascii")
    if charset:
        try:
            return raw.decode(codec_name(charset) or "utf-8")
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if charset.lower().replace("-", "").replace("_", "") == "utf8":
        # Declared UTF-8 but broken (a multibyte sequence cut by a bad export):
        # keep what decodes rather than guessing another code page.
        return raw.decode("utf-8", errors="replace").replace("\ufffd", "")
    return raw.decode(fallback, errors="replace")


def codec_name(charset: str) -> str | None:
    """Python codec for a charset label from a file, or None if unknown."""
    label = charset.strip().strip('"').lower()
    if label in ("shift_jis", "shift-jis", "sjis", "x-sjis"):
        # Phones writing "Shift_JIS" use Microsoft's superset in practice.
        return "cp932"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        # ValueError: a label with a NUL byte in it (found by fuzzing).
        return None
    # "quopri", "base64", "zlib" name bytes-to-bytes codecs, not charsets (found by fuzzing).
    return info.name if getattr(info, "_is_text_encoding", True) else None
