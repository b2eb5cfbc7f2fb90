"""LDIF address books: Thunderbird's own export, also Outlook Express and Apple.

A small RFC 2849 reader rather than the ``ldif`` package from PyPI: that one
stops at the first line it cannot parse (no colon, damaged base64, a non-ASCII
attribute name) and so loses the whole file, while an address book should lose
at most the damaged value. Records are read one at a time (``iter_records``).

The attribute names are Mozilla's LDAP schema as Thunderbird writes it (see
comm-central mailnews/import/test/resources/basic_ldif_addressbook.ldif), with
the older ``xmozilla*`` names Netscape and early Thunderbird used.
"""

from __future__ import annotations

import binascii
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.links import link_kind, normalise_url
from netdesk.domain.names import derive_display_name
from netdesk.io.cancel import check
from netdesk.io.csv_dates import parse_date
from netdesk.io.encoding import guess_legacy_encoding
from netdesk.io.errors import ImportFormatError, describe
from netdesk.io.fields import email_address, has_content, not_emails_warning, tidy
from netdesk.io.vcard_lines import normalise_newlines

#: Most attribute lines kept per record, as for vCard properties.
MAX_ATTRIBUTES = 2_000
_START = re.compile(rb"^(?:version\s*:\s*1\s*$|dn\s*::?\s*\S)", re.IGNORECASE)
_NAME = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*(?:;[A-Za-z0-9=-]*)*$")


@dataclass
class Record:
    """One LDIF record: its line number and ``(attribute, raw value)`` pairs."""

    line: int
    attributes: list[tuple[str, bytes]] = field(default_factory=list)
    dropped: int = 0
    damaged: int = 0

    def values(self, *names: str) -> list[bytes]:
        return [value for name, value in self.attributes if name in names]


