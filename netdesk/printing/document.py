"""A resource-safe QTextDocument and a small writer that builds one with QTextCursor.

All user text goes through ``QTextCursor.insertText``, which never parses markup, so
escaping cannot be forgotten. Each user-entered paragraph or cell gets the base
direction of its own first strong character (the equivalent of HTML ``dir="auto"``)
while alignment follows the document's leading side, so columns stay straight; its
text is a bidi isolate, so a control character typed or imported into a field (a
U+202E) cannot reorder it or anything printed after it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)

from netdesk.domain.text import isolate
from netdesk.printing.fonts import FONT_STACK, ascent_px, document_font, ensure_fonts

PHOTO_SCHEME = "netdesk-photo"
# Block property read by the paginator: never break a page between this block and the next.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1

INK = QColor("#1f2328")
MUTED = QColor("#656d76")
RULE = QColor("#c8ced6")
LIGHT_RULE = QColor("#e3e7ec")
CELL_PADDING = 3.0  # in Qt's 96-dpi units, scaled to the printer by the layout


@dataclass(frozen=True, slots=True)
class Style:
    size: float
    bold: bool = False
    color: str = INK.name()
    spaced_caps: bool = False


BODY = Style(9.5)
SMALL = Style(8.5, color=MUTED.name())
NAME = Style(20, bold=True)
SUBTITLE = Style(11.5, color=MUTED.name())
HEADING = Style(8.5, bold=True, color=MUTED.name(), spaced_caps=True)
TABLE_HEAD = Style(8, bold=True, color=MUTED.name(), spaced_caps=True)


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph in a table cell; ``user`` text takes its own direction, isolated."""

    text: str
    style: Style = BODY
    user: bool = True
    image: QTextImageFormat | None = None


