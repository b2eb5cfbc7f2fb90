"""The one entry point for importing a contact file of any supported format.

The format is read from the content, never from the file name: people rename
``contacts.csv`` to ``.txt`` and phones save vCards as ``.dat``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from netdesk.domain.contact_data import ContactData
from netdesk.domain.network_data import NetworkData
from netdesk.domain.unicode_policy import JSON_SURROGATE_ESCAPE, clean
from netdesk.io.csv_formats import read_csv_contacts
from netdesk.io.csv_table import CsvTable
from netdesk.io.encoding import decode_bytes, detect_bom, detect_utf16_without_bom
from netdesk.io.errors import MAX_IMPORT_BYTES, ImportFormatError, describe
from netdesk.io.facebook import read_json_contacts
from netdesk.io.json_format import is_netdesk_json, read_netdesk_json
from netdesk.io.ldif import looks_like_ldif, read_ldif
from netdesk.io.vcard import read_vcards, vcard_encoding

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document); unzip it first"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (save it as CSV first)"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"BEGIN:VCALENDAR", "a calendar file (iCalendar), not a contact file"),
)
_VCARD_START = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_VCARD_HEADLESS = re.compile(r"^\s*(VERSION|FN|N)[;:]", re.IGNORECASE)
_END_VCARD = re.compile(r"^END\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)
_END_VCARD_BYTES = re.compile(rb"^END\s*:\s*VCARD", re.IGNORECASE | re.MULTILINE)


@dataclass
class ParseResult:
    """What an import produced.

    For ``format == "csv"`` (a CSV layout NetDesk does not know) ``contacts`` is
    the result of the guessed column mapping and ``table`` is set, so the import
    dialog can show the mapping for the user to confirm or change, then call
    ``csv_mapping.apply_mapping`` again.
    """

    contacts: list[ContactData]
    warnings: list[str]
    #: "vcard", "ldif", "google-csv", "outlook-csv", "thunderbird-csv", "linkedin-csv",
    #: "facebook-json", "netdesk-json" or "csv" (unknown layout, mapping needed).
    format: str
    table: CsvTable | None = None
    encoding: str = "utf-8"
    #: A NetDesk JSON export's interactions, events, asks... beside its contacts.
    network: NetworkData | None = None

    @property
    def needs_mapping(self) -> bool:
        """A CSV none of whose columns was recognised: only a person who says
        what each column holds can import it (the window's mapping dialog)."""
        return self.format == "csv" and not self.contacts


def _looks_binary(data: bytes) -> str | None:
    """What a non-text file looks like, or None if it may be text."""
    head = data[:64]
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if detect_bom(data) or detect_utf16_without_bom(data):
        return None
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(4, len(sample) // 50):
        return "a binary file"
    return None


def read_contacts(data: bytes, filename: str = "") -> ParseResult:
    """Read contacts from a vCard, CSV or JSON file's bytes.

    Args:
        data: the whole file.
        filename: only used to name the file in messages.

    Returns:
        The contacts, warnings, detected format and encoding.

    Raises:
        ImportFormatError: the only exception raised, whatever the bytes; its text
            is one line for the user.
    """
    name = describe(filename)
    try:
        return _read(data, name)
    except ImportFormatError:
        raise
    except RecursionError:
        raise ImportFormatError(f"{name} is nested too deeply to be a contact file.") from None
    except (ValueError, LookupError, TypeError, AttributeError, IndexError, OverflowError) as exc:
        # A bug or an input nobody anticipated: still one clear line, never a crash.
        raise ImportFormatError(
            f"{name} could not be read as a contact file ({type(exc).__name__})."
        ) from exc


def _read(data: bytes, name: str) -> ParseResult:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(
            f"{name} is {len(data) / 1024 / 1024:.0f} MB; contact files over "
            f"{MAX_IMPORT_BYTES // 1024 // 1024} MB are not imported."
        )
    if not data.strip():
        raise ImportFormatError(f"{name} is empty.")
    what = _looks_binary(data)
    if what is not None:
        raise ImportFormatError(f"{name} is not a contact file: it looks like {what}.")
    if looks_like_ldif(data):
        contacts, warnings = read_ldif(data, name)
        return ParseResult(contacts, warnings, "ldif", None, "utf-8")
    # Sniff on the head: decoding a whole large vCard file to text would only
    # double the memory it takes.
    head, _ = decode_bytes(data[:_SNIFF_BYTES])
    head = head.lstrip("\ufeff \t\r\n\x00")
    if _VCARD_START.search(head[:4096]) or (
        _VCARD_HEADLESS.match(head) and (_END_VCARD.search(head) or _END_VCARD_BYTES.search(data))
    ):
        return _read_vcard(data, name)
    text, encoding = decode_bytes(data)
    stripped = text.lstrip("\ufeff \t\r\n\x00")
    if not stripped.strip("\x00"):
        raise ImportFormatError(f"{name} is empty.")
    if stripped[:1] in "[{":
        try:
            parsed = json.loads(stripped)
        except json.JSONDecodeError:
            raise ImportFormatError(f"{name} looks like JSON but is not valid JSON.") from None
        if JSON_SURROGATE_ESCAPE.search(stripped):
            parsed = clean(parsed)  # "\ud800": see netdesk.domain.unicode_policy
        if is_netdesk_json(parsed):
            contacts, warnings, network = read_netdesk_json(parsed, name)
            if not contacts:
                raise ImportFormatError(f"{name} holds no contacts with a name, email or phone.")
            return ParseResult(contacts, warnings, "netdesk-json", None, encoding, network)
        contacts, warnings, fmt = read_json_contacts(parsed, name)
        return ParseResult(contacts, warnings, fmt, None, encoding)
    if stripped.lstrip().lower().startswith(("<?xml", "<html", "<!doctype")):
        raise ImportFormatError(f"{name} is not a contact file: it looks like an XML or HTML page.")
    contacts, warnings, fmt, table = read_csv_contacts(text, name, encoding)
    return ParseResult(contacts, warnings, fmt, table if fmt == "csv" else None, encoding)


_WIDE = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})
_SNIFF_BYTES = 64 * 1024


def _read_vcard(data: bytes, name: str) -> ParseResult:
    bom = detect_bom(data)
    if (bom and bom[0] in _WIDE) or detect_utf16_without_bom(data):
        # The vCard parser works on bytes (per-property charsets): give it UTF-8.
        text, encoding = decode_bytes(data)
        raw = text.encode("utf-8")
        del text
    else:
        raw = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        encoding = vcard_encoding(raw)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    contacts, warnings = read_vcards(raw, name)
    return ParseResult(contacts, warnings, "vcard", None, encoding)


def read_contacts_file(path: Path) -> ParseResult:
    """Read a contact file from disk, refusing oversized files before reading them.

    Raises:
        ImportFormatError: the file is missing, unreadable, too large or not a
            contact file.
    """
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFormatError(
                f"{name} is {size / 1024 / 1024:.0f} MB; contact files over "
                f"{MAX_IMPORT_BYTES // 1024 // 1024} MB are not imported."
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except IsADirectoryError:
        raise ImportFormatError(f"{name} is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportFormatError(f"{name} does not exist (was it moved or deleted?).") from None
    except PermissionError:
        raise ImportFormatError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImportFormatError(f"{name} cannot be read: {reason}.") from None
    return read_contacts(data, name)
