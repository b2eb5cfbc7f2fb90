"""A small typed CardDAV/CalDAV client over httpx.

Why not the ``caldav`` package: it speaks CalDAV only (no address books), and both
protocols need the same five operations here (PROPFIND, REPORT, GET, PUT, DELETE with
ETags), which fit in this module. Every request goes only to the hosts the account
names, within the deadlines and size cap of ``limits.Limits``; every failure becomes one
``SyncError`` with one line, which never contains the password.
"""

from __future__ import annotations

import base64
import codecs
import ipaddress
import re
import threading
import urllib.parse
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass

import httpx

from netdesk.sync import davxml as x
from netdesk.sync.errors import (
    AccountError,
    AuthFailed,
    BadResponse,
    OtherHost,
    PreconditionFailed,
    ServerError,
    ServerUnreachable,
    SyncError,
)
from netdesk.sync.limits import MB, Limits, Watch, watched_transport
from netdesk.sync.tls import untrusted, verify_failure

USER_AGENT = "NetDesk-sync/1"
MULTIGET_CHUNK = 100
MAX_SYNC_PAGES = 10_000  # truncated sync-collection answers followed, at most


@dataclass(frozen=True, slots=True)
class Resource:
    etag: str
    text: str


@dataclass(frozen=True, slots=True)
class Reply:
    """A whole answer, read within the limits (httpx's ``Response`` would read any size)."""

    status_code: int
    reason_phrase: str
    headers: httpx.Headers
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode(_charset(self.headers.get("content-type", "")), "replace")


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip('"')).name
            except LookupError:
                break
    return "utf-8"


_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def without_credentials(url: str) -> str:
    """``url`` without a ``user:password@`` part, for display and for storing.

    A pattern rather than ``urlsplit``, which raises on some malformed addresses that
    still carry a password.
    """
    return _USERINFO.sub(r"\1", url.strip())


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed in a collection since ``token`` (or everything, when ``complete``)."""

    changed: dict[str, str]  # href -> etag
    removed: set[str]
    token: str
    complete: bool


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _BasicThenDigest(httpx.Auth):
    """Basic up front (one round trip); Digest when the server's 401 asks for it."""

    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"
        self._digest = httpx.DigestAuth(username, password)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._basic
        response = yield request
        challenge = response.headers.get("www-authenticate", "").lower()
        if response.status_code != 401 or "digest" not in challenge:
            return
        del request.headers["Authorization"]
        flow = self._digest.auth_flow(request)
        next(flow)  # the unauthenticated first try: its 401 is the one just received
        try:
            retry = flow.send(response)
            while True:
                retry = flow.send((yield retry))
        except StopIteration:
            return


