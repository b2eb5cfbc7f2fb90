"""Paint laid-out documents onto a QPrinter or QPdfWriter with header and footer.

Preview and PDF share this code path: connect a QPrintPreviewDialog's
``paintRequested(QPrinter)`` to ``lambda printer: render_documents(jobs, printer)``.
QtPrintSupport is not imported here: PySide's QtPrintSupport pulls in the widget module,
and a QPrinter is used only through its QPagedPaintDevice interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from netdesk.domain.text import isolate, neutralise_bidi
from netdesk.io.atomic import write_bytes
from netdesk.printing.document import CELL_PADDING, INK, MUTED, RULE, text_direction
from netdesk.printing.fonts import document_font, ensure_fonts
from netdesk.printing.labels import fill, format_date, format_number, tr
from netdesk.printing.paginate import Band, Page, paginate

_C = QLocale.Country
# CLDR's paperSize data: territories printing on US Letter.
LETTER_TERRITORIES = frozenset(
    {
        _C.UnitedStates, _C.Canada, _C.Mexico, _C.Philippines, _C.Chile, _C.Colombia,
        _C.Venezuela, _C.Guatemala, _C.CostaRica, _C.Panama, _C.ElSalvador, _C.Nicaragua,
        _C.PuertoRico, _C.Belize,
    }
)  # fmt: skip

MARGIN_MM = 18.0
BODY_TOP_MM = 24.0
BODY_BOTTOM_MM = 22.0
HEADER_MM = 10.0  # top of the running header's text
FOOTER_MM = 15.0  # bottom of the footer's text, from the paper's bottom edge
_TOUCH = 0.5  # layout units: far less than a line, more than layout rounding


class Shorter(NamedTuple):
    """Shorter versions of a job's document, for a brief that should fit one page.

    ``build(n)`` lists at most ``n`` rows of the document's longest list (``most``
    rows in the job's own document); the renderer prints the longest version that
    fits one page of the device, and never one shorter than ``fewest`` rows.
    """

    build: Callable[[int], QTextDocument]
    most: int
    fewest: int


class PrintJob(NamedTuple):
    """One document and the running header printed above each of its pages.

    ``language`` picks the footer's language and direction; by default it is taken
    from a document built by this package, else English.
    """

    document: QTextDocument
    header: str
    language: str | None = None
    shorter: Shorter | None = None


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """US Letter for the territories that use it, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def render_documents(
    jobs: Sequence[PrintJob],
    device: QPagedPaintDevice,
    *,
    printed_on: dt.date | None = None,
) -> int:
    """Paint every job onto ``device``, each job starting on a new page.

    Pages are numbered per job ("Page 2 of 3" of that person's summary), since each
    summary is a hand-out of its own. The documents are re-laid out for the device.

    Args:
        jobs: Documents with their running headers.
        device: A QPdfWriter, or the QPrinter of a print preview or print dialog.
        printed_on: Date in the footer; today by default.

    Returns:
        The number of pages painted.

    Raises:
        RuntimeError: when painting on ``device`` cannot start.
    """
    ensure_fonts()
    printed_on = printed_on or dt.date.today()
    sheet = Sheet.of(device)
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the print device")
    painted = 0
    physical = 0
    try:
        for job in jobs:
            language = job.language or str(getattr(job.document, "language", "en"))
            document, pages = _fitted(job, device, sheet.body)
            for number, page in enumerate(pages, start=1):
                physical += 1
                if not wanted(device, physical):
                    continue
                if painted:
                    device.newPage()
                painted += 1
                sheet.paint(
                    painter, document, page, job.header, (number, len(pages)), printed_on, language
                )
    finally:
        painter.end()
    return painted


