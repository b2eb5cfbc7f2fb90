"""WhatsApp chat exports: the ``.txt`` of "Export chat", or the ``.zip`` it comes in.

Android writes ``12/03/2023, 21:05 - Name: text``, iOS ``[12/03/2023, 9:05:11 PM] Name:
text``; either with any date order, a 12- or 24-hour clock (AM/PM, "a. m.", ص/م), and in
Arabic locales Arabic-Indic digits and U+200E/U+200F marks around the parts. A line that
does not start with a date continues the message before it. Lines without a sender
("You created group…", the encryption notice) are system lines, skipped. The date order
is found from the whole file first (a day above 12 tells), so the file is read twice.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from netdesk.io.cancel import check
from netdesk.io.capture.base import (
    KEPT_TEXT_CHARS,
    CaptureFormat,
    Item,
    ItemKind,
    Person,
    SourceInfo,
    first_line,
    stable_key,
)

_MARKS = dict.fromkeys(
    map(ord, "\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007"), " ")
_DIGITS = {ord(c): str(i % 10) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}
_TABLE = {**_MARKS, **_SPACES, **_DIGITS}

_START = re.compile(
    r"^\[?(?P<a>\d{1,4})[./-] ?(?P<b>\d{1,2})[./-] ?(?P<c>\d{1,4})\.?[,،]? +"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"(?: ?(?P<ampm>[aApP]\.? ?[mM]\.?|ص|م))?\]?(?: - | |: )(?P<rest>.*)$"
)
_PHONE = re.compile(r"\+?[\d ()-]{7,}")
# What WhatsApp writes for a message whose content was left out of the export.
_MEDIA = re.compile(
    r"^(<media omitted>|<تم استبعاد الوسائط>|<attached: .*>|(image|video|audio|sticker|gif|"
    r"document) omitted|(صورة|فيديو|مقطع صوتي|ملصق|مستند|صورة gif) محذوفة?|null"
    r"|this message was deleted|تم حذف هذه الرسالة)$",
    re.IGNORECASE,
)
# Notices with a colon that are still no message from anyone.
_NOTICES = ("end-to-end encrypted", "مشفرة تمام", "security code", "رمز الأمان")
_TITLE = re.compile(
    r"^(whatsapp chat with|whatsapp chat -|chat de whatsapp con|دردشة واتساب مع"
    r"|محادثة واتساب مع)\s*",
    re.IGNORECASE,
)


def clean_line(line: str) -> str:
    """A line with bidi marks gone, odd spaces plain and Arabic-Indic digits Western."""
    return line.translate(_TABLE).rstrip("\r\n")


@dataclass(frozen=True, slots=True)
class DateOrder:
    year: int  # index in (a, b, c) of the year, month and day
    month: int
    day: int


def guess_order(triples: list[tuple[str, str, str]], twelve_hour: bool, dotted: bool) -> DateOrder:
    """The date order of a chat from all its dates: a value above 12 tells day from month;
    when none does, dots mean day first and a 12-hour clock month first (US)."""
    if triples and len(triples[0][0]) == 4:
        return DateOrder(0, 1, 2)
    if any(int(a) > 12 for a, _b, _c in triples):
        return DateOrder(2, 1, 0)
    if any(int(b) > 12 for _a, b, _c in triples):
        return DateOrder(2, 0, 1)
    return DateOrder(2, 1, 0) if dotted or not twelve_hour else DateOrder(2, 0, 1)


def _when(match: re.Match[str], order: DateOrder) -> dt.datetime | None:
    parts = (match["a"], match["b"], match["c"])
    year = int(parts[order.year])
    year += 2000 if year < 100 else 0
    hour = int(match["h"])
    ampm = (match["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm in ("pm", "م") and hour < 12:
        hour += 12
    elif ampm in ("am", "ص") and hour == 12:
        hour = 0
    try:
        return dt.datetime(
            year, int(parts[order.month]), int(parts[order.day]), hour, int(match["m"]),
            int(match["s"] or 0),
        )  # fmt: skip
    except ValueError:
        return None


def chat_title(path: Path) -> str:
    """The other party as the export's file name gives it ("WhatsApp Chat with Ahmad")."""
    stem = re.sub(r"\s*\(\d+\)$", "", path.stem)
    return _TITLE.sub("", stem).strip() or stem


def sender_person(name: str) -> Person:
    """A sender as saved in the phone, or a number not saved as anyone."""
    name = name.strip()
    if _PHONE.fullmatch(name) and sum(ch.isdigit() for ch in name) >= 7:
        return Person(phone=name)
    return Person(name=name)


