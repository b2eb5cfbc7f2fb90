"""``netdesk capture FILE_OR_DIR... [--dry-run] [--json]``: conversations onto timelines.

Prints per source the matched people, the interactions added, the unknown
correspondents and the skipped items (``--json``: one object per source). An unreadable
or unrecognised file is one line on stderr and exit status 2; nothing is written from
it, and the other sources are captured all the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILURE = 2


def add_command(sub: Any) -> None:
    cap = sub.add_parser(
        "capture",
        help="log conversations from calendar, mail, WhatsApp, LinkedIn and Telegram exports",
    )
    cap.add_argument("paths", nargs="*", metavar="FILE_OR_DIR")
    cap.add_argument(
        "--caldav",
        action="store_true",
        help="also the calendars of the sync accounts (read, never written)",
    )
    cap.add_argument("--dry-run", action="store_true", help="read and match, write nothing")
    cap.add_argument("--json", action="store_true", help="print JSON")
    cap.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDRESS_OR_NAME",
        help="one of your own addresses or names (also told by Sent folders and chats)",
    )


def source_json(source: Any, added: int) -> dict[str, object]:
    """The object ``--json`` prints for one source (``services.capture.SourcePlan``)."""
    read = source.read
    return {
        "file": str(source.path),
        "kind": source.kind,
        "items": read.items,
        "skipped": read.skipped,
        "added": added,
        "people": [
            {
                "name": person.contact_name or person.label(),
                "emails": list(person.emails),
                "phones": list(person.phones),
                "contact_id": person.contact_id,
                "days": len(person.days),
                "first": person.first.isoformat() if person.first else None,
                "last": person.last.isoformat() if person.last else None,
            }
            for person in read.people
        ],
    }


def _print_source(source: Any, added: int, dry_run: bool) -> None:
    read = source.read
    verb = "would add" if dry_run else "added"
    print(
        f"{source.path.name} ({source.kind}): {read.items} items, {read.skipped} skipped, "
        f"{verb} {added if not dry_run else len(read.conversations)} interactions"
    )
    for person in read.people:
        span = f"{person.first} – {person.last}" if person.first else ""
        days = f"{len(person.days)} day(s), {person.messages} item(s), {span}"
        if person.contact_id is None:
            print(f"  unknown: {person.label()} — {days}")
        else:
            print(f"  {person.contact_name} (by {person.how}): {person.label()} — {days}")
    for reason, count in sorted(read.reasons.items()):
        print(f"  skipped: {count} {reason}")


def _accounts(data_dir: Path) -> tuple[tuple[Any, ...], int]:
    """The calendar sources of the enabled sync accounts with a password to hand."""
    import os

    from netdesk.sync.accounts import PasswordStore, load_accounts
    from netdesk.sync.capture import caldav_source
    from netdesk.sync.cli import PASSWORD_ENV
    from netdesk.sync.errors import SyncError

    store = PasswordStore()
    try:
        accounts = [a for a in load_accounts(data_dir, store) if a.enabled]
    except SyncError as error:
        print(f"netdesk: {error}", file=sys.stderr)
        return (), EXIT_FAILURE
    if not accounts:
        print("netdesk: no sync account is set up (add one in Preferences)", file=sys.stderr)
        return (), EXIT_FAILURE
    sources, status = [], EXIT_OK
    for account in accounts:
        password = store.get(account) or os.environ.get(PASSWORD_ENV)
        if password is None:
            print(f"netdesk: {account.label}: no password (set {PASSWORD_ENV})", file=sys.stderr)
            status = EXIT_FAILURE
            continue
        sources.append(caldav_source(account, password))
    return tuple(sources), status


def run_capture(args: argparse.Namespace, context: Any) -> int:
    """Capture ``args.paths`` into ``context`` (an ``AppContext``); the exit status."""
    from netdesk.db.backup import BackupError
    from netdesk.db.connection import DiskFullError

    if not args.paths and not args.caldav:
        print("netdesk: name a file or folder to capture, or --caldav", file=sys.stderr)
        return EXIT_FAILURE
    accounts, status = _accounts(context.data_dir) if args.caldav else ((), EXIT_OK)
    plan = context.capture.plan([Path(p) for p in args.paths], me=tuple(args.me), accounts=accounts)
    for source in plan.sources:
        if source.error:
            print(f"netdesk: {source.error}", file=sys.stderr)
            status = EXIT_FAILURE
    readable = [s for s in plan.sources if not s.error]
    plan.sources = readable
    added = [0] * len(readable)
    if not args.dry_run and readable:
        try:
            added = context.capture.apply(plan).added
        except (BackupError, DiskFullError) as error:
            print(f"netdesk: nothing captured: {error}", file=sys.stderr)
            return EXIT_FAILURE
    if args.json:
        rows = [source_json(s, n) for s, n in zip(readable, added, strict=True)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for source, n in zip(readable, added, strict=True):
            _print_source(source, n, args.dry_run)
    return status
