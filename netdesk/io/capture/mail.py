"""Mail: mbox (Thunderbird, Google Takeout), single ``.eml`` files and Apple Mail ``.emlx``.

Only the headers are parsed (the text too with "keep the text"), and an mbox is read line
by line, one message at a time: a mailbox of any size takes the memory of one message.
Newsletters and machine senders are skipped: List-Id, Precedence bulk/list/junk,
Auto-Submitted, and no-reply style addresses. Replies join their thread through
References / In-Reply-To.
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
import email.utils
import re
from collections.abc import Iterable, Iterator
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import BinaryIO

from netdesk.io.cancel import check
from netdesk.io.capture.base import (
    KEPT_TEXT_CHARS,
    CaptureFormat,
    Item,
    ItemKind,
    Person,
    SourceInfo,
    first_line,
    local_naive,
    stable_key,
)

# Addresses that send and never read: notifications, bounces, no-reply senders.
_MACHINE = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster|bounces?|notifications?"
    r"|newsletters?|marketing)([-+_.].*)?@",
    re.IGNORECASE,
)
_BULK = {"bulk", "list", "junk"}
# A Thunderbird or Takeout folder whose messages are all the user's own.
_SENT_FOLDERS = {"sent", "sent items", "sent mail", "sent messages", "gesendet", "المرسلة"}
_BODY_BYTES = 256 * 1024  # of a message's body read for "keep the text"
_IDS = re.compile(r"<([^<>\s]+)>")


def decoded(value: object) -> str:
    """A header's text with RFC 2047 encoded words decoded (bad ones kept as written)."""
    if value is None:
        return ""
    text = str(value)
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(make_header(decode_header(text))).split())
    except (LookupError, ValueError, UnicodeError):
        return " ".join(text.split())


def _people(values: list[str] | None, me: bool = False) -> list[Person]:
    people = []
    for name, address in email.utils.getaddresses([str(v) for v in values or []]):
        person = Person(name=decoded(name).strip("'\" "), email=address.strip().lower(), me=me)
        if person.email or person.name:
            people.append(person)
    return people


def _skip_reason(headers: email.message.Message, sender: Person | None) -> str:
    if headers.get("List-Id") or headers.get("List-Unsubscribe"):
        return "mailing list"
    if str(headers.get("Precedence", "")).strip().lower() in _BULK:
        return "bulk mail"
    if str(headers.get("Auto-Submitted", "no")).strip().lower() != "no":
        return "automatic reply"
    if sender is not None and sender.email and _MACHINE.match(sender.email):
        return "no-reply sender"
    return ""


def _when(headers: email.message.Message) -> dt.datetime | None:
    raw = headers.get("Date")
    if not raw:
        return None
    try:
        return local_naive(email.utils.parsedate_to_datetime(str(raw)))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _ids(value: object) -> list[str]:
    return _IDS.findall(str(value or ""))


def message_item(header_bytes: bytes, body: bytes, sent: bool, keep_text: bool) -> Item | None:
    """The item of one message (its header block and up to ``_BODY_BYTES`` of body);
    None for a block that is no message (no From, To or Date)."""
    headers = BytesHeaderParser().parsebytes(header_bytes)
    senders = _people(headers.get_all("From"))
    labels = str(headers.get("X-Gmail-Labels", "")).lower().split(",")
    mine = sent or "sent" in labels
    sender = Person(senders[0].name, senders[0].email, me=mine) if senders else None
    recipients = tuple(_people(headers.get_all("To")) + _people(headers.get_all("Cc")))
    if sender is None and not recipients:
        return None
    when = _when(headers)
    message_id = (_ids(headers.get("Message-ID")) or [""])[0]
    subject = first_line(decoded(headers.get("Subject")))
    references = _ids(headers.get("References")) or _ids(headers.get("In-Reply-To"))
    key = message_id or stable_key(
        sender.email if sender else "", str(headers.get("Date", "")), subject
    )
    skipped = _skip_reason(headers, sender)
    if when is None:
        skipped = skipped or "no date"
        when = dt.datetime(1970, 1, 1)
    text = _text(header_bytes, body) if keep_text and not skipped else ""
    return Item(
        key=f"mail:{key}",
        when=when,
        kind=ItemKind.EMAIL,
        thread="mail:" + (references[0] if references else key),
        sender=sender,
        recipients=recipients,
        subject=subject,
        text=text,
        skipped=skipped,
    )


