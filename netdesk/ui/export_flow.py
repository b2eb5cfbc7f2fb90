"""File → Export…: all contacts, or the selected ones, as vCard, CSV or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netdesk.paths import write_output
from netdesk.services.exporter import SUFFIX, ExportFormat, contacts_for_export, render

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts


class Export:
    """The translation context of this module: lupdate reads ``Export.tr(...)`` calls."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("Export", text, disambiguation, n)


def export_contacts(window: WindowParts) -> Path | None:
    selected = window.selected_ids()
    ids = selected if len(selected) > 1 else None
    choices = [
        (Export.tr("vCard 4.0 (*.vcf)"), ExportFormat.VCARD, "4.0"),
        (Export.tr("vCard 3.0, for older phones (*.vcf)"), ExportFormat.VCARD, "3.0"),
        (Export.tr("CSV, Google Contacts layout (*.csv)"), ExportFormat.CSV, ""),
        (Export.tr("JSON (*.json)"), ExportFormat.JSON, ""),
    ]
    base = Path(window.settings.last_directory or Path.home()) / Export.tr("NetDesk contacts")
    path, picked = window.dialogs.save_file_filtered(
        window.widget,
        Export.tr("Export Contacts"),
        str(base) + ".vcf",
        ";;".join(c[0] for c in choices),
    )
    if not path:
        return None
    fmt, version = next(
        ((f, v) for label, f, v in choices if label == picked), _format_from_suffix(path)
    )
    target = Path(path)
    if target.suffix.lower() not in (".vcf", ".vcard", ".csv", ".json"):
        target = target.with_name(target.name + SUFFIX[fmt])
    text = render(contacts_for_export(ids), fmt, version or "4.0")
    try:
        write_output(target, text.encode("utf-8"), window.context.data_dir)
    except OSError as error:
        window.dialogs.warn(
            window.widget,
            Export.tr("Cannot Export"),
            Export.tr("%1 could not be written: %2")
            .replace("%1", str(target))
            .replace("%2", error.strerror or str(error)),
        )
        return None
    window.settings.last_directory = str(target.parent)
    count = len(ids) if ids else window.contact_total()
    window.show_message(
        Export.tr("Exported %n contact(s) to %1", "", count).replace("%1", str(target)),
        8000,
    )
    return target


def _format_from_suffix(path: str) -> tuple[ExportFormat, str]:
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return ExportFormat.CSV, ""
    if suffix == ".json":
        return ExportFormat.JSON, ""
    return ExportFormat.VCARD, "4.0"
