"""vCard 2.1, 3.0 and 4.0 import (and, re-exported, export).

A focused parser rather than vobject: it is far faster on large address books
and handles 2.1 quoted-printable and per-property charsets the way phones
actually write them. Lexing lives in ``vcard_lines``; this module turns each
card's properties into a ``ContactData``.
"""

from __future__ import annotations

import binascii
import functools
import gc
import re
import urllib.parse

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import LinkKind
from netdesk.domain.links import link_kind, normalise_url
from netdesk.domain.names import derive_display_name
from netdesk.io.cancel import check
from netdesk.io.encoding import codec_name, decode_value, guess_legacy_encoding
from netdesk.io.errors import ImportFormatError, describe
from netdesk.io.fields import email_address, has_content, not_emails_warning, tidy
from netdesk.io.vcard_lines import MAX_PROPS, Prop, RawCard, iter_cards
from netdesk.io.vcard_writer import write_vcards

__all__ = ["image_kind", "read_vcards", "write_vcards"]

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/=]")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:@\\]+)(?:[/?#:]|$)", re.IGNORECASE)
_CHARSET = re.compile(rb";CHARSET=([^;:,\s]+)", re.IGNORECASE)
_FOLD = re.compile(rb"\r?\n[ \t]")
# Google's system group, meaningless as a tag.
_SYSTEM_CATEGORIES = frozenset({"my contacts", "mycontacts", "starred in android"})
_PHONE_LABELS = (
    ("cell", "mobile"),
    ("mobile", "mobile"),
    ("iphone", "mobile"),
    ("pager", "pager"),
    ("home", "home"),
    ("work", "work"),
    ("main", "main"),
    ("car", "car"),
    ("other", "other"),
)
_PLACE_LABELS = ("home", "work", "other")
_USED = frozenset(
    [
        "TEL",
        "EMAIL",
        "FN",
        "N",
        "ORG",
        "TITLE",
        "ROLE",
        "NOTE",
        "URL",
        "X-SOCIALPROFILE",
        "ADR",
        "BDAY",
        "NICKNAME",
        "CATEGORIES",
        "UID",
        "PHOTO",
    ]
)


