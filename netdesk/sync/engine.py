"""One sync of one account: contacts first, then the calendar. No Qt; run it off the GUI thread.

The database must be open (``open_database``) in the calling process. peewee gives each
thread its own SQLite connection, so a worker thread may call this while the GUI reads.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from netdesk.sync.accounts import SyncAccount
from netdesk.sync.calendar import CalendarSync
from netdesk.sync.contacts import CALENDAR_KINDS, CONTACT_KINDS, ContactSync, settle_token
from netdesk.sync.dav import DavClient
from netdesk.sync.davxml import norm_href
from netdesk.sync.errors import AccountError, SyncError
from netdesk.sync.limits import Limits
from netdesk.sync.records import ADDRESSBOOK, CALENDAR
from netdesk.sync.report import Progress, SyncReport, no_progress


@dataclass(slots=True)
class SyncOptions:
    """How one sync may run: its limits, its Cancel flag, and the user's yes to deleting many."""

    allow_mass_delete: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    limits: Limits = field(default_factory=Limits)


ClientFactory = Callable[[SyncAccount, str, SyncOptions], DavClient]


def default_client(account: SyncAccount, password: str, options: SyncOptions) -> DavClient:
    return DavClient(
        account.url,
        account.username,
        password,
        allow_insecure=account.allow_insecure,
        extra_hosts=account.extra_hosts,
        limits=options.limits,
        cancel=options.cancel,
        pins=account.trusted_certificates,
    )


def sync_account(
    account: SyncAccount,
    password: str,
    *,
    progress: Progress = no_progress,
    client_factory: ClientFactory = default_client,
    today: dt.date | None = None,
    options: SyncOptions | None = None,
) -> SyncReport:
    """Pull and push everything for ``account``.

    Both collections are looked at before anything is written, so a mass deletion on
    either side stops the sync with nothing changed.

    Raises:
        SyncError: one subclass per kind of failure (``AuthFailed``, ``ServerUnreachable``,
            ``ServerError``, ``BadResponse``, ``AccountError``, ``MassDeletion``,
            ``Cancelled``). What was committed before the failure is consistent; the next
            sync resumes from there.
    """
    if not account.addressbook_url and not account.calendar_url:
        raise AccountError(f"{account.label}: no address book or calendar chosen.")
    options = options or SyncOptions()
    allow = options.allow_mass_delete
    report = SyncReport()
    with client_factory(account, password, options) as client:
        contacts = (
            ContactSync(
                client.on_host_of(account.addressbook_url),
                account.id,
                norm_href(account.addressbook_url),
                account.vcard_version,
                report,
                progress,
                allow_mass_delete=allow,
            )
            if account.addressbook_url
            else None
        )
        calendar = (
            CalendarSync(
                client.on_host_of(account.calendar_url),
                account.id,
                norm_href(account.calendar_url),
                account.calendar_components,
                report,
                progress,
                today=today,
                allow_mass_delete=allow,
            )
            if account.calendar_url
            else None
        )
        progress("Checking contacts" if contacts else "Checking calendar", 0, 0)
        contacts_pulled = contacts.look() if contacts else None
        calendar_pulled = calendar.look() if calendar else None
        if contacts and contacts_pulled:
            contacts.apply(contacts_pulled)
            progress("Sending contacts", 0, 0)
            sent = _sent(report)
            contacts.push()
            if _sent(report) != sent:
                settle_token(contacts.client, account.id, ADDRESSBOOK, contacts.url, CONTACT_KINDS)
        if calendar:
            progress("Checking calendar", 0, 0)
            sent = _sent(report)
            calendar.run(calendar_pulled)
            if _sent(report) != sent:
                settle_token(calendar.client, account.id, CALENDAR, calendar.url, CALENDAR_KINDS)
    progress("Done", 1, 1)
    return report


def _sent(report: SyncReport) -> tuple[int, ...]:
    """What the push phases have written to the server so far."""
    return (
        report.pushed,
        report.deleted_there,
        report.journals_pushed,
        report.todos_pushed,
        report.records_pushed,
    )


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
