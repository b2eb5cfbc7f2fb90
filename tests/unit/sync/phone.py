"""A plain CardDAV client that does what a phone's sync adapter does, without NetDesk's code.

It keeps the cards it last saw (text and ETag per href), lists the address book with
PROPFIND, fetches what changed with GET, and sends its own edits with If-Match (new cards
with If-None-Match); when the server says 412 it fetches the card again and re-applies
the edit to the fresh copy, as DAVx5 does. Edits made while "offline" wait for ``sync``.
"""

from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

Edit = Callable[[str], str]  # card text -> edited card text; "" deletes the card


def set_line(name: str, value: str) -> Edit:
    """Replace the first ``NAME`` property (parameters and all), or add it."""
    pattern = re.compile(rf"^{name}[;:][^\r\n]*(\r\n[ \t][^\r\n]*)*\r\n", re.MULTILINE | re.I)

    def edit(text: str) -> str:
        line = f"{name}:{value}\r\n"
        if pattern.search(text):
            return pattern.sub(lambda _m: line, text, count=1)
        return text.replace("END:VCARD", line + "END:VCARD")

    return edit


def new_card(uid: str, given: str, family: str) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{given} {family}\r\n"
        f"N:{family};{given};;;\r\nEND:VCARD\r\n"
    )


@dataclass
class Phone:
    url: str  # the server
    book: str  # the address book's path
    auth: tuple[str, str]
    cards: dict[str, tuple[str, str]] = field(default_factory=dict)  # href -> (etag, text)
    pending: list[tuple[str, Edit]] = field(default_factory=list)  # (href, edit)

    def _client(self) -> httpx.Client:
        # The user installed the server's certificate on the phone: no verification here.
        return httpx.Client(base_url=self.url, auth=self.auth, verify=False, timeout=10)

    def href_of(self, uid: str) -> str:
        for href, (_etag, text) in self.cards.items():
            if f"\r\nUID:{uid}\r\n" in text:
                return href
        raise KeyError(uid)

    def edit(self, uid: str, edit: Edit) -> None:
        self.pending.append((self.href_of(uid), edit))

    def delete(self, uid: str) -> None:
        self.pending.append((self.href_of(uid), lambda _text: ""))

    def add(self, uid: str, given: str, family: str) -> None:
        card = new_card(uid, given, family)

        def create(_text: str) -> str:
            return card

        self.pending.append((self.book + f"{uid}.vcf", create))

    def names(self) -> list[str]:
        found = (re.search(r"^FN:(.*)$", t, re.MULTILINE) for _e, t in self.cards.values())
        return sorted(m.group(1).strip() for m in found if m)

    def sync(self) -> None:
        with self._client() as client:
            self._pull(client)
            for href, edit in self.pending:
                self._send(client, href, edit)
            self.pending.clear()
            self._pull(client)

    def _pull(self, client: httpx.Client) -> None:
        body = '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        answer = client.request(
            "PROPFIND",
            self.book,
            content=body,
            headers={"Depth": "1", "Content-Type": "application/xml"},
        )
        assert answer.status_code == 207, answer.text
        listed: dict[str, str] = {}
        for response in ET.fromstring(answer.content).iter("{DAV:}response"):
            href = urllib.parse.unquote(
                urllib.parse.urlsplit(response.findtext("{DAV:}href") or "").path
            )
            etag = response.findtext(".//{DAV:}getetag")
            if etag and href.rstrip("/") != self.book.rstrip("/"):
                listed[href] = etag
        for href in set(self.cards) - set(listed):
            del self.cards[href]
        for href, etag in listed.items():
            if self.cards.get(href, ("", ""))[0] != etag:
                got = client.get(href)
                assert got.status_code == 200, got.status_code
                self.cards[href] = (got.headers.get("etag", etag), got.text)

    def _send(self, client: httpx.Client, href: str, edit: Edit) -> None:
        for _attempt in range(3):
            etag, text = self.cards.get(href, ("", ""))
            changed = edit(text)
            if not changed:
                sent = client.delete(href, headers={"If-Match": etag} if etag else {})
            else:
                condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
                sent = client.put(
                    href,
                    content=changed.encode(),
                    headers={"Content-Type": "text/vcard; charset=utf-8", **condition},
                )
            if sent.status_code != 412:
                assert sent.status_code in (200, 201, 204, 404), (sent.status_code, sent.text)
                return
            fresh = client.get(href)  # changed meanwhile: edit the fresh copy
            if fresh.status_code == 404:
                self.cards.pop(href, None)
                return
            self.cards[href] = (fresh.headers.get("etag", ""), fresh.text)
        raise AssertionError(f"{href}: still 412 after three tries")