class DavClient:
    """One server, one user. Use as a context manager, or call ``close``."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        timeout: float = 20.0,
        extra_hosts: Iterable[str] = (),
        allow_insecure: bool = False,
        transport: httpx.BaseTransport | None = None,
        limits: Limits | None = None,
        cancel: threading.Event | None = None,
        pins: Mapping[str, str] | None = None,
    ) -> None:
        """``timeout`` is the idle timeout: no byte at all for that long ends a request.

        ``limits`` bound each request, the whole life of this client (one sync) and the
        size of an answer; setting ``cancel`` stops the client within ``limits.poll``.
        A ``user:password@`` in ``url`` is ignored: ``username`` and ``password`` count.
        ``extra_hosts`` are the other hosts the user allowed (a home set elsewhere);
        ``pins`` maps a host to the certificate fingerprint the user chose to trust.
        """
        self._settings = (username, password, timeout, allow_insecure, transport)
        self._others: dict[str, DavClient] = {}
        url = without_credentials(url)
        try:
            parts = urllib.parse.urlsplit(url)
            hostname = parts.hostname
        except ValueError:  # a malformed address, such as an unclosed [IPv6 bracket
            raise AccountError(f"{url!r} is not an http(s) address.") from None
        if parts.scheme not in ("http", "https") or not hostname:
            raise AccountError(f"{url!r} is not an http(s) address.")
        if parts.scheme == "http" and not (allow_insecure or is_loopback(hostname)):
            # Basic auth over plain HTTP hands the password to anyone on the path.
            raise AccountError(f"{hostname} needs https:// (the password would travel open).")
        self.base_url = url if url.endswith("/") else url + "/"
        self.allowed_hosts = {hostname.lower(), *(h.lower() for h in extra_hosts)}
        self.limits = limits or Limits()
        self._watch = Watch(self.limits, cancel, parts.netloc, dict(pins or {}))
        self._client = httpx.Client(
            auth=_BasicThenDigest(username, password),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
            event_hooks={"request": [self._check_host]},
            transport=transport or watched_transport(url, self._watch),
        )

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for other in self._others.values():
            other.close()
        self._client.close()

    def url(self, path: str) -> str:
        return urllib.parse.urljoin(self.base_url, x.quote_path(path))

    def on_host_of(self, url: str) -> DavClient:
        """A client for the host of ``url`` (an allowed one), sharing this one's settings.

        A collection found in a home set on another host (iCloud keeps them so) is synced
        through it, so the hrefs that host answers with resolve against that host.
        """
        parts = urllib.parse.urlsplit(url)
        own = urllib.parse.urlsplit(self.base_url)
        if not parts.netloc or (parts.scheme, parts.netloc) == (own.scheme, own.netloc):
            return self
        if (parts.hostname or "").lower() not in self.allowed_hosts:
            raise OtherHost((parts.hostname or "").lower(), own.netloc)
        if parts.netloc in self._others:
            return self._others[parts.netloc]
        username, password, timeout, insecure, transport = self._settings
        other = self._others[parts.netloc] = DavClient(
            f"{parts.scheme}://{parts.netloc}/",
            username,
            password,
            timeout=timeout,
            extra_hosts=self.allowed_hosts,
            allow_insecure=insecure,
            transport=transport,
            limits=self.limits,
            cancel=self._watch.cancel,
            pins=self._watch.pins,
        )
        return other

    def _check_host(self, request: httpx.Request) -> None:
        host = request.url.host.lower()
        if host not in self.allowed_hosts:
            raise BadResponse(
                f"The server pointed NetDesk to another host ({host}); not contacted."
            )

    def stop_if_cancelled(self) -> None:
        """Raise ``Cancelled`` once the user has pressed Cancel (between local steps)."""
        if self._watch.cancel.is_set():
            self._watch.check()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """Send one request; raise the matching ``SyncError`` for 401, 412, 5xx and no answer.

        Also ``ServerUnreachable`` past a deadline or for a trickle, ``BadResponse`` for an
        answer over ``limits.max_body``, ``Cancelled`` after Cancel.
        """
        target = path if "://" in path else self.url(path)
        where = urllib.parse.urlsplit(without_credentials(target)).netloc
        self._watch.begin()
        try:
            with self._client.stream(method, target, content=body, headers=headers) as response:
                reply = Reply(
                    response.status_code,
                    response.reason_phrase,
                    response.headers,
                    self._read(response, where),
                )
        except httpx.TimeoutException:
            raise ServerUnreachable(f"{where} did not answer in time.") from None
        except (httpx.TransportError, httpx.TooManyRedirects) as exc:
            if (failure := verify_failure(exc)) is not None:
                parts = urllib.parse.urlsplit(target)
                port = parts.port or (443 if parts.scheme == "https" else 80)
                raise untrusted(parts.hostname or where, port, failure) from None
            reason = str(exc).split("] ")[-1] or type(exc).__name__
            raise ServerUnreachable(f"Cannot reach {where}: {reason}.") from None
        code = reply.status_code
        if code == 401:
            raise AuthFailed(f"{where} rejected the user name or password.")
        if code == 412:
            raise PreconditionFailed(f"{path} changed on the server.")
        if code >= 500:
            raise ServerError(f"{where} failed ({code} {reply.reason_phrase}).")
        return reply

    def _read(self, response: httpx.Response, where: str) -> bytes:
        """The body, counted as it arrives: never more than ``limits.max_body`` in memory."""
        cap = self.limits.max_body
        too_big = BadResponse(
            f"{where} sent an answer larger than {cap / MB:g} MB; stopped reading it."
        )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise too_big
        body = bytearray()
        for chunk in response.iter_bytes():  # decompressed: a gzip bomb is counted too
            body += chunk
            if len(body) > cap:
                raise too_big
            self._watch.check()
        return bytes(body)

    def _multistatus(
        self, method: str, path: str, body: bytes, depth: str, ok: tuple[int, ...] = (207,)
    ) -> x.MultiStatus:
        response = self.request(
            method,
            path,
            body=body,
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code not in ok:
            raise ServerError(f"{method} {path} was refused ({response.status_code}).")
        return x.parse_multistatus(response.content)

    def propfind(self, path: str, props: list[tuple[str, str]], depth: str) -> x.MultiStatus:
        return self._multistatus("PROPFIND", path, x.propfind(props), depth)

    # Change detection

    def changes(self, collection: str, token: str, known: Mapping[str, str]) -> Changes:
        """Changes since ``token`` via sync-collection (RFC 6578); else a full ETag listing.

        ``known`` maps the hrefs NetDesk holds to their ETags; a full listing is compared
        with it to find the removed and changed resources. A server that truncates its
        answer (a 507 for the collection itself, RFC 6578 section 3.6) is asked again
        from the token it gave, until it has said everything.
        """
        changed: dict[str, str] = {}
        removed: set[str] = set()
        own = x.norm_href(collection).rstrip("/")
        asked = token
        for _page in range(MAX_SYNC_PAGES):
            try:
                status = self._multistatus("REPORT", collection, x.sync_collection(asked), "0")
            except ServerError:
                if asked != token:
                    raise  # refused halfway: the next sync starts over from ``token``
                # No sync-collection, or the token expired (403/409 valid-sync-token): list all.
                return self._listing(collection, known)
            if not status.sync_token:
                return self._listing(collection, known)
            truncated = False
            for item in status.responses:
                if item.href.rstrip("/") == own:
                    truncated = truncated or item.status == 507
                elif item.status == 404:
                    removed.add(item.href)
                    changed.pop(item.href, None)
                elif (etag := item.text(x.tag(x.DAV, "getetag"))) is not None:
                    changed[item.href] = etag
                    removed.discard(item.href)
            if not truncated or status.sync_token == asked:
                break
            asked = status.sync_token
        else:
            raise BadResponse(f"{collection} kept truncating its list of changes; stopped.")
        if not token:
            removed |= set(known) - set(changed)
            changed = {h: e for h, e in changed.items() if known.get(h) != e}
        return Changes(changed, removed, status.sync_token, complete=not token)

    def _listing(self, collection: str, known: Mapping[str, str]) -> Changes:
        status = self.propfind(collection, [(x.DAV, "getetag"), (x.DAV, "resourcetype")], "1")
        own = x.norm_href(collection).rstrip("/")
        listed: dict[str, str] = {}
        for item in status.responses:
            etag = item.text(x.tag(x.DAV, "getetag"))
            if item.href.rstrip("/") != own and etag is not None:
                listed[item.href] = etag
        changed = {h: e for h, e in listed.items() if known.get(h) != e}
        return Changes(changed, set(known) - set(listed), "", complete=True)

    # Resources

    def fetch(self, collection: str, kind: str, hrefs: list[str]) -> dict[str, Resource]:
        """Fetch resources with multiget, in chunks; hrefs gone meanwhile are left out."""
        data_tag = (
            x.tag(x.CARD, "address-data")
            if kind == "addressbook"
            else x.tag(x.CAL, "calendar-data")
        )
        out: dict[str, Resource] = {}
        for start in range(0, len(hrefs), MULTIGET_CHUNK):
            chunk = hrefs[start : start + MULTIGET_CHUNK]
            status = self._multistatus("REPORT", collection, x.multiget(kind, chunk), "1")
            for item in status.responses:
                text, etag = item.text(data_tag), item.text(x.tag(x.DAV, "getetag"))
                if text and etag:
                    out[item.href] = Resource(etag, _crlf(text))
        return out

    def get(self, href: str) -> Resource | None:
        response = self.request("GET", href)
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise ServerError(f"GET {href} was refused ({response.status_code}).")
        return Resource(response.headers.get("etag", ""), response.text)

    def put(self, href: str, text: str, content_type: str, etag: str | None) -> str | None:
        """Create (``etag`` None: only if absent) or replace (only if unchanged since ``etag``).

        Returns the new ETag, or None when the server changed the data and sent none.
        Raises ``PreconditionFailed`` when the condition does not hold.
        """
        condition = {"If-None-Match": "*"} if etag is None else {"If-Match": etag}
        response = self.request(
            "PUT",
            href,
            body=text.encode("utf-8"),
            headers={"Content-Type": f"{content_type}; charset=utf-8", **condition},
        )
        if response.status_code not in (200, 201, 204):
            raise ServerError(f"The server refused to store {href} ({response.status_code}).")
        etag_header: str | None = response.headers.get("etag")
        return etag_header

    def delete(self, href: str, etag: str | None) -> None:
        """Delete unless changed since ``etag``; a resource already gone counts as deleted."""
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", href, headers=headers)
        if response.status_code not in (200, 204, 404):
            raise ServerError(f"The server refused to delete {href} ({response.status_code}).")


def _crlf(text: str) -> str:
    # XML parsing turns CRLF into LF; vCard and iCalendar lines end in CRLF.
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


__all__ = [
    "AuthFailed",
    "BadResponse",
    "Changes",
    "DavClient",
    "Resource",
    "ServerError",
    "ServerUnreachable",
    "SyncError",
]
