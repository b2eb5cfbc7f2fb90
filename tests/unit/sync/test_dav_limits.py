"""Deadlines, the size cap and Cancel against a misbehaving server on 127.0.0.1.

The limits are shrunk so each case takes about a second; each server would otherwise
hold the client for far longer than the test's bound (10 s of trickle, or forever).
"""

from __future__ import annotations

import gzip
import io
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from netdesk.sync.accounts import PasswordStore, SyncAccount, save_accounts
from netdesk.sync.cli import run_sync
from netdesk.sync.dav import DavClient
from netdesk.sync.engine import SyncOptions
from netdesk.sync.errors import BadResponse, Cancelled, ServerUnreachable, SyncError
from netdesk.sync.limits import Limits

from .bad_server import BadServer, for_a_while

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/vcard\r\n"


def _trickle_body(server: BadServer) -> None:
    def behaviour(connection: socket.socket, stop: threading.Event) -> None:
        server.send(connection, HEADERS + b"Content-Length: 100000\r\n\r\n")
        for _ in for_a_while(stop, 10, 0.05):
            server.send(connection, b"x")

    server.behaviour = behaviour


def _trickle_headers(connection: socket.socket, stop: threading.Event) -> None:
    for n in for_a_while(stop, 10, 0.05):
        connection.sendall(b"H" if n else b"HTTP/1.1 200 OK\r\nX-Slow: ")


def _hang(connection: socket.socket, stop: threading.Event) -> None:
    stop.wait(10)


def _timed_get(client: DavClient) -> tuple[float, SyncError]:
    started = time.monotonic()
    with pytest.raises(SyncError) as raised:
        client.get("/card.vcf")
    return time.monotonic() - started, raised.value


def test_a_trickling_answer_is_stopped_within_the_slow_window() -> None:
    server = BadServer(_hang)
    _trickle_body(server)
    limits = Limits(slow_window=0.5, slow_bytes=100)
    with server, DavClient(server.url, "u", "p", timeout=5, limits=limits) as client:
        took, error = _timed_get(client)
    assert isinstance(error, ServerUnreachable)
    assert "too slow" in str(error)
    assert took < 5  # the server would trickle for 10 s; the idle timeout never trips


def test_headers_sent_a_byte_at_a_time_meet_the_request_deadline() -> None:
    limits = Limits(request=1.0, slow_window=60)
    with (
        BadServer(_trickle_headers) as server,
        DavClient(server.url, "u", "p", timeout=5, limits=limits) as client,
    ):
        took, error = _timed_get(client)
    assert isinstance(error, ServerUnreachable)
    assert str(error) == f"127.0.0.1:{server.port} took longer than 1 s to answer; stopped."
    assert took < 5


def test_the_whole_sync_has_a_deadline() -> None:
    server = BadServer(_hang)
    _trickle_body(server)
    limits = Limits(sync=1.0, request=60, slow_window=60)
    with server, DavClient(server.url, "u", "p", timeout=5, limits=limits) as client:
        took, error = _timed_get(client)
        assert isinstance(error, ServerUnreachable)
        assert "The sync with 127.0.0.1" in str(error)
        assert took < 5
        with pytest.raises(ServerUnreachable, match="took longer than 1 s; stopped"):
            client.get("/next.vcf")  # nothing more once the sync's time is up


def test_a_huge_answer_is_refused_without_reading_it() -> None:
    server = BadServer(_hang)

    def flood(connection: socket.socket, stop: threading.Event) -> None:
        server.send(connection, HEADERS + b"Connection: close\r\n\r\n")  # no length: read to end
        block = b"BEGIN:VCARD\r\n" * 5000
        for _ in for_a_while(stop, 10, 0.001):
            server.send(connection, block)

    server.behaviour = flood
    limits = Limits(max_body=1024 * 1024)
    with server, DavClient(server.url, "u", "p", timeout=5, limits=limits) as client:
        took, error = _timed_get(client)
    assert isinstance(error, BadResponse)
    assert str(error) == (
        f"127.0.0.1:{server.port} sent an answer larger than 1 MB; stopped reading it."
    )
    assert took < 5


def test_a_declared_huge_answer_is_refused_before_its_body() -> None:
    server = BadServer(_hang)

    def huge(connection: socket.socket, stop: threading.Event) -> None:
        server.send(connection, HEADERS + b"Content-Length: 1610612736\r\n\r\n")
        stop.wait(10)

    server.behaviour = huge
    with server, DavClient(server.url, "u", "p", timeout=5) as client:
        took, error = _timed_get(client)
    assert isinstance(error, BadResponse)
    assert "larger than 64 MB" in str(error)
    assert took < 5


def test_a_compressed_answer_is_capped_after_decompression() -> None:
    bomb = gzip.compress(b"0" * (4 * 1024 * 1024))  # 4 KB on the wire

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=bomb, headers={"Content-Encoding": "gzip"})

    limits = Limits(max_body=1024 * 1024)
    transport = httpx.MockTransport(handler)
    client = DavClient("https://dav.example.com/", "u", "p", transport=transport, limits=limits)
    with client, pytest.raises(BadResponse, match="larger than 1 MB"):
        client.get("/card.vcf")


def test_cancel_stops_a_request_the_server_never_answers() -> None:
    cancel = threading.Event()
    cancelled_at: list[float] = []

    def press_cancel() -> None:
        if server.got_request.wait(10):
            cancelled_at.append(time.monotonic())
            cancel.set()

    with (
        BadServer(_hang) as server,
        DavClient(server.url, "u", "p", timeout=30, cancel=cancel) as client,
    ):
        presser = threading.Thread(target=press_cancel)
        presser.start()
        with pytest.raises(Cancelled):
            client.get("/card.vcf")
        stopped_at = time.monotonic()
        presser.join()
    # Without the watched socket this waits for the 30 s idle timeout.
    assert stopped_at - cancelled_at[0] < 1.0


def test_command_line_sync_with_a_trickling_server_ends_with_one_line(tmp_path: Path) -> None:
    server = BadServer(_hang)
    _trickle_body(server)
    account = SyncAccount(id="a", url="", username="sara", addressbook_url="/book/")
    store = PasswordStore(use_keyring=False)
    store.set(account, "pw")
    out, err = io.StringIO(), io.StringIO()
    options = SyncOptions(limits=Limits(slow_window=0.5, slow_bytes=100))
    with server:
        account.url = server.url
        save_accounts(tmp_path, [account])
        started = time.monotonic()
        status = run_sync(tmp_path, passwords=store, out=out, err=err, options=options)
    assert status == 2
    assert out.getvalue() == ""
    assert err.getvalue().endswith("stopped (too slow).\n")
    assert err.getvalue().count("\n") == 1
    assert time.monotonic() - started < 5
