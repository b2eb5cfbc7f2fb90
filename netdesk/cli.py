"""Headless commands that share the services with the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from netdesk.paths import resolve_data_dir

EXIT_OK = 0
EXIT_FAILURE = 2


def add_commands(sub: Any) -> None:
    due = sub.add_parser("due", help="list overdue and due-this-week contacts")
    due.add_argument("--json", action="store_true", help="print JSON")


def _context(args: argparse.Namespace) -> Any:
    from PySide6.QtCore import QCoreApplication

    from netdesk.services.context import create_context

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    return create_context(resolve_data_dir(args.data_dir))


def run_command(args: argparse.Namespace) -> int:
    handler = {"due": _due}[args.command]
    return handler(args)


def _due(args: argparse.Namespace) -> int:
    import datetime as dt

    from netdesk.services.due import due_contacts

    context = _context(args)
    try:
        today = dt.date.today()
        rows = due_contacts(today, within_days=7)
        if args.json:
            print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        else:
            for r in rows:
                status = (
                    f"overdue {r.days_overdue} d"
                    if r.days_overdue > 0
                    else (f"due {r.next_due.isoformat()}")
                )
                print(
                    f"{r.display_name}\t{status}\tlast contact "
                    f"{r.last_contact.isoformat() if r.last_contact else 'never'}"
                )
        return EXIT_OK
    finally:
        context.close()