class SafeDocument(QTextDocument):
    """A QTextDocument that loads nothing from disk or network.

    Resources added with ``addResource`` (the contact photo) are served from Qt's
    cache before ``loadResource`` is ever asked, so refusing everything here is safe.
    """

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.refused: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme() == PHOTO_SCHEME:
            return super().loadResource(type, url)
        self.refused.append(url.toString())
        return None


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """Direction of the first strong character (Unicode bidi rules P2/P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return fallback


def new_document(language: str) -> SafeDocument:
    """An empty document set up for ``language`` with the shipped fonts."""
    ensure_fonts()
    doc = SafeDocument(language)
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font(BODY.size))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    return doc


class Writer:
    """Appends paragraphs and tables to a ``SafeDocument``."""

    def __init__(self, doc: SafeDocument) -> None:
        self.doc = doc
        self.language = doc.language
        self.rtl = doc.language == "ar"
        self.direction = doc.defaultTextOption().textDirection()
        self.cursor = QTextCursor(doc)
        self._block_used = False

    # -- formats -------------------------------------------------------------

    def char_format(self, style: Style, text: str = "") -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(list(FONT_STACK))
        fmt.setFontPointSize(style.size)
        fmt.setFontWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
        fmt.setForeground(QBrush(QColor(style.color)))
        # Letter spacing would break Arabic joining, so spaced capitals are Latin-only;
        # Arabic headings are set a little larger instead (no capitals to stand out).
        if style.spaced_caps:
            if text_direction(text, self.direction) == Qt.LayoutDirection.RightToLeft:
                fmt.setFontPointSize(style.size + 1.5)
            else:
                fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
                fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                fmt.setFontLetterSpacing(0.6)
        return fmt

    def block_format(self, text: str, *, user: bool) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fallback = Qt.LayoutDirection.LeftToRight if user else self.direction
        fmt.setLayoutDirection(text_direction(text, fallback) if user else self.direction)
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        return fmt

    # -- paragraphs ----------------------------------------------------------

    def paragraph(
        self,
        text: str,
        style: Style = BODY,
        *,
        user: bool = True,
        before: float = 0,
        after: float = 0,
        keep_with_next: bool = False,
        rule: bool = False,
    ) -> None:
        """Append one paragraph per line of ``text``; ``before``/``after`` in points."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for i, line in enumerate(lines):
            fmt = self.block_format(line, user=user)
            fmt.setTopMargin(_points_to_px(before) if i == 0 else 0)
            fmt.setBottomMargin(_points_to_px(after) if i == len(lines) - 1 else 0)
            if keep_with_next:
                fmt.setProperty(KEEP_WITH_NEXT, True)
            if rule:
                fmt.setProperty(
                    QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                    QTextLength(QTextLength.Type.PercentageLength, 100),
                )
            if self._block_used:
                self.cursor.insertBlock(fmt)
            else:
                self.cursor.setBlockFormat(fmt)
                self._block_used = True
            self.cursor.insertText(isolate(line) if user else line, self.char_format(style, line))

    def heading(self, text: str) -> None:
        """A muted section heading with a thin rule under it, kept with what follows."""
        self.paragraph(text, HEADING, user=False, before=8, after=3, keep_with_next=True, rule=True)

    # -- tables --------------------------------------------------------------

    def table(
        self,
        widths: list[float],
        rows: list[list[list[Para]]],
        *,
        header: list[str] | None = None,
        rules: bool = True,
        before: float = 2,
    ) -> None:
        """Append a table; ``widths`` are percentages, columns mirrored for RTL documents.

        Qt's layout ignores a table's layout direction, so RTL column order is made
        here by reversing each row.
        """
        all_rows = ([[[Para(h, TABLE_HEAD, user=False)] for h in header]] if header else []) + rows
        if not all_rows:
            return
        order = list(reversed(range(len(widths)))) if self.rtl else list(range(len(widths)))
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(0)
        fmt.setBorderCollapse(True)
        fmt.setTopMargin(_points_to_px(before))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, widths[c]) for c in order]
        )
        fmt.setHeaderRowCount(1 if header else 0)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        table = self.cursor.insertTable(len(all_rows), len(widths), fmt)
        for r, row in enumerate(all_rows):
            is_header = header is not None and r == 0
            ascents = [_first_ascent(paras) for paras in row]
            top = max(ascents)
            if any(p.image is not None for paras in row for p in paras):
                ascents = [top] * len(row)  # the photo row stays top-aligned
            for visual, logical in enumerate(order):
                cell = table.cellAt(r, visual)
                cell_fmt = self._cell_format(
                    is_header=is_header,
                    rules=rules,
                    flush_left=visual == 0,
                    flush_right=visual == len(order) - 1,
                )
                # Pad lower-ascent cells so every cell's first baseline lines up.
                cell_fmt.setTopPadding(CELL_PADDING + top - ascents[logical])
                cell.setFormat(cell_fmt)
                cursor = cell.firstCursorPosition()
                for i, para in enumerate(row[logical]):
                    block = self.block_format(para.text, user=para.user)
                    if is_header:
                        block.setProperty(KEEP_WITH_NEXT, True)
                    if i:
                        cursor.insertBlock(block)
                    else:
                        cursor.setBlockFormat(block)
                    if para.image is not None:
                        cursor.insertImage(para.image)
                    else:
                        text = isolate(para.text) if para.user else para.text
                        cursor.insertText(text, self.char_format(para.style, para.text))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        # Qt lays a reused block right after a table over the table's bottom edge and
        # drops its top margin; a fresh block leaves the empty one to collapse.
        self._block_used = True

    def _cell_format(
        self, *, is_header: bool, rules: bool, flush_left: bool, flush_right: bool
    ) -> QTextTableCellFormat:
        fmt = QTextTableCellFormat()
        fmt.setTopPadding(CELL_PADDING)
        fmt.setBottomPadding(CELL_PADDING)
        # Outer columns sit flush with the text margins, so cell text lines up with
        # the headings and paragraphs above and below the table.
        fmt.setLeftPadding(0 if flush_left else CELL_PADDING * 1.5)
        fmt.setRightPadding(0 if flush_right else CELL_PADDING * 1.5)
        if rules or is_header:
            fmt.setBottomBorder(0.75 if is_header else 0.5)
            fmt.setBottomBorderBrush(QBrush(RULE if is_header else LIGHT_RULE))
            fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        return fmt

    # -- images --------------------------------------------------------------

    def add_photo(
        self, data: bytes, max_width: float, max_height: float
    ) -> QTextImageFormat | None:
        """Register the photo as an in-memory resource; None when the bytes are no image."""
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            return None
        url = QUrl(f"{PHOTO_SCHEME}:1")
        self.doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        scale = min(max_width / image.width(), max_height / image.height())
        fmt = QTextImageFormat()
        fmt.setName(url.toString())
        fmt.setWidth(image.width() * scale)
        fmt.setHeight(image.height() * scale)
        return fmt


def _first_ascent(paras: list[Para]) -> float:
    """Ascent of a cell's first line (0 for an empty cell or an image)."""
    if not paras or paras[0].image is not None:
        return 0.0
    first = paras[0]
    arabic = any(unicodedata.bidirectional(ch) == "AL" for ch in first.text)
    size = first.style.size + (1.5 if first.style.spaced_caps and arabic else 0)
    return ascent_px(size, arabic=arabic, bold=first.style.bold)


def _points_to_px(points: float) -> float:
    """Block margins are in Qt's 96-dpi pixels; the layout scales them to the printer."""
    return points * 96 / 72