def _text(header_bytes: bytes, body: bytes) -> str:
    message = email.message_from_bytes(header_bytes + b"\n" + body, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):
        return ""
    return str(content).strip()[:KEPT_TEXT_CHARS]


def mbox_messages(stream: BinaryIO) -> Iterator[tuple[bytes, bytes]]:
    """(header block, start of body) of each message of an mbox, one at a time.

    A message starts at a "From " line at the start of the file or after an empty line
    (mboxrd and mboxo alike: a quoted ">From " in a body is no separator).
    """
    header: list[bytes] = []
    body: list[bytes] = []
    body_size = 0
    in_header = False
    started = False
    blank_before = True
    for count, line in enumerate(stream):
        if count % 4096 == 0:
            check()
        if blank_before and line.startswith(b"From "):
            if started:
                yield b"".join(header), b"".join(body)
            header, body, body_size = [], [], 0
            started, in_header, blank_before = True, True, False
            continue
        blank_before = line in (b"\n", b"\r\n")
        if in_header:
            if blank_before:
                in_header = False
            else:
                header.append(line)
        elif body_size < _BODY_BYTES:
            body.append(line)
            body_size += len(line)
    if started:
        yield b"".join(header), b"".join(body)


def _split_message(data: bytes) -> tuple[bytes, bytes]:
    match = re.search(rb"\r?\n\r?\n", data)
    if match is None:
        return data, b""
    return data[: match.start() + 1], data[match.end() : match.end() + _BODY_BYTES]


def _looks_like_headers(text: bytes) -> bool:
    block = _split_message(text)[0].lower()
    names = set(re.findall(rb"^([a-z0-9-]+):", block, re.MULTILINE))
    return b"from" in names and bool(names & {b"date", b"message-id", b"to", b"subject"})


def _is_sent_folder(path: Path) -> bool:
    return path.stem.strip().lower() in _SENT_FOLDERS


class MboxFormat(CaptureFormat):
    kind = "mbox"

    def detect(self, head: bytes, path: Path) -> bool:
        return head.startswith(b"From ") and _looks_like_headers(head.split(b"\n", 1)[-1])

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        sent = _is_sent_folder(path)
        with path.open("rb") as stream:
            for header, body in mbox_messages(stream):
                item = message_item(header, body, sent, keep_text)
                if item is not None:
                    yield item


class EmlFormat(CaptureFormat):
    kind = "eml"
    folder_source = True

    def detect(self, head: bytes, path: Path) -> bool:
        return not head.startswith(b"From ") and _looks_like_headers(head)

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        check()
        yield from _one_message(path.read_bytes(), _is_sent_folder(path.parent), keep_text)


class EmlxFormat(CaptureFormat):
    """Apple Mail: the message's length in bytes on the first line, the message, a plist."""

    kind = "eml"
    folder_source = True

    def detect(self, head: bytes, path: Path) -> bool:
        first, _newline, rest = head.partition(b"\n")
        return first.strip().isdigit() and _looks_like_headers(rest)

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        check()
        data = path.read_bytes()
        first, _newline, rest = data.partition(b"\n")
        length = int(first.strip() or 0)
        yield from _one_message(rest[:length], _is_sent_folder(path.parent), keep_text)


def _one_message(data: bytes, sent: bool, keep_text: bool) -> Iterable[Item]:
    header, body = _split_message(data)
    item = message_item(header, body, sent, keep_text)
    return [item] if item is not None else []
