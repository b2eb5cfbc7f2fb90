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
    imp = sub.add_parser("import", help="import contact files (vCard, CSV, JSON)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--tag", action="append", default=[], help="tag everyone imported")
    imp.add_argument("--circle", default="", help="circle for contacts without one")
    exp = sub.add_parser("export", help="export contacts")
    exp.add_argument("--format", required=True, choices=["vcf", "csv", "json"])
    exp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    exp.add_argument("--vcard-version", choices=["3.0", "4.0"], default="4.0")
    backup = sub.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where (default: the backups folder in the data folder)",
    )
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE")
    sub.add_parser("sync", help="sync with the CardDAV/CalDAV accounts set up in Preferences")
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
    handler = {
        "due": _due,
        "summary": _summary,
        "import": _import,
        "export": _export,
        "backup": _backup,
        "restore": _restore,
        "sync": _sync,
    }[args.command]
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


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netdesk.db.backup import BackupError
    from netdesk.db.connection import DiskFullError
    from netdesk.io.errors import ImportFormatError
    from netdesk.io.reader import read_contacts_file
    from netdesk.single_instance import SingleInstance

    context = _context(args)
    lock = SingleInstance()
    if not lock.acquire(context.data_dir):
        context.close()
        return fail(
            "NetDesk is running with this data folder; import from its File menu, or quit it first"
        )
    status = EXIT_OK
    try:
        for name in args.files:
            path = Path(name)
            # The backup is copied while the file is read and planned.
            context.contacts.prepare_checkpoint("import")
            try:
                result = read_contacts_file(path)
            except ImportFormatError as error:
                context.contacts.discard_checkpoint()
                print(f"netdesk: {error}", file=sys.stderr)
                status = EXIT_FAILURE
                continue
            plan = context.importer.plan(result.contacts)
            try:
                report = context.importer.apply(
                    plan, args.circle, args.tag, path.name, result.network
                )
            except BackupError as error:
                print(
                    f"netdesk: {path.name}: nothing imported, the backup before the import "
                    f"failed: {error}",
                    file=sys.stderr,
                )
                status = EXIT_FAILURE
                continue
            except DiskFullError as error:
                print(f"netdesk: {path.name}: nothing imported: {error}", file=sys.stderr)
                status = EXIT_FAILURE
                continue
            print(
                f"{path.name}: {report.added} added, {report.merged} merged, "
                f"{report.skipped} skipped ({result.format}, {result.encoding})"
            )
            for item in plan:
                if item.reason and item.action.value != "add":
                    print(
                        f"  {item.action.value}: {item.incoming.best_name() or '?'} — {item.reason}"
                    )
            for warning in result.warnings:
                print(f"  note: {warning}")
        return status
    finally:
        context.close()
        lock.release()


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netdesk.services.exporter import (
        ExportFormat,
        contacts_for_export,
        render,
        write_atomically,
    )

    context = _context(args)
    try:
        text = render(contacts_for_export(), ExportFormat(args.format), args.vcard_version)
    finally:
        context.close()
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    target = Path(args.output)
    try:
        write_atomically(target, text)
    except OSError as error:
        return fail(f"cannot write {target}: {error.strerror or error}")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netdesk.db.backup import BackupError, manual_backup, snapshot
    from netdesk.db.connection import DB_FILENAME

    data_dir = resolve_data_dir(args.data_dir)
    try:
        if args.output:
            path = snapshot(data_dir / DB_FILENAME, Path(args.output))
        else:
            path = manual_backup(data_dir)
    except BackupError as error:
        return fail(str(error))
    print(path)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from netdesk.db.backup import BackupError
    from netdesk.db.restore import restore
    from netdesk.single_instance import SingleInstance

    data_dir = resolve_data_dir(args.data_dir)
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    lock = SingleInstance()
    try:
        if not lock.acquire(data_dir):
            return fail("NetDesk is running with this data folder; quit it first")
    except OSError as error:
        return fail(f"cannot use {data_dir}: {error.strerror or error}")
    try:
        live = restore(data_dir, Path(args.file))
    except BackupError as error:
        return fail(str(error))
    finally:
        lock.release()
    print(f"restored {args.file} to {live}; the previous data is in {data_dir / 'backups'}")
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from netdesk.single_instance import SingleInstance
    from netdesk.sync.cli import run_sync

    data_dir = resolve_data_dir(args.data_dir)
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    lock = SingleInstance()
    try:
        if not lock.acquire(data_dir):
            return fail("NetDesk is running with this data folder; use its Sync Now instead")
    except OSError as error:
        return fail(f"cannot use {data_dir}: {error.strerror or error}")
    try:
        return run_sync(data_dir)
    finally:
        lock.release()
