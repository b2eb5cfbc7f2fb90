"""No printed word enters the running header or footer, or leaves the page.

Read back from the real PDF with ``pdftotext -bbox``: every word's box, on every page,
for short and long timelines in both languages, the brief and the full history.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from netdesk.printing.labels import fill, format_date, format_number, tr
from netdesk.printing.render import (
    BODY_BOTTOM_MM,
    BODY_TOP_MM,
    MARGIN_MM,
    PrintJob,
    write_pdf,
)
from netdesk.printing.summary import build_list_document, summary_job
from netdesk.printing.summary_data import ListRow
from tests.unit.printing import samples
from tests.unit.printing.pdftext import Word, normalise, pdf_words, require_poppler

MM = 72 / 25.4  # points
TOLERANCE = 0.5  # points: rounding between Qt's layout and the PDF's glyph boxes
A4 = QPageSize.PageSizeId.A4
LETTER = QPageSize.PageSizeId.Letter


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_poppler()


def _chars(text: str) -> Counter[str]:
    return Counter(ch for ch in normalise(text) if not ch.isspace())


def _margin_text(words: list[Word]) -> Counter[str]:
    return sum((_chars(w.text) for w in words), Counter())


def _assert_bands(pdf: Path, header: str, language: str) -> int:
    """Every word inside the page and the body, or exactly the header's or footer's own."""
    pages = pdf_words(pdf)
    total = len(pages)
    printed = fill(tr("Printed %1", language), format_date(samples.TODAY, language))
    for number, page in enumerate(pages, start=1):
        where = f"page {number} of {total}"
        body_top = BODY_TOP_MM * MM - TOLERANCE
        body_bottom = page.height - BODY_BOTTOM_MM * MM + TOLERANCE
        for w in page.words:
            assert w.left >= 0 and w.right <= page.width, (where, w)
            assert w.top >= 0 and w.bottom <= page.height, (where, w)
        body = [w for w in page.words if w.top >= body_top and w.bottom <= body_bottom]
        assert body, where
        for w in body:
            assert w.left >= MARGIN_MM * MM - TOLERANCE, (where, w)
            assert w.right <= page.width - MARGIN_MM * MM + TOLERANCE, (where, w)
        # Whatever reaches into a band must be exactly the band's own text.
        head = [w for w in page.words if w.top < body_top]
        foot = [w for w in page.words if w.bottom > body_bottom]
        assert _margin_text(head) == _chars(header), (where, head)
        page_of = fill(
            tr("Page %1 of %2", language),
            format_number(number, language),
            format_number(total, language),
        )
        assert _margin_text(foot) == _chars(printed + page_of), (where, foot)
    return total


def _write(tmp_path: Path, job: PrintJob, size: QPageSize.PageSizeId = A4) -> tuple[Path, int]:
    pdf = tmp_path / "out.pdf"
    total = write_pdf([job], pdf, page_size=QPageSize(size), printed_on=samples.TODAY)
    return pdf, total


@pytest.mark.parametrize("full", [False, True], ids=["brief", "full"])
@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(("count", "size"), [(0, A4), (6, A4), (40, A4), (40, LETTER), (300, A4)])
def test_words_stay_in_the_body(
    qapp, tmp_path: Path, count: int, size: QPageSize.PageSizeId, language: str, full: bool
) -> None:
    data = samples.timeline(count, language)
    pdf, total = _write(tmp_path, summary_job(data, language, full_history=full), size)
    assert _assert_bands(pdf, data.contact.best_name(), language) == total
    if full and count >= 40:
        assert total > 1


@pytest.mark.parametrize("language", ["en", "ar"])
def test_paragraphs_cut_between_lines_leave_no_copy_in_the_bands(
    qapp, tmp_path: Path, language: str
) -> None:
    """Between two plain paragraphs the page is cut where one ends and the next starts;
    Qt would still draw the line touching the cut, hidden by the clip but in the PDF."""
    from netdesk.printing.document import Writer, new_document

    doc = new_document(language)
    writer = Writer(doc)
    line = samples.ARABIC_NOTE if language == "ar" else "Prefers email over phone."
    writer.paragraph("\n".join(f"{line} {n}" for n in range(200)))
    pdf, total = _write(tmp_path, PrintJob(doc, "Notes", language))
    assert total > 2
    assert _assert_bands(pdf, "Notes", language) == total


@pytest.mark.parametrize("language", ["en", "ar"])
def test_printed_list_stays_in_the_body(qapp, tmp_path: Path, language: str) -> None:
    rows = [
        ListRow(f"{samples.ARABIC_NOTE[:12]} {i}", "جامعة القاهرة", "", f"p{i}@example.com")
        if i % 2
        else ListRow(f"Person {i:03d}", "Example Corp", "Engineer", f"p{i}@example.com")
        for i in range(300)
    ]
    doc = build_list_document(rows, language, "Phone list")
    pdf, total = _write(tmp_path, PrintJob(doc, "Phone list", language))
    assert total > 3
    assert _assert_bands(pdf, "Phone list", language) == total
