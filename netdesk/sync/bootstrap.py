"""From what the user typed (an address, an e-mail address, a domain) to where to ask (RFC 6764).

A URL is used as given. For ``sara@example.com`` or ``example.com`` the DNS is asked for
the SRV records ``_carddavs._tcp`` and ``_caldavs._tcp`` (then the plain-http ones, which
the client only follows to this machine or when the user allowed plain http), with the
path from the matching TXT record; then the domain's ``/.well-known/carddav`` and
``/.well-known/caldav``. The resolver is injectable, so tests run without a network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import Collection, discover
from netdesk.sync.errors import AccountError, SyncError

SrvRecord = tuple[int, int, str, int]  # priority, weight, target host, port
_SERVICES = (
    ("_carddavs._tcp", "https", "carddav"),
    ("_caldavs._tcp", "https", "caldav"),
    ("_carddav._tcp", "http", "carddav"),
    ("_caldav._tcp", "http", "caldav"),
)


class Resolver(Protocol):
    def srv(self, name: str) -> list[SrvRecord]: ...
    def txt(self, name: str) -> list[str]: ...


class DnsResolver:
    """The system's DNS through dnspython; no answer (or no DNS) is an empty list."""

    def __init__(self, lifetime: float = 5.0) -> None:
        self.lifetime = lifetime

    def _answers(self, name: str, kind: str) -> list[object]:
        import dns.exception
        import dns.resolver

        try:
            return list(dns.resolver.resolve(name, kind, lifetime=self.lifetime))
        except (dns.exception.DNSException, OSError):
            return []

    def srv(self, name: str) -> list[SrvRecord]:
        return [
            (int(r.priority), int(r.weight), str(r.target).rstrip("."), int(r.port))  # type: ignore[attr-defined]
            for r in self._answers(name, "SRV")
        ]

    def txt(self, name: str) -> list[str]:
        return [
            b"".join(r.strings).decode("utf-8", "replace")  # type: ignore[attr-defined]
            for r in self._answers(name, "TXT")
        ]


def _domain(entered: str) -> str:
    return entered.strip().rpartition("@")[2].strip().strip("/").lower()


def _path(resolver: Resolver, name: str, default: str) -> str:
    for record in resolver.txt(name):
        key, _, value = record.partition("=")
        if key.strip().lower() == "path" and value.strip().startswith("/"):
            return value.strip()
    return default


def start_urls(entered: str, resolver: Resolver) -> list[str]:
    """Where to look for the user's collections, best first."""
    entered = entered.strip()
    if "://" in entered:
        return [entered]
    domain = _domain(entered)
    if not domain:
        return []
    found: list[str] = []
    for service, scheme, protocol in _SERVICES:
        name = f"{service}.{domain}"
        # Lowest priority first, then the heaviest (RFC 2782), made deterministic.
        for _priority, _weight, target, port in sorted(
            resolver.srv(name), key=lambda r: (r[0], -r[1], r[2])
        ):
            if target in ("", "."):  # "." says: no such service here (RFC 2782)
                continue
            target = target.rstrip(".").lower()
            default = 443 if scheme == "https" else 80
            where = target if port == default else f"{target}:{port}"
            found.append(f"{scheme}://{where}{_path(resolver, name, f'/.well-known/{protocol}')}")
    found += [f"https://{domain}/.well-known/carddav", f"https://{domain}/.well-known/caldav"]
    return list(dict.fromkeys(found))


ClientFor = Callable[[str], DavClient]


def locate(entered: str, resolver: Resolver, client_for: ClientFor) -> tuple[str, list[Collection]]:
    """The first start URL that leads to collections, and those collections.

    Raises the first wrong-password or settings error at once (the next candidate would
    only repeat it), else the last failure once every candidate failed.
    """
    candidates = start_urls(entered, resolver)
    if not candidates:
        raise AccountError("Enter the server's address, or your e-mail address on it.")
    last: SyncError | None = None
    for url in candidates:
        try:
            with client_for(url) as client:
                found = discover(client)
        except AccountError as exc:
            last = exc  # e.g. plain http to another machine: try the next one
            continue
        except SyncError as exc:
            if not exc.retry:
                raise  # a wrong password, a certificate or a host to confirm: the user's call
            last = exc
            continue
        if found:
            return url, found
    raise last or AccountError(f"No address book or calendar found for {entered}.")
