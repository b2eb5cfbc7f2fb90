"""A contact list laid out and painted in parts, so that a long one can be printed.

One document holding the whole list lays out in one call that cannot be interrupted, and
Qt paints each page of a table by walking all of its rows: at 100,000 contacts neither
ends in reasonable time. Here the list is cut into parts of ``PART_ROWS`` rows, each
its own document laid out for the paper; a part's full pages are kept, and the rows of
its last, partly filled page begin the next part, so pages come out as full as one
document's would. Pages are numbered over the whole list.

Laying out is the slow half and runs on a worker (plain documents, no widgets), looking
at a cancel flag between parts; painting the laid-out pages is cheap per page. A part's
layout is one call into Qt that keeps the GIL: parts are kept small so the GUI thread
gets it back soon.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QObject
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

from netdesk.domain.text import neutralise_bidi
from netdesk.printing.paginate import Page, row_top
from netdesk.printing.render import Sheet, lay_out, wanted
from netdesk.printing.summary import build_list_document
from netdesk.printing.summary_data import ListRow

# Rows per part: more than a page holds (about 45 ordinary rows fit an A4 page), and
# few, because PySide holds the GIL while Qt lays a part out: the window's Python (its
# paint code, the progress bar's timer) waits for that long.
PART_ROWS = 60


@dataclass
class ListPages:
    """A list laid out for one paper and resolution: each page, and its document."""

    title: str
    language: str
    resolution: int
    layout: QPageLayout
    pages: list[tuple[QTextDocument, Page]]
    # Laid out against it: a document's layout keeps a pointer to its paint device.
    device: QPdfWriter

    def objects(self) -> list[QObject]:
        """The Qt objects the pages are made of (for a worker to hand them over)."""
        documents = {id(doc): doc for doc, _page in self.pages}
        return [*documents.values(), self.device]

    def fits(self, device: QPagedPaintDevice) -> bool:
        """The pages are right for ``device``: same resolution, paper and margins."""
        return device.logicalDpiY() == self.resolution and device.pageLayout().isEquivalentTo(
            self.layout
        )


def measuring_device(resolution: int, layout: QPageLayout) -> QPdfWriter:
    """A device to lay documents out against, like a printer of ``resolution`` and
    ``layout``; nothing is ever painted on it."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)
    writer.setResolution(resolution)
    writer.setPageLayout(layout)
    return writer


def lay_out_list(
    rows: Sequence[ListRow],
    language: str,
    title: str,
    device: QPdfWriter,
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int], object] | None = None,
) -> ListPages | None:
    """``rows`` laid out in parts for ``device`` (see :func:`measuring_device`); None if
    ``cancel`` was set. ``progress`` is told how many rows are laid out so far.

    May run on a worker, which then hands :meth:`ListPages.objects` to the thread that
    paints them.
    """
    body = Sheet.of(device).body
    pages: list[tuple[QTextDocument, Page]] = []
    start, size = 0, PART_ROWS
    while True:
        if cancel is not None and cancel.is_set():
            return None
        part = rows[start : start + size]
        doc = build_list_document(part, language, title, heading=start == 0)
        laid_out = lay_out(doc, device, body)
        last = start + len(part) >= len(rows)
        if not last and len(laid_out) < 2:
            size *= 2  # a page holds more rows than a part (large paper): larger parts
            continue
        carried = 0 if last else _rows_on(doc, laid_out[-1])
        if 0 < carried < len(part):
            laid_out = laid_out[:-1]
        else:
            carried = 0
        pages.extend((doc, page) for page in laid_out)
        start += len(part) - carried
        if progress is not None:
            progress(start)
        if last:
            break
    return ListPages(title, language, device.resolution(), device.pageLayout(), pages, device)


def _rows_on(doc: QTextDocument, page: Page) -> int:
    """How many table rows begin on ``page`` (the document's last page)."""
    table: QTextTable | None = None
    for child in doc.rootFrame().childFrames():
        if isinstance(child, QTextTable):
            table = child
    if table is None:
        return 0
    first_body_row = table.format().headerRowCount()
    count = 0
    for row in range(table.rows() - 1, first_body_row - 1, -1):
        if row_top(doc, table, row) < page.body.top:
            break
        count += 1
    return count


def paint_list(
    pages: ListPages,
    device: QPagedPaintDevice,
    *,
    printed_on: dt.date | None = None,
    step: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the laid-out pages on ``device`` (one that ``pages.fits``); returns how many.

    ``step(done, total)`` is called after each page; painting stops when it returns
    False (Cancel).
    """
    printed_on = printed_on or dt.date.today()
    sheet = Sheet.of(device)
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the print device")
    total = len(pages.pages)
    painted = 0
    try:
        for number, (doc, page) in enumerate(pages.pages, start=1):
            if wanted(device, number):
                if painted:
                    device.newPage()
                painted += 1
                number_of = (number, total)
                sheet.paint(painter, doc, page, pages.title, number_of, printed_on, pages.language)
            if step is not None and not step(number, total):
                break
    finally:
        painter.end()
    return painted


def list_pdf(
    pages: ListPages,
    *,
    like: QPagedPaintDevice | None = None,
    printed_on: dt.date | None = None,
    step: Callable[[int, int], bool] | None = None,
) -> tuple[bytes, int] | None:
    """The laid-out list as a PDF in memory, with the page range of ``like`` (the print
    dialog's printer) if given; None if ``step`` cancelled it."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pages.resolution)
    writer.setPageLayout(pages.layout)
    if like is not None:
        writer.setPageRanges(like.pageRanges())
    writer.setTitle(neutralise_bidi(pages.title))
    writer.setCreator("NetDesk")
    cancelled = False

    def stepped(done: int, total: int) -> bool:
        nonlocal cancelled
        cancelled = step is not None and not step(done, total)
        return not cancelled

    count = paint_list(pages, writer, printed_on=printed_on, step=stepped)
    del writer  # the PDF's trailer is complete once the painter has ended
    return None if cancelled else (bytes(buffer.data().data()), count)


__all__ = ["PART_ROWS", "ListPages", "lay_out_list", "list_pdf", "measuring_device", "paint_list"]
