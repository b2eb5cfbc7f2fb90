"""A list laid out in parts prints every row once, in order, on pages as full as one
document's; Cancel stops it between parts."""

from __future__ import annotations

import re
import subprocess
import threading

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from netdesk.printing import list_pages

# A printer's paper: A4 with 10 pt margins at 1200 dpi (as a high-resolution QPrinter).
PAPER = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Portrait,
    QMarginsF(10, 10, 10, 10),
    QPageLayout.Unit.Point,
)


def _emails_per_page(pdf: bytes, folder) -> list[list[int]]:
    """The numbers of the rows printed on each page, read back from their emails."""
    path = folder / "read.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [[int(n) for n in re.findall(r"p(\d+)@", page)] for page in text.split("\f")[:-1]]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_parts_break_pages_where_one_document_does(qapp, language, monkeypatch, tmp_path):
    from netdesk.printing.render import PrintJob, Sheet, lay_out, pdf_bytes
    from netdesk.printing.summary import build_list_document
    from netdesk.printing.summary_data import ListRow

    rows = [
        ListRow(
            f"سارة {n}" if n % 3 == 0 else f"Person {n:03d}", "Org " * (n % 7), "", f"p{n}@x.com"
        )
        for n in range(260)
    ]
    device = list_pages.measuring_device(1200, PAPER)
    document = build_list_document(rows, language, "List")
    whole = lay_out(document, device, Sheet.of(device).body)
    one_pdf, _count = pdf_bytes([PrintJob(document, "List", language)], like=device)
    by_page = _emails_per_page(one_pdf, tmp_path)
    assert sorted(n for page in by_page for n in page) == list(range(260))
    # Parts of more rows than a page holds, and of fewer (they grow until they do).
    for part_rows in (70, 20):
        monkeypatch.setattr(list_pages, "PART_ROWS", part_rows)
        parts = list_pages.lay_out_list(rows, language, "List", device)
        assert parts is not None
        assert len(whole) > 4
        assert len({id(doc) for doc, _page in parts.pages}) > 3
        made = list_pages.list_pdf(parts)
        assert made is not None
        printed = _emails_per_page(made[0], tmp_path)
        # Every row once, in order, the pages as full as one document's (a part's first
        # page takes the table's header into its body: a row fewer now and then, and the
        # breaks drift from there).
        assert [n for page in printed for n in page] == list(range(260))
        fewest = min(len(page) for page in by_page[:-1])
        assert all(len(page) >= fewest - 2 for page in printed[:-1])
        assert len(by_page) <= len(printed) <= len(by_page) + 1
    cancelled = threading.Event()
    cancelled.set()
    assert list_pages.lay_out_list(rows, language, "List", device, cancel=cancelled) is None
