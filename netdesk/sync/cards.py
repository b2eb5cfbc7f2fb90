"""vCards as the sync engine sees them: parse, compare, and write without losing others' data.

Other clients store properties NetDesk has no field for (IMPP, ANNIVERSARY, their own X-
properties). When NetDesk rewrites a card it copies those lines over from the server's
last version, so a round trip through NetDesk loses none of them.
"""

from __future__ import annotations

import copy
import hashlib
import re

from netdesk.domain.contact_data import ContactData
from netdesk.io.errors import ImportFormatError
from netdesk.io.photos import bounded_photo
from netdesk.io.vcard import read_vcards, write_vcards
from netdesk.io.vcard_writer import fold

# Properties NetDesk writes itself (or derives its own from), so never copied over.
_OWN = frozenset(
    {
        "BEGIN",
        "END",
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "FN",
        "N",
        "NICKNAME",
        "ORG",
        "TITLE",
        "EMAIL",
        "TEL",
        "ADR",
        "URL",
        "X-SOCIALPROFILE",
        "CATEGORIES",
        "BDAY",
        "NOTE",
        "PHOTO",
    }
)
_LINE = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)[;:]")
_UNFOLD = re.compile(r"\r?\n[ \t]")
_SAFE_UID = re.compile(r"^[A-Za-z0-9._@-]{1,200}$")


def parse_card(text: str) -> ContactData | None:
    """The contact in ``text``, or None when it holds no usable card."""
    try:
        contacts, _ = read_vcards(text.encode("utf-8"))
    except ImportFormatError:
        return None
    if not contacts:
        return None
    # NetDesk stores photos as thumbnails: compare (and merge) what it would store.
    contacts[0].photo = bounded_photo(contacts[0].photo)
    return contacts[0]


def normalised(contact: ContactData) -> ContactData:
    """``contact`` as it reads back from its own vCard: the form all comparisons use."""
    parsed = parse_card(write_vcards([contact], "4.0"))
    return parsed if parsed is not None else contact


def resource_name(uid: str) -> str:
    """The file name a new card gets on the server: ``<uid>.vcf`` when the uid is tame."""
    if _SAFE_UID.match(uid):
        return f"{uid}.vcf"
    return hashlib.sha1(uid.encode("utf-8")).hexdigest() + ".vcf"


def foreign_lines(text: str, keep_photo: bool = False) -> list[str]:
    """The unfolded content lines of ``text`` that NetDesk neither reads nor writes.

    ``keep_photo`` also keeps the PHOTO lines.
    """
    lines = [ln for ln in _UNFOLD.sub("", text).splitlines() if ln.strip()]
    parsed = [(ln, _LINE.match(ln)) for ln in lines]
    own_groups = {
        m[1].lower()
        for _, m in parsed
        if m and m[1] and (m[2].upper() in _OWN or m[2].upper().startswith("X-NETDESK-"))
    }
    kept: list[str] = []
    for line, match in parsed:
        if match is None:
            continue
        group, name = (match[1] or "").lower(), match[2].upper()
        if name == "PHOTO" and keep_photo:
            kept.append(line)
            continue
        if name in _OWN or name.startswith("X-NETDESK-") or (group and group in own_groups):
            continue
        kept.append(line)
    return kept


def render(contact: ContactData, version: str, keep_from: str = "") -> str:
    """The vCard to store for ``contact``, keeping the foreign lines of ``keep_from``."""
    base = parse_card(keep_from) if keep_from else None
    # The server's photo when NetDesk holds only its thumbnail: never degrade it.
    keep_photo = base is not None and contact.photo is not None and base.photo == contact.photo
    if keep_photo:
        contact = copy.copy(contact)
        contact.photo = None
    text = write_vcards([contact], version)
    extra = foreign_lines(keep_from, keep_photo) if keep_from else []
    if not extra:
        return text
    head, _, _ = text.rpartition("END:VCARD")
    return head + "".join(fold(line) for line in extra) + "END:VCARD\r\n"
