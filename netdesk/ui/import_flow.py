"""File → Import…: choose files, read them, preview, apply, report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog

from netdesk.ui.import_dialog import ImportPreviewDialog

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow


class Import:
    """The translation context of this module: lupdate reads ``Import.tr(...)`` calls."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("Import", text, disambiguation, n)


def run_import(window: MainWindow, paths: list[str] | None = None) -> None:
    if paths is None:
        paths = window.dialogs.open_files(
            window,
            Import.tr("Import Contacts"),
            window.settings.last_directory,
            Import.tr("Contact files (*.vcf *.vcard *.csv *.json);;All files (*)"),
        )
    for path in paths:
        window.settings.last_directory = str(Path(path).parent)
        import_one(window, Path(path))


def import_one(window: MainWindow, path: Path) -> None:
    from netdesk.io.errors import ImportFormatError
    from netdesk.io.reader import read_contacts_file

    try:
        result = read_contacts_file(path)
    except ImportFormatError as error:
        window.dialogs.warn(window, Import.tr("Cannot Import"), str(error))
        return
    if result.format == "csv" and result.table is not None:
        from netdesk.io.csv_mapping import apply_mapping, guess_mapping
        from netdesk.ui.csv_mapping_dialog import CsvMappingDialog

        mapper = CsvMappingDialog(path.name, result.table, guess_mapping(result.table), window)
        if mapper.exec() != QDialog.DialogCode.Accepted:
            return
        result.contacts = apply_mapping(result.table, mapper.mapping())
    plan = window.context.importer.plan(result.contacts)
    dialog = ImportPreviewDialog(path.name, plan, result.warnings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    report = window.context.importer.apply(
        plan, dialog.chosen_circle(), dialog.chosen_tags(), path.name
    )
    window.dialogs.inform(
        window,
        Import.tr("Import Finished"),
        Import.tr("%1: %2 added, %3 merged, %4 skipped. Edit → Undo reverses the whole import.")
        .replace("%1", path.name)
        .replace("%2", QLocale().toString(report.added))
        .replace("%3", QLocale().toString(report.merged))
        .replace("%4", QLocale().toString(report.skipped)),
    )
