"""Tesseract's TSV into card lines, and two readings of one card merged."""

from netdesk.domain.card_fields import CardLine
from netdesk.io.cards.ocr import lines_from_tsv, merge_readings, tessdata_dir


def tsv(*words: tuple[str, int, int, int, int, str, float]) -> str:
    rows = ["level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"]
    for line_id, x, y, w, h, text, conf in words:
        rows.append(f"5\t1\t1\t1\t{line_id}\t1\t{x}\t{y}\t{w}\t{h}\t{conf}\t{text}")
    return "\n".join(rows)


def test_words_of_a_line_join_in_reading_order_with_one_box() -> None:
    (line,) = lines_from_tsv(
        tsv(("1", 100, 10, 80, 30, "ليلى", 90), ("1", 20, 12, 70, 28, "حداد", 80))
    )
    assert line.text == "ليلى حداد"  # Tesseract's order: right to left for Arabic
    assert line.box == (20, 10, 160, 30)
    assert line.confidence == 85


def test_an_english_half_and_an_arabic_half_read_as_one_line_are_cut() -> None:
    lines = lines_from_tsv(
        tsv(
            ("1", 20, 10, 90, 30, "Omar", 95),
            ("1", 120, 10, 90, 30, "Nasr", 95),
            ("1", 700, 10, 60, 30, "عمر", 90),
            ("1", 620, 10, 60, 30, "نصر", 90),
        )
    )
    assert [x.text for x in lines] == ["Omar Nasr", "عمر نصر"]


def test_doubtful_and_tiny_words_are_dropped() -> None:
    lines = lines_from_tsv(
        tsv(
            ("1", 20, 10, 90, 30, "Omar", 95),
            ("2", 5, 300, 30, 4, "coat", 18),
            ("3", 9, 9, 9, 20, "~", 5),
        )
    )
    assert [x.text for x in lines] == ["Omar"]


def test_merging_keeps_the_surer_reading_and_a_whole_line_over_its_pieces() -> None:
    a = [
        CardLine("Ornar Nasr", (0, 0, 200, 30), 0, 60),
        CardLine("ech.com", (300, 100, 100, 20), 0, 90),
    ]
    a.append(CardLine("omar@t", (100, 100, 150, 20), 0, 88))
    b = [
        CardLine("Omar Nasr", (2, 1, 198, 30), 0, 92),
        CardLine("omar@tech.com", (100, 100, 300, 20), 0, 86),
    ]
    b.append(CardLine("www.tech.com", (100, 150, 200, 20), 0, 80))
    merged = [x.text for x in merge_readings(a, b)]
    assert merged == ["Omar Nasr", "omar@tech.com", "www.tech.com"]


def test_the_arabic_and_english_models_are_found() -> None:
    folder = tessdata_dir()
    assert folder is not None and (folder / "ara.traineddata").is_file()
