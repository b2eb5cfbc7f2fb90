"""Server faults map to one clear SyncError each; no real server needed."""

from __future__ import annotations

import socket
from collections.abc import Callable

import httpx
import pytest

from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import discover
from netdesk.sync.errors import (
    AccountError,
    AuthFailed,
    BadResponse,
    PreconditionFailed,
    ServerError,
    ServerUnreachable,
)

URL = "https://dav.example.com/"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> DavClient:
    return DavClient(URL, "u", "p", transport=httpx.MockTransport(handler))


def test_wrong_password_is_auth_failed() -> None:
    with (
        _client(lambda r: httpx.Response(401, headers={"WWW-Authenticate": "Basic"})) as client,
        pytest.raises(AuthFailed, match=r"dav\.example\.com rejected the user name or password"),
    ):
        client.get("/card.vcf")


def test_digest_challenge_is_answered_with_digest() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("Authorization", "")
        seen.append(auth.split()[0] if auth else "")
        if auth.startswith("Digest"):
            return httpx.Response(200, text="BEGIN:VCARD\r\nEND:VCARD\r\n")
        challenge = 'Digest realm="dav", nonce="abc", qop="auth"'
        return httpx.Response(401, headers={"WWW-Authenticate": challenge})

    with _client(handler) as client:
        assert client.get("/card.vcf") is not None
    assert seen == ["Basic", "Digest"]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_failure_is_server_error(status: int) -> None:
    with _client(lambda r: httpx.Response(status)) as client, pytest.raises(ServerError):
        client.propfind("/", [], "0")


@pytest.mark.parametrize(
    "body", [b"<html>Welcome</html>", b"not xml at all", b"<d:multistatus xmlns:d='DAV:'><d:"]
)
def test_garbage_is_bad_response(body: bytes) -> None:
    with _client(lambda r: httpx.Response(207, content=body)) as client:
        with pytest.raises(BadResponse):
            client.propfind("/", [], "0")
        with pytest.raises(BadResponse):
            discover(client)


def test_changed_meanwhile_is_precondition_failed() -> None:
    with _client(lambda r: httpx.Response(412)) as client, pytest.raises(PreconditionFailed):
        client.put("/a.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n", "text/vcard", '"old"')


def test_redirect_to_another_host_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "dav.example.com", "the other host was contacted"
        return httpx.Response(301, headers={"Location": "https://elsewhere.example/steal"})

    with _client(handler) as client, pytest.raises(BadResponse, match=r"elsewhere\.example"):
        client.get("/card.vcf")


def test_plain_http_is_refused_except_on_this_machine() -> None:
    with pytest.raises(AccountError, match="https"):
        DavClient("http://dav.example.com/", "u", "p")
    DavClient("http://127.0.0.1:5232/", "u", "p").close()
    DavClient("http://dav.lan/", "u", "p", allow_insecure=True).close()


def test_slow_server_times_out_with_a_clear_message() -> None:
    with socket.socket() as listener:
        # Listening but never answering: the connection opens, the reply never comes.
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with (
            DavClient(f"http://127.0.0.1:{port}/", "u", "p", timeout=0.3) as client,
            pytest.raises(ServerUnreachable, match="did not answer in time"),
        ):
            client.get("/card.vcf")


def test_refused_connection_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        DavClient(f"http://127.0.0.1:{port}/", "u", "p", timeout=2) as client,
        pytest.raises(ServerUnreachable, match=rf"Cannot reach 127\.0\.0\.1:{port}"),
    ):
        client.get("/x")


def test_sync_token_rejected_falls_back_to_listing() -> None:
    listing = (
        b"<?xml version='1.0'?><d:multistatus xmlns:d='DAV:'>"
        b"<d:response><d:href>/book/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>"
        b"</d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
        b"<d:response><d:href>/book/a%40b.vcf</d:href><d:propstat><d:prop>"
        b'<d:getetag>"2"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status>'
        b"</d:propstat></d:response></d:multistatus>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "REPORT":
            return httpx.Response(403, text="valid-sync-token")
        return httpx.Response(207, content=listing)

    with _client(handler) as client:
        changes = client.changes(
            "/book/", "old-token", {"/book/a@b.vcf": '"1"', "/book/x.vcf": '"1"'}
        )
    assert changes.changed == {"/book/a@b.vcf": '"2"'}
    assert changes.removed == {"/book/x.vcf"}
    assert changes.complete
