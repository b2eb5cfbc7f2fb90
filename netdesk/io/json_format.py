"""NetDesk's own JSON export, and reading it back.

Version 2 (``{"format": "netdesk", "version": 2, "contacts": [...], ...}``) carries the
whole network: see ``json_network`` for the sections beside the contacts. Version 1, a
bare list of contact objects, is still read.

The flat lists (``emails``, ``phones``, ``urls``) are for people and scripts;
the labelled lists (``email_labels``, ``phone_labels``, ``addresses``, ``links``)
are what re-import uses, so labels and link kinds survive a round trip.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Direction, InteractionKind, LinkKind
from netdesk.domain.links import link_kind, normalise_url
from netdesk.domain.network_data import NetworkData
from netdesk.io.fields import tidy
from netdesk.io.json_network import read_sections, read_state, sections_to_dict, state_to_dict
from netdesk.io.vcard import image_kind

FORMAT_MARKER = "netdesk"
# 1: a list of contacts. 2: a document with the whole network.
FORMAT_VERSION = 2
_TEXT = (
    "uid",
    "display_name",
    "given_name",
    "family_name",
    "second_name",
    "nickname",
    "organization",
    "department",
    "circle",
    "notes",
    "how_met",
    "can_help_with",
    "location",
)


def _labeled(items: list[Labeled]) -> list[dict[str, str]]:
    return [{"value": i.value, "label": i.label} for i in items]


def _interaction(i: InteractionData) -> dict[str, Any]:
    return {
        "when": i.when.isoformat(),
        "kind": i.kind.value,
        "summary": i.summary,
        "notes": i.notes,
        "direction": i.direction.value,
        "participants": list(i.participants),
        "event": i.event,
    }


def contact_to_dict(c: ContactData) -> dict[str, Any]:
    """The JSON object for one contact."""
    return {
        "format": FORMAT_MARKER,
        "id": c.id,
        "uid": c.uid,
        "display_name": c.display_name,
        "given_name": c.given_name,
        "family_name": c.family_name,
        "second_name": c.second_name,
        "nickname": c.nickname,
        "organization": c.organization,
        "title": c.job_title,
        "department": c.department,
        "circle": c.circle,
        "emails": [e.value for e in c.emails],
        "phones": [p.value for p in c.phones],
        "urls": [u.value for u in c.urls],
        "email_labels": _labeled(c.emails),
        "phone_labels": _labeled(c.phones),
        "addresses": _labeled(c.addresses),
        "links": [{"url": u.value, "kind": u.label} for u in c.urls],
        "tags": list(c.tags),
        "birthday": c.birthday.iso() if c.birthday else None,
        "notes": c.notes,
        "how_met": c.how_met,
        "can_help_with": c.can_help_with,
        "location": c.location,
        "cadence_days": c.cadence_days,
        "favourite": c.favourite,
        "photo": base64.b64encode(c.photo).decode("ascii") if c.photo else None,
        "card_image": base64.b64encode(c.card_image).decode("ascii") if c.card_image else None,
        "interactions": [_interaction(i) for i in c.interactions],
    }


def write_json(contacts: Iterable[ContactData], network: NetworkData | None = None) -> str:
    """The contacts and the rest of ``network`` as an indented JSON document (UTF-8 text,
    not ASCII-escaped); each contact's state is looked up in ``network`` by uid."""
    network = network or NetworkData()
    items = []
    for c in contacts:
        item = contact_to_dict(c)
        state = network.contacts.get(c.uid)
        if state is not None:
            item.update(state_to_dict(state))
        items.append(item)
    document = {
        "format": FORMAT_MARKER,
        "version": FORMAT_VERSION,
        "contacts": items,
        **sections_to_dict(network),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def is_netdesk_json(data: object) -> bool:
    """True for a document (version 2 on) or a list of objects (version 1) of this format."""
    if isinstance(data, dict):
        return data.get("format") == FORMAT_MARKER
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(x, dict) for x in data)
        and any(x.get("format") == FORMAT_MARKER or "email_labels" in x for x in data)
    )


