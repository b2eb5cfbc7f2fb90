"""Clean-up applied to every imported contact, whatever the format."""

from __future__ import annotations

import re

from netdesk.domain.contact_data import TEXT_FIELDS, ContactData, Labeled
from netdesk.io.errors import MAX_FIELD_CHARS, MAX_NOTES_CHARS

_TEXT_FIELDS = ("uid", *TEXT_FIELDS)
# Generous caps on list lengths: real cards have a handful, and a hostile file
# must not turn one contact into a million rows.
_MAX_ITEMS = 100


_ANGLE_EMAIL = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
# Looser than validation.looks_like_email on purpose: exports hold "user@localhost"
# and "contact1@invalid"; what must never pass is a word, a name or a sentence.
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")


def email_address(text: str) -> str:
    """The address in an email cell or property ("mailto:", "Name <a@b.c>" undone),
    or "" when it holds none: "SMTP" from an email-type column or a display name
    stored as an address would become a match key shared by different people."""
    address = text.strip()
    if address[:7].lower() == "mailto:":
        address = address[7:].strip()
    if "<" in address and (match := _ANGLE_EMAIL.search(address)):
        address = match[1]
    return address if _ADDRESS.match(address) else ""


def not_emails_warning(dropped: list[str], where: str) -> str:
    """One warning for all the values of a file that were not kept as emails."""
    example = dropped[0][:40]
    return (
        f"{len(dropped):,} value(s) given as email in {where} are not email addresses "
        f"(e.g. {example!r}); they were not kept."
    )


def has_content(c: ContactData) -> bool:
    """Same as ``not c.is_empty()``, without building the display name."""
    return bool(
        c.display_name.strip()
        or c.given_name.strip()
        or c.family_name.strip()
        or c.nickname.strip()
        or c.organization.strip()
        or c.emails
        or c.phones
        or c.urls
    )


def clip(text: str, limit: int, what: str, where: str, warnings: list[str]) -> str:
    """Return ``text`` cut to ``limit`` characters, warning when it was longer."""
    if len(text) <= limit:
        return text
    warnings.append(f"{where}: {what} was longer than {limit:,} characters and was cut.")
    return text[:limit]


def _clip_list(items: list[Labeled], what: str, where: str, warnings: list[str]) -> list[Labeled]:
    out: list[Labeled] = []
    seen: set[str] = set()
    for item in items:
        value = item.value.strip()
        if len(value) > MAX_FIELD_CHARS:
            value = clip(value, MAX_FIELD_CHARS, what, where, warnings)
        if not value or value in seen:
            continue
        seen.add(value)
        out.append(
            item
            if value == item.value and len(item.label) <= 100
            else (Labeled(value, item.label[:100]))
        )
    if len(out) > _MAX_ITEMS:
        warnings.append(f"{where}: only the first {_MAX_ITEMS} {what}s were kept.")
        out = out[:_MAX_ITEMS]
    return out


def tidy(contact: ContactData, where: str, warnings: list[str]) -> ContactData:
    """Strip, de-duplicate and cap the fields of ``contact`` in place and return it.

    Args:
        contact: the freshly parsed contact.
        where: how to name the contact in warnings, e.g. "card 3 of x.vcf".
        warnings: list the warnings are appended to.
    """
    for name in _TEXT_FIELDS:
        value: str = getattr(contact, name)
        if not value:
            continue
        stripped = value.strip()
        if len(stripped) > MAX_FIELD_CHARS:
            stripped = clip(stripped, MAX_FIELD_CHARS, name.replace("_", " "), where, warnings)
        if stripped is not value:
            setattr(contact, name, stripped)
    if contact.notes:
        contact.notes = clip(contact.notes.strip(), MAX_NOTES_CHARS, "notes", where, warnings)
    if contact.emails:
        contact.emails = _clip_list(contact.emails, "email", where, warnings)
    if contact.phones:
        contact.phones = _clip_list(contact.phones, "phone", where, warnings)
    if contact.addresses:
        contact.addresses = _clip_list(contact.addresses, "address", where, warnings)
    if contact.urls:
        contact.urls = _clip_list(contact.urls, "link", where, warnings)
    if contact.tags:
        contact.tags = _unique_tags(contact.tags, where, warnings)
    return contact


def _unique_tags(raw: list[str], where: str, warnings: list[str]) -> list[str]:
    """Stripped tags, first occurrence kept, at most ``_MAX_ITEMS``.

    A set, not ``tag in list``: a hostile card with 100,000 categories took 39
    seconds with the quadratic check.
    """
    tags: dict[str, None] = {}
    for tag in raw:
        tag = tag.strip()
        if not tag:
            continue
        if len(tag) > MAX_FIELD_CHARS:
            tag = clip(tag, MAX_FIELD_CHARS, "tag", where, warnings)
        if tag in tags:
            continue
        if len(tags) == _MAX_ITEMS:
            warnings.append(f"{where}: only the first {_MAX_ITEMS} tags were kept.")
            break
        tags[tag] = None
    return list(tags)
