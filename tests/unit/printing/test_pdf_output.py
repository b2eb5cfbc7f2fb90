"""What a user reads in the exported PDFs (text extracted with poppler-utils)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.printing import samples
from tests.unit.printing.pdftext import (
    pdf_fonts,
    pdf_info,
    pdf_pages,
    pdf_text,
    require_poppler,
)


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_poppler()


def _squash(text: str) -> str:
    # pdftotext moves spaces at Arabic/Latin boundaries ("مؤتمر  PyCon 2024في"), so
    # mixed-direction text is compared without whitespace.
    return re.sub(r"\s+", "", text)


def _in_order(text: str, needles: list[str]) -> None:
    text = _squash(text)
    positions = [text.find(_squash(n)) for n in needles]
    assert all(p >= 0 for p in positions), [
        n for n, p in zip(needles, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions), needles


def test_english_summary_shows_the_brief_in_order(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["english"])
    _in_order(
        text,
        [
            "Margaret Hamilton",
            "Professor of Computer Science · CSAIL",
            "Massachusetts Institute of Technology",
            "Last contact 29 Jan 2025",
            "Overdue by 10 days (due 28 Feb 2025)",
            "m.hamilton@mit.example",
            "maggie@example.org",
            "+1 617 555 0142",
            "https://www.linkedin.com/in/mhamilton-example",
            "She taught my software reliability seminar",
            "Prefers email over phone.",
            "I gave 2 times · I received 3 times",
            "Introduction to the NASA JPL team",
            "Reference letter for Google",
            "Sent in time; I got the internship",
            "ICSE 2024",
            "Coffee at Tatte",
            "Sent her my thesis draft",
            "Saw her keynote at ICSE",
            "Reference call for the Google internship",
        ],
    )
    assert "Every 30 days" in text
    assert "Printed 10 Mar 2025" in text


def test_every_page_has_running_header_and_page_number(pdfs: dict[str, Path]) -> None:
    pages = pdf_pages(pdfs["busy"])
    assert len(pages) >= 5
    assert int(pdf_info(pdfs["busy"])["Pages"]) == len(pages)
    for number, page in enumerate(pages, start=1):
        assert page.lstrip().startswith("Busy Person"), page[:80]
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed 10 Mar 2025" in page


def test_long_timeline_continues_newest_first_with_header_row(pdfs: dict[str, Path]) -> None:
    pages = pdf_pages(pdfs["busy"])
    text = "\n".join(pages)
    numbers = [int(n) for n in re.findall(r"Interaction (\d{3}):", text)]
    assert numbers == list(range(300, 0, -1))
    for page in pages[1:]:
        assert "SUMMARY" in page  # the table's header row, repeated


def test_rows_are_never_split_across_pages(pdfs: dict[str, Path]) -> None:
    # Every third summary wraps over three lines; a split row would leave its date on
    # one page and the last words of its summary on the next.
    for page in pdf_pages(pdfs["busy"], layout=True):
        rows = re.findall(r"Interaction (\d{3}):", page)
        tail = page.split(f"Interaction {rows[-1]}:")[-1]
        if int(rows[-1]) % 3 == 0:  # summaries "Interaction 300:", 297... are one line
            continue
        assert "the conference talk" in tail, tail


def test_arabic_summary_text(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["arabic"])
    _in_order(
        text,
        [
            "ليلى عبد الرحمن",
            "أستاذة علوم الحاسب",
            "جامعة القاهرة",
            "layla@cu.example.edu.eg",
            "+20 100 555 0199",
            samples.ARABIC_NOTE,
            "مكالمة حول مشروع التخرج",
            "Lunch after the PyCon Egypt talk",
            "محاضرة عن التعلم العميق",
        ],
    )
    assert "بيانات الاتصال" in text
    assert "التفاعلات الأخيرة" in text
    assert "صفحة١من" in _squash(text)


def test_arabic_contact_in_english_summary(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["arabic_data_en"])
    _in_order(text, ["ليلى عبد الرحمن", "جامعة القاهرة", "CONTACT DETAILS", "Notes"])
    # pdftotext linearises a right-to-left line on a left-to-right page in its own
    # order; the visual order is checked on the layout in test_document.py.
    notes = _squash(text.split("Notes")[1])
    for part in ("التقينا في مؤتمر", "PyCon 2024", "في القاهرة"):
        assert _squash(part) in notes
    assert "Page 1 of 1" in text


def test_hostile_text_prints_literally(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["hostile"])
    assert "<b>x</b>" in text
    assert "file:///etc/passwd" in text
    assert '<a href="https://evil.example">click</a> &amp; co' in text
    assert '<img src="https://evil.example/pixel.png">' in text


def test_shipped_fonts_are_embedded(pdfs: dict[str, Path]) -> None:
    fonts = pdf_fonts(pdfs["arabic"])
    for name in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"):
        assert fonts.get(name) is True, fonts


def test_pdf_metadata_and_page_size(pdfs: dict[str, Path]) -> None:
    info = pdf_info(pdfs["english"])
    assert info["Title"] == "Margaret Hamilton"
    assert info["Creator"] == "NetDesk"
    assert "A4" in info["Page size"]


def test_each_contact_starts_a_new_page_numbered_on_its_own(pdfs: dict[str, Path]) -> None:
    pages = pdf_pages(pdfs["two"])
    english = [p for p in pages if p.lstrip().startswith("Margaret Hamilton")]
    busy = [p for p in pages if p.lstrip().startswith("Busy Person")]
    assert len(english) + len(busy) == len(pages)
    assert pages.index(busy[0]) == len(english)
    assert f"Page 1 of {len(busy)}" in busy[0]
    assert "Busy Person" not in "".join(english)


def test_printed_list_repeats_its_header(pdfs: dict[str, Path]) -> None:
    pages = pdf_pages(pdfs["list"])
    assert len(pages) >= 2
    text = "\n".join(pages)
    numbers = [int(n) for n in re.findall(r"Person (\d{3})", text)]
    assert numbers == list(range(150))
    for number, page in enumerate(pages, start=1):
        assert "EMAIL" in page
        assert f"Page {number} of {len(pages)}" in page
