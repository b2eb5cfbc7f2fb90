"""QR codes on cards: read them (zxing-cpp) into contacts, write one (segno) for my card.

A code holds a vCard, a MECARD (the phone-camera format: ``MECARD:N:Family,Given;TEL:...;;``)
or a link to a profile; each becomes a ``ContactData`` for the importer, which matches it
against the network like any imported file.
"""

from __future__ import annotations

import io
import re
from typing import Any

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.links import link_kind
from netdesk.io.errors import ImportFormatError
from netdesk.io.vcard import read_vcards
from netdesk.io.vcard_writer import write_vcards

# Medium error correction survives a crease or a thumb over a corner and keeps a typical
# card's vCard within version 10-15, whose modules a phone resolves at arm's length.
ERROR_CORRECTION = "m"


def read_codes(image: Any) -> list[str]:
    """The text of every QR code in a BGR or greyscale image."""
    import zxingcpp

    formats = zxingcpp.barcode_formats_from_str("QRCode,MicroQRCode")
    return [code.text for code in zxingcpp.read_barcodes(image, formats=formats) if code.text]


def contact_from_code(text: str) -> ContactData | None:
    """The contact a QR code's text describes, or None for other content."""
    stripped = text.strip()
    upper = stripped[:11].upper()
    if upper.startswith("BEGIN:VCARD"):
        try:
            contacts, _warnings = read_vcards(stripped.encode("utf-8"), "QR code")
        except ImportFormatError:
            return None
        return contacts[0] if contacts else None
    if upper.startswith("MECARD:"):
        return _mecard(stripped[7:])
    if re.match(r"(?i)https?://\S+$", stripped):
        return ContactData(urls=[Labeled(stripped, link_kind(stripped).value)])
    return None


_MECARD_FIELD = re.compile(r"((?:[^;\\]|\\.)*);")


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


def _mecard(body: str) -> ContactData | None:
    contact = ContactData()
    for match in _MECARD_FIELD.finditer(body if body.endswith(";") else body + ";"):
        key, _, value = match.group(1).partition(":")
        key, value = key.strip().upper(), value.strip()
        if not value:
            continue
        if key == "N":
            family, _, given = value.partition(",")
            contact.family_name, contact.given_name = _unescape(family), _unescape(given)
        elif key == "TEL":
            contact.phones.append(Labeled(_unescape(value), "work"))
        elif key == "EMAIL":
            contact.emails.append(Labeled(_unescape(value), "work"))
        elif key == "URL":
            url = _unescape(value)
            contact.urls.append(Labeled(url, link_kind(url).value))
        elif key == "ORG":
            contact.organization = _unescape(value)
        elif key in ("TITLE", "ROLE"):
            contact.job_title = _unescape(value)
        elif key == "ADR":
            contact.addresses.append(Labeled(_unescape(value).replace(",", ", ").strip(), ""))
        elif key == "NOTE":
            contact.notes = _unescape(value)
        elif key == "NICKNAME":
            contact.nickname = _unescape(value)
    return None if contact.is_empty() else contact


def card_vcard(contact: ContactData) -> str:
    """The vCard 3.0 of the user's card: what a phone's contacts app takes, without the
    photo, notes or anything private that would only make the code denser."""
    slim = ContactData(
        uid=contact.uid,
        given_name=contact.given_name,
        family_name=contact.family_name,
        display_name=contact.display_name,
        organization=contact.organization,
        job_title=contact.job_title,
        department=contact.department,
        emails=list(contact.emails),
        phones=list(contact.phones),
        urls=list(contact.urls),
        addresses=list(contact.addresses),
    )
    return write_vcards([slim], "3.0")


def qr_image(text: str, kind: str, scale: int = 10) -> bytes:
    """``text`` as a QR code image: ``kind`` is ``png`` or ``svg``."""
    import segno

    code = segno.make_qr(text, error=ERROR_CORRECTION, encoding="utf-8")
    out = io.BytesIO()
    code.save(out, kind=kind, scale=scale, border=4)
    return out.getvalue()


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, rows of dark (True) and light, quiet zone
    excluded: for drawing it with a painter at any size."""
    import segno

    code = segno.make_qr(text, error=ERROR_CORRECTION, encoding="utf-8")
    return [[bool(v) for v in row] for row in code.matrix]
