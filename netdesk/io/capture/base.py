"""What every capture format reads into: plain conversation items, no Qt, no database.

A format turns a file (or a folder of mail files) into a stream of ``Item``: one message
or one meeting occurrence, with when it happened, who sent it to whom (names, emails,
phones as the source spells them), a subject or first line and a stable key. Formats
read record by record and look at the cancel flag (``netdesk.io.cancel.check``), so a
mailbox of any size is never held in memory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

# The longest first line kept of a message (the "first 80 characters").
FIRST_LINE_CHARS = 80
# A message's text is kept (with "keep the text") up to this many characters.
KEPT_TEXT_CHARS = 2000


class ItemKind(StrEnum):
    """What an item becomes on the timeline (``InteractionKind`` values)."""

    EMAIL = "email"
    MESSAGE = "message"
    MEETING = "meeting"


@dataclass(frozen=True, slots=True)
class Person:
    """A correspondent as the source names them; ``me`` when the source says it is the user."""

    name: str = ""
    email: str = ""
    phone: str = ""
    me: bool = False
    # A profile link (LinkedIn), matched against the contacts' links.
    profile: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.email or self.phone or self.profile)


@dataclass(slots=True)
class Item:
    """One message or one meeting occurrence.

    Attributes:
        key: stable across reads and overlapping exports (Message-ID, UID + recurrence
            id, a hash of chat, sender and time).
        when: local wall-clock time, without a time zone (as interactions are stored).
        thread: what groups items into one conversation (a chat, a mail thread's root,
            a meeting's UID and occurrence).
        sender: who wrote it (None for a meeting: the organizer is among ``recipients``).
        recipients: everyone else it went to (To, Cc, attendees, a chat's other members).
        subject: a mail's subject, a meeting's title or the first line of a message.
        text: the message's text, only read for "keep the text".
        skipped: why the item is no conversation (a system line, a newsletter...); "" if it is.
    """

    key: str
    when: dt.datetime
    kind: ItemKind
    thread: str
    sender: Person | None = None
    recipients: tuple[Person, ...] = ()
    subject: str = ""
    text: str = ""
    skipped: str = ""


@dataclass(slots=True)
class SourceInfo:
    """What a format learned about its whole source while reading it (after the stream)."""

    title: str = ""
    # Names or addresses the source shows to be the user's own.
    own: set[str] = field(default_factory=set)


def first_line(text: str, limit: int = FIRST_LINE_CHARS) -> str:
    """The first non-empty line of ``text``, at most ``limit`` characters."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def stable_key(*parts: str) -> str:
    """A short stable digest of ``parts`` (for items that carry no id of their own)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12)
    return digest.hexdigest()


class CaptureFormat(ABC):
    """One kind of source: recognised by content, read as a stream of items.

    Subclasses set ``kind`` (the name ``netdesk capture --json`` prints) and implement
    ``detect`` (from the first bytes and the name, never the name alone) and ``read``.
    """

    kind = ""
    # Whether a folder of such files is one source (mail folders), not one per file.
    folder_source = False

    @abstractmethod
    def detect(self, head: bytes, path: Path) -> bool:
        """Whether ``head`` (the file's first bytes) is this kind of source."""

    @abstractmethod
    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        """The items of ``path``; ``info`` is filled in as the stream goes."""

    def read_many(
        self, paths: list[Path], info: SourceInfo, keep_text: bool = False
    ) -> Iterator[Item]:
        for path in paths:
            yield from self.read(path, info, keep_text)


def local_naive(when: dt.datetime) -> dt.datetime:
    """``when`` as local wall-clock time without a zone (floating times stay as they are)."""
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return when.replace(microsecond=0)
