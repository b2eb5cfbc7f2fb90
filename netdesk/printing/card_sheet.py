"""A sheet of the user's business cards: 85 x 55 mm, ten to an A4 or Letter page.

Two columns of five cards, centred, with crop marks in the margins on every cut line.
English, Arabic or bilingual; bilingual prints the English faces on the first page and
the Arabic faces on the second, at the same places, for a two-sided (long-edge) print.
Painted with a QPainter on any paged device (a QPdfWriter, or the print dialog's printer).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from netdesk.domain.contact_data import ContactData
from netdesk.domain.text import is_arabic_script
from netdesk.io.cards.qr import card_vcard, qr_matrix
from netdesk.printing.fonts import document_font, ensure_fonts

CARD_W_MM, CARD_H_MM = 85.0, 55.0
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
_PADDING_MM = 5.0
_QR_MM = 20.0
_MARK_MM = 5.0  # crop mark length, at most
_MARK_GAP_MM = 1.0  # between a mark and the card edge
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


@dataclass(frozen=True)
class Face:
    """What one side of the card says, in one script."""

    arabic: bool
    name: str
    lines: tuple[str, ...]
    reach: tuple[str, ...]


def faces(contact: ContactData, language: str) -> list[Face]:
    """The faces to print: ``en``, ``ar`` or ``bilingual`` (English front, Arabic back)."""
    names = [n for n in (contact.best_name(), contact.second_name) if n.strip()]
    latin = next((n for n in names if not is_arabic_script(n)), names[0] if names else "")
    arabic = next((n for n in names if is_arabic_script(n)), latin)
    lines = tuple(x for x in (contact.job_title, contact.organization) if x.strip())
    reach = tuple(x.value for x in (*contact.phones[:2], *contact.emails[:2], *contact.urls[:1]))
    english_face = Face(False, latin, lines, reach)
    arabic_face = Face(True, arabic, lines, reach)
    return {"en": [english_face], "ar": [arabic_face]}.get(language, [english_face, arabic_face])


def card_slots(page_mm: QRectF) -> Iterator[QRectF]:
    """The ten card rectangles (mm) on a page, left to right, top to bottom."""
    left = (page_mm.width() - COLUMNS * CARD_W_MM) / 2
    top = (page_mm.height() - ROWS * CARD_H_MM) / 2
    for row in range(ROWS):
        for column in range(COLUMNS):
            yield QRectF(left + column * CARD_W_MM, top + row * CARD_H_MM, CARD_W_MM, CARD_H_MM)


def render_card_sheet(device: QPagedPaintDevice, contact: ContactData, language: str) -> int:
    """Paint the sheet on ``device`` (its page size already set); returns the pages."""
    ensure_fonts()
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    matrix = qr_matrix(card_vcard(contact))
    painter = QPainter(device)
    try:
        scale = device.logicalDpiX() / 25.4  # device pixels per mm
        painter.scale(scale, scale)
        page = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
        page = QRectF(0, 0, page.width(), page.height())
        sides = faces(contact, language)
        for index, face in enumerate(sides):
            if index:
                device.newPage()
            _crop_marks(painter, page)
            for slot in card_slots(page):
                _paint_face(painter, slot, face, matrix, scale)
    finally:
        painter.end()
    return len(sides)


def _crop_marks(painter: QPainter, page: QRectF) -> None:
    slots = list(card_slots(page))
    xs = sorted({s.left() for s in slots} | {s.right() for s in slots})
    ys = sorted({s.top() for s in slots} | {s.bottom() for s in slots})
    painter.setPen(QPen(QColor("black"), 0.1))
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    # Letter leaves little room above and below the cards: marks shrink to fit.
    vertical = min(_MARK_MM, top - _MARK_GAP_MM - 0.5)
    horizontal = min(_MARK_MM, left - _MARK_GAP_MM - 0.5)
    gap = _MARK_GAP_MM
    for x in xs:
        if vertical > 0:
            painter.drawLine(QLineF(x, top - gap, x, top - gap - vertical))
            painter.drawLine(QLineF(x, bottom + gap, x, bottom + gap + vertical))
    for y in ys:
        if horizontal > 0:
            painter.drawLine(QLineF(left - gap, y, left - gap - horizontal, y))
            painter.drawLine(QLineF(right + gap, y, right + gap + horizontal, y))


def _paint_face(
    painter: QPainter, slot: QRectF, face: Face, matrix: list[list[bool]], scale: float
) -> None:
    """One card in ``slot`` (mm; the painter is scaled to mm, so a font of P points is
    asked for at P / scale to come out at P points on the device)."""
    inner = slot.adjusted(_PADDING_MM, _PADDING_MM, -_PADDING_MM, -_PADDING_MM)
    # Absolute: a right-to-left painter would otherwise mirror "right" to the left.
    side = Qt.AlignmentFlag.AlignRight if face.arabic else Qt.AlignmentFlag.AlignLeft
    align = side | Qt.AlignmentFlag.AlignAbsolute
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if face.arabic else Qt.LayoutDirection.LeftToRight
    )
    painter.setPen(QColor("black"))
    y = inner.top()
    for text, points, bold in ((face.name, 12.0, True), *((x, 8.0, False) for x in face.lines)):
        painter.setFont(document_font(points / scale, bold=bold))
        height = points * 0.3528 * 1.45  # points to mm, with line spacing
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), align, text)
        y += height
    qr_left = inner.left() if face.arabic else inner.right() - _QR_MM
    text_left = inner.left() + (_QR_MM + 2 if face.arabic else 0)
    text_width = inner.width() - _QR_MM - 2
    painter.setFont(document_font(7.0 / scale))
    line_mm = 7.0 * 0.3528 * 1.4
    y = inner.bottom() - line_mm * len(face.reach)
    for text in face.reach:
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers and addresses
        painter.drawText(QRectF(text_left, y, text_width, line_mm), align, text)
        painter.restore()
        y += line_mm
    _paint_qr(painter, QRectF(qr_left, inner.bottom() - _QR_MM, _QR_MM, _QR_MM), matrix)


def _paint_qr(painter: QPainter, box: QRectF, matrix: list[list[bool]]) -> None:
    size = len(matrix)
    module = box.width() / size
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRectF(box.left() + c * module, box.top() + r * module, module, module)
                )
    painter.restore()


def card_sheet_pdf(contact: ContactData, language: str, paper: str = "a4") -> tuple[bytes, int]:
    """The sheet as PDF bytes, and its page count."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(PAPERS[paper]))
    writer.setTitle(contact.best_name())
    writer.setCreator("NetDesk")
    pages = render_card_sheet(writer, contact, language)
    del writer  # the PDF is finished when the writer goes
    return bytes(buffer.data().data()), pages
