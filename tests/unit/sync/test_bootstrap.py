"""RFC 6764: from an e-mail address to the server, through DNS SRV/TXT records (a stub resolver)."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from netdesk.sync.bootstrap import DnsResolver, SrvRecord, locate, start_urls
from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import make_collection
from netdesk.sync.errors import AuthFailed, ServerUnreachable
from netdesk.sync.tls import UntrustedCertificate

from .radicale_server import PASSWORD, USER, DavServer
from .tls_server import TlsServer


@dataclass
class StubResolver:
    srv_records: dict[str, list[SrvRecord]] = field(default_factory=dict)
    txt_records: dict[str, list[str]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    def srv(self, name: str) -> list[SrvRecord]:
        self.asked.append(f"SRV {name}")
        return self.srv_records.get(name, [])

    def txt(self, name: str) -> list[str]:
        self.asked.append(f"TXT {name}")
        return self.txt_records.get(name, [])


def test_srv_records_come_first_by_priority_with_their_txt_path() -> None:
    resolver = StubResolver(
        srv_records={
            "_carddavs._tcp.example.org": [
                (20, 0, "backup.example.org.", 443),
                (10, 5, "dav.example.org", 8443),
            ],
            "_caldavs._tcp.example.org": [(0, 0, ".", 0)],  # "no CalDAV here"
        },
        txt_records={"_carddavs._tcp.example.org": ["path=/dav/card/"]},
    )
    assert start_urls("Sara@Example.org", resolver) == [
        "https://dav.example.org:8443/dav/card/",
        "https://backup.example.org/dav/card/",
        "https://example.org/.well-known/carddav",
        "https://example.org/.well-known/caldav",
    ]


def test_without_records_the_well_known_addresses_remain() -> None:
    resolver = StubResolver()
    assert start_urls("example.net", resolver) == [
        "https://example.net/.well-known/carddav",
        "https://example.net/.well-known/caldav",
    ]
    assert "SRV _carddavs._tcp.example.net" in resolver.asked
    assert start_urls("https://dav.example.net/x/", resolver) == ["https://dav.example.net/x/"]


def test_locate_follows_srv_to_the_real_server(server: DavServer) -> None:
    port = urllib.parse.urlsplit(server.url).port
    assert port is not None
    service = "_carddavs._tcp" if server.url.startswith("https") else "_carddav._tcp"
    resolver = StubResolver(srv_records={f"{service}.netdesk.test": [(0, 0, "127.0.0.1", port)]})
    with server.client() as client:
        make_collection(client, server.book_path(900), "addressbook", "Found by SRV")
    tried: list[str] = []

    def client_for(url: str) -> DavClient:
        tried.append(url)
        return DavClient(url, USER, PASSWORD, timeout=5, pins=server.pins)

    url, found = locate(f"{USER}@netdesk.test", resolver, client_for)
    scheme = "https" if server.url.startswith("https") else "http"
    assert url == f"{scheme}://127.0.0.1:{port}/.well-known/carddav"
    assert tried == [url]
    assert server.book_path(900) in {c.url for c in found}


def test_locate_falls_back_to_well_known_and_stops_at_a_wrong_password() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "dav.broken.test":
            return httpx.Response(503)
        return httpx.Response(401)

    def client_for(url: str) -> DavClient:
        return DavClient(url, "sara", "wrong", transport=httpx.MockTransport(handler))

    resolver = StubResolver(srv_records={"_carddavs._tcp.x.test": [(0, 0, "dav.broken.test", 443)]})
    with pytest.raises(AuthFailed):
        locate("sara@x.test", resolver, client_for)
    assert seen[0].startswith("https://dav.broken.test/")
    assert any(u.startswith("https://x.test/.well-known/carddav") for u in seen)


def test_plain_http_srv_to_another_machine_is_skipped_not_followed() -> None:
    resolver = StubResolver(srv_records={"_carddav._tcp.y.test": [(0, 0, "dav.y.test", 80)]})
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        raise httpx.ConnectError("no route")

    def client_for(url: str) -> DavClient:
        return DavClient(url, "sara", "pw", transport=httpx.MockTransport(handler))

    with pytest.raises(ServerUnreachable):
        locate("y.test", resolver, client_for)
    assert not any(u.startswith("http://") for u in seen)  # the password never went in clear


def test_an_untrusted_certificate_stops_the_search_for_the_user(tmp_path: Path) -> None:

    with TlsServer(tmp_path) as tls:
        resolver = StubResolver(
            srv_records={"_carddavs._tcp.z.test": [(0, 0, "127.0.0.1", tls.port)]}
        )
        with pytest.raises(UntrustedCertificate):
            locate("z.test", resolver, lambda url: DavClient(url, "sara", "pw", timeout=5))


def test_the_dns_resolver_answers_nothing_for_a_reserved_name() -> None:
    resolver = DnsResolver(lifetime=1.0)
    assert resolver.srv("_carddavs._tcp.netdesk.invalid") == []
    assert resolver.txt("_carddavs._tcp.netdesk.invalid") == []