class Sheet(NamedTuple):
    """Where a page's parts go on a device's paper, in the painter's coordinates."""

    paper: QRectF
    body: QRectF
    mm: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> Sheet:
        dpi = float(device.logicalDpiY())
        mm = dpi / 25.4
        layout = device.pageLayout()
        paper = QRectF(layout.fullRectPixels(int(dpi)))
        # The painter's origin is the paintable area's corner (printer margins); paper
        # coordinates are shifted so the 18 mm margins are measured from the sheet's edge.
        paper.translate(-QPointF(layout.paintRectPixels(int(dpi)).topLeft()))
        body = paper.adjusted(
            MARGIN_MM * mm, BODY_TOP_MM * mm, -MARGIN_MM * mm, -BODY_BOTTOM_MM * mm
        )
        return cls(paper, body, mm)

    def paint(
        self,
        painter: QPainter,
        document: QTextDocument,
        page: Page,
        header: str,
        number: tuple[int, int],
        printed_on: dt.date,
        language: str,
    ) -> None:
        """One page: its band of ``document``, the running header and the footer saying
        page ``number[0]`` of ``number[1]``."""
        _draw_body(painter, document, page, self.body)
        footer = fill(
            tr("Page %1 of %2", language),
            format_number(number[0], language),
            format_number(number[1], language),
        )
        printed = fill(tr("Printed %1", language), format_date(printed_on, language))
        _draw_margins(painter, self.paper, self.mm, header, footer, printed, language)


def lay_out(doc: QTextDocument, device: QPagedPaintDevice, body: QRectF) -> list[Page]:
    """``doc`` laid out at the width of ``body`` on ``device``, cut into its pages."""
    return _lay_out(doc, device, body)


def write_pdf(
    jobs: Sequence[PrintJob],
    path: Path,
    language: str = "en",
    *,
    title: str = "",
    page_size: QPageSize | None = None,
    printed_on: dt.date | None = None,
) -> int:
    """Write ``jobs`` to a PDF file, atomically (see :mod:`netdesk.io.atomic`); returns the
    page count. The arguments are those of :func:`pdf_bytes`.

    Raises:
        OSError: the file could not be written; a previous file is left as it was.
    """
    pdf, pages = pdf_bytes(jobs, language, title=title, page_size=page_size, printed_on=printed_on)
    write_bytes(path, pdf)
    return pages


def pdf_bytes(
    jobs: Sequence[PrintJob],
    language: str = "en",
    *,
    title: str = "",
    page_size: QPageSize | None = None,
    printed_on: dt.date | None = None,
    like: QPagedPaintDevice | None = None,
) -> tuple[bytes, int]:
    """Render ``jobs`` as a PDF in memory; returns the PDF and its page count.

    Qt writes a PDF file as it paints and does not report a failed write; rendering to
    memory leaves writing the file, and its errors, to the caller.

    Args:
        jobs: At least one document with its running header.
        language: Language of jobs whose own language is unknown.
        title: PDF title metadata; the jobs' headers by default.
        page_size: Paper size; from the system locale by default.
        printed_on: Date in the footer; today by default.
        like: A device (the print dialog's printer) whose paper, margins and page range
            the PDF takes instead of ``page_size``.
    """
    if not jobs:
        raise ValueError("nothing to print")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    if like is not None:
        writer.setPageLayout(like.pageLayout())
        writer.setPageRanges(like.pageRanges())
    else:
        writer.setPageSize(page_size or default_page_size())
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    # A viewer shows the title in its window bar, where an override would reorder it.
    writer.setTitle(neutralise_bidi(title or ", ".join(job.header for job in jobs)))
    writer.setCreator("NetDesk")
    resolved = [
        job
        if job.language or hasattr(job.document, "language")
        else job._replace(language=language)
        for job in jobs
    ]
    pages = render_documents(resolved, writer, printed_on=printed_on)
    del writer  # the PDF's trailer is complete once the painter has ended
    return bytes(buffer.data().data()), pages


def wanted(device: QPagedPaintDevice, page: int) -> bool:
    """Honour a page range the user picked in the print dialog (empty: all pages)."""
    ranges = device.pageRanges()
    return ranges.isEmpty() or ranges.contains(page)


def _lay_out(doc: QTextDocument, device: QPagedPaintDevice, body: QRectF) -> list[Page]:
    doc.documentLayout().setPaintDevice(device)
    # Unlimited page height: the paginator chooses the breaks, not Qt.
    doc.setTextWidth(body.width())
    return paginate(doc, body.height(), lead=CELL_PADDING * device.logicalDpiY() / 96)


