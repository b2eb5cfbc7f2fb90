"""A fake server whose sync-collection answers are truncated (RFC 6578 section 3.6).

It keeps a log of every change; a token is a position in the log. Each sync-collection
answer carries at most ``page`` changes, then a 507 for the collection itself and the
token of the last change it did carry, as a server that caps its answers does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import httpx

from netdesk.sync import davxml as x

from .fake_dav import FakeDav


@dataclass
class PagingDav(FakeDav):
    page: int = 3
    log: list[str] = field(default_factory=list)  # changed paths, oldest first
    pages: dict[str, int] = field(default_factory=dict)  # collection -> answers sent

    def put(self, path: str, text: str) -> None:
        """Another client writes ``path``."""
        self.store[path] = (f'"x{len(self.log)}"', text)
        self.log.append(path)

    def remove(self, path: str) -> None:
        del self.store[path]
        self.log.append(path)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = x.norm_href(str(request.url))
        body = request.read()
        if request.method == "REPORT" and b"sync-collection" in body:
            self.requests.append((request.method, path))
            token = ET.fromstring(body).findtext(x.tag(x.DAV, "sync-token")) or "0"
            return self._sync(path, int(token or "0"))
        response = super().handle(request)
        if request.method in ("PUT", "DELETE"):
            self.log.append(path)
        return response

    def _sync(self, collection: str, since: int) -> httpx.Response:
        pending = [
            (n, p) for n, p in enumerate(self.log) if n >= since and p.startswith(collection)
        ]
        taken = pending[: self.page]
        truncated = len(pending) > len(taken)
        token = (taken[-1][0] + 1 if taken else since) if truncated else len(self.log)
        self.pages[collection] = self.pages.get(collection, 0) + 1
        parts = ['<d:multistatus xmlns:d="DAV:">']
        for _, path in taken:
            if path in self.store:
                parts.append(
                    f"<d:response><d:href>{escape(path)}</d:href><d:propstat><d:prop>"
                    f"<d:getetag>{escape(self.store[path][0])}</d:getetag></d:prop>"
                    "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                )
            else:
                parts.append(
                    f"<d:response><d:href>{escape(path)}</d:href>"
                    "<d:status>HTTP/1.1 404 Not Found</d:status></d:response>"
                )
        if truncated:
            parts.append(
                f"<d:response><d:href>{escape(collection)}</d:href>"
                "<d:status>HTTP/1.1 507 Insufficient Storage</d:status></d:response>"
            )
        parts.append(f"<d:sync-token>{token}</d:sync-token></d:multistatus>")
        return httpx.Response(207, content="".join(parts).encode("utf-8"))