def read_netdesk_json(
    data: list[Any] | dict[str, Any], name: str
) -> tuple[list[ContactData], list[str], NetworkData]:
    """Contacts, warnings and the rest of the network from a parsed export of any version.

    Contacts with no name, email or phone are left out (with a warning); so are the
    records that name only them, when the network is written.
    """
    warnings: list[str] = []
    network = NetworkData()
    items: list[Any] = data if isinstance(data, list) else []
    if isinstance(data, dict):
        version = data.get("version")
        if isinstance(version, int) and version > FORMAT_VERSION:
            warnings.append(
                f"{name} was written by a newer NetDesk (format {version}); "
                "what this version does not know is left out."
            )
        found = data.get("contacts")
        items = found if isinstance(found, list) else []
        read_sections(data, network, name, warnings)
    contacts: list[ContactData] = []
    for n, obj in enumerate(items, start=1):
        where = f"contact {n} of {name}"
        if not isinstance(obj, dict):
            warnings.append(f"{where} is not an object; skipped.")
            continue
        contact = contact_from_dict(obj, where, warnings)
        if contact.is_empty():
            warnings.append(f"{where} has no name, email or phone; skipped.")
            continue
        contacts.append(contact)
        network.order.append(contact.uid)
        if contact.uid and contact.uid not in network.contacts:
            try:
                network.contacts[contact.uid] = read_state(obj)
            except ValueError as error:
                warnings.append(f"{where}: its state was not read ({error}).")
    return contacts, warnings, network


def _str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else str(value) if isinstance(value, int | float) else ""


def _labeled_list(obj: dict[str, Any], key: str, flat_key: str) -> list[Labeled]:
    items = obj.get(key)
    out: list[Labeled] = []
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("value"), str):
                out.append(Labeled(item["value"], _str(item, "label")))
        return out
    flat = obj.get(flat_key)
    if isinstance(flat, list):
        out = [Labeled(v) for v in flat if isinstance(v, str)]
    return out


def _links(obj: dict[str, Any]) -> list[Labeled]:
    links = obj.get("links")
    out: list[Labeled] = []
    if isinstance(links, list):
        for link in links:
            if isinstance(link, dict) and isinstance(link.get("url"), str):
                url = normalise_url(link["url"])
                kind = _str(link, "kind")
                if kind not in {k.value for k in LinkKind}:
                    kind = link_kind(url).value
                out.append(Labeled(url, kind))
        return out
    urls = obj.get("urls")
    if isinstance(urls, list):
        for url in urls:
            if isinstance(url, str) and url.strip():
                out.append(Labeled(normalise_url(url), link_kind(url).value))
    return out


def _interactions(obj: dict[str, Any]) -> list[InteractionData]:
    out: list[InteractionData] = []
    items = obj.get("interactions")
    if not isinstance(items, list):
        return out
    for item in items:
        if not isinstance(item, dict):
            continue
        try:
            when = dt.datetime.fromisoformat(_str(item, "when"))
            kind = InteractionKind(_str(item, "kind") or "other")
            direction = Direction(_str(item, "direction") or "mutual")
        except ValueError:
            continue
        people = item.get("participants")
        out.append(
            InteractionData(
                when=when,
                kind=kind,
                summary=_str(item, "summary"),
                notes=_str(item, "notes"),
                direction=direction,
                participants=[p for p in people if isinstance(p, str)]
                if isinstance(people, list)
                else [],
                event=_str(item, "event"),
            )
        )
    return out


def contact_from_dict(obj: dict[str, Any], where: str, warnings: list[str]) -> ContactData:
    """One contact from its JSON object; unknown or ill-typed keys are ignored."""
    c = ContactData()
    for key in _TEXT:
        setattr(c, key, _str(obj, key))
    c.job_title = _str(obj, "title") or _str(obj, "job_title")
    ident = obj.get("id")
    c.id = ident if isinstance(ident, int) and not isinstance(ident, bool) else None
    c.emails = _labeled_list(obj, "email_labels", "emails")
    c.phones = _labeled_list(obj, "phone_labels", "phones")
    c.addresses = _labeled_list(obj, "addresses", "address_list")
    c.urls = _links(obj)
    tags = obj.get("tags")
    c.tags = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    birthday = obj.get("birthday")
    if isinstance(birthday, str) and birthday:
        c.birthday = PartialDate.parse(birthday)
    cadence = obj.get("cadence_days")
    if isinstance(cadence, int) and not isinstance(cadence, bool) and 0 < cadence <= 36_500:
        c.cadence_days = cadence
    c.favourite = obj.get("favourite") is True
    c.photo = _image(obj, "photo", f"{where}: the photo", warnings)
    c.card_image = _image(obj, "card_image", f"{where}: the business card", warnings)
    c.interactions = _interactions(obj)
    return tidy(c, where, warnings)


def _image(obj: dict[str, Any], key: str, what: str, warnings: list[str]) -> bytes | None:
    """A base64 image of the contact object, or None (with a warning when not an image)."""
    text = obj.get(key)
    if not isinstance(text, str) or not text:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if image_kind(data):
        return data
    warnings.append(f"{what} is not a valid image; it was skipped.")
    return None
