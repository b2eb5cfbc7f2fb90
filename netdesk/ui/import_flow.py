"""File → Import…: choose files, read them, preview, apply, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog

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
    """Import ``paths`` (asked for when None) one after another; a large one is written
    on a worker behind a progress dialog, and the next file waits for it."""
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
    if paths:
        _ImportRun(window, [Path(p) for p in paths]).next()


class _ImportRun:
    """Files still to import, and the reports of those imported."""

    def __init__(self, window: WindowParts, paths: list[Path]) -> None:
        self.window = window
        self.paths = paths
        self.done: list[tuple[str, ImportReport]] = []

    def next(self) -> None:
        while self.paths:
            path = self.paths.pop(0)
            self.window.settings.last_directory = str(path.parent)
            if import_one(self.window, path, self._imported):
                return  # ``_imported`` carries on once it is written
        if self.done:
            done, self.done = self.done, []
            self.window.show_imported(done)

    def _imported(self, name: str, report: ImportReport | None) -> None:
        if report is not None:
            self.done.append((name, report))
        self.next()


Then = Callable[[str, ImportReport | None], object]


def import_one(window: WindowParts, path: Path, then: Then) -> bool:
    """Read and preview one file; if the user goes on, write it and then call ``then``
    with the report (None when nothing was imported) and return True."""
    contacts = window.context.contacts
    # The backup the import needs is copied while the file is read and previewed;
    # apply waits for whatever is left of it.
    contacts.prepare_checkpoint("import")
    started = False
    try:
        started = _import_one(window, path, then)
        return started
    finally:
        if not started:
            # Cancelled or refused: the backup of an import that did not happen goes.
            contacts.discard_checkpoint()


def _import_one(window: WindowParts, path: Path, then: Then) -> bool:
    region = window.context.contacts.region
    try:
        large = path.stat().st_size > LARGE_FILE_BYTES
    except OSError:
        large = False
    outcome = _read_in_background(window, path, region) if large else read_and_plan(path, region)
    if outcome is None:
        return False
    if outcome.error or outcome.result is None:
        window.dialogs.warn(window.widget, Import.tr("Cannot Import"), outcome.error)
        return False
    result = outcome.result
    plan = outcome.plan
    if plan is None and result.table is not None:
        from netdesk.io.csv_mapping import apply_mapping, guess_mapping
        from netdesk.ui.csv_mapping_dialog import CsvMappingDialog

        mapper = CsvMappingDialog(
            path.name, result.table, guess_mapping(result.table), window.widget
        )
        if mapper.exec() != QDialog.DialogCode.Accepted:
            return False
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
        return False
    from netdesk.services.importer import leave_out, merge_possible

    merge_possible(plan, dialog.chosen_merges())
    leave_out(plan, dialog.left_out())
    options = (dialog.chosen_circle(), dialog.chosen_tags(), dialog.chosen_cadence())

    def written(report: ImportReport | None, error: Exception | None) -> None:
        contacts.discard_checkpoint()  # used by the import, or left by a cancelled one
        if error is not None:
            _stopped(window, error)
        then(path.name, report)

    window.context.importer.apply_in_background(plan, options, path.name, result.network, written)
    return True


def _stopped(window: WindowParts, error: Exception) -> None:
    """Say why nothing was imported; an error nobody expected goes on up."""
    from netdesk.services.storage import BackupError, DiskFullError

    if isinstance(error, BackupError):
        text = fill(
            Import.tr("Nothing was imported: the backup before the import failed. %1"),
            str(error),
        )
    elif isinstance(error, DiskFullError):
        text = Import.tr("Nothing was imported: the disk is full. Free some space and try again.")
    else:
        raise error
    window.dialogs.warn(window.widget, Import.tr("Import Stopped"), text)


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
