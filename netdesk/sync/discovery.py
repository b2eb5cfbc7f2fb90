"""Finding the user's address books and calendars (RFC 6764, RFC 6352 and RFC 4791 section 7).

From the account URL (or the host's ``/.well-known/carddav`` and ``/caldav``) to the
principal, its home sets, and the collections in them. ``bootstrap`` finds the account
URL from an e-mail address or a domain (DNS SRV and TXT records).

A home set may live on another host of the same account (iCloud names one per user):
NetDesk sends the password there only once the user has allowed that host
(``SyncAccount.extra_hosts``); until then discovery stops with ``OtherHost``.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from netdesk.sync import davxml as x
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import BadResponse, OtherHost, ServerError

_COLLECTION_PROPS = [
    (x.DAV, "resourcetype"),
    (x.DAV, "displayname"),
    (x.DAV, "sync-token"),
    (x.CARD, "supported-address-data"),
    (x.CAL, "supported-calendar-component-set"),
]


@dataclass(frozen=True, slots=True)
class Collection:
    """An address book or a calendar found on the server."""

    url: str
    kind: str  # "addressbook" or "calendar"
    name: str
    vcard_versions: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    supports_sync: bool = False

    @property
    def vcard_version(self) -> str:
        """4.0 only where the server says it takes it (RFC 6352 assumes 3.0 otherwise)."""
        return "4.0" if "4.0" in self.vcard_versions else "3.0"


def discover(client: DavClient) -> list[Collection]:
    """Every address book and calendar the user can see, found from the account URL."""
    principal = _principal(client)
    home = client.propfind(
        principal, [(x.CARD, "addressbook-home-set"), (x.CAL, "calendar-home-set")], "0"
    )
    homes: list[str] = []
    for item in home.responses:
        homes += item.links(x.tag(x.CARD, "addressbook-home-set"))
        homes += item.links(x.tag(x.CAL, "calendar-home-set"))
    if not homes:
        raise BadResponse("The server names no address book or calendar home for this user.")
    found: dict[str, Collection] = {}
    for link in dict.fromkeys(homes):
        where, path, prefix = _home(client, link)
        for collection in collections(where, path, prefix):
            found.setdefault(collection.url, collection)
    return list(found.values())


def _home(client: DavClient, link: str) -> tuple[DavClient, str, str]:
    """The client to ask about a home set, its path, and the prefix of its collections' URLs."""
    parts = urllib.parse.urlsplit(link)
    own = urllib.parse.urlsplit(client.base_url)
    path = x.norm_href(link)
    if not parts.netloc or (parts.scheme, parts.netloc.lower()) == (own.scheme, own.netloc.lower()):
        return client, path, ""
    host = (parts.hostname or "").lower()
    if host not in client.allowed_hosts:
        raise OtherHost(host, own.netloc)
    return client.on_host_of(link), path, f"{parts.scheme}://{parts.netloc}"


def _principal(client: DavClient) -> str:
    prop = [(x.DAV, "current-user-principal")]
    key = x.tag(x.DAV, "current-user-principal")
    # The root last: a server without the well-known addresses (Xandikos answers them
    # 404) often answers there (RFC 6764 section 6 leaves the fallback to the client).
    starts = [client.base_url, "/.well-known/carddav", "/.well-known/caldav", "/"]
    for start in starts:
        try:
            status = client.propfind(start, prop, "0")
        except (ServerError, BadResponse):
            continue
        for item in status.responses:
            if found := item.hrefs(key):
                return found[0]
    raise BadResponse("The server does not say who the current user is (no principal).")


def collections(client: DavClient, home: str, prefix: str = "") -> list[Collection]:
    """The address books and calendars in ``home``; their URLs start with ``prefix``."""
    found: list[Collection] = []
    for item in client.propfind(home, _COLLECTION_PROPS, "1").responses:
        types = item.props.get(x.tag(x.DAV, "resourcetype"))
        if types is None:
            continue
        kinds = {child.tag for child in types}
        kind = (
            "addressbook"
            if x.tag(x.CARD, "addressbook") in kinds
            else "calendar"
            if x.tag(x.CAL, "calendar") in kinds
            else ""
        )
        if not kind:
            continue
        data = item.props.get(x.tag(x.CARD, "supported-address-data"))
        comps = item.props.get(x.tag(x.CAL, "supported-calendar-component-set"))
        found.append(
            Collection(
                url=prefix + (item.href if item.href.endswith("/") else item.href + "/"),
                kind=kind,
                name=item.text(x.tag(x.DAV, "displayname")) or item.href.rstrip("/"),
                vcard_versions=tuple(
                    e.get("version", "") for e in (data if data is not None else [])
                ),
                # No component set means "any component" (RFC 4791 section 5.2.3).
                components=tuple(e.get("name", "") for e in comps)
                if comps is not None
                else ("VEVENT", "VTODO", "VJOURNAL"),
                supports_sync=x.tag(x.DAV, "sync-token") in item.props,
            )
        )
    return found


def make_collection(client: DavClient, path: str, kind: str, name: str) -> None:
    """Create an address book or calendar (servers such as Radicale start with none)."""
    response = client.request(
        "MKCOL", path, body=x.mkcol(kind, name), headers={"Content-Type": "application/xml"}
    )
    if response.status_code not in (201, 405):  # 405: it already exists
        raise ServerError(f"Could not create {path} ({response.status_code}).")