def image_kind(data: bytes) -> str | None:
    """``"jpeg"``, ``"png"``, ``"gif"`` or ``"webp"`` from the file signature, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m[1], m[0]), text)


def _derived_name(c: ContactData) -> str:
    email = c.emails[0].value if c.emails else ""
    phone = c.phones[0].value if c.phones else ""
    return derive_display_name(
        c.given_name, c.family_name, c.nickname, c.organization, email or phone
    )


def _components(value: str) -> list[str]:
    """Unescaped, stripped components of a structured value (N, ORG).

    Every version gets the same unescaping here: 2.1 formally escapes only ';',
    but Android's 2.1 export also escapes backslashes, as 3.0 does.
    """
    if "\\" not in value:
        return [p.strip() for p in value.split(";")]
    return [_unescape(p).strip() for p in _split(value, ";")]


def _split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by an escaping backslash; parts stay escaped."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == sep:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


class _CardBuilder:
    """Turns one ``RawCard`` into a ``ContactData``."""

    def __init__(
        self, fallback: str, where: str, warnings: list[str], not_emails: list[str] | None = None
    ) -> None:
        self.fallback = fallback
        self.where = where
        self.warnings = warnings
        self.not_emails = not_emails if not_emails is not None else []

    def text(self, prop: Prop) -> str:
        raw = prop.raw
        if raw.isascii():
            value = raw.decode("ascii")
        else:
            charset = prop.params.get("CHARSET")
            value = decode_value(raw, charset[0] if charset else "", self.fallback)
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    def build(self, card: RawCard) -> ContactData:
        props = card.props
        version = next((p.raw for p in props if p.name == "VERSION"), b"3.0")
        labels = {
            p.group: self._apple_label(self.text(p))
            for p in props
            if p.group and p.name == "X-ABLABEL"
        }
        v21 = version.strip().startswith(b"2")
        contact = ContactData()
        notes: list[str] = []
        roles: list[str] = []
        for prop in props:
            name = prop.name
            if name not in _USED and not name.startswith("X-NETDESK-"):
                continue
            if prop.base64:
                if name == "PHOTO":
                    self._photo(contact, prop.raw, base64=True)
                continue
            raw = prop.raw
            value = raw.decode("ascii") if raw.isascii() and b"\r" not in raw else self.text(prop)
            if not value or value.isspace():
                continue
            if name == "TEL":
                self._phone(contact, prop, value, labels)
            elif name == "EMAIL":
                self._email(contact, prop, value if v21 else _unescape(value), labels)
            elif name == "FN":
                if not contact.display_name:
                    contact.display_name = value if v21 else _unescape(value)
            elif name == "N":
                parts = _components(value)
                parts += [""] * (2 - len(parts))
                contact.family_name, contact.given_name = parts[0], parts[1]
            elif name == "ORG":
                # ORG:;Sales is a department with no organisation name (RFC 6350 6.6.4):
                # the first component stays the organisation even when empty.
                org, *units = _components(value)
                units = [u for u in units if u]
                if (org or units) and not (contact.organization or contact.department):
                    contact.organization = org
                    contact.department = ", ".join(units)
            elif name == "TITLE":
                if not contact.job_title:
                    contact.job_title = self._plain(value, v21)
            elif name == "ROLE":
                roles.append(self._plain(value, v21))
            elif name == "NOTE":
                notes.append(self._plain(value, v21))
            elif name == "URL" or name == "X-SOCIALPROFILE":
                self._url(contact, prop, self._plain(value, v21))
            elif name == "ADR":
                self._address(contact, prop, value, v21, labels)
            elif name == "BDAY":
                self._birthday(contact, value)
            elif name == "NICKNAME":
                nicks = [_unescape(p).strip() for p in _split(value, ",")]
                contact.nickname = ", ".join(n for n in nicks if n)
            elif name == "CATEGORIES":
                self._categories(contact, value, v21)
            elif name == "UID":
                contact.uid = self._plain(value, v21).strip()
            elif name == "PHOTO":
                self._photo(contact, prop.raw.strip(), base64=False)
            elif name.startswith("X-NETDESK-"):
                self._netdesk(contact, name, self._plain(value, v21))
        contact.notes = "\n".join(n for n in notes if n.strip())
        if contact.display_name and contact.display_name == _derived_name(contact):
            # FN is mandatory, so writers fill it with the derived name; keeping it
            # would freeze a name that should follow later edits of given/family.
            contact.display_name = ""
        if not contact.job_title and roles:
            contact.job_title = roles[0]
        return contact

    @staticmethod
    def _apple_label(text: str) -> str:
        text = _unescape(text).strip()
        match = _APPLE_LABEL.match(text)
        return match[1].lower() if match else text

    @staticmethod
    def _plain(value: str, v21: bool) -> str:
        return value if v21 else _unescape(value)

    def _phone(self, contact: ContactData, prop: Prop, value: str, labels: dict[str, str]) -> None:
        number = value.strip()
        if number[:4].lower() == "tel:":
            number = urllib.parse.unquote(number[4:]).replace(";ext=", " ext. ")
        types = prop.params.get("TYPE", ())
        label = labels.get(prop.group, "") if prop.group else ""
        if not label:
            if "fax" in types:
                label = "work fax" if "work" in types else "home fax" if "home" in types else "fax"
            else:
                label = next((lab for key, lab in _PHONE_LABELS if key in types), "")
        contact.phones.append(Labeled(number, label))

    def _email(self, contact: ContactData, prop: Prop, value: str, labels: dict[str, str]) -> None:
        address = email_address(value)
        if not address:
            self.not_emails.append(value.strip())
            return
        label = labels.get(prop.group, "") if prop.group else ""
        if not label:
            types = prop.params.get("TYPE", ())
            label = next((lab for lab in _PLACE_LABELS if lab in types), "")
        contact.emails.append(Labeled(address, label))

    def _url(self, contact: ContactData, prop: Prop, value: str) -> None:
        url = normalise_url(value.strip())
        if not url:
            return
        # The kind is the host's, whatever the TYPE says: "TYPE=x-linkedin" is only the
        # file's word, and would dress any address (file:///usr/bin/xcalc) as LinkedIn.
        host = _HOST.match(url)
        kind = _host_kind(host[1].lower()) if host else link_kind(url)
        contact.urls.append(Labeled(url, kind.value))

    def _address(
        self, contact: ContactData, prop: Prop, value: str, v21: bool, labels: dict[str, str]
    ) -> None:
        escaped = "\\" in value
        parts = [_unescape(p) for p in _split(value, ";")] if escaped else value.split(";")
        parts += [""] * (7 - len(parts))
        # Street first: the order people read; then the rest as written.
        pieces = [parts[2], parts[1], parts[0], *parts[3:]]
        cleaned: list[str] = []
        for piece in pieces:
            if "\n" in piece:
                cleaned.extend(ln.strip(" ,\t") for ln in piece.split("\n"))
            else:
                cleaned.append(piece.strip(" ,\t"))
        cleaned = [c for c in cleaned if c]
        if not cleaned:
            return
        label = labels.get(prop.group, "") if prop.group else ""
        if not label:
            types = prop.params.get("TYPE", ())
            label = next((lab for lab in _PLACE_LABELS if lab in types), "")
        contact.addresses.append(Labeled(", ".join(cleaned), label))

    def _birthday(self, contact: ContactData, value: str) -> None:
        date = PartialDate.parse(value.strip())
        if date is None:
            self.warnings.append(f"{self.where}: birthday {value.strip()[:40]!r} is not a date.")
        elif contact.birthday is None:
            contact.birthday = date

    def _categories(self, contact: ContactData, value: str, v21: bool) -> None:
        seps = (
            [p for chunk in _split(value, ";") for p in _split(chunk, ",")]
            if v21
            else (_split(value, ","))
        )
        for tag in seps:
            tag = _unescape(tag).strip()
            if tag and tag.lower() not in _SYSTEM_CATEGORIES:
                contact.tags.append(tag)

    def _photo(self, contact: ContactData, raw: bytes, *, base64: bool) -> None:
        if contact.photo is not None or not raw:
            return
        data: bytes | None
        if raw[:5].lower() == b"data:":
            header, _, payload = raw.partition(b",")
            if b";base64" in header.lower():
                data = _decode_base64(payload)
            else:
                data = urllib.parse.unquote_to_bytes(payload)
        elif base64:
            data = _decode_base64(raw)
        else:
            return  # a URL: never fetched
        if data is None:
            self.warnings.append(f"{self.where}: the photo is not valid base64; it was skipped.")
        elif image_kind(data) is None:
            self.warnings.append(
                f"{self.where}: the photo is not a JPEG, PNG, GIF or WebP image; it was skipped."
            )
        else:
            contact.photo = data

    def _netdesk(self, contact: ContactData, name: str, value: str) -> None:
        value = value.strip()
        if name == "X-NETDESK-CIRCLE":
            contact.circle = value
        elif name == "X-NETDESK-HOW-MET":
            contact.how_met = value
        elif name == "X-NETDESK-CAN-HELP-WITH":
            contact.can_help_with = value
        elif name == "X-NETDESK-LOCATION":
            contact.location = value
        elif name == "X-NETDESK-SECOND-NAME":
            contact.second_name = value
        elif name == "X-NETDESK-FAVOURITE":
            contact.favourite = value.lower() in ("1", "true", "yes")
        elif name == "X-NETDESK-CADENCE":
            digits = value.upper().removeprefix("P").removesuffix("D")
            if digits.isdigit() and 0 < int(digits) <= 36_500:
                contact.cadence_days = int(digits)
            else:
                self.warnings.append(f"{self.where}: keep-in-touch cadence {value[:20]!r} ignored.")


@functools.lru_cache(maxsize=1024)
def _host_kind(host: str) -> LinkKind:
    # link_kind only looks at the host; address books repeat a few hosts a lot.
    return link_kind(f"https://{host}/")


def _decode_base64(raw: bytes) -> bytes | None:
    cleaned = raw.translate(None, b" \t\r\n")
    if not cleaned or _NOT_BASE64.search(cleaned):
        return None
    stripped = cleaned.rstrip(b"=")
    if b"=" in stripped or len(stripped) % 4 == 1:
        return None
    try:
        return binascii.a2b_base64(stripped + b"=" * (-len(stripped) % 4))
    except binascii.Error:
        return None


def _fallback_encoding(data: bytes) -> str:
    """Code page for undeclared non-UTF-8 values: a charset the file declares
    elsewhere, else a guess from the bytes."""
    for match in _CHARSET.finditer(data):
        name = codec_name(match[1].decode("ascii", errors="replace"))
        if name and name not in ("utf-8", "ascii"):
            return name
    try:
        _FOLD.sub(b"", data).decode("utf-8")
    except UnicodeDecodeError:
        return guess_legacy_encoding(data)
    return "cp1252"


def vcard_encoding(data: bytes) -> str:
    """The encoding to report for a vCard file: UTF-8 when every value is UTF-8
    once folds are joined (a fold may split a character), else the legacy guess."""
    try:
        _FOLD.sub(b"", data).decode("utf-8")
    except UnicodeDecodeError:
        return _fallback_encoding(data)
    return "utf-8"


def read_vcards(data: bytes, filename: str = "") -> tuple[list[ContactData], list[str]]:
    """Parse every card in a vCard file.

    Args:
        data: the file content as UTF-8 (or legacy 8-bit) bytes; callers decode
            UTF-16/32 first (``reader.read_contacts`` does).
        filename: used in warnings and errors.

    Returns:
        ``(contacts, warnings)``. Cards with no name, email, phone or link are
        skipped with a warning.

    Raises:
        ImportFormatError: when no card yields a contact.
    """
    # Parsing allocates many small objects and none are cyclic: the cyclic
    # garbage collector only slows large files down here.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_vcards(data, filename)
    finally:
        if enabled:
            gc.enable()


def _agent_note(agent: ContactData) -> str:
    """One line for a card nested in an AGENT property (2.1): who acts for this person."""
    reach = [x.value for x in (*agent.phones[:1], *agent.emails[:1])]
    parts = [agent.best_name(), agent.organization, *reach]
    text = ", ".join(dict.fromkeys(p.strip() for p in parts if p.strip()))
    return f"Agent: {text}" if text else ""


def _build(
    card: RawCard, fallback: str, where: str, warnings: list[str], not_emails: list[str]
) -> ContactData:
    builder = _CardBuilder(fallback, where, warnings, not_emails)
    contact = builder.build(card)
    nested = [RawCard(card.index, props) for props in card.agents]
    for prop in card.props:
        # 3.0 writes the agent's card escaped into the value: "BEGIN:VCARD\nFN:...".
        if prop.name == "AGENT" and prop.raw[:13].upper() == b"BEGIN:VCARD\\N":
            inner = _unescape(builder.text(prop)).encode("utf-8")
            nested.extend(c for c in iter_cards(inner) if not c.agents)
    agents = [_agent_note(builder.build(agent)) for agent in nested[:10]]
    if any(agents):
        contact.notes = "\n".join(n for n in (contact.notes, *agents) if n)
    if card.dropped:
        warnings.append(
            f"{where} has more than {MAX_PROPS:,} lines; the other {card.dropped:,} were ignored."
        )
    return contact


def _read_vcards(data: bytes, filename: str) -> tuple[list[ContactData], list[str]]:
    name = describe(filename)
    fallback = _fallback_encoding(data)
    warnings: list[str] = []
    contacts: list[ContactData] = []
    problems: list[str] = []
    not_emails: list[str] = []
    count = 0
    # Cards are built as they are split: only one card's properties are in memory.
    for card in iter_cards(data):
        check()
        count += 1
        where = f"card {card.index} of {name}"
        contact = _build(card, fallback, where, warnings, not_emails)
        if card.begin_missing:
            warnings.append(f"{where} has no BEGIN:VCARD line; it was read anyway.")
        if not has_content(contact):
            cut = " is cut off before END:VCARD and" if not card.complete else ""
            problem = f"{where}{cut} has no name, email or phone"
            problems.append(problem)
            warnings.append(problem + "; it was skipped.")
            continue
        if not card.complete:
            warnings.append(f"{where} is cut off before END:VCARD; what it holds was imported.")
        contacts.append(tidy(contact, where, warnings))
    if not count:
        raise ImportFormatError(f"{name} has no contact cards (no BEGIN:VCARD ... END:VCARD).")
    if not contacts:
        if len(problems) == 1:
            raise ImportFormatError(problems[0] + ".")
        raise ImportFormatError(f"None of the {count} cards in {name} has a name, email or phone.")
    if not_emails:
        warnings.append(not_emails_warning(not_emails, name))
    return contacts, warnings
