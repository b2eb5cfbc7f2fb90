"""CSV files as a table of text cells: encoding, delimiter, preamble and header."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from netdesk.domain.validation import looks_like_email
from netdesk.io.cancel import checked
from netdesk.io.csv_headers import count_known_headers
from netdesk.io.encoding import decode_bytes
from netdesk.io.errors import MAX_IMPORT_BYTES, ImportFormatError

DELIMITERS = (",", ";", "\t", "|")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_URL = re.compile(r"^(https?://|www\.)", re.IGNORECASE)
_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_MAX_COLUMNS = 1000
_SNIFF_CHARS = 64 * 1024
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# The csv module refuses cells over 128 KiB by default; a long pasted note is a
# legitimate cell, and the whole file is already capped by MAX_IMPORT_BYTES.
csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))


@dataclass
class CsvTable:
    """A parsed CSV file.

    ``headers`` is None when the first row holds data rather than column names.
    Rows may be shorter or longer than the header; use ``cell``.
    """

    headers: list[str] | None
    rows: list[list[str]]
    delimiter: str
    encoding: str
    #: Most rows have the same number of cells, two or more: a table rather than
    #: lines of text (random text split on its stray commas is not regular).
    regular: bool = True

    @property
    def width(self) -> int:
        widths = [len(r) for r in self.rows[:200]]
        return max([len(self.headers or []), *widths], default=0)

    @staticmethod
    def cell(row: list[str], index: int) -> str:
        return row[index].strip() if index < len(row) else ""

    def drain(self) -> Iterator[list[str]]:
        """Every row, in order, each let go once yielded; the table is then empty.

        For one pass over a large file: its rows and what is built from them
        are never both whole in memory.
        """
        rows, self.rows = self.rows, []
        rows.reverse()
        while rows:
            yield rows.pop()


def _count_outside_quotes(line: str, delimiter: str) -> int:
    if '"' not in line:
        return line.count(delimiter)
    count = 0
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _line_delimiter(line: str) -> str | None:
    counts = {d: _count_outside_quotes(line, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else None


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter most lines agree on (comma when nothing is clear).

    Each line votes for the candidate it holds most of; voting per line copes
    with a first row of commas followed by TAB-separated rows.
    """
    votes = dict.fromkeys(DELIMITERS, 0)
    for line in lines[:50]:
        if line.strip():
            best = _line_delimiter(line)
            if best:
                votes[best] += 1
    best = max(DELIMITERS, key=lambda d: votes[d])
    return best if votes[best] else ","


def skip_preamble(text: str) -> str:
    """Drop LinkedIn's ``Notes:`` block (text, then a blank line) before the header."""
    start = text.lstrip("\ufeff\r\n ")
    if not start.lower().startswith("notes:"):
        return text
    match = re.search(r"\r?\n[ \t,]*\r?\n", start)
    return start[match.end() :] if match else text


def looks_like_data(value: str) -> bool:
    """An email, phone number, URL or date: a cell that cannot be a column name."""
    value = value.strip()
    return bool(
        looks_like_email(value)
        or (_PHONE.match(value) and sum(c.isdigit() for c in value) >= 6)
        or _URL.match(value)
        or _DATE.match(value)
    )


def _is_header(row: list[str], known: int) -> bool:
    cells = [c.strip() for c in row if c.strip()]
    if not cells or any(looks_like_data(c) for c in cells):
        return False
    if known:
        return True
    # Unknown names: a header has short texts with letters and no bare numbers.
    return all(any(ch.isalpha() for ch in c) and len(c) <= 60 for c in cells)


def parse_text(text: str) -> tuple[list[list[str]], str]:
    """Rows of ``text`` with the sniffed delimiter; mixed-delimiter rows re-split."""
    rows, delimiter, _regular = _parse(text)
    return rows, delimiter


def _parse(text: str) -> tuple[list[list[str]], str, bool]:
    text = skip_preamble(text).replace("\x00", "")
    delimiter = sniff_delimiter(text[:_SNIFF_CHARS].splitlines())
    out: list[list[str]] = []
    widths: Counter[int] = Counter()
    # Lines are sliced from the text as the reader asks for them: a StringIO
    # would copy the whole text (4 bytes a character) while it is parsed.
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    try:
        for row in checked(reader, 4096):
            _add_row(out, widths, row, delimiter)
    except csv.Error as exc:
        raise ImportFormatError(f"The file is not readable as CSV ({exc}).") from None
    return out, delimiter, _is_regular(widths)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, split as ``open(newline="")`` does."""
    for match in _LINE.finditer(text):
        if match.end() > match.start():
            yield match[0]


def _add_row(out: list[list[str]], widths: Counter[int], row: list[str], delimiter: str) -> None:
    """Keep ``row`` (re-split if it used another delimiter), counting the first widths."""
    if len(row) == 1:
        other = _line_delimiter(row[0])
        if other and other != delimiter:
            # A quoted field may hold a line break: read it as text, not as one line.
            with contextlib.suppress(csv.Error, StopIteration):
                row = next(csv.reader(io.StringIO(row[0], newline=""), delimiter=other))
    if len(out) < 200 and any(cell.strip() for cell in row):
        widths[len(row)] += 1
    while row and not row[-1].strip():
        row.pop()
    if row:
        out.append(row[:_MAX_COLUMNS])


def _is_regular(widths: Counter[int]) -> bool:
    """Whether the usual row (empty trailing cells included) has two cells or
    more, and at least 60% of rows are that wide."""
    if not widths:
        return False
    width, count = widths.most_common(1)[0]
    return width >= 2 and count * 10 >= widths.total() * 6


def table_from_text(text: str, encoding: str, known_header: int = 0) -> CsvTable:
    """Build a table from decoded text (``known_header``: header cells recognised)."""
    rows, delimiter, regular = _parse(text)
    if not rows:
        raise ImportFormatError("The file holds no rows.")
    first = rows[0]
    known = known_header or count_known_headers(first)
    if _is_header(first, known) and (len(rows) > 1 or known):
        headers = [c.strip().lstrip("\ufeff") for c in first]
        return CsvTable(headers, rows[1:], delimiter, encoding, regular)
    return CsvTable(None, rows, delimiter, encoding, regular)


def read_table(data: bytes) -> CsvTable:
    """Parse CSV bytes into a table.

    Args:
        data: the file; any BOM, UTF-16/32, UTF-8 or legacy code page.

    Returns:
        The table with ``headers`` set when the first row is a header row.

    Raises:
        ImportFormatError: when the file has no rows.
    """
    text, encoding = decode_bytes(data)
    return table_from_text(text, encoding)
