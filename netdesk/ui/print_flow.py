"""File → Print Contact Summary…, Export Summary as PDF…, Print List…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

if TYPE_CHECKING:
    from netdesk.printing.render import PrintJob
    from netdesk.ui.main_window import MainWindow


class Print:
    """The translation context of this module: lupdate reads ``Print.tr(...)`` calls."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("Print", text, disambiguation, n)


def _ids(window: MainWindow) -> list[int]:
    ids = window.selected_ids()
    current = window.current_id()
    return ids or ([current] if current is not None else [])


def summary_jobs(window: MainWindow, ids: list[int]) -> list[PrintJob]:
    from netdesk.printing.render import PrintJob
    from netdesk.printing.summary import build_summary_document
    from netdesk.services.summary import summary_data

    jobs = []
    for cid in ids:
        data = summary_data(cid)
        document = build_summary_document(data, window.language)
        jobs.append(PrintJob(document, data.contact.best_name(), window.language))
    return jobs


def painter(window: MainWindow, jobs: list[PrintJob]) -> Callable[[object], None]:
    """The print preview's paint slot for ``jobs``.

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
        if not (
            isinstance(device, QPrinter)
            and device.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and device.outputFileName()
        ):
            render_documents(jobs, device)
            return
        target = Path(device.outputFileName())
        try:
            pdf, _pages = pdf_bytes(jobs, window.language, like=device)
            write_output(target, pdf, window.context.data_dir)
        except OSError as error:
            _warn_unwritten(window, target, error)

    return paint


def print_summaries(window: MainWindow) -> None:
    ids = _ids(window)
    if not ids:
        return
    window.dialogs.print_preview(window, painter(window, summary_jobs(window, ids)))


def export_summary_pdf(window: MainWindow) -> Path | None:
    from netdesk.paths import write_output
    from netdesk.printing.render import pdf_bytes

    ids = _ids(window)
    if not ids:
        return None
    jobs = summary_jobs(window, ids)
    name = jobs[0].header if len(jobs) == 1 else Print.tr("Contacts")
    suggested = str(Path(window.settings.last_directory or Path.home()) / f"{name}.pdf")
    path = window.dialogs.save_file(
        window, Print.tr("Export Summary as PDF"), suggested, Print.tr("PDF files (*.pdf)")
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        pdf, _pages = pdf_bytes(jobs, window.language, title=name)
        write_output(target, pdf, window.context.data_dir)
    except OSError as error:
        _warn_unwritten(window, target, error)
        return None
    window.settings.last_directory = str(target.parent)
    window.statusBar().showMessage(Print.tr("Saved %1").replace("%1", str(target)), 5000)
    return target


def print_list(window: MainWindow) -> None:
    from netdesk.printing.render import PrintJob
    from netdesk.printing.summary import build_list_document
    from netdesk.services.summary import list_rows

    rows = list_rows(window.contacts.ids())
    title = Print.tr("Contacts")
    job = PrintJob(build_list_document(rows, window.language, title), title, window.language)
    window.dialogs.print_preview(window, painter(window, [job]))


def _warn_unwritten(window: MainWindow, target: Path, error: OSError) -> None:
    window.dialogs.warn(
        window,
        Print.tr("Cannot Save PDF"),
        Print.tr("%1 could not be written: %2")
        .replace("%1", str(target))
        .replace("%2", error.strerror or str(error)),
    )
