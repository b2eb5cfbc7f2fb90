"""An in-memory CardDAV/CalDAV server behind httpx.MockTransport, without sync-collection.

Many servers (and proxies in front of them) answer the RFC 6578 REPORT with an error;
NetDesk then lists the collection with PROPFIND. This fake does exactly that, so a test
can wipe its data and see what a full listing of an empty collection does.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import httpx

from netdesk.sync import davxml as x
from netdesk.sync.accounts import SyncAccount
from netdesk.sync.dav import DavClient
from netdesk.sync.engine import SyncOptions

URL = "https://dav.example.com/"
BOOK, CALENDAR = "/dav/book/", "/dav/cal/"


def account() -> SyncAccount:
    return SyncAccount(
        id="fake",
        url=URL,
        username="sara",
        addressbook_url=BOOK,
        calendar_url=CALENDAR,
        calendar_components=("VTODO", "VJOURNAL"),
    )


@dataclass
class FakeDav:
    """Resources by path; ``requests`` records (method, path) of every request."""

    store: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> (etag, text)
    requests: list[tuple[str, str]] = field(default_factory=list)
    _etags: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def in_collection(self, collection: str) -> list[str]:
        return sorted(p for p in self.store if p.startswith(collection))

    def wipe(self, collection: str) -> None:
        for path in self.in_collection(collection):
            del self.store[path]

    def factory(self, account: SyncAccount, password: str, options: SyncOptions) -> DavClient:
        return DavClient(
            account.url,
            account.username,
            password,
            transport=httpx.MockTransport(self.handle),
            limits=options.limits,
            cancel=options.cancel,
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = x.norm_href(str(request.url))
        self.requests.append((request.method, path))
        body = request.read()
        if request.method == "PUT":
            etag = f'"{next(self._etags)}"'
            self.store[path] = (etag, body.decode("utf-8"))
            return httpx.Response(201, headers={"ETag": etag})
        if request.method == "DELETE":
            return httpx.Response(204 if self.store.pop(path, None) else 404)
        if request.method == "GET":
            if path not in self.store:
                return httpx.Response(404)
            etag, text = self.store[path]
            return httpx.Response(200, text=text, headers={"ETag": etag})
        if request.method == "PROPFIND":
            return self._multistatus([path, *self.in_collection(path)], data=False)
        if request.method == "REPORT" and b"sync-collection" in body:
            return httpx.Response(403, text="sync-collection is not supported here")
        if request.method == "REPORT":
            root = ET.fromstring(body)
            wanted = [x.norm_href(h.text or "") for h in root.iter(x.tag(x.DAV, "href"))]
            return self._multistatus([h for h in wanted if h in self.store], data=True)
        return httpx.Response(405)

    def _multistatus(self, paths: list[str], *, data: bool) -> httpx.Response:
        parts = [
            '<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav" '
            'xmlns:k="urn:ietf:params:xml:ns:caldav">'
        ]
        for path in paths:
            props = "<d:resourcetype><d:collection/></d:resourcetype>"
            if path in self.store:
                etag, text = self.store[path]
                props = f"<d:getetag>{escape(etag)}</d:getetag>"
                if data:
                    name = "c:address-data" if path.endswith(".vcf") else "k:calendar-data"
                    props += f"<{name}>{escape(text)}</{name}>"
            parts.append(
                f"<d:response><d:href>{escape(path)}</d:href><d:propstat><d:prop>{props}"
                "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            )
        parts.append("</d:multistatus>")
        return httpx.Response(207, content="".join(parts).encode("utf-8"))
