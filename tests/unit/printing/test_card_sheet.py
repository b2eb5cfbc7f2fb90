"""The business-card sheet, read back from the PDF with ``pdftotext -bbox``."""

import re
import shutil
import subprocess
import unicodedata

import pytest

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.printing.card_sheet import card_sheet_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")

ME = ContactData(
    given_name="Layla",
    family_name="Haddad",
    second_name="ليلى حداد",
    job_title="Senior Software Engineer",
    organization="Gulf Data Systems LLC",
    emails=[Labeled("layla@gulfdata.example")],
    phones=[Labeled("+971 50 123 4567")],
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')


def pages(pdf: bytes, tmp_path) -> list[tuple[float, float, list[tuple[float, float, str]]]]:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for width, height, body in _PAGE.findall(html):
        words = [
            (float(x), float(y), unicodedata.normalize("NFKC", w))
            for x, y, w in _WORD.findall(body)
        ]
        out.append((float(width), float(height), words))
    return out


def test_ten_english_cards_on_a_letter_page_in_two_columns(qapp, tmp_path) -> None:
    pdf, count = card_sheet_pdf(ME, "en", "letter")
    ((width, height, words),) = pages(pdf, tmp_path)
    assert count == 1
    assert (round(width), round(height)) == (612, 792)  # 8.5 x 11 in, in points
    names = [(x, y) for x, y, w in words if w == "Layla"]
    assert len(names) == 10
    columns = sorted({round(x) for x, _ in names})
    assert len(columns) == 2
    # 85 mm apart (241 pt), the rows 55 mm (156 pt).
    assert columns[1] - columns[0] == pytest.approx(85 / 25.4 * 72, abs=1)
    rows = sorted({round(y) for _, y in names})
    assert len(rows) == 5 and rows[1] - rows[0] == pytest.approx(55 / 25.4 * 72, abs=1)
    assert sum(w == "+971" for _, _, w in words) == 10


def test_a_bilingual_sheet_is_english_then_arabic_at_the_same_places(qapp, tmp_path) -> None:
    pdf, count = card_sheet_pdf(ME, "bilingual", "a4")
    front, back = pages(pdf, tmp_path)
    assert count == 2
    assert (round(front[0]), round(front[1])) == (595, 842)  # A4
    assert sum(w == "Layla" for _, _, w in front[2]) == 10
    assert not any(w == "Layla" for _, _, w in back[2])
    # poppler gives the Arabic glyphs one by one: all of the name's letters, on the name
    # line of each of the five rows, at the right (leading) side of both columns' cards.
    arabic = [(x, y, w) for x, y, w in back[2] if any("\u0600" <= ch <= "\u06ff" for ch in w)]
    assert set("ليلىحداد") <= set("".join(w for _, _, w in arabic))
    assert len({round(y) for _, y, _ in arabic}) == 5
    left_column = min(x for x, _, w in front[2] if w == "Layla")
    assert min(x for x, _, _ in arabic) > left_column + 30 / 25.4 * 72


def test_an_arabic_only_sheet_is_one_page(qapp, tmp_path) -> None:
    pdf, count = card_sheet_pdf(ME, "ar", "a4")
    (page,) = pages(pdf, tmp_path)
    assert count == 1 and sum(w == "Layla" for _, _, w in page[2]) == 0
