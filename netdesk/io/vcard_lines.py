"""vCard content lines: cards, properties, parameters and raw value bytes.

Works on bytes, not text, for three reasons: a fold may split a UTF-8 sequence
(so lines must be joined before decoding), vCard 2.1 declares a CHARSET per
property, and QUOTED-PRINTABLE values are bytes until that charset is known.

Follows RFC 6350 section 3 and the vCard 2.1 rules, plus what real exporters
do wrong: CR CR LF line ends (iOS 6), '#' comment lines (some phones), soft line
breaks followed by a blank line, base64 photos ended by a blank line, a card
whose BEGIN line is missing, and a last card whose END line is missing.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from netdesk.io.cancel import check

_ENCODING_WORDS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_FOLD = (b" ", b"\t")
_QP = re.compile(rb"QUOTED-PRINTABLE", re.IGNORECASE)
# Names that start a property for sure; used to tell where a quoted-printable
# value that ends in a stray '=' really stops.
_KNOWN = (
    rb"BEGIN|END|VERSION|N|FN|NICKNAME|PHOTO|BDAY|ANNIVERSARY|GENDER|ADR|LABEL|TEL|EMAIL|"
    rb"IMPP|LANG|TZ|GEO|TITLE|ROLE|LOGO|ORG|MEMBER|RELATED|CATEGORIES|NOTE|PRODID|REV|"
    rb"SOUND|UID|CLIENTPIDMAP|URL|KEY|FBURL|CALADRURI|CALURI|SOURCE|KIND|XML|MAILER|"
    rb"AGENT|CLASS|SORT-STRING|NAME|PROFILE|X-[A-Z0-9-]+"
)
_KNOWN_START = re.compile(rb"(?:[A-Z0-9-]+\.)?(?:" + _KNOWN + rb")[;:]", re.IGNORECASE)
_ANY_START = re.compile(rb"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/=]+\s*")
# Properties that may open a card whose BEGIN:VCARD line is missing.
_CARD_OPENERS = frozenset({"VERSION", "FN", "N"})
_CHUNK_BYTES = 1 << 20
_CHUNK_END = re.compile(rb"[\r\n]END[ \t]*:[ \t]*VCARD[ \t]*(?:\r\r\n|\r\n|\n|\r)", re.IGNORECASE)
#: Most properties kept per card (real cards have dozens; a photo is one): a
#: hostile card of millions of lines must not cost gigabytes.
MAX_PROPS = 2_000
_NESTED_START = re.compile(rb"\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Prop:
    """One property: ``item1.TEL;TYPE=cell:+20...`` -> name, group, params, raw."""

    name: str
    group: str
    params: dict[str, list[str]]
    raw: bytes
    #: Set when the value was base64 (photos): ``raw`` then holds the base64 text.
    base64: bool = False


@dataclass(slots=True)
class RawCard:
    index: int
    props: list[Prop] = field(default_factory=list)
    complete: bool = True
    begin_missing: bool = False
    #: Cards nested in 2.1 AGENT properties: each one's own properties.
    agents: list[list[Prop]] = field(default_factory=list)
    #: Properties beyond ``MAX_PROPS`` that were dropped.
    dropped: int = 0

    def add(self, prop: Prop) -> None:
        if len(self.props) < MAX_PROPS:
            self.props.append(prop)
        else:
            self.dropped += 1


def normalise_newlines(data: bytes) -> bytes:
    """CRLF, CR CR LF (iOS 6) and lone CR all become LF."""
    if b"\r" not in data:
        return data
    return data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts: list[str] = []
    start = 0
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def parse_params(blob: bytes) -> dict[str, list[str]]:
    """Parameters after the property name: 3.0 ``TYPE=a,b``, 2.1 bare ``CELL``...

    Keys are upper-case; TYPE values are lower-case; quotes are removed.
    """
    params: dict[str, list[str]] = {}
    text = blob.decode("utf-8", errors="replace")
    for part in _split_outside_quotes(text, ";"):
        part = part.strip()
        if not part:
            continue
        eq = part.find("=")
        if eq < 0:
            word = part.upper()
            key = "ENCODING" if word in _ENCODING_WORDS else "TYPE"
            values = [part]
        else:
            key = part[:eq].strip().upper()
            values = [v.strip().strip('"') for v in _split_outside_quotes(part[eq + 1 :], ",")]
        if key == "TYPE":
            values = [v.lower() for v in values if v]
        params.setdefault(key, []).extend(values)
    return params


def _value_colon(line: bytes) -> int:
    """Index of the ':' ending name and parameters (quoted parameter values may hold ':')."""
    colon = line.find(b":")
    if colon < 0 or b'"' not in line[:colon]:
        return colon
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


def _unfold(lines: list[bytes], pos: int, line: bytes) -> tuple[bytes, int]:
    colon = line.find(b":")
    if colon >= 0 and b"QUOTED-PRINTABLE" in line[:colon].upper():
        # 2.1 quoted-printable continues with '=' soft breaks instead, and a
        # following line that starts with a space is text, not a fold.
        return line, pos
    parts = [line]
    while pos < len(lines) and lines[pos][:1] in _FOLD:
        parts.append(lines[pos][1:])
        pos += 1
    return b"".join(parts), pos


def _quoted_printable(lines: list[bytes], pos: int, value: bytes) -> tuple[bytes, int]:
    chunks = [value]
    while chunks[-1].rstrip().endswith(b"="):
        chunks[-1] = chunks[-1].rstrip()[:-1]
        j = pos
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines):
            break
        nxt = lines[j]
        # A soft break followed by a blank line is usually a broken export's
        # dangling '=': stop if a property follows; continue if text does.
        starts = _ANY_START if j > pos else _KNOWN_START
        if starts.match(nxt):
            break
        chunks.append(nxt)
        pos = j + 1
    return binascii.a2b_qp(b"".join(chunks)), pos


def _base64_tail(lines: list[bytes], pos: int, value: bytes) -> tuple[bytes, int]:
    # vCard 2.1 lets base64 run over unindented lines until a blank line.
    parts = [value]
    while pos < len(lines) and _BASE64_LINE.fullmatch(lines[pos]):
        parts.append(lines[pos])
        pos += 1
    return b"".join(parts), pos


def _chunks(data: bytes) -> Iterator[bytes]:
    """``data`` in slices of about ``_CHUNK_BYTES``, each ending just after an
    END:VCARD line, so only one slice's lines are ever held at once."""
    start = 0
    while len(data) - start > _CHUNK_BYTES:
        match = _CHUNK_END.search(data, start + _CHUNK_BYTES)
        if match is None:
            break
        yield data[start : match.end()]
        start = match.end()
    yield data[start:] if start else data


