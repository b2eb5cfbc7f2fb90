"""One sync of one account: contacts first, then the calendar. No Qt; run it off the GUI thread.

The database must be open (``open_database``) in the calling process. peewee gives each
thread its own SQLite connection, so a worker thread may call this while the GUI reads.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from netdesk.sync.accounts import SyncAccount
from netdesk.sync.calendar import CalendarSync
from netdesk.sync.contacts import ContactSync
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import AccountError, SyncError
from netdesk.sync.report import Progress, SyncReport, no_progress

ClientFactory = Callable[[SyncAccount, str], DavClient]


def default_client(account: SyncAccount, password: str) -> DavClient:
    return DavClient(account.url, account.username, password, allow_insecure=account.allow_insecure)


def sync_account(
    account: SyncAccount,
    password: str,
    *,
    progress: Progress = no_progress,
    client_factory: ClientFactory = default_client,
    today: dt.date | None = None,
) -> SyncReport:
    """Pull and push everything for ``account``.

    Raises:
        SyncError: one subclass per kind of failure (``AuthFailed``, ``ServerUnreachable``,
            ``ServerError``, ``BadResponse``, ``AccountError``). What was committed before
            the failure is consistent; the next sync resumes from there.
    """
    if not account.addressbook_url and not account.calendar_url:
        raise AccountError(f"{account.label}: no address book or calendar chosen.")
    report = SyncReport()
    with client_factory(account, password) as client:
        if account.addressbook_url:
            contacts = ContactSync(
                client,
                account.id,
                account.addressbook_url,
                account.vcard_version,
                report,
                progress,
            )
            progress("Checking contacts", 0, 0)
            contacts.pull()
            progress("Sending contacts", 0, 0)
            contacts.push()
        if account.calendar_url:
            progress("Checking calendar", 0, 0)
            CalendarSync(
                client,
                account.id,
                account.calendar_url,
                account.calendar_components,
                report,
                progress,
                today=today,
            ).run()
    progress("Done", 1, 1)
    return report


class Backoff:
    """When to try again after failures: 30 s, 1, 2, 4 ... minutes, at most 30, jittered.

    A failure that waiting cannot fix (wrong password, bad settings) gets no retry:
    ``next_delay`` returns None and the UI should ask the user instead.
    """

    def __init__(self, first: float = 30.0, cap: float = 1800.0) -> None:
        self.first, self.cap = first, cap
        self.failures = 0

    def succeeded(self) -> None:
        self.failures = 0

    def next_delay(self, error: SyncError) -> float | None:
        if not error.retry:
            return None
        delay = min(self.cap, self.first * 2**self.failures)
        self.failures += 1
        # Jitter spreads many clients' retries after a server comes back.
        return float(delay * random.uniform(0.8, 1.2))