def _fitted(
    job: PrintJob, device: QPagedPaintDevice, body: QRectF
) -> tuple[QTextDocument, list[Page]]:
    """The job's document laid out, or its longest shorter version that fits one page.

    The paper is known only here (a print preview can switch it), so this is where
    a brief learns how many rows its one page holds.
    """
    pages = _lay_out(job.document, device, body)
    shorter = job.shorter
    if shorter is None or len(pages) == 1 or shorter.most <= shorter.fewest:
        return job.document, pages
    best: tuple[QTextDocument, list[Page]] | None = None
    low, high = shorter.fewest, shorter.most - 1
    while low <= high:  # about four layouts for fifteen rows
        rows = (low + high) // 2
        candidate = shorter.build(rows)
        laid_out = _lay_out(candidate, device, body)
        if len(laid_out) == 1:
            best, low = (candidate, laid_out), rows + 1
        else:
            high = rows - 1
    if best is None:
        fewest = shorter.build(shorter.fewest)
        best = (fewest, _lay_out(fewest, device, body))
    return best


def _draw_body(painter: QPainter, doc: QTextDocument, page: Page, body: QRectF) -> None:
    painter.save()
    # Whatever the pages say, nothing is painted into the header, footer or margins.
    painter.setClipRect(body)
    y = body.top()
    if page.header is not None:
        _draw_band(painter, doc, page.header, QPointF(body.left(), y), body.width())
        y += page.header.height
    _draw_band(painter, doc, page.body, QPointF(body.left(), y), body.width())
    painter.restore()


def _draw_band(
    painter: QPainter, doc: QTextDocument, band: Band, at: QPointF, width: float
) -> None:
    painter.save()
    painter.translate(at.x(), at.y() - band.top)
    clip = QRectF(0, band.top, width, band.height)
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Qt draws a block that only touches the clip's edge: the line above the page's first
    # and the one below its last would go into the PDF, clipped from sight but there to
    # copy, search and extract over the header and footer.
    context.clip = clip.adjusted(0, _TOUCH, 0, -_TOUCH)
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, INK)
    # Qt draws a block's trailing rule (section headings) in the inactive window text colour.
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.WindowText, RULE)
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _draw_margins(
    painter: QPainter,
    paper: QRectF,
    mm: float,
    header: str,
    footer: str,
    printed: str,
    language: str,
) -> None:
    """Running header (the person's name) and footer (print date, page number)."""
    dpi_pt = mm * 25.4 / 72
    rtl = language == "ar"
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    leading = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    trailing = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    left, right = paper.left() + MARGIN_MM * mm, paper.right() - MARGIN_MM * mm
    font = document_font(8)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(MUTED))
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    head_rect = QRectF(left, paper.top() + HEADER_MM * mm, right - left, line)
    name = metrics.elidedText(
        neutralise_bidi(header), Qt.TextElideMode.ElideRight, head_rect.width()
    )
    _text(painter, head_rect, isolate(name), leading, text_direction(name, direction))
    foot_rect = QRectF(left, paper.bottom() - FOOTER_MM * mm - line, right - left, line)
    _text(painter, foot_rect, printed, leading, direction)
    _text(painter, foot_rect, footer, trailing, direction)
    painter.setPen(QPen(RULE, 0.5 * dpi_pt))  # a 0.5 pt hairline
    painter.drawLine(
        QPointF(left, head_rect.bottom() + 1.5 * mm), QPointF(right, head_rect.bottom() + 1.5 * mm)
    )
    painter.drawLine(
        QPointF(left, foot_rect.top() - 1.5 * mm), QPointF(right, foot_rect.top() - 1.5 * mm)
    )
    painter.restore()


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    side: Qt.AlignmentFlag,
    direction: Qt.LayoutDirection,
) -> None:
    option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(rect, text, option)


__all__ = [
    "PrintJob",
    "Sheet",
    "Shorter",
    "default_page_size",
    "lay_out",
    "pdf_bytes",
    "render_documents",
    "wanted",
    "write_pdf",
]