def iter_props(data: bytes) -> Iterator[Prop]:
    """Every property of ``data`` in order; skips blank, comment and junk lines."""
    # No fold, soft line break or base64 run crosses an END:VCARD line, so the
    # slices are lexed one by one with the same result as the whole file at once.
    for chunk in _chunks(data):
        check()
        yield from _chunk_props(chunk)


def _chunk_props(data: bytes) -> Iterator[Prop]:
    data = normalise_newlines(data)
    # Without quoted-printable, every fold can be joined in one pass up front.
    folded = _QP.search(data) is not None
    if not folded:
        data = data.replace(b"\n ", b"").replace(b"\n\t", b"")
    lines = data.split(b"\n")
    count = len(lines)
    pos = 0
    cache = _HEAD_CACHE
    while pos < count:
        line = lines[pos]
        pos += 1
        if not line or line[0] in _SKIP_FIRST:
            continue
        if folded and pos < count and lines[pos][:1] in _FOLD:
            line, pos = _unfold(lines, pos, line)
        colon = line.find(b":")
        if colon <= 0:
            continue
        head = line[:colon]
        if b'"' in head:
            colon = _value_colon(line)
            if colon <= 0:
                continue
            head = line[:colon]
        value = line[colon + 1 :]
        cached = cache.get(head)
        if cached is None:
            cached = _parse_head(head)
            if len(cache) > 4096:
                cache.clear()
            cache[head] = cached
        name, group, params, encoding = cached
        if not encoding:
            yield Prop(name, group, params, value)
        elif encoding == "QUOTED-PRINTABLE":
            value, pos = _quoted_printable(lines, pos, value)
            yield Prop(name, group, params, value)
        elif encoding in ("B", "BASE64"):
            value, pos = _base64_tail(lines, pos, value)
            yield Prop(name, group, params, value, True)
        else:
            yield Prop(name, group, params, value)


