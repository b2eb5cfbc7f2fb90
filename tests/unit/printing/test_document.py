"""The QTextDocuments themselves: direction, safety, pagination, labels, page size."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)

from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.domain.text import FSI, PDI
from netdesk.printing import fonts, resources
from netdesk.printing.document import PHOTO_SCHEME, SafeDocument
from netdesk.printing.labels import (
    ARABIC,
    circle_label,
    days,
    direction_label,
    fill,
    kind_label,
    tr,
)
from netdesk.printing.render import PrintJob, default_page_size, render_documents
from netdesk.printing.summary import build_summary_document
from netdesk.printing.summary_data import KeepInTouch
from tests.unit.printing import samples

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
IMAGE = QTextDocument.ResourceType.ImageResource.value


def _blocks(doc: QTextDocument) -> dict[str, QTextBlock]:
    """Blocks by their text, without the isolates wrapped around user fields."""
    found: dict[str, QTextBlock] = {}
    block = doc.begin()
    while block.isValid():
        found.setdefault(block.text().strip(FSI + PDI), block)
        block = block.next()
    return found


def test_arabic_document_is_right_to_left(qapp) -> None:
    doc = build_summary_document(samples.arabic(), "ar")
    assert doc.defaultTextOption().textDirection() == RTL
    blocks = _blocks(doc)
    for text in ("ليلى عبد الرحمن", "جامعة القاهرة", "بيانات الاتصال", "التفاعلات الأخيرة"):
        assert blocks[text].textDirection() == RTL, text
    # English user text keeps its own direction; layout alignment stays on the right.
    english = blocks["Machine learning reading group"]
    assert english.textDirection() == LTR
    assert english.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert blocks["+20 100 555 0199"].textDirection() == LTR


def test_arabic_name_in_english_document_reads_right_to_left(qapp) -> None:
    doc = build_summary_document(samples.arabic(), "en")
    blocks = _blocks(doc)
    assert blocks["ليلى عبد الرحمن"].textDirection() == RTL
    assert blocks["Contact details"].textDirection() == LTR
    note = blocks[samples.ARABIC_NOTE]
    assert note.textDirection() == RTL
    doc.setTextWidth(2000)  # one line
    doc.documentLayout().blockBoundingRect(note)  # lays the block out
    text_layout = note.layout()
    assert text_layout.lineCount() == 1
    text = note.text()

    def x(word: str) -> float:
        # Inside the word: a cursor on a direction boundary has two visual positions.
        result = text_layout.lineAt(0).cursorToX(text.index(word) + 1)
        assert isinstance(result, tuple)
        return float(result[0])

    # Right to left: the first word is rightmost, the embedded "PyCon 2024" keeps its
    # own left-to-right order in the middle, the last word is leftmost.
    assert x("التقينا") > x("PyCon") > x("القاهرة")
    assert x("PyCon") < x("2024")


def test_table_columns_mirror_in_arabic(qapp) -> None:
    doc = build_summary_document(samples.arabic(), "ar")
    doc.setTextWidth(800)
    layout = doc.documentLayout()
    blocks = _blocks(doc)
    date_header = layout.blockBoundingRect(blocks[tr("Date", "ar")])
    summary_header = layout.blockBoundingRect(blocks[tr("Summary", "ar")])
    assert date_header.left() > summary_header.left()


def test_user_text_is_never_parsed_as_markup(qapp) -> None:
    doc = build_summary_document(samples.hostile(), "en")
    assert samples.HOSTILE_NAME in doc.toPlainText()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().isImageFormat()
            assert not it.fragment().charFormat().isAnchor()
            it += 1
        block = block.next()
    _paint(doc)
    assert doc.refused == []


def test_load_resource_refuses_everything_but_the_photo(qapp) -> None:
    doc = SafeDocument()
    assert doc.loadResource(IMAGE, QUrl("file:///etc/passwd")) is None
    assert doc.loadResource(IMAGE, QUrl("https://evil.example/x.png")) is None
    doc.setHtml('<p>x <img src="file:///etc/passwd"> <img src="qrc:/icon.png"></p>')
    _paint(doc)
    assert "file:///etc/passwd" in doc.refused
    assert "qrc:/icon.png" in doc.refused


def test_photo_is_an_in_memory_resource(qapp) -> None:
    doc = build_summary_document(samples.english(samples.photo_png()), "en")
    image = doc.resource(IMAGE, QUrl(f"{PHOTO_SCHEME}:1"))
    assert isinstance(image, QImage)
    assert not image.isNull()
    _paint(doc)
    assert doc.refused == []


def test_no_photo_when_bytes_are_not_an_image(qapp) -> None:
    doc = build_summary_document(samples.english(b"not an image"), "en")
    assert doc.resource(IMAGE, QUrl(f"{PHOTO_SCHEME}:1")) is None


def test_pagination_keeps_rows_whole_and_repeats_header(qapp, tmp_path: Path) -> None:
    from netdesk.printing.paginate import paginate

    doc = build_summary_document(samples.arabic_busy(), "ar", full_history=True)
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert render_documents([PrintJob(doc, "x")], writer) > 3
    body_height = doc.documentLayout().documentSize().height() / 6
    pages = paginate(doc, body_height)
    assert all(p.header is not None for p in pages[1:-1])
    bands = [p.body for p in pages]
    cursor = QTextCursor(doc)
    table = None
    block = doc.begin()
    while block.isValid() and table is None:
        cursor.setPosition(block.position())
        candidate = cursor.currentTable()
        if candidate is not None and candidate.rows() > 100:
            table = candidate
        block = block.next()
    assert table is not None
    layout = doc.documentLayout()
    for row in range(1, table.rows()):
        rects = [
            layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block())
            for c in range(table.columns())
        ]
        top = min(r.top() for r in rects)
        bottom = max(r.bottom() for r in rects)
        assert any(b.top <= top and bottom <= b.bottom for b in bands), row


def test_keep_in_touch_overdue_days() -> None:
    today = dt.date(2025, 3, 10)
    assert KeepInTouch(None, 30, dt.date(2025, 3, 1), today).overdue_days == 9
    assert KeepInTouch(None, 30, dt.date(2025, 3, 20), today).overdue_days == 0
    assert KeepInTouch(None, None, None, today).overdue_days == 0


def test_labels_in_both_languages(qapp) -> None:
    assert tr("Notes", "en") == "Notes"
    assert tr("Notes", "ar") == "ملاحظات"
    assert fill(tr("Page %1 of %2", "en"), "2", "3") == "Page 2 of 3"
    assert fill("%1 %2", "%2", "x") == "%2 x"
    assert days(1, "en") == "1 day"
    assert days(12, "en") == "12 days"
    assert days(2, "ar") == "يومان"
    assert days(5, "ar") == "٥ أيام"
    assert days(30, "ar") == "٣٠ يومًا"
    for value in Circle:
        assert circle_label(value, "ar") != circle_label(value, "en")
    for kind in InteractionKind:
        assert kind_label(kind, "ar") in ARABIC.values()
    for direction in Direction:
        assert direction_label(direction, "ar") in ARABIC.values()
    assert circle_label("no-such-circle", "ar") == "no-such-circle"


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        ("en_US", QPageSize.PageSizeId.Letter),
        ("en_CA", QPageSize.PageSizeId.Letter),
        ("es_MX", QPageSize.PageSizeId.Letter),
        ("en_GB", QPageSize.PageSizeId.A4),
        ("de_DE", QPageSize.PageSizeId.A4),
        ("ar_EG", QPageSize.PageSizeId.A4),
    ],
)
def test_default_page_size_follows_locale(locale: str, size: QPageSize.PageSizeId) -> None:
    assert default_page_size(QLocale(locale)).id() == size


def test_shipped_fonts_register(qapp) -> None:
    families = fonts.ensure_fonts()
    assert "Noto Sans" in families
    assert "Noto Sans Arabic" in families
    total = sum(resources.resource_path("fonts", f).stat().st_size for f in fonts.FONT_FILES)
    assert total < 2_000_000
    assert resources.resource_path("fonts", "OFL.txt").is_file()


def test_resource_path_prefers_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_printing_never_imports_qtwidgets() -> None:
    code = (
        "import sys, netdesk.printing.summary, netdesk.printing.render;"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _paint(doc: QTextDocument) -> None:
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    doc.setTextWidth(400)
    doc.drawContents(painter, QRectF(QPointF(0, 0), doc.size()))
    painter.end()


def test_renders_on_a_qprinter_like_print_preview(qapp, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    data = samples.busy(60)
    doc = build_summary_document(data, full_history=True)
    pages = render_documents([PrintJob(doc, "Busy Person")], printer)
    assert pages >= 2
    # Preview repaints with the same printer: the result must not change.
    assert render_documents([PrintJob(doc, "Busy Person")], printer) == pages
