"""File → Import…: choose files, read them, preview, apply, report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from netdesk.services.importer import ImportReport
from netdesk.translation import Context, fill
from netdesk.ui.bidi import isolate
from netdesk.ui.import_dialog import ImportPreviewDialog
from netdesk.ui.import_worker import LARGE_FILE_BYTES, ReadOutcome, read_and_plan, start_reader

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts


class Import(Context):
    """The translation context of this module: lupdate reads ``Import.tr(...)`` calls."""


def run_import(window: WindowParts, paths: list[str] | None = None) -> None:
    if paths is None:
        paths = window.dialogs.open_files(
            window.widget,
            Import.tr("Import Contacts"),
            window.settings.last_directory,
            Import.tr("Contact files (*.vcf *.vcard *.csv *.json *.ldif *.ldi);;All files (*)"),
        )
    from netdesk.services.cards import is_card_image

    cards = [p for p in paths if is_card_image(p)]
    if cards:
        # Photos dropped or opened are a business card (front and back together).
        from netdesk.ui.card_actions import add_from_card

        add_from_card(window, cards)
        paths = [p for p in paths if p not in cards]
    done: list[tuple[str, ImportReport]] = []
    for path in paths:
        window.settings.last_directory = str(Path(path).parent)
        report = import_one(window, Path(path))
        if report is not None:
            done.append((Path(path).name, report))
    if done:
        window.show_imported(done)


def import_one(window: WindowParts, path: Path) -> ImportReport | None:
    """Read, preview and import one file; the report, or None when nothing was imported."""
    contacts = window.context.contacts
    # The backup the import needs is copied while the file is read and previewed;
    # apply waits for whatever is left of it.
    contacts.prepare_checkpoint("import")
    try:
        return _import_one(window, path)
    finally:
        # Cancelled or refused: the backup of an import that did not happen goes.
        contacts.discard_checkpoint()


def _import_one(window: WindowParts, path: Path) -> ImportReport | None:
    region = window.context.contacts.region
    try:
        large = path.stat().st_size > LARGE_FILE_BYTES
    except OSError:
        large = False
    outcome = _read_in_background(window, path, region) if large else read_and_plan(path, region)
    if outcome is None:
        return None
    if outcome.error or outcome.result is None:
        window.dialogs.warn(window.widget, Import.tr("Cannot Import"), outcome.error)
        return None
    result = outcome.result
    plan = outcome.plan
    if plan is None and result.table is not None:
        from netdesk.io.csv_mapping import apply_mapping, guess_mapping
        from netdesk.ui.csv_mapping_dialog import CsvMappingDialog

        mapper = CsvMappingDialog(
            path.name, result.table, guess_mapping(result.table), window.widget
        )
        if mapper.exec() != QDialog.DialogCode.Accepted:
            return None
        result.contacts = apply_mapping(result.table, mapper.mapping())
    if plan is None:
        plan = window.context.importer.plan(result.contacts)
    contacts = window.context.contacts
    targets = sorted({item.target for item in plan if item.target is not None})
    names = {cid: row.display_name for cid, row in contacts.rows(targets).items()}
    dialog = ImportPreviewDialog(
        path.name, plan, result.warnings, window.widget, names, contacts.cadence_for
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    from netdesk.services.importer import leave_out, merge_possible
    from netdesk.services.storage import BackupError, DiskFullError

    merge_possible(plan, dialog.chosen_merges())
    leave_out(plan, dialog.left_out())

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = window.context.importer.apply(
            plan,
            dialog.chosen_circle(),
            dialog.chosen_tags(),
            path.name,
            cadence=dialog.chosen_cadence(),
            network=result.network,
        )
    except BackupError as error:
        window.dialogs.warn(
            window.widget,
            Import.tr("Import Stopped"),
            fill(
                Import.tr("Nothing was imported: the backup before the import failed. %1"),
                str(error),
            ),
        )
        return None
    except DiskFullError:
        window.dialogs.warn(
            window.widget,
            Import.tr("Import Stopped"),
            Import.tr("Nothing was imported: the disk is full. Free some space and try again."),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return report


def _read_in_background(window: WindowParts, path: Path, region: str) -> ReadOutcome | None:
    """Read and plan on a worker thread behind a progress dialog; None if cancelled."""
    progress = QProgressDialog(
        fill(Import.tr("Reading %1…"), isolate(path.name)),
        Import.tr("Cancel"),
        0,
        0,
        window.widget,
    )
    progress.setWindowTitle(Import.tr("Import Contacts"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    outcome: list[ReadOutcome] = []
    # The dialog's exec() is the loop: the task's end hides it (reset), and so does Cancel.
    task = start_reader(path, region, window.widget, outcome.append, progress.reset)
    progress.exec()
    progress.close()
    if not outcome:
        # Cancelled: the worker sees the flag in its loops and stops within a moment.
        task.cancel()
        return None
    return None if outcome[0].cancelled else outcome[0]