# Space/TAB (a stray fold) and '#' (a comment some phones write) never start a property.
_SKIP_FIRST = frozenset(b" \t#")
# Cards repeat the same few name/parameter heads thousands of times; parsing each
# distinct head once keeps large files fast. Parsed params are never mutated.
_HEAD_CACHE: dict[bytes, tuple[str, str, dict[str, list[str]], str]] = {}


def _parse_head(head: bytes) -> tuple[str, str, dict[str, list[str]], str]:
    semi = head.find(b";")
    if semi < 0:
        name_part = head
        params: dict[str, list[str]] = {}
    else:
        name_part = head[:semi]
        params = parse_params(head[semi + 1 :])
    name = name_part.strip().decode("ascii", errors="replace").upper()
    group = ""
    dot = name.rfind(".")
    if dot >= 0:
        group, name = name[:dot].lower(), name[dot + 1 :]
    encoding = params.get("ENCODING")
    return name, group, params, encoding[0].upper() if encoding else ""


class _CardSplitter:
    """The state of ``iter_cards``: the open card and how deep in nested components."""

    def __init__(self) -> None:
        self.count = 0
        self.current: RawCard | None = None
        self.other_depth = 0
        # Depth inside vCards nested in AGENT properties; only depth 1 is kept.
        self.agent_depth = 0
        # The open card's last property was an AGENT with no value: a BEGIN:VCARD
        # now opens the agent's card, not a new card.
        self.agent_waiting = False

    def open(self, begin_missing: bool = False) -> RawCard | None:
        """Start a card; returns the one it interrupts (cut off before END)."""
        cut = self.current
        if cut is not None:
            cut.complete = False
        self.count += 1
        self.current = RawCard(self.count, begin_missing=begin_missing)
        return cut

    def begin(self, component: bytes) -> RawCard | None:
        card = self.current
        if component != b"VCARD":
            self.other_depth += 1
        elif self.agent_depth:
            self.agent_depth += 1
        elif card is not None and self.agent_waiting:
            self._nest(card)
        elif self.other_depth == 0:
            return self.open()
        return None

    def _nest(self, card: RawCard) -> None:
        self.agent_depth = 1
        self.agent_waiting = False
        card.agents.append([])

    def end(self, component: bytes) -> RawCard | None:
        if component != b"VCARD":
            self.other_depth = max(0, self.other_depth - 1)
        elif self.agent_depth:
            self.agent_depth -= 1
        elif self.other_depth == 0 and self.current is not None:
            done, self.current = self.current, None
            return done
        return None

    def prop(self, prop: Prop) -> RawCard | None:
        """Add a property to the open (or nested) card; may open a headless card."""
        if self.other_depth:
            return None
        card = self.current
        if self.agent_depth:
            if prop.name == "AGENT" and _NESTED_START.match(prop.raw):
                self.agent_depth += 1
            elif self.agent_depth == 1 and card is not None and len(card.agents[-1]) < MAX_PROPS:
                card.agents[-1].append(prop)
            return None
        cut = None
        if card is None:
            if prop.name not in _CARD_OPENERS:
                return None
            cut = self.open(begin_missing=True)
            card = self.current
        assert card is not None
        card.add(prop)
        self.agent_waiting = prop.name == "AGENT" and not prop.raw.strip()
        if prop.name == "AGENT" and _NESTED_START.match(prop.raw):
            # "AGENT:BEGIN:VCARD" on one line: the nested card starts here.
            self._nest(card)
        return cut


def iter_cards(data: bytes) -> Iterator[RawCard]:
    """Every card in ``data``, in order, each as soon as it ends, including a last
    one cut off before END.

    Components other than VCARD (``BEGIN:FOO`` ... ``END:FOO``) are skipped; a
    vCard nested in a 2.1 AGENT property goes to its parent's ``agents``, and the
    parent's properties after it stay the parent's.
    """
    state = _CardSplitter()
    for prop in iter_props(data):
        name = prop.name
        if name == "BEGIN":
            done = state.begin(prop.raw.strip().upper())
        elif name == "END":
            done = state.end(prop.raw.strip().upper())
        else:
            done = state.prop(prop)
        if done is not None:
            yield done
    if state.current is not None:
        state.current.complete = False
        yield state.current
