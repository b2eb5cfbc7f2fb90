"""Facebook "Download your information" friend lists, and JSON files in general.

Facebook writes UTF-8 bytes as ``\\u00XX`` escapes, one per byte, so an Arabic
name arrives as Latin-1 mojibake ("Ø£Ø­Ù…Ø¯"); re-encoding as Latin-1 and
decoding as UTF-8 restores it ("أحمد") whenever that round-trips.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import InteractionKind
from netdesk.io.cancel import checked
from netdesk.io.errors import ImportFormatError
from netdesk.io.fields import tidy
from netdesk.io.json_format import is_netdesk_json, read_netdesk_json

_FRIEND_KEYS = ("friends_v2", "friends", "received_requests_v2", "sent_requests_v2")


def fix_mojibake(text: str) -> str:
    """Undo Facebook's byte-per-character escaping; other text is returned as is."""
    if text.isascii() or any(ord(ch) > 0xFF for ch in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def split_name(name: str) -> tuple[str, str]:
    """(given, family) from a display name: last word is the family name.

    Arabic compound names keep their particles with the family name
    ("محمد عبد الله" -> "محمد", "عبد الله").
    """
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    particles = {"عبد", "أبو", "ابو", "بن", "ابن", "آل", "al", "el", "bin", "abu", "abdel", "abd"}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in particles:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _friend(item: dict[str, Any], where: str, warnings: list[str]) -> ContactData | None:
    raw = item.get("name")
    if not isinstance(raw, str) or not raw.strip():
        return None
    name = fix_mojibake(raw).strip()
    given, family = split_name(name)
    contact = ContactData(display_name=name, given_name=given, family_name=family)
    stamp = item.get("timestamp")
    if isinstance(stamp, int | float) and not isinstance(stamp, bool) and 0 < stamp < 2**33:
        when = dt.datetime.fromtimestamp(stamp, tz=dt.UTC).replace(tzinfo=None)
        contact.interactions.append(
            InteractionData(when=when, kind=InteractionKind.SOCIAL, summary="Friends on Facebook")
        )
    return tidy(contact, where, warnings)


def read_facebook_friends(data: Any, name: str) -> tuple[list[ContactData], list[str]] | None:
    """Friends from a parsed Facebook friends JSON, or None if it is not one."""
    items: Any = None
    if isinstance(data, dict):
        for key in _FRIEND_KEYS:
            if isinstance(data.get(key), list):
                items = data[key]
                break
    elif (
        isinstance(data, list)
        and data
        and all(isinstance(x, dict) and "name" in x and "timestamp" in x for x in data[:20])
    ):
        items = data
    if items is None:
        return None
    warnings: list[str] = []
    contacts: list[ContactData] = []
    for n, item in enumerate(checked(items), start=1):
        if isinstance(item, dict):
            contact = _friend(item, f"friend {n} of {name}", warnings)
            if contact is not None:
                contacts.append(contact)
    return contacts, warnings


def read_json_contacts(data: Any, name: str) -> tuple[list[ContactData], list[str], str]:
    """Contacts from parsed JSON: NetDesk's export or a Facebook friend list.

    Returns:
        ``(contacts, warnings, format)`` with format ``"netdesk-json"`` or
        ``"facebook-json"``.

    Raises:
        ImportFormatError: other JSON, or no contacts in it.
    """
    if is_netdesk_json(data):
        contacts, warnings, _network = read_netdesk_json(data, name)
        if not contacts:
            raise ImportFormatError(f"{name} holds no contacts with a name, email or phone.")
        return contacts, warnings, "netdesk-json"
    friends = read_facebook_friends(data, name)
    if friends is None:
        raise ImportFormatError(
            f"{name} is JSON but neither a NetDesk export nor a Facebook friend list."
        )
    if not friends[0]:
        raise ImportFormatError(f"{name} is a Facebook friend list with no friends in it.")
    return friends[0], friends[1], "facebook-json"