def looks_like_ldif(data: bytes) -> bool:
    """Whether the first line that is not blank or a comment starts an LDIF file."""
    for line in io.BytesIO(data[:4096]):
        line = line.strip()
        if line and not line.startswith(b"#"):
            return bool(_START.match(line))
    return False


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfolded lines with their first physical line number; comments dropped."""
    number, pending, start = 0, b"", 0
    for raw in io.BytesIO(normalise_newlines(data)):
        number += 1
        line = raw.rstrip(b"\n")
        if line[:1] == b" " and pending:
            pending += line[1:]  # RFC 2849: a fold is a line starting with one space
            continue
        if pending or start:
            yield start, pending
        pending, start = line, number
    if pending or start:
        yield start, pending


def iter_records(data: bytes) -> Iterator[Record]:
    """Every record of ``data``, in order; records are separated by blank lines."""
    record: Record | None = None
    for number, line in _logical_lines(data):
        if line.startswith(b"#"):
            continue
        if not line.strip():
            if record is not None:
                check()
                yield record
            record = None
            continue
        if record is None:
            record = Record(number)
        _add_attribute(record, line)
    if record is not None:
        yield record


def _add_attribute(record: Record, line: bytes) -> None:
    name, colon, rest = line.partition(b":")
    name = name.strip()
    if not colon or not _NAME.match(name):
        record.damaged += 1
        return
    if len(record.attributes) >= MAX_ATTRIBUTES:
        record.dropped += 1
        return
    attribute = name.split(b";", 1)[0].decode("ascii").lower()
    if rest.startswith(b":"):
        try:
            value = binascii.a2b_base64(rest[1:].strip(), strict_mode=True)
        except binascii.Error:
            record.damaged += 1
            return
    elif rest.startswith(b"<"):
        return  # a URL to fetch the value from: never fetched
    else:
        value = rest.lstrip(b" ")
    record.attributes.append((attribute, value))


_PHONES = (
    (("telephonenumber",), "work"),
    (("homephone",), "home"),
    (("mobile", "cellphone", "carphone"), "mobile"),
    (("fax", "facsimiletelephonenumber"), "work fax"),
    (("pager", "pagerphone"), "pager"),
)
_WORK_ADDRESS = (
    ("street", "streetaddress", "postofficebox"),
    ("mozillaworkstreet2",),
    ("l", "locality"),
    ("st", "region"),
    ("postalcode", "zip"),
    ("c", "countryname"),
)
_HOME_ADDRESS = (
    ("mozillahomestreet", "homepostaladdress"),
    ("mozillahomestreet2",),
    ("mozillahomelocalityname",),
    ("mozillahomestate",),
    ("mozillahomepostalcode",),
    ("mozillahomecountryname",),
)


class _RecordReader:
    """Turns one record into a ``ContactData``."""

    def __init__(self, encoding: str, not_emails: list[str]) -> None:
        self.encoding = encoding
        self.not_emails = not_emails

    def text(self, value: bytes) -> str:
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode(self.encoding, errors="replace")

    def first(self, record: Record, *names: str) -> str:
        for value in record.values(*names):
            if text := self.text(value).strip():
                return text
        return ""

    def contact(self, record: Record) -> ContactData:
        c = ContactData()
        c.given_name = self.first(record, "givenname")
        c.family_name = self.first(record, "sn", "surname")
        c.display_name = self.first(record, "displayname", "cn", "commonname")
        c.nickname = self.first(record, "mozillanickname", "xmozillanickname", "nickname")
        c.organization = self.first(record, "o", "company")
        c.department = self.first(record, "ou", "department", "orgunit")
        c.job_title = self.first(record, "title")
        c.notes = "\n".join(
            self.text(v).strip() for v in record.values("description", "notes") if v.strip()
        )
        for value in record.values("mail", "mozillasecondemail", "xmozillasecondemail"):
            if address := email_address(self.text(value)):
                c.emails.append(Labeled(address))
            elif value.strip():
                self.not_emails.append(self.text(value).strip())
        for names, label in _PHONES:
            c.phones.extend(Labeled(self.text(v).strip(), label) for v in record.values(*names))
        for value in record.values(
            "mozillaworkurl", "workurl", "mozillahomeurl", "homeurl", "labeleduri"
        ):
            # labeledURI is "URL label": the URL is the first word.
            words = self.text(value).split()
            url = normalise_url(words[0]) if words else ""
            if url:
                c.urls.append(Labeled(url, link_kind(url).value))
        for parts, label in ((_WORK_ADDRESS, "work"), (_HOME_ADDRESS, "home")):
            lines = [self.first(record, *names) for names in parts]
            if text := ", ".join(p.replace("\n", ", ") for p in lines if p):
                c.addresses.append(Labeled(text, label))
        c.birthday = parse_date(
            "-".join(self.first(record, n) for n in ("birthyear", "birthmonth", "birthday")),
            parts=True,
        )
        reach = c.emails[0].value if c.emails else c.phones[0].value if c.phones else ""
        derived = derive_display_name(
            c.given_name, c.family_name, c.nickname, c.organization, reach
        )
        if c.display_name == derived:
            # Thunderbird writes cn as "given family": keeping it would freeze a
            # name that should follow later edits of its parts (as for vCard FN).
            c.display_name = ""
        return c


def _skip_reason(record: Record) -> str:
    """Why a record is not a person to import, or ""."""
    changetype = [v.strip().lower() for v in record.values("changetype")]
    if changetype and changetype[0] != b"add":
        return f"is a {changetype[0].decode('ascii', 'replace')} change, not an entry"
    classes = {v.strip().lower() for v in record.values("objectclass")}
    if b"groupofnames" in classes or b"mozillaablist" in classes:
        return "is a mailing list, not a person"
    return ""


def read_ldif(data: bytes, filename: str = "") -> tuple[list[ContactData], list[str]]:
    """Contacts from an LDIF address book.

    Raises:
        ImportFormatError: when no record holds a person.
    """
    name = describe(filename)
    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        # RFC 2849 says UTF-8, but Outlook Express wrote its own code page.
        encoding = guess_legacy_encoding(data)
    warnings: list[str] = []
    not_emails: list[str] = []
    reader = _RecordReader(encoding, not_emails)
    contacts: list[ContactData] = []
    count = 0
    for record in iter_records(data):
        count += 1
        where = f"entry at line {record.line} of {name}"
        if record.damaged:
            warnings.append(f"{where}: {record.damaged} damaged line(s) were skipped.")
        if record.dropped:
            warnings.append(
                f"{where} has more than {MAX_ATTRIBUTES:,} lines; the rest were ignored."
            )
        if reason := _skip_reason(record):
            warnings.append(f"{where} {reason}; it was skipped.")
            continue
        contact = reader.contact(record)
        if not has_content(contact):
            if record.values("dn") or len(record.attributes) > 1:
                warnings.append(f"{where} has no name, email or phone; it was skipped.")
            continue
        contacts.append(tidy(contact, where, warnings))
    if not_emails:
        warnings.append(not_emails_warning(not_emails, name))
    if not contacts:
        raise ImportFormatError(
            f"{name} is an LDIF file with no person in it ({count} entries)."
            if count
            else f"{name} is an empty LDIF file."
        )
    return contacts, warnings
