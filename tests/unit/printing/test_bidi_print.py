"""Bidi controls in a user's field cannot reorder the printed text (issue 14.17).

"gnp.exe" after a U+202E (RIGHT-TO-LEFT OVERRIDE) prints as "exe.png", and the override
runs on over everything after it on the line; every user field is printed as an
isolate with its controls neutralised.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from netdesk.domain.contact_data import Labeled
from netdesk.printing.render import PrintJob, write_pdf
from netdesk.printing.summary import build_list_document, build_summary_document
from netdesk.printing.summary_data import ListRow
from tests.unit.printing import samples
from tests.unit.printing.pdftext import pdf_info, pdf_text, pdf_words, require_poppler

RLO = "\u202e"
LRE = "\u202a"
SPOOF = RLO + "gnp.exe"


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_poppler()


def _write(tmp_path: Path, job: PrintJob) -> Path:
    pdf = tmp_path / "out.pdf"
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    write_pdf([job], pdf, page_size=a4, printed_on=samples.TODAY)
    return pdf


@pytest.mark.parametrize("language", ["en", "ar"])
def test_override_in_fields_does_not_reorder_the_summary(
    qapp, tmp_path: Path, language: str
) -> None:
    data = samples.typical(6, language)
    contact = data.contact
    contact.display_name = "Mona " + SPOOF  # also the running header
    contact.tags = [SPOOF, "Boston"]
    contact.emails = [Labeled("mona@example.com", SPOOF)]
    contact.notes = SPOOF + " is the attachment"
    data.interactions[0].summary = SPOOF
    data.events[0].place = LRE + "Lisbon"  # an embedding never closed
    pdf = _write(tmp_path, PrintJob(build_summary_document(data, language), "Mona " + SPOOF))
    text = pdf_text(pdf)
    assert "exe.png" not in text
    # Header, name, tag, email label, notes and the interaction: six fields.
    assert text.count("gnp.exe") == 6, text
    assert "Lisbon" in text
    # The label printed after a field stays after it: "gnp.exe · Boston", left to right.
    (page,) = pdf_words(pdf)
    words = {w.text: w for w in page.words}
    spoof, boston = words["gnp.exe"], words["Boston"]
    tags_line = [w for w in page.words if w.text == "gnp.exe" and abs(w.top - boston.top) < 1]
    assert tags_line, (spoof, boston)
    assert tags_line[0].right < boston.left
    assert "is the attachment" in text.replace("\n", " ")
    assert pdf_info(pdf)["Title"] == "Mona gnp.exe"  # a viewer's window bar


def test_override_in_the_printed_list(qapp, tmp_path: Path) -> None:
    rows = [ListRow(SPOOF, "Org " + RLO + "ACME", "", "a@example.com", "+20 100 555 0199")]
    doc = build_list_document(rows, "ar", "Phone list")
    text = pdf_text(_write(tmp_path, PrintJob(doc, "Phone list")))
    assert "gnp.exe" in text
    assert "Org ACME" in text
    assert "exe.png" not in text
