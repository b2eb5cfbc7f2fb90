"""File → Print List…: every listed contact, laid out on a worker, then previewed.

A list of 100,000 contacts is thousands of pages. Its rows are read and laid out on a
worker behind a progress dialog that offers Cancel (``printing.list_pages``); the print
preview then only paints the laid-out pages, each a few milliseconds, behind a modal
progress dialog of its own (which keeps the window repainting and offers Cancel) when
there are many.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QProgressDialog, QWidget

from netdesk.services.background import to_gui_thread
from netdesk.translation import Context, fill
from netdesk.ui.job_progress import wait_with_progress

if TYPE_CHECKING:
    from netdesk.printing.list_pages import ListPages
    from netdesk.printing.summary_data import ListRow
    from netdesk.ui.window_parts import WindowParts

# Painting more pages than this shows a progress dialog (a page paints in a few ms).
PROGRESS_FROM_PAGES = 20


class PrintList(Context):
    """The translation context of this module: lupdate reads ``PrintList.tr(...)`` calls."""


def print_list(window: WindowParts) -> None:
    """Lay the listed contacts out on a worker, then open the print preview on them."""
    from PySide6.QtPrintSupport import QPrinter

    from netdesk.printing.fonts import ensure_fonts

    ensure_fonts()  # registered on this thread, before the worker lays text out
    ids = window.listed_ids()
    # The preview's printer: its paper and resolution are what the pages are laid out for.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    title = PrintList.tr("Contacts")
    rows: list[ListRow] = []
    pages = _laid_out(window.widget, ids, rows, window.language, title, printer)
    if pages is not None:
        window.dialogs.print_preview(window.widget, painter(window, pages, rows))


def _laid_out(
    parent: QWidget,
    ids: list[int] | None,
    rows: list[ListRow],
    language: str,
    title: str,
    like: QPagedPaintDevice,
) -> ListPages | None:
    """The list laid out for ``like``'s paper, on a worker behind a progress dialog;
    None if the user cancelled. Reads ``ids``' rows into ``rows`` first (None: they are
    in ``rows`` already)."""
    from netdesk.printing.list_pages import lay_out_list, measuring_device
    from netdesk.services.summary import list_rows

    resolution, layout = like.logicalDpiY(), like.pageLayout()
    done = [0]
    total = len(ids) if ids is not None else len(rows)

    def op(cancel: threading.Event) -> ListPages | None:
        if ids is not None:
            rows.extend(list_rows(ids))
        device = measuring_device(resolution, layout)
        pages = lay_out_list(
            rows, language, title, device, cancel=cancel, progress=lambda n: done.__setitem__(0, n)
        )
        if pages is not None:
            to_gui_thread(pages.objects())
        return pages

    outcome = wait_with_progress(
        parent,
        PrintList.tr("Print List"),
        PrintList.tr("Preparing the list…"),
        op,
        total=total,
        done=lambda: done[0],
    )
    if outcome.error is not None:
        raise outcome.error
    return outcome.result


def _progress(parent: QWidget, label: str, total: int) -> QProgressDialog:
    cancel = QCoreApplication.translate("JobProgress", "Cancel")
    progress = QProgressDialog(label, cancel, 0, max(total, 1), parent)
    progress.setWindowTitle(PrintList.tr("Print List"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoReset(False)
    progress.setMinimumWidth(360)
    return progress


def painter(window: WindowParts, pages: ListPages, rows: list[ListRow]) -> Callable[[object], None]:
    """The print preview's paint slot for the laid-out list; a device with another
    paper (changed in the preview) has the list laid out again for it."""
    from PySide6.QtPrintSupport import QPrinter

    from netdesk.paths import write_output
    from netdesk.printing.list_pages import list_pdf, paint_list

    laid_out = {id(pages.layout): pages}

    def paint(device: object) -> None:
        if not isinstance(device, QPagedPaintDevice):
            return
        fitting = next((p for p in laid_out.values() if p.fits(device)), None)
        if fitting is None:
            fitting = _laid_out(window.widget, None, rows, pages.language, pages.title, device)
            if fitting is None:
                return
            laid_out[id(fitting.layout)] = fitting
        step = _painting_progress(window.widget, len(fitting.pages))
        if not (
            isinstance(device, QPrinter)
            and device.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and device.outputFileName()
        ):
            paint_list(fitting, device, step=step)
            return
        # As ``print_flow.painter``: the PDF is made in memory, then saved whole.
        target = Path(device.outputFileName())
        made = list_pdf(fitting, like=device, step=step)
        if made is None:
            return  # cancelled: no file
        try:
            write_output(target, made[0], window.context.data_dir)
        except OSError as error:
            _warn_unwritten(window, target, error)

    return paint


def _painting_progress(parent: QWidget, pages: int) -> Callable[[int, int], bool] | None:
    """A step callback showing a modal progress dialog while many pages are painted;
    False once the user pressed Cancel."""
    if pages <= PROGRESS_FROM_PAGES:
        return None
    progress = _progress(parent, PrintList.tr("Painting the pages…"), pages)

    def step(done: int, total: int) -> bool:
        # Modal: setValue turns the event loop, so the window repaints and Cancel answers.
        progress.setValue(done)
        if done >= total or progress.wasCanceled():
            progress.close()
            progress.deleteLater()
            return not progress.wasCanceled()
        return True

    return step


def _warn_unwritten(window: WindowParts, target: Path, error: OSError) -> None:
    window.dialogs.warn(
        window.widget,
        PrintList.tr("Cannot Save PDF"),
        fill(
            PrintList.tr("%1 could not be written: %2"), str(target), error.strerror or str(error)
        ),
    )
