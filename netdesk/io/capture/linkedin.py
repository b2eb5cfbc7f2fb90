"""LinkedIn's data export: ``messages.csv`` and ``Invitations.csv``.

messages.csv has one row per message (CONVERSATION ID, FROM, SENDER PROFILE URL, TO,
RECIPIENT PROFILE URLS, DATE in UTC, SUBJECT, CONTENT, FOLDER); Invitations.csv one per
invitation (From, To, Sent At, Message, Direction, and the two profile links).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

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

_MESSAGES = {"CONVERSATION ID", "FROM", "DATE", "CONTENT"}
_INVITATIONS = {"FROM", "TO", "SENT AT", "DIRECTION"}


def _header(head: bytes) -> set[str]:
    line = head.decode("utf-8-sig", "replace").splitlines()[0] if head.strip() else ""
    return {cell.strip().upper() for cell in next(csv.reader([line]), [])}


def _date(text: str) -> dt.datetime | None:
    """LinkedIn's "2023-06-11 15:33:58 UTC" or an invitation's "1/17/24, 9:08 PM"."""
    text = text.strip()
    for pattern in ("%Y-%m-%d %H:%M:%S %Z", "%Y-%m-%d %H:%M:%S", "%m/%d/%y, %I:%M %p"):
        try:
            when = dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        if pattern.endswith("%Z") or pattern == "%Y-%m-%d %H:%M:%S":
            when = when.replace(tzinfo=dt.UTC)
        return local_naive(when)
    return None


def _recipients(names: str, links: str) -> tuple[Person, ...]:
    urls = [u.strip() for u in links.split(";") if u.strip()]
    people = [n.strip() for n in names.split(",") if n.strip()] if names else []
    if len(people) != len(urls):
        people = [" ".join(people)] if len(urls) <= 1 and people else ["" for _ in urls]
    return tuple(
        Person(name=name, profile=url)
        for name, url in zip(people, urls + [""] * (len(people) - len(urls)), strict=False)
        if name or url
    )


class LinkedInFormat(CaptureFormat):
    kind = "linkedin_messages"

    def detect(self, head: bytes, path: Path) -> bool:
        columns = _header(head)
        return columns >= _MESSAGES or columns >= _INVITATIONS

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
            rows = csv.DictReader(stream)
            invitations = "SENT AT" in {f.strip().upper() for f in rows.fieldnames or []}
            for count, raw in enumerate(rows):
                if count % 1024 == 0:
                    check()
                row = {str(k).strip().upper(): (v or "") for k, v in raw.items()}
                item = _invitation(row) if invitations else _message(row)
                if item is not None:
                    if not keep_text:
                        item.text = ""
                    yield item


def _message(row: dict[str, str]) -> Item | None:
    when = _date(row.get("DATE", ""))
    sender = Person(name=row.get("FROM", "").strip(), profile=row.get("SENDER PROFILE URL", ""))
    content = row.get("CONTENT", "")
    conversation = row.get("CONVERSATION ID", "")
    skipped = "" if when is not None else "no date"
    if row.get("FOLDER", "").strip().upper() == "SPAM":
        skipped = "spam"
    return Item(
        key="linkedin:" + stable_key(conversation, sender.name, row.get("DATE", ""), content),
        when=when or dt.datetime(1970, 1, 1),
        kind=ItemKind.MESSAGE,
        thread="linkedin:" + conversation,
        sender=sender,
        recipients=_recipients(row.get("TO", ""), row.get("RECIPIENT PROFILE URLS", "")),
        subject=first_line(row.get("SUBJECT", "")) or first_line(content),
        text=content[:KEPT_TEXT_CHARS],
        skipped=skipped,
    )


def _invitation(row: dict[str, str]) -> Item | None:
    when = _date(row.get("SENT AT", ""))
    outgoing = row.get("DIRECTION", "").strip().upper() == "OUTGOING"
    sender = Person(
        name=row.get("FROM", "").strip(), profile=row.get("INVITERPROFILEURL", ""), me=outgoing
    )
    invitee = Person(name=row.get("TO", "").strip(), profile=row.get("INVITEEPROFILEURL", ""))
    message = row.get("MESSAGE", "")
    return Item(
        key="linkedin-invitation:" + stable_key(sender.name, invitee.name, row.get("SENT AT", "")),
        when=when or dt.datetime(1970, 1, 1),
        kind=ItemKind.MESSAGE,
        thread="linkedin-invitation:" + stable_key(sender.name, invitee.name),
        sender=sender,
        recipients=(invitee,),
        subject=first_line(message) or "LinkedIn invitation",
        text=message[:KEPT_TEXT_CHARS],
        skipped="" if when is not None else "no date",
    )
