"""File → Print Contact Summary…, Export Summary as PDF…, Print List…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QPagedPaintDevice

from netdesk.domain.text import neutralise_bidi
from netdesk.translation import Context, fill

if TYPE_CHECKING:
    from netdesk.printing.render import PrintJob
    from netdesk.ui.window_parts import WindowParts


class Print(Context):
    """The translation context of this module: lupdate reads ``Print.tr(...)`` calls."""


def _ids(window: WindowParts) -> list[int]:
    ids = window.selected_ids()
    current = window.current_id()
    return ids or ([current] if current is not None else [])


def summary_jobs(window: WindowParts, ids: list[int], full_history: bool = False) -> list[PrintJob]:
    """One summary per contact: the one-page brief, or every interaction."""
    from netdesk.printing.summary import summary_job
    from netdesk.services.summary import summary_data

    return [
        summary_job(summary_data(cid), window.language, full_history=full_history) for cid in ids
    ]


def painter(
    window: WindowParts, jobs: list[PrintJob] | Callable[[], list[PrintJob]]
) -> Callable[[object], None]:
    """The print preview's paint slot for ``jobs`` (or for what ``jobs()`` returns when
    it paints: the preview's options can change them).

    The print dialog's "Print to File (PDF)" would have Qt write the file as it paints,
    wherever it is told: such a PDF is made in memory and saved like every other output
    (never over NetDesk's own files, whole or not at all).
    """
    from PySide6.QtPrintSupport import QPrinter

    from netdesk.paths import write_output
    from netdesk.printing.render import pdf_bytes, render_documents

    def paint(device: object) -> None:
        if not isinstance(device, QPagedPaintDevice):
            return
        printed = jobs() if callable(jobs) else jobs
        if not (
            isinstance(device, QPrinter)
            and device.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and device.outputFileName()
        ):
            render_documents(printed, device)
            return
        target = Path(device.outputFileName())
        try:
            pdf, _pages = pdf_bytes(printed, window.language, like=device)
            write_output(target, pdf, window.context.data_dir)
        except OSError as error:
            _warn_unwritten(window, target, error)

    return paint


def print_summaries(window: WindowParts) -> None:
    ids = _ids(window)
    if not ids:
        return
    full = QAction(Print.tr("Full History"), window.widget)
    full.setCheckable(True)
    full.setChecked(window.settings.summary_full_history)
    full.setToolTip(Print.tr("Print every interaction, not only the latest ones"))
    full.toggled.connect(lambda on: setattr(window.settings, "summary_full_history", on))
    built: dict[bool, list[PrintJob]] = {}

    def jobs() -> list[PrintJob]:
        wanted = full.isChecked()
        if wanted not in built:
            built[wanted] = summary_jobs(window, ids, wanted)
        return built[wanted]

    try:
        window.dialogs.print_preview(window.widget, painter(window, jobs), [full])
    finally:
        full.deleteLater()


def export_summary_pdf(window: WindowParts) -> Path | None:
    from netdesk.paths import write_output
    from netdesk.printing.render import pdf_bytes

    ids = _ids(window)
    if not ids:
        return None
    brief = Print.tr("PDF, one-page brief (*.pdf)")
    history = Print.tr("PDF, full history (*.pdf)")
    # The file type says brief or full history; the last choice comes first, selected.
    kinds = [history, brief] if window.settings.summary_full_history else [brief, history]
    row = window.context.contacts.rows(ids[:1]).get(ids[0]) if len(ids) == 1 else None
    name = row.display_name if row is not None else Print.tr("Contacts")
    # No override in a suggested file name: "\u202egnp.exe.pdf" would read "fdp.exe.png".
    file_name = f"{neutralise_bidi(name)}.pdf"
    suggested = str(Path(window.settings.last_directory or Path.home()) / file_name)
    path, picked = window.dialogs.save_file_filtered(
        window.widget, Print.tr("Export Summary as PDF"), suggested, ";;".join(kinds)
    )
    if not path:
        return None
    full_history = picked == history if picked in kinds else kinds[0] == history
    window.settings.summary_full_history = full_history
    jobs = summary_jobs(window, ids, full_history)
    name = jobs[0].header if len(jobs) == 1 else Print.tr("Contacts")
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        pdf, _pages = pdf_bytes(jobs, window.language, title=name)
        write_output(target, pdf, window.context.data_dir)
    except OSError as error:
        _warn_unwritten(window, target, error)
        return None
    window.settings.last_directory = str(target.parent)
    window.show_message(fill(Print.tr("Saved %1"), str(target)), 5000)
    return target


def print_list(window: WindowParts) -> None:
    """Every listed contact, laid out on a worker, in the print preview (``ui.print_list``)."""
    from netdesk.ui.print_list import print_list as print_the_list

    print_the_list(window)


def _warn_unwritten(window: WindowParts, target: Path, error: OSError) -> None:
    window.dialogs.warn(
        window.widget,
        Print.tr("Cannot Save PDF"),
        fill(Print.tr("%1 could not be written: %2"), str(target), error.strerror or str(error)),
    )
