"""Recognise social profile links so they are stored with the right kind.

The kind of a link comes from its host alone: a file's own label (a vCard ``TYPE``,
a CSV "Website - Label") can say "LinkedIn" about any address at all.
"""

import re
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

from netdesk.domain.enums import LinkKind

_HOSTS: dict[str, LinkKind] = {
    "linkedin.com": LinkKind.LINKEDIN,
    "lnkd.in": LinkKind.LINKEDIN,
    "facebook.com": LinkKind.FACEBOOK,
    "fb.com": LinkKind.FACEBOOK,
    "fb.me": LinkKind.FACEBOOK,
    "twitter.com": LinkKind.TWITTER,
    "x.com": LinkKind.TWITTER,
    "github.com": LinkKind.GITHUB,
}
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# What a click may hand to the desktop: a web page, a new mail, a call. Any other scheme
# (file:, smb:, javascript:, an installed program's own) could run or reveal something
# on this computer, so such a link is shown as text.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


def normalise_url(url: str) -> str:
    """Give a scheme to bare host URLs (``linkedin.com/in/x`` -> ``https://...``)."""
    url = url.strip().replace("\\:", ":")
    if url and not _SCHEME.match(url):
        url = "https://" + url
    return url


def _split(url: str) -> SplitResult | None:
    try:
        return urlsplit(normalise_url(url))
    except ValueError:
        # e.g. "https://[www.example.com": an unclosed IPv6 bracket. Keep it as text.
        return None


def openable(url: str) -> bool:
    """True when ``url``, exactly as written, may be opened: see ``OPENABLE_SCHEMES``."""
    # Spaces and control characters are refused rather than guessed at: parsers differ
    # on them, and the address checked must be the address opened.
    if not url or _CONTROL.search(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(host)
    return scheme in OPENABLE_SCHEMES and bool(parts.path)


def link_kind(url: str) -> LinkKind:
    parts = _split(url)
    host = ((parts.hostname if parts else "") or "").lower()
    for known, kind in _HOSTS.items():
        if host == known or host.endswith("." + known):
            return kind
    return LinkKind.WEBSITE


# An import asks for the key of each link when matching, merging and writing it.
@lru_cache(maxsize=65536)
def url_key(url: str) -> str:
    """Comparison key for a profile URL: no scheme, no www, no trailing slash, lower case."""
    parts = _split(url)
    if parts is None:
        return url.strip().lower()
    try:
        hostname = parts.hostname or ""
    except ValueError:
        hostname = ""
    host = hostname.lower().removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/").lower()
    return host + path