class WhatsAppFormat(CaptureFormat):
    kind = "whatsapp"

    def detect(self, head: bytes, path: Path) -> bool:
        if head.startswith(b"PK\x03\x04"):
            if _chat_member(path) is None:
                return False
            with _open_chat(path) as stream:
                head = stream.read(8192).encode("utf-8")
        text = head.decode("utf-8", "replace")
        lines = [clean_line(line) for line in text.splitlines()[:20] if line.strip()]
        hits = sum(1 for line in lines if _START.match(line))
        return bool(lines) and hits >= max(1, len(lines) // 3)

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        title = chat_title(path)
        info.title = title
        with _open_chat(path) as stream:
            order = _scan_order(stream)
        senders: set[str] = set()
        with _open_chat(path) as stream:
            for item in _messages(stream, order, title, keep_text):
                if item.sender is not None:
                    senders.add(item.sender.name or item.sender.phone)
                yield item
        others = [s for s in senders if s.casefold() != title.casefold()]
        # A chat with one person: whoever else wrote in it is the user.
        if len(senders) == 2 and len(others) == 1:
            info.own.add(others[0])


def _scan_order(stream: TextIO) -> DateOrder:
    triples: list[tuple[str, str, str]] = []
    twelve = dotted = False
    for count, raw in enumerate(stream):
        if count % 4096 == 0:
            check()
        match = _START.match(clean_line(raw))
        if match:
            # Enough to decide: the first of each distinct (a, b) pair.
            if len(triples) < 5000:
                triples.append((match["a"], match["b"], match["c"]))
            twelve = twelve or bool(match["ampm"])
            dotted = dotted or "." in raw[: match.end("c") + 2]
    return guess_order(triples, twelve, dotted)


def _messages(stream: TextIO, order: DateOrder, title: str, keep_text: bool) -> Iterator[Item]:
    current: tuple[dt.datetime, str, list[str]] | None = None
    for count, raw in enumerate(stream):
        if count % 4096 == 0:
            check()
        line = clean_line(raw)
        match = _START.match(line)
        when = _when(match, order) if match else None
        if match is None or when is None:
            if current is not None and len(current[2]) < 50:
                current[2].append(line)
            continue
        if current is not None:
            yield _item(*current, title, keep_text)
        sender, colon, text = _split_sender(match["rest"])
        if not colon or any(notice in text for notice in _NOTICES):
            current = None
            yield _system(when, title, match["rest"])
            continue
        current = (when, sender, [text])
    if current is not None:
        yield _item(*current, title, keep_text)


def _split_sender(rest: str) -> tuple[str, str, str]:
    """("Name", ":", "text") of a message line, ("", "", line) of a system line; a name
    holds no quote (a system line's quoted group subject may hold a colon)."""
    sender, colon, text = rest.partition(": ")
    if not colon:
        sender, colon, text = rest.partition(":")
    if not colon or '"' in sender or "“" in sender or len(sender) > 80:
        return "", "", rest
    return sender, colon, text


def _item(when: dt.datetime, sender: str, lines: list[str], title: str, keep_text: bool) -> Item:
    text = "\n".join(lines).strip()
    media = bool(_MEDIA.match(text))
    return Item(
        key="whatsapp:" + stable_key(title, sender, when.isoformat(), text),
        when=when,
        kind=ItemKind.MESSAGE,
        thread="whatsapp:" + title.casefold(),
        sender=sender_person(sender),
        subject="" if media else first_line(text),
        text=text[:KEPT_TEXT_CHARS] if keep_text and not media else "",
    )


def _system(when: dt.datetime, title: str, text: str) -> Item:
    return Item(
        key="whatsapp:" + stable_key(title, "", when.isoformat(), text),
        when=when,
        kind=ItemKind.MESSAGE,
        thread="whatsapp:" + title.casefold(),
        skipped="system message",
    )


def _chat_member(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
    except (OSError, zipfile.BadZipFile):
        return None
    for name in names:
        if Path(name).name in ("_chat.txt",) or Path(name).name.lower().startswith("whatsapp"):
            return name
    return names[0] if len(names) == 1 else None


@contextmanager
def _open_chat(path: Path) -> Iterator[TextIO]:
    if zipfile.is_zipfile(path):
        member = _chat_member(path)
        with zipfile.ZipFile(path) as archive, archive.open(member or "_chat.txt") as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
        return
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        yield stream
