"""How long and how much one server may take, and the Cancel button, down to each socket read.

httpx only knows an idle timeout per socket operation: a server that sends one byte every
few seconds never trips it, and nothing bounds a whole request or a whole sync. So every
socket the client opens is wrapped: a blocked read wakes up every ``poll`` seconds to look
at Cancel and the deadlines, and counts what arrives so a trickle is caught. The response
size cap is counted where the body is read (``DavClient.request``).
"""

from __future__ import annotations

import threading
import time
import typing
import urllib.parse
import urllib.request
from dataclasses import dataclass

import httpcore
import httpx

from netdesk.sync.errors import Cancelled, ServerUnreachable
from netdesk.sync.tls import check_pin, unverified_context

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds of one sync; tests shrink them to run in seconds."""

    request: float = 300.0
    """One request, from sending it to the last byte of the answer (redirects included):
    a multiget of 100 cards with photos (about 20 MB) still arrives over 1 Mbit/s."""
    sync: float = 3600.0
    """One whole sync of one account. Generous: a pull is one transaction, so a first sync
    of a very large address book must fit in it (a push resumes where it stopped)."""
    slow_window: float = 30.0
    slow_bytes: int = 1024
    """Once an answer has begun, at least ``slow_bytes`` must arrive in each ``slow_window``:
    what stops a server trickling a byte every few seconds, within half a minute."""
    max_body: int = 64 * MB
    """The largest answer read (after decompression). A multiget of 100 cards with photos
    stays far below it; a listing of 100,000 contacts is about 30 MB."""
    poll: float = 0.25
    """How often a blocked read looks at Cancel: Cancel takes effect within this."""


class Watch:
    """The clock and the Cancel flag of one client; consulted before and during every read."""

    def __init__(
        self,
        limits: Limits,
        cancel: threading.Event | None,
        where: str,
        pins: dict[str, str] | None = None,
    ) -> None:
        self.limits = limits
        self.pins = {host.lower(): pin for host, pin in (pins or {}).items() if pin}
        """Host -> the SHA-256 fingerprint the user trusts for it (``tls``)."""
        self.cancel = cancel if cancel is not None else threading.Event()
        self.where = where
        self.sync_ends = time.monotonic() + limits.sync
        self.request_ends = self.sync_ends
        self._window_start: float | None = None
        self._window_bytes = 0

    def begin(self) -> None:
        """A request starts: its own deadline, and a fresh slow-answer window."""
        self.check()
        self.request_ends = min(self.sync_ends, time.monotonic() + self.limits.request)
        self._window_start, self._window_bytes = None, 0

    def remaining(self) -> float:
        return max(0.0, min(self.request_ends, self.sync_ends) - time.monotonic())

    def check(self) -> None:
        """Raise ``Cancelled`` or ``ServerUnreachable`` once Cancel or a deadline has come."""
        if self.cancel.is_set():
            raise Cancelled("Sync cancelled; nothing half-done was kept.")
        now = time.monotonic()
        if now >= self.sync_ends:
            raise ServerUnreachable(
                f"The sync with {self.where} took longer than {self.limits.sync:g} s; stopped."
            )
        if now >= self.request_ends:
            raise ServerUnreachable(
                f"{self.where} took longer than {self.limits.request:g} s to answer; stopped."
            )

    def received(self, count: int) -> None:
        now = time.monotonic()
        if self._window_start is None:
            if not count:
                return
            # The window starts with the answer: time the server takes to think before it
            # answers is bounded by the idle timeout instead.
            self._window_start = now
        self._window_bytes += count
        if now - self._window_start < self.limits.slow_window:
            return
        if self._window_bytes < self.limits.slow_bytes:
            raise ServerUnreachable(
                f"{self.where} sent {self._window_bytes} bytes in "
                f"{self.limits.slow_window:g} s; stopped (too slow)."
            )
        self._window_start, self._window_bytes = now, 0


class _WatchedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, watch: Watch) -> None:
        self.inner, self.watch = inner, watch

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        idle_ends = None if timeout is None else time.monotonic() + timeout
        while True:
            self.watch.check()
            step = min(self.watch.limits.poll, self.watch.remaining())
            if idle_ends is not None:
                step = min(step, idle_ends - time.monotonic())
            try:
                data = self.inner.read(max_bytes, max(step, 0.001))
            except httpcore.ReadTimeout:
                if idle_ends is not None and time.monotonic() >= idle_ends:
                    raise  # the idle timeout proper: "did not answer in time"
                self.watch.received(0)
                continue
            self.watch.received(len(data))
            return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.watch.check()
        limit = self.watch.remaining()
        self.inner.write(buffer, limit if timeout is None else min(timeout, limit))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        host = (server_hostname or "").lower()
        pin = self.watch.pins.get(host)
        if pin is None:
            return _WatchedStream(
                self.inner.start_tls(ssl_context, server_hostname, timeout), self.watch
            )
        # A pinned host: its own certificate is the only one accepted, checked before
        # the request (and its password) is written.
        stream = self.inner.start_tls(unverified_context(), server_hostname, timeout)
        try:
            check_pin(stream.get_extra_info("ssl_object"), host, pin)
        except BaseException:
            stream.close()
            raise
        return _WatchedStream(stream, self.watch)

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)


class _WatchedBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, watch: Watch) -> None:
        self.inner, self.watch = inner, watch

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        self.watch.check()
        limit = self.watch.remaining()
        limit = limit if timeout is None else min(timeout, limit)
        stream = self.inner.connect_tcp(host, port, limit, local_address, socket_options)
        return _WatchedStream(stream, self.watch)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_unix_socket(path, timeout, socket_options)
        return _WatchedStream(stream, self.watch)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def watched_transport(url: str, watch: Watch) -> httpx.HTTPTransport:
    """httpx's own transport (TLS set-up, proxy from the environment) with watched sockets."""
    transport = httpx.HTTPTransport(proxy=_proxy_for(url))
    # httpcore takes a network backend only in its constructor, which httpx calls without
    # one; every pool type (direct, HTTP and SOCKS proxy) reads this attribute.
    pool: typing.Any = transport._pool
    pool._network_backend = _WatchedBackend(pool._network_backend, watch)
    return transport


def _proxy_for(url: str) -> str | None:
    """The proxy the environment names for ``url`` (what httpx does when given no transport)."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    proxy: str | None = urllib.request.getproxies().get(parts.scheme)
    return proxy
