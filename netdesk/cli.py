"""Headless commands that share the services with the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from netdesk.paths import resolve_data_dir

if TYPE_CHECKING:
    from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 2


def add_commands(sub: Any) -> None:
    due = sub.add_parser("due", help="list overdue and due-this-week contacts")
    due.add_argument("--json", action="store_true", help="print JSON")
    imp = sub.add_parser("import", help="import contact files (vCard, CSV, LDIF, JSON)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--tag", action="append", default=[], help="tag everyone imported")
    imp.add_argument("--circle", default="", help="circle for contacts without one")
    imp.add_argument(
        "--cadence",
        type=_days,
        metavar="DAYS",
        help="keep in touch every DAYS days (0: no reminder) with those who have no cadence;"
        " default: a new contact's circle's cadence",
    )
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
    sync = sub.add_parser(
        "sync", help="sync with the CardDAV/CalDAV accounts set up in Preferences"
    )
    sync.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="apply a sync that deletes many contacts or timeline entries at once",
    )
    from netdesk.cli_capture import add_command

    add_command(sub)
    summary = sub.add_parser("summary", help="render a contact summary as PDF")
    who = summary.add_mutually_exclusive_group(required=True)
    who.add_argument("--id", type=int, help="the contact's id")
    who.add_argument("name", nargs="?", help="the contact's name or email")
    summary.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write")
    summary.add_argument(
        "--full", action="store_true", help="every interaction, not the one-page brief"
    )
    summary.add_argument(
        "--lang",
        dest="doc_lang",
        choices=["ar", "en"],
        default=None,
        help="document language (default: the UI language)",
    )


class CommandError(Exception):
    """A command cannot go on; ``str()`` is the one line for stderr."""


# SQLite stores integers in 64 bits; a larger id can only name no contact.
_MAX_ID = 2**63 - 1
# Arguments that are text (not file names, which may hold any bytes the system allows).
_TEXT_ARGS = ("name", "tag", "circle")


def checked_data_dir(args: argparse.Namespace, *, thorough: bool = False) -> Path:
    """The data folder, once it passes the window's start-up checks; else ``CommandError``.

    ``thorough`` reads every page, for commands that hand the data on (export).
    A database that is not there yet is fine: it is created on first use.
    """
    from netdesk.db.health import Status
    from netdesk.db.preflight import (
        check_data_folder,
        remove_stale_temp_files,
        restore_blocker,
    )

    data_dir = resolve_data_dir(args.data_dir)
    result = check_data_folder(data_dir, thorough=thorough)
    if args.command == "restore" and restore_blocker(data_dir, result) is None:
        return data_dir  # a restore is the cure for a damaged database
    if not (result.ok or result.status is Status.MISSING):
        hint = ""
        if result.status in (Status.CORRUPT, Status.NOT_A_DATABASE):
            hint = " Nothing was changed; `netdesk restore FILE` puts a backup in its place."
        raise CommandError(result.message + hint)
    remove_stale_temp_files(data_dir)
    return data_dir


def _context(args: argparse.Namespace, gui: bool = False, *, thorough: bool = False) -> Any:
    import os

    from PySide6.QtCore import QCoreApplication

    from netdesk.services.context import create_context

    data_dir = checked_data_dir(args, thorough=thorough)
    if QCoreApplication.instance() is None:
        if gui:
            # Fonts and text layout need a QGuiApplication; no screen is needed for that.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            QGuiApplication(sys.argv[:1])
        else:
            QCoreApplication(sys.argv[:1])
    return create_context(data_dir)


def _check_arguments(args: argparse.Namespace) -> None:
    for name in _TEXT_ARGS:
        values = getattr(args, name, None)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    shown = value.encode("utf-8", "backslashreplace").decode("ascii", "replace")
                    raise CommandError(f"{shown!r} is not UTF-8 text") from None
    if getattr(args, "id", None) is not None and not 0 < args.id <= _MAX_ID:
        raise CommandError(f"no contact has id {args.id}")


def fail(message: str) -> int:
    print(f"netdesk: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _save_output(target: Path, data: bytes, data_dir: Path) -> str | None:
    """Write a file the user asked for; the one-line reason when it was not written."""
    from netdesk.paths import write_output

    try:
        write_output(target, data, data_dir)
    except OSError as error:
        return f"cannot write {target}: {error.strerror or error}"
    return None


def _tell(line: str, target: Path) -> None:
    """Print a confirmation, on stderr when the output itself went to stdout."""
    import os

    try:
        written, out = os.stat(target), os.fstat(sys.stdout.fileno())
        to_stdout = (written.st_dev, written.st_ino) == (out.st_dev, out.st_ino)
    except (OSError, ValueError):
        to_stdout = False
    print(line, file=sys.stderr if to_stdout else sys.stdout)


def run_command(args: argparse.Namespace) -> int:
    """Run one command; every failure it foresees ends in one line on stderr and exit 2."""
    import sqlite3

    import peewee

    try:
        _check_arguments(args)
        return _handlers()[args.command](args)
    except CommandError as error:
        return fail(str(error))
    except (sqlite3.Error, peewee.DatabaseError) as error:
        # Damage deeper than the start-up check reads (that check stays quick).
        return fail(
            f"the database in {resolve_data_dir(args.data_dir)} failed: {error}. "
            "`netdesk restore FILE` puts a backup in its place."
        )


def _handlers() -> dict[str, Callable[[argparse.Namespace], int]]:
    return {
        "due": _due,
        "summary": _summary,
        "import": _import,
        "export": _export,
        "backup": _backup,
        "restore": _restore,
        "sync": _sync,
        "capture": _capture,
    }


def _summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    context = _context(args, gui=True)
    try:
        from netdesk.printing.render import pdf_bytes
        from netdesk.printing.summary import summary_job
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
        job = summary_job(data, language, full_history=args.full)
        pdf, pages = pdf_bytes([job], language, title=data.contact.best_name())
        problem = _save_output(Path(args.pdf), pdf, context.data_dir)
        if problem:
            return fail(problem)
        _tell(f"{args.pdf}: {pages} page(s)", Path(args.pdf))
        return EXIT_OK
    finally:
        context.close()


def _due(args: argparse.Namespace) -> int:
    import datetime as dt

    from netdesk.store.due import due_contacts

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


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"not a number of days from 0 to 3650: {text!r}")
    return days


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
            if result.needs_mapping:
                context.contacts.discard_checkpoint()
                print(
                    f"netdesk: {path.name}: no column is a name, email or phone NetDesk "
                    "recognises; import it from the window to choose what each column holds",
                    file=sys.stderr,
                )
                status = EXIT_FAILURE
                continue
            plan = context.importer.plan(result.contacts)
            try:
                report = context.importer.apply(
                    plan,
                    args.circle,
                    args.tag,
                    path.name,
                    cadence=args.cadence,
                    network=result.network,
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
                # Adds say nothing, except a possible duplicate, for the user to check.
                if item.reason:
                    print(
                        f"  {item.action.value}: {item.incoming.best_name() or '?'} — {item.reason}"
                    )
            for warning in result.warnings:
                print(f"  note: {warning}")
        return status
    finally:
        context.close()
        lock.release()


def _capture(args: argparse.Namespace) -> int:
    from netdesk.cli_capture import run_capture
    from netdesk.single_instance import SingleInstance

    context = _context(args)
    lock = SingleInstance()
    if not args.dry_run and not lock.acquire(context.data_dir):
        context.close()
        return fail(
            "NetDesk is running with this data folder; capture from its File menu, or quit it"
        )
    try:
        return run_capture(args, context)
    finally:
        context.close()
        lock.release()


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netdesk.services.exporter import ExportFormat, contacts_for_export, render

    context = _context(args, thorough=True)
    try:
        text = render(contacts_for_export(), ExportFormat(args.format), args.vcard_version)
    finally:
        context.close()
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    problem = _save_output(Path(args.output), text.encode("utf-8"), context.data_dir)
    return fail(problem) if problem else EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from netdesk.db.backup import BackupError, backup_to, manual_backup

    data_dir = checked_data_dir(args)
    try:
        path = backup_to(data_dir, Path(args.output)) if args.output else manual_backup(data_dir)
    except BackupError as error:
        return fail(str(error))
    _tell(str(path), path)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from netdesk.db.backup import BackupError
    from netdesk.db.restore import restore
    from netdesk.single_instance import SingleInstance

    data_dir = checked_data_dir(args)
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
    from netdesk.sync.engine import SyncOptions

    data_dir = checked_data_dir(args)
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    lock = SingleInstance()
    try:
        if not lock.acquire(data_dir):
            return fail("NetDesk is running with this data folder; use its Sync Now instead")
    except OSError as error:
        return fail(f"cannot use {data_dir}: {error.strerror or error}")
    try:
        return run_sync(data_dir, options=SyncOptions(allow_mass_delete=args.allow_mass_delete))
    finally:
        lock.release()
