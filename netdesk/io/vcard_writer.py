"""vCard 4.0 / 3.0 export.

Labels the standard TYPE values cannot express (``Assistant``, ``Gym``) are
written Apple-style as a property group plus ``X-ABLabel``, which Apple,
Google and this module's reader all understand. Link kinds are kept with
``TYPE=x-linkedin`` and friends, so a URL keeps its kind even when its host
does not reveal it.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.enums import LinkKind
from netdesk.domain.links import link_kind
from netdesk.domain.unicode_policy import clean_text

_PHONE_TYPES = {
    "mobile": "cell",
    "cell": "cell",
    "home": "home",
    "work": "work",
    "main": "main",
    "car": "car",
    "other": "other",
    "pager": "pager",
    "fax": "fax",
    "home fax": "home,fax",
    "work fax": "work,fax",
}
_PLACE_TYPES = {"home": "home", "work": "work", "other": "other"}
_MIME = {b"\xff\xd8\xff": "jpeg", b"\x89PNG": "png", b"GIF8": "gif", b"RIFF": "webp"}
_MAX_LINE = 75


def escape(text: str) -> str:
    """Escape a text value (RFC 6350 section 3.4)."""
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence, CRLF-ended."""
    line = clean_text(line)  # a lone surrogate has no UTF-8 form
    raw = line.encode("utf-8")
    if len(raw) <= _MAX_LINE:
        return line + "\r\n"
    pieces: list[bytes] = []
    start = 0
    limit = _MAX_LINE
    while start < len(raw):
        end = min(start + limit, len(raw))
        # Continuation bytes look like 0b10xxxxxx: back off to a character start.
        while end < len(raw) and end > start + 1 and (raw[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(raw[start:end])
        start = end
        limit = _MAX_LINE - 1  # the leading space counts
    return "\r\n ".join(p.decode("utf-8") for p in pieces) + "\r\n"


def _image_subtype(photo: bytes) -> str:
    for magic, subtype in _MIME.items():
        if photo.startswith(magic):
            return subtype
    return "jpeg"


class _Card:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.groups = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def labeled(self, name: str, item: Labeled, types: dict[str, str]) -> None:
        label = item.label.strip()
        value = escape(item.value) if name != "ADR" else ";;" + escape(item.value) + ";;;;"
        if not label:
            self.add(name, value)
        elif label.lower() in types:
            self.add(name, value, f";TYPE={types[label.lower()]}")
        else:
            self.groups += 1
            group = f"item{self.groups}"
            self.add(f"{group}.{name}", value)
            self.add(f"{group}.X-ABLabel", escape(label))


def _card(contact: ContactData, version: str) -> str:
    card = _Card()
    card.lines.append("BEGIN:VCARD\r\n")
    card.add("VERSION", version)
    card.add("UID", escape(contact.uid or f"urn:uuid:{uuid.uuid4()}"))
    card.add("FN", escape(contact.display_name or contact.best_name()))
    card.add("N", f"{escape(contact.family_name)};{escape(contact.given_name)};;;")
    if contact.nickname:
        card.add("NICKNAME", escape(contact.nickname))
    if contact.organization or contact.department:
        card.add("ORG", f"{escape(contact.organization)};{escape(contact.department)}".rstrip(";"))
    if contact.job_title:
        card.add("TITLE", escape(contact.job_title))
    for email in contact.emails:
        card.labeled("EMAIL", email, _PLACE_TYPES)
    for phone in contact.phones:
        card.labeled("TEL", phone, _PHONE_TYPES)
    for address in contact.addresses:
        card.labeled("ADR", address, _PLACE_TYPES)
    for url in contact.urls:
        kind = url.label if url.label in LinkKind.__members__.values() else ""
        if (kind and kind != link_kind(url.value)) or (kind and kind != LinkKind.WEBSITE):
            card.add("URL", escape(url.value), f";TYPE=x-{kind}")
        else:
            card.add("URL", escape(url.value))
    if contact.tags:
        card.add("CATEGORIES", ",".join(escape(t) for t in contact.tags))
    if contact.birthday is not None:
        b = contact.birthday
        year = f"{b.year:04d}" if b.year is not None else "--"
        card.add("BDAY", f"{year}{b.month:02d}{b.day:02d}")
    if contact.notes:
        card.add("NOTE", escape(contact.notes))
    if contact.photo:
        subtype = _image_subtype(contact.photo)
        data = base64.b64encode(contact.photo).decode("ascii")
        if version.startswith("4"):
            card.add("PHOTO", f"data:image/{subtype};base64,{data}")
        else:
            card.add("PHOTO", data, f";ENCODING=b;TYPE={subtype.upper()}")
    extras = (
        ("X-NETDESK-CIRCLE", contact.circle),
        ("X-NETDESK-HOW-MET", contact.how_met),
        ("X-NETDESK-CAN-HELP-WITH", contact.can_help_with),
        ("X-NETDESK-LOCATION", contact.location),
        ("X-NETDESK-SECOND-NAME", contact.second_name),
    )
    for name, value in extras:
        if value:
            card.add(name, escape(value))
    if contact.cadence_days:
        card.add("X-NETDESK-CADENCE", str(contact.cadence_days))
    if contact.favourite:
        card.add("X-NETDESK-FAVOURITE", "1")
    card.lines.append("END:VCARD\r\n")
    return "".join(card.lines)


def write_vcards(contacts: Iterable[ContactData], version: str = "4.0") -> str:
    """Write contacts as one vCard file.

    Args:
        contacts: the contacts to write.
        version: ``"4.0"`` (default) or ``"3.0"``.

    Returns:
        The file text with CRLF line ends, lines folded at 75 octets; encode it
        as UTF-8.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unsupported vCard version {version!r}")
    return "".join(_card(contact, version) for contact in contacts)
