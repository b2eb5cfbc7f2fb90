"""Items become conversations: one per thread and day (one per meeting occurrence).

A ``Collector`` takes a source's items one at a time and keeps, per thread and day, the
count, the first time, the subject or first line, and who wrote to whom; a source's
memory is its conversations and correspondents, never its messages. ``finish`` then
decides which correspondents are the user (the source says so, a one-to-one chat's
other writer, the mailbox's owner on most messages), the direction of each day (I
wrote, they wrote, both) and whom each conversation is with.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from netdesk.domain.matching import email_key
from netdesk.domain.phones import phone_key
from netdesk.domain.text import fold
from netdesk.io.capture.base import Item, ItemKind, Person, SourceInfo, stable_key

# Notes of one conversation with "keep the text", at most.
MAX_NOTES_CHARS = 10_000


@dataclass
class Correspondent:
    """Someone the source's conversations are with (or the user, ``me``)."""

    name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)
    messages: int = 0  # messages in this person's conversations
    days: set[dt.date] = field(default_factory=set)
    me: bool = False
    # Filled by matching (``store.capture.match``): the contact, how, and their name.
    contact_id: int | None = None
    how: str = ""
    contact_name: str = ""

    @property
    def first(self) -> dt.date | None:
        return min(self.days) if self.days else None

    @property
    def last(self) -> dt.date | None:
        return max(self.days) if self.days else None

    def label(self) -> str:
        return self.name or next(iter(self.emails + self.phones + self.profiles), "")


@dataclass(slots=True)
class Conversation:
    """What becomes one interaction. Slotted and lean: a large mailbox makes one for each
    thread and day, and they are all held until the capture is written."""

    when: dt.datetime
    kind: ItemKind
    thread: str
    summary: str = ""
    count: int = 0
    mine: int = 0  # of ``count``, written by the user
    people: list[int] = field(default_factory=list)  # indexes into the correspondents
    texts: list[str] | None = None
    # While reading: who wrote each message (an index per message) and to whom.
    senders: list[int] | None = None
    others: list[int] | None = None

    @property
    def key(self) -> str:
        """The stable key: a meeting's occurrence, or the thread and the day."""
        if self.kind is ItemKind.MEETING:
            key = self.thread
        else:
            key = f"{self.thread}/{self.when.date().isoformat()}"
        return key if len(key) <= 200 else stable_key(key)

    @property
    def direction(self) -> str:
        """``Direction`` values: I wrote (gave), they wrote (received), both (mutual)."""
        if self.kind is ItemKind.MEETING or (self.mine and self.mine < self.count):
            return "mutual"
        return "gave" if self.mine else "received"

    @property
    def notes(self) -> str:
        return "\n\n".join(self.texts or [])[:MAX_NOTES_CHARS]


@dataclass
class SourceRead:
    """A source read and grouped, before matching."""

    items: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    people: list[Correspondent] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    title: str = ""


def person_key(person: Person, region: str = "") -> str:
    if person.email and (key := email_key(person.email)):
        return "email:" + key
    if person.phone and (key := phone_key(person.phone, region)):
        return "phone:" + key
    if person.profile:
        return "profile:" + person.profile.strip().lower().rstrip("/")
    return "name:" + fold(person.name)


