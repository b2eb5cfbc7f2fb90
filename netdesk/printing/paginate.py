"""Page breaks chosen from a laid-out document, so no table row or line is ever split.

Qt's own pagination moves each cell's lines independently, which splits a row whose
cells have different line heights (Arabic lines are taller). Here the document is
laid out as one long page and breaks are placed only between "units": a unit is a
line of text, merged with every line it overlaps vertically (the other cells of the
same table row) and with the unit after it when its block is marked keep-with-next
(section headings, table header rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFrame, QTextTable

from netdesk.printing.document import KEEP_WITH_NEXT

# Where to cut inside the gap between two units, measured back from the next unit:
# cell padding sits on both sides of a row rule, so 40% of the gap lands after it.
_CUT_BACK = 0.4
_EPSILON = 0.01


@dataclass(frozen=True, slots=True)
class Band:
    """A horizontal band of the document, in layout coordinates."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Page:
    """What one printed page shows: an optional repeated table header, then ``body``."""

    body: Band
    header: Band | None = None


@dataclass(slots=True)
class _Unit:
    top: float
    bottom: float
    keep_with_next: bool
    row: tuple[int, int] | None = None  # (table's first position, row) for cell lines


@dataclass(frozen=True, slots=True)
class _TableBands:
    header: Band
    whole: Band


def paginate(doc: QTextDocument, page_height: float, lead: float = 0.0) -> list[Page]:
    """Split a document laid out at its final width into pages of ``page_height``.

    Args:
        doc: A document whose text width is already set (page height unlimited).
        page_height: Usable body height, in the document's layout units.
        lead: Most of the space above a page's first line kept at the page top (the
            cell padding under a row rule); a heading's space-before is dropped.

    Returns:
        At least one page; each page's bands fit in ``page_height``.
    """
    # Qt lays a document out lazily (about 1,000 characters, then on a timer that never
    # fires without an event loop); asking for its size finishes the layout, so no line
    # is missing below (missing lines were painted over the footer and off the page).
    height = doc.documentLayout().documentSize().height()
    raw = _raw_units(doc)
    lines = [(u.top, u.bottom) for u in raw]
    units = _merge(raw)
    total = max(height, units[-1].bottom if units else 0)
    tables = _tables(doc, lead)
    pages: list[Page] = []
    cut = 0.0
    i = 0
    while i < len(units):
        header = _repeated_header(tables, cut)
        limit = cut + page_height - (header.height if header else 0)
        j = i
        while j < len(units) and units[j].bottom <= limit + _EPSILON:
            j += 1
        if j == len(units):
            # Only empty space (trailing margins) may lie below the last line: cut it off
            # at the page's end rather than let the band run past it.
            pages.append(Page(Band(cut, min(total, limit)), header))
            return pages
        if j == i:
            # A unit taller than a page: break it at the last line end that fits.
            top = units[i].top
            end = max((b for _, b in lines if max(cut, top) < b <= limit), default=limit)
            units[i] = _Unit(end, units[i].bottom, units[i].keep_with_next)
            pages.append(Page(Band(cut, end), header))
            cut = end
            continue
        gap = units[j].top - units[j - 1].bottom
        next_cut = units[j].top - min(_CUT_BACK * max(gap, 0.0), lead)
        pages.append(Page(Band(cut, next_cut), header))
        cut = next_cut
        i = j
    pages.append(Page(Band(cut, min(max(total, cut), cut + page_height))))
    return pages


def _raw_units(doc: QTextDocument) -> list[_Unit]:
    """Every text line's vertical extent; a kept block's last line carries the flag."""
    layout = doc.documentLayout()
    units: list[_Unit] = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        rect = layout.blockBoundingRect(block)  # lays the block out if it is not yet
        count = text_layout.lineCount() if text_layout is not None else 0
        if count:
            origin = rect.top() - text_layout.boundingRect().top()
            keep = bool(block.blockFormat().property(KEEP_WITH_NEXT))
            row = _table_row(block)
            for n in range(count):
                line = text_layout.lineAt(n)
                top = origin + line.y()
                units.append(_Unit(top, top + line.height(), keep and n == count - 1, row))
        block = block.next()
    return units


def _table_row(block: QTextBlock) -> tuple[int, int] | None:
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        return None
    return (table.firstPosition(), table.cellAt(cursor).row())


def _merge(raw: list[_Unit]) -> list[_Unit]:
    merged: list[_Unit] = []
    for unit in sorted(raw, key=lambda u: (u.top, u.bottom)):
        last = merged[-1] if merged else None
        if last is None:
            merged.append(_Unit(unit.top, unit.bottom, unit.keep_with_next, unit.row))
        elif unit.top < last.bottom - _EPSILON or (unit.row is not None and unit.row == last.row):
            # All lines of one table row move together, and so do overlapping lines.
            last.bottom = max(last.bottom, unit.bottom)
            last.keep_with_next = last.keep_with_next or unit.keep_with_next
        elif last.keep_with_next:
            last.bottom = max(last.bottom, unit.bottom)
            last.keep_with_next = unit.keep_with_next
            last.row = unit.row
        else:
            merged.append(_Unit(unit.top, unit.bottom, unit.keep_with_next, unit.row))
    return merged


def _tables(doc: QTextDocument, lead: float) -> list[_TableBands]:
    """Header and whole-table bands of every table with a header row."""
    layout = doc.documentLayout()
    found: list[_TableBands] = []
    stack: list[QTextFrame] = [doc.rootFrame()]
    while stack:
        frame = stack.pop()
        stack.extend(frame.childFrames())
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() < 1:
            continue
        if frame.rows() <= frame.format().headerRowCount():
            continue
        whole = layout.frameBoundingRect(frame)
        head_rows = frame.format().headerRowCount()
        head_bottom = _row_extent(doc, frame, head_rows - 1)[1]
        body_top = _row_extent(doc, frame, head_rows)[0]
        cut = body_top - min(_CUT_BACK * max(body_top - head_bottom, 0.0), lead)
        found.append(_TableBands(Band(whole.top(), cut), Band(whole.top(), whole.bottom())))
    return found


def _row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    tops: list[float] = []
    bottoms: list[float] = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            tops.append(rect.top())
            bottoms.append(rect.bottom())
            if block == last:
                break
            block = block.next()
    return min(tops), max(bottoms)


def row_top(doc: QTextDocument, table: QTextTable, row: int) -> float:
    """Where ``row`` of ``table`` begins in the laid-out document."""
    return _row_extent(doc, table, row)[0]


def _repeated_header(tables: list[_TableBands], cut: float) -> Band | None:
    """The header band to repeat when a page starts inside a table's body."""
    for table in tables:
        if table.header.bottom - _EPSILON <= cut < table.whole.bottom - _EPSILON:
            return table.header
    return None
