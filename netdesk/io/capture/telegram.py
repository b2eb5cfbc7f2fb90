"""Telegram Desktop's JSON export (``result.json``): one chat, or every chat of an account.

Service messages (joined, pinned, called) are skipped. The export's own account
(``personal_information``), or in a one-to-one chat whoever is not the chat's name, is
the user.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
from netdesk.io.errors import ImportFormatError


def message_text(value: object) -> str:
    """A message's text: a string, or a list of strings and styled pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in value
            if isinstance(part, str | dict)
        )
    return ""


def _when(message: dict[str, Any]) -> dt.datetime | None:
    stamp = message.get("date_unixtime")
    if stamp:
        try:
            return local_naive(dt.datetime.fromtimestamp(int(stamp), dt.UTC))
        except (ValueError, OverflowError, OSError):
            return None
    try:
        return dt.datetime.fromisoformat(str(message.get("date", ""))).replace(tzinfo=None)
    except ValueError:
        return None


def _chats(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict) and isinstance(document.get("messages"), list):
        return [document]
    chats = document.get("chats", {}) if isinstance(document, dict) else {}
    listed = chats.get("list", []) if isinstance(chats, dict) else []
    return [c for c in listed if isinstance(c, dict) and isinstance(c.get("messages"), list)]


class TelegramFormat(CaptureFormat):
    kind = "telegram"

    def detect(self, head: bytes, path: Path) -> bool:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        return (
            text.startswith(b"{")
            and (b'"messages"' in text or b'"chats"' in text)
            and (b'"date_unixtime"' in text or b'"from_id"' in text or b'"date"' in text)
        )

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        try:
            with path.open("rb") as stream:
                document = json.load(stream)
        except (ValueError, UnicodeDecodeError) as error:
            raise ImportFormatError(f"{path.name}: not a Telegram export ({error})") from None
        own = document.get("personal_information", {}) if isinstance(document, dict) else {}
        own_id = f"user{own.get('user_id')}" if isinstance(own, dict) and own.get("user_id") else ""
        for chat in _chats(document):
            yield from _chat_items(chat, own_id, info, keep_text)


def _chat_items(
    chat: dict[str, Any], own_id: str, info: SourceInfo, keep_text: bool
) -> Iterator[Item]:
    name = str(chat.get("name") or "")
    personal = chat.get("type") == "personal_chat"
    chat_id = str(chat.get("id") or name)
    info.title = info.title or name
    for count, message in enumerate(chat["messages"]):
        if count % 1024 == 0:
            check()
        if not isinstance(message, dict):
            continue
        sender_name = str(message.get("from") or "")
        mine = bool(own_id) and message.get("from_id") == own_id
        if personal and name and sender_name and sender_name != name:
            mine = True
            info.own.add(sender_name)
        text = message_text(message.get("text"))
        when = _when(message)
        skipped = "" if message.get("type", "message") == "message" else "service message"
        if when is None:
            skipped = skipped or "no date"
        yield Item(
            key=f"telegram:{chat_id}/"
            + str(message.get("id") or stable_key(sender_name, str(when), text)),
            when=when or dt.datetime(1970, 1, 1),
            kind=ItemKind.MESSAGE,
            thread=f"telegram:{chat_id}",
            sender=Person(name=sender_name, me=mine) if sender_name else None,
            recipients=(Person(name=name),) if personal and mine else (),
            subject=first_line(text),
            text=text[:KEPT_TEXT_CHARS] if keep_text else "",
            skipped=skipped,
        )