class Collector:
    """Groups one source's items as they are read."""

    def __init__(self, region: str = "", keep_text: bool = False) -> None:
        self.region, self.keep_text = region, keep_text
        self.read = SourceRead()
        self._index: dict[str, int] = {}
        self._groups: dict[tuple[str, dt.date | None], Conversation] = {}
        self._seen: set[str] = set()
        self._threads: dict[str, str] = {}
        self._thread_people: dict[str, set[int]] = {}
        self._appearances: Counter[int] = Counter()
        self.kind: ItemKind | None = None

    def sender_names(self) -> set[str]:
        """Folded names of everyone who wrote (to tell the user across several chats)."""
        senders = {i for c in self._groups.values() for i in c.senders or []}
        return {fold(self.read.people[i].name) for i in senders if self.read.people[i].name}

    def add(self, item: Item) -> None:
        read = self.read
        read.items += 1
        if item.skipped or item.key in self._seen:
            read.skipped += 1
            read.reasons[item.skipped or "already read"] += 1
            return
        self._seen.add(item.key)
        self.kind = item.kind
        day = None if item.kind is ItemKind.MEETING else item.when.date()
        group = self._groups.get((item.thread, day))
        if group is None:
            # One string for every day of a thread.
            thread = self._threads.setdefault(item.thread, item.thread)
            group = Conversation(item.when, item.kind, thread, senders=[], others=[])
            self._groups[(thread, day)] = group
        group.count += 1
        if item.when < group.when:
            group.when, group.summary = item.when, item.subject or group.summary
        elif not group.summary:
            group.summary = item.subject
        if self.keep_text and item.text:
            group.texts = group.texts or []
            if len(group.texts) < 100:
                group.texts.append(item.text)
        members = self._thread_people.setdefault(item.thread, set())
        assert group.senders is not None
        assert group.others is not None
        if item.sender is not None and not item.sender.is_empty():
            index = self._person(item.sender)
            group.senders.append(index)
            members.add(index)
            self._appearances[index] += 1
        for person in item.recipients:
            index = self._person(person)
            if index not in group.others:
                group.others.append(index)
                members.add(index)
                self._appearances[index] += 1

    def _person(self, person: Person) -> int:
        key = person_key(person, self.region)
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.read.people)
            self.read.people.append(Correspondent())
        found = self.read.people[index]
        found.name = found.name or person.name
        found.me = found.me or person.me
        for values, value in (
            (found.emails, person.email.lower()),
            (found.phones, person.phone),
            (found.profiles, person.profile),
        ):
            if value and value not in values:
                values.append(value)
        return index

    def finish(self, info: SourceInfo, own: frozenset[str] = frozenset()) -> SourceRead:
        """Decide who the user is, then whom each conversation is with; the source's
        correspondents left are the others, busiest first."""
        read = self.read
        read.title = info.title
        known = info.own | own
        own_keys = {fold(o) for o in known} | {o.lower() for o in known}
        for person in read.people:
            if fold(person.name) in own_keys or any(e in own_keys for e in person.emails):
                person.me = True
        self._owner_of_mailbox()
        me = {i for i, p in enumerate(read.people) if p.me}
        kept: list[Conversation] = []
        for group in self._groups.values():
            senders, others = group.senders or [], group.others or []
            group.mine = sum(1 for i in senders if i in me)
            group.senders = group.others = None
            people = (set(senders) | set(others)) - me
            if not people:
                members = self._thread_people.get(group.thread, set()) - me
                people = members if len(members) == 1 else set()
            if not people:
                read.skipped += group.count
                read.reasons["only the user"] += group.count
                continue
            group.people = sorted(people)
            for i in group.people:
                read.people[i].days.add(group.when.date())
                read.people[i].messages += group.count
            kept.append(group)
        read.conversations = sorted(kept, key=lambda c: c.when)
        self._renumber(me)
        return read

    def own_hints(self, info: SourceInfo) -> set[str]:
        """Addresses and names this source shows to be the user's (to tell other sources)."""
        hints = set(info.own)
        for person in self.read.people:
            if person.me:
                hints.update(person.emails or [person.name])
        return {h for h in hints if h}

    def _owner_of_mailbox(self) -> None:
        """In mail and LinkedIn messages, the one person on most messages (more than half,
        and more than anyone else) is the mailbox's owner."""
        mailbox = self.kind is ItemKind.EMAIL or any(
            t.startswith("linkedin:") for t in self._thread_people
        )
        if not mailbox or any(p.me for p in self.read.people):
            return
        messages = sum(c.count for c in self._groups.values())
        top = self._appearances.most_common(2)
        if messages < 2 or not top:
            return
        index, seen = top[0]
        if seen * 2 > messages and (len(top) == 1 or top[1][1] < seen):
            self.read.people[index].me = True

    def _renumber(self, me: set[int]) -> None:
        read = self.read
        order = sorted(
            (i for i, p in enumerate(read.people) if i not in me and p.days),
            key=lambda i: (-read.people[i].messages, read.people[i].label()),
        )
        new = {old: at for at, old in enumerate(order)}
        read.people = [read.people[i] for i in order]
        for group in read.conversations:
            group.people = [new[i] for i in group.people]
        self._groups.clear()
        self._seen.clear()
