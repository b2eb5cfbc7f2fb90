"""The few WebDAV/CardDAV/CalDAV XML bodies NetDesk sends, and the multistatus it reads.

Parsed with the standard library: Python's expat (2.4.1 and later) refuses entity
expansion attacks, and nothing here resolves external entities.
"""

from __future__ import annotations

import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from netdesk.sync.errors import BadResponse

DAV = "DAV:"
CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
_PREFIX = {DAV: "d", CARD: "card", CAL: "cal", CS: "cs"}


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _xmlns() -> str:
    return " ".join(f'xmlns:{p}="{ns}"' for ns, p in _PREFIX.items())


def _names(props: list[tuple[str, str]]) -> str:
    return "".join(f"<{_PREFIX[ns]}:{name}/>" for ns, name in props)


def propfind(props: list[tuple[str, str]]) -> bytes:
    body = f'<?xml version="1.0" encoding="utf-8"?><d:propfind {_xmlns()}><d:prop>'
    return (body + _names(props) + "</d:prop></d:propfind>").encode()


def sync_collection(token: str) -> bytes:
    escaped = token.replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection {_xmlns()}>'
        f"<d:sync-token>{escaped}</d:sync-token><d:sync-level>1</d:sync-level>"
        "<d:prop><d:getetag/></d:prop></d:sync-collection>"
    ).encode()


def multiget(kind: str, hrefs: list[str]) -> bytes:
    """``addressbook-multiget`` (kind ``addressbook``) or ``calendar-multiget``."""
    prefix, data = ("card", "address-data") if kind == "addressbook" else ("cal", "calendar-data")
    links = "".join(f"<d:href>{quote_path(h)}</d:href>" for h in hrefs)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><{prefix}:{kind}-multiget {_xmlns()}>'
        f"<d:prop><d:getetag/><{prefix}:{data}/></d:prop>{links}</{prefix}:{kind}-multiget>"
    ).encode()


def mkcol(kind: str, name: str) -> bytes:
    """Extended MKCOL (RFC 5689) for an address book or a calendar of journals and to-dos."""
    escaped = name.replace("&", "&amp;").replace("<", "&lt;")
    extra = "<card:addressbook/>" if kind == "addressbook" else "<cal:calendar/>"
    comps = (
        ""
        if kind == "addressbook"
        else "<cal:supported-calendar-component-set><cal:comp name='VEVENT'/>"
        "<cal:comp name='VTODO'/><cal:comp name='VJOURNAL'/></cal:supported-calendar-component-set>"
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><d:mkcol {_xmlns()}><d:set><d:prop>'
        f"<d:resourcetype><d:collection/>{extra}</d:resourcetype>"
        f"<d:displayname>{escaped}</d:displayname>{comps}</d:prop></d:set></d:mkcol>"
    ).encode()


def norm_href(href: str) -> str:
    """The decoded path of ``href``: servers percent-encode the same path differently."""
    return urllib.parse.unquote(urllib.parse.urlsplit(href.strip()).path)


def quote_path(path: str) -> str:
    return urllib.parse.quote(path, safe="/@:+,;=~!$&'()*")


@dataclass(slots=True)
class DavResponse:
    """One ``<response>`` of a multistatus: its decoded path and the props found (200)."""

    href: str
    status: int | None = None
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        element = self.props.get(name)
        return None if element is None else (element.text or "").strip()

    def links(self, name: str) -> list[str]:
        """The hrefs under ``name`` as sent: a path, or a whole URL on another host."""
        element = self.props.get(name)
        if element is None:
            return []
        return [h.text.strip() for h in element.iter(tag(DAV, "href")) if h.text]

    def hrefs(self, name: str) -> list[str]:
        element = self.props.get(name)
        if element is None:
            return []
        return [norm_href(h.text or "") for h in element.iter(tag(DAV, "href")) if h.text]


@dataclass(slots=True)
class MultiStatus:
    responses: list[DavResponse]
    sync_token: str | None


def _status(element: ET.Element | None) -> int | None:
    if element is None or not element.text:
        return None
    parts = element.text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def parse_multistatus(data: bytes) -> MultiStatus:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise BadResponse(f"The server sent XML NetDesk cannot read ({exc}).") from None
    if root.tag != tag(DAV, "multistatus"):
        raise BadResponse(f"The server sent {root.tag!r} instead of a WebDAV multistatus.")
    responses: list[DavResponse] = []
    for node in root.findall(tag(DAV, "response")):
        href = node.findtext(tag(DAV, "href"))
        if not href:
            raise BadResponse("The server sent a WebDAV response without an href.")
        item = DavResponse(norm_href(href), _status(node.find(tag(DAV, "status"))))
        for propstat in node.findall(tag(DAV, "propstat")):
            code = _status(propstat.find(tag(DAV, "status")))
            prop = propstat.find(tag(DAV, "prop"))
            if code is not None and 200 <= code < 300 and prop is not None:
                item.props.update({child.tag: child for child in prop})
        responses.append(item)
    token = root.findtext(tag(DAV, "sync-token"))
    return MultiStatus(responses, token.strip() if token else None)
