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
    summary = sub.add_parser("summary", help="render a contact summary as PDF")
    who = summary.add_mutually_exclusive_group(required=True)
    who.add_argument("--id", type=int, help="the contact's id")
    who.add_argument("name", nargs="?", help="the contact's name or email")
    summary.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write")
    summary.add_argument(
        "--lang",
        dest="doc_lang",
        choices=["ar", "en"],
        default=None,
        help="document language (default: the UI language)",
    )


def _context(args: argparse.Namespace, gui: bool = False) -> Any:
    import os

    from PySide6.QtCore import QCoreApplication

    from netdesk.services.context import create_context

    if QCoreApplication.instance() is None:
        if gui:
            # Fonts and text layout need a QGuiApplication; no screen is needed for that.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            QGuiApplication(sys.argv[:1])
        else:
            QCoreApplication(sys.argv[:1])
    return create_context(resolve_data_dir(args.data_dir))


def fail(message: str) -> int:
    print(f"netdesk: {message}", file=sys.stderr)
    return EXIT_FAILURE


def run_command(args: argparse.Namespace) -> int:
    handler = {"due": _due, "summary": _summary}[args.command]
    return handler(args)


def _summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    context = _context(args, gui=True)
    try:
        from netdesk.printing.render import PrintJob, write_pdf
        from netdesk.printing.summary import build_summary_document
        from netdesk.services.summary import find_contacts, summary_data

        if args.id is not None:
            if not context.contacts.exists(args.id):
                return fail(f"no contact has id {args.id}")
            ids = [args.id]
        else:
            ids = find_contacts(args.name)
            if not ids:
                return fail(f"no contact matches {args.name!r}")
            if len(ids) > 1:
                names = ", ".join(context.contacts.rows(ids[:5])[i].display_name for i in ids[:5])
                return fail(f"{len(ids)} contacts match {args.name!r} ({names}); use --id")
        language = args.doc_lang or args.lang or "en"
        data = summary_data(ids[0])
        job = PrintJob(build_summary_document(data, language), data.contact.best_name(), language)
        try:
            pages = write_pdf([job], Path(args.pdf), language, title=data.contact.best_name())
        except OSError as error:
            return fail(f"cannot write {args.pdf}: {error.strerror or error}")
        print(f"{args.pdf}: {pages} page(s)")
        return EXIT_OK
    finally:
        context.close()


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
