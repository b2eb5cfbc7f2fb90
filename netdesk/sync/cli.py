"""``netdesk sync``: sync every enabled account once, from the command line.

What each sync did goes to stdout; every failure is one line on stderr, and the exit
status is 2 when any account failed.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.sync.accounts import PasswordStore, SyncAccount, load_accounts, trust_certificate
from netdesk.sync.engine import ClientFactory, SyncOptions, default_client, sync_account
from netdesk.sync.errors import MassDeletion, SyncError
from netdesk.sync.report import SyncReport
from netdesk.sync.tls import UntrustedCertificate, same_fingerprint

PASSWORD_ENV = "NETDESK_SYNC_PASSWORD"
ALLOW_MASS_DELETE = "--allow-mass-delete"
TRUST = "--trust-certificate"


def _sync_trusting(
    data_dir: Path,
    account: SyncAccount,
    password: str,
    client_factory: ClientFactory,
    options: SyncOptions | None,
    trust: str,
) -> SyncReport:
    """One sync; again once, with the certificate pinned, when it is the one ``trust`` names."""
    try:
        return sync_account(account, password, client_factory=client_factory, options=options)
    except UntrustedCertificate as exc:
        if not same_fingerprint(exc.fingerprint, trust):
            raise
        account.trusted_certificates[exc.host] = exc.fingerprint
        trust_certificate(data_dir, account.id, exc.host, exc.fingerprint)
        return sync_account(account, password, client_factory=client_factory, options=options)


def _password(account: SyncAccount, store: PasswordStore, stdin: TextIO) -> str | None:
    found = store.get(account)
    if found is not None:
        return found
    if env := os.environ.get(PASSWORD_ENV):
        return env
    if stdin.isatty():
        why = store.why_not_kept or "No password is stored for this account."
        return getpass.getpass(f"{why}\nPassword for {account.label}: ")
    return None


def run_sync(
    data_dir: Path,
    *,
    passwords: PasswordStore | None = None,
    client_factory: ClientFactory = default_client,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
    options: SyncOptions | None = None,
    trust: str = "",
) -> int:
    """Sync all enabled accounts; one line each. Returns 0, or 2 when any failed.

    ``trust`` is a certificate fingerprint the user checked: a server presenting exactly
    that certificate is trusted from now on (pinned in the account), and synced.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    stdin = stdin or sys.stdin
    store = passwords or PasswordStore()
    try:
        accounts = [a for a in load_accounts(data_dir, store) if a.enabled]
    except SyncError as exc:
        print(f"sync: {exc}", file=err)
        return 2
    if not accounts:
        print("sync: no sync account is set up (add one in Preferences > Sync).", file=err)
        return 2
    status = 0
    open_database(Path(data_dir) / DB_FILENAME)
    try:
        for account in accounts:
            password = _password(account, store, stdin)
            if password is None:
                hint = f"set {PASSWORD_ENV} or run in a terminal"
                print(f"sync: {account.label}: no password ({hint}).", file=err)
                status = 2
                continue
            try:
                report = _sync_trusting(data_dir, account, password, client_factory, options, trust)
            except UntrustedCertificate as exc:
                hint = f"If it is your server's: netdesk sync {TRUST} {exc.fingerprint}"
                print(f"sync: {account.label}: {exc} {hint}", file=err)
                status = 2
                continue
            except MassDeletion as exc:
                hint = f"To apply the deletions: netdesk sync {ALLOW_MASS_DELETE}"
                print(f"sync: {account.label}: {exc} {hint}", file=err)
                status = 2
                continue
            except SyncError as exc:
                print(f"sync: {account.label}: {exc}", file=err)
                status = 2
                continue
            print(f"sync: {account.label}: {report.summary()}", file=out)
            for warning in report.warnings:
                print(f"  {warning}", file=out)
    finally:
        close_database()
    return status
