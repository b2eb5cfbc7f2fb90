"""The calendars of a sync account as a capture source: read, never written.

Every calendar of the account that holds events (not only the one NetDesk syncs with) is
listed and fetched on demand; its past meetings are captured like an ``.ics`` file's.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

from netdesk.io.capture.base import CaptureFormat, Item, SourceInfo
from netdesk.io.capture.ics import calendar_items
from netdesk.io.capture.registry import CaptureSource
from netdesk.io.errors import ImportFormatError
from netdesk.sync.accounts import SyncAccount
from netdesk.sync.dav import DavClient
from netdesk.sync.davxml import norm_href
from netdesk.sync.discovery import discover
from netdesk.sync.engine import SyncOptions, default_client
from netdesk.sync.errors import SyncError
from netdesk.sync.ledger_ical import record_kind

ClientMaker = Callable[[], DavClient]


def calendar_texts(client: DavClient) -> Iterator[tuple[str, str]]:
    """(calendar name, iCalendar text) of every event resource of every calendar.

    NetDesk's own records (its events, asks and introductions, which sync puts in the
    same calendar) are left out: they are already in the network, not meetings to capture.
    """
    for collection in discover(client):
        if collection.kind != "calendar" or "VEVENT" not in collection.components:
            continue
        on = client.on_host_of(collection.url)
        path = norm_href(collection.url)
        hrefs = sorted(on.changes(path, "", {}).changed)
        for _href, resource in sorted(on.fetch(path, "calendar", hrefs).items()):
            if record_kind(resource.text) is None:
                yield collection.name, resource.text


class CalDavCalendars(CaptureFormat):
    """An account's calendars, fetched when the capture reads them."""

    kind = "caldav"

    def __init__(self, account: SyncAccount, connect: ClientMaker) -> None:
        self.account, self.connect = account, connect

    def detect(self, head: bytes, path: Path) -> bool:
        return False  # made for an account, never found among files

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        """Every calendar of the account (``path`` only names the source)."""
        return self.read_many([path], info, keep_text)

    def read_many(
        self, paths: list[Path], info: SourceInfo, keep_text: bool = False
    ) -> Iterator[Item]:
        import icalendar

        info.title = self.account.label
        try:
            with self.connect() as client:
                for name, text in calendar_texts(client):
                    try:
                        calendar = icalendar.Calendar.from_ical(text)
                    except ValueError:
                        continue  # one bad event does not stop the others
                    for item in calendar_items(calendar, f"{self.account.id}:{name}"):
                        if not keep_text:
                            item.text = ""
                        yield item
        except SyncError as error:
            raise ImportFormatError(f"{self.account.label}: {error}") from None


def caldav_source(account: SyncAccount, password: str) -> CaptureSource:
    """The capture source of ``account``'s calendars (nothing is fetched until it is read)."""

    def connect() -> DavClient:
        return default_client(account, password, SyncOptions())

    # Named user@host: a path holds no URL's slashes, and it stays the same across syncs.
    host = urllib.parse.urlsplit(account.url).netloc.rpartition("@")[2]
    name = f"{account.username}@{host}" if account.username else host
    return CaptureSource(Path(name), CalDavCalendars(account, connect))
