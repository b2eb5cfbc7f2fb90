"""The default brief fits one page and prints each fact once; the full history prints all."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from netdesk.printing.labels import earlier, fill, format_date, times, tr
from netdesk.printing.render import PrintJob, write_pdf
from netdesk.printing.summary import (
    BRIEF_FEWEST_INTERACTIONS,
    build_summary_document,
    summary_job,
)
from tests.unit.printing import samples
from tests.unit.printing.pdftext import pdf_pages, require_poppler


@pytest.fixture(autouse=True)
def _poppler() -> None:
    require_poppler()


def _plain(text: str) -> str:
    """Comparable text: no spaces, no Arabic marks (extraction reorders shadda and damma)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", "", text).casefold()


def _write(tmp_path: Path, job: PrintJob, name: str) -> list[str]:
    pdf = tmp_path / f"{name}.pdf"
    write_pdf([job], pdf, page_size=QPageSize(QPageSize.PageSizeId.A4), printed_on=samples.TODAY)
    return pdf_pages(pdf)


def _print(tmp_path: Path, language: str, *, full: bool) -> tuple[list[str], str]:
    data = samples.typical(15, language)
    pages = _write(tmp_path, summary_job(data, language, full_history=full), language)
    return pages, _plain("".join(pages))


def _summaries(language: str) -> list[str]:
    return [i.summary for i in samples.typical(15, language).interactions]


def _dates(language: str) -> list[re.Pattern[str]]:
    """Each interaction's printed date (one every four days), not matching inside another
    ("7 Feb" in "27 Feb")."""
    when = [i.when.date() for i in samples.typical(15, language).interactions]
    return [re.compile("(?<![0-9٠-٩])" + re.escape(_plain(format_date(d, language)))) for d in when]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_brief_is_one_page_with_balance_asks_and_what_it_left_out(
    qapp, tmp_path: Path, language: str
) -> None:
    pages, text = _print(tmp_path, language, full=False)
    assert len(pages) == 1
    data = samples.typical(15, language)
    balance = fill(
        tr("I gave %1 · I received %2", language),
        times(data.balance.gave, language),
        times(data.balance.received, language),
    )
    assert data.balance.gave == 7
    # pdftotext may move a verb and its Arabic-Indic count apart: the counts on their own.
    assert _plain(balance) in text or language == "ar"
    for count in (data.balance.gave, data.balance.received):
        assert _plain(times(count, language)) in text
    (ask,) = data.open_asks
    (closed,) = data.closed_asks
    assert closed.outcome
    for fact in (ask.what, closed.what, closed.outcome):
        assert text.count(_plain(fact)) == 1, fact  # once: no section repeats another
    summaries = _summaries(language)
    assert text.count(_plain(summaries[0])) == 1  # the newest interaction, once
    assert _plain(tr("Recent interactions", language)) in text
    # The newest ones as long as the page lasts; the others counted, not printed.
    dates = _dates(language)
    shown = [bool(d.search(text)) for d in dates]
    rows = shown.count(True)
    assert shown == [True] * rows + [False] * (15 - rows)
    assert BRIEF_FEWEST_INTERACTIONS <= rows < 15
    assert _plain(earlier(15 - rows, "interactions", language)) in text
    # As long as it lasts: one row more would not fit.
    longer = build_summary_document(data, language, interactions=rows + 1)
    job = PrintJob(longer, data.contact.best_name(), language)
    assert len(_write(tmp_path, job, "longer")) == 2
    if language == "en":
        assert f"and {15 - rows} earlier interactions" in "".join(pages)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_full_history_prints_every_interaction(qapp, tmp_path: Path, language: str) -> None:
    _pages, text = _print(tmp_path, language, full=True)
    assert text.count(_plain(_summaries(language)[0])) == 1
    assert all(len(d.findall(text)) == 1 for d in _dates(language))
    assert _plain("earlier" if language == "en" else "أقدم") not in text
    assert _plain(tr("All interactions", language)) in text


@pytest.mark.parametrize(
    ("count", "language", "expected"),
    [
        (1, "en", "and 1 earlier interaction"),
        (11, "en", "and 11 earlier interactions"),
        (1, "ar", "وتفاعل واحد أقدم"),
        (2, "ar", "وتفاعلان أقدم"),
        (5, "ar", "و٥ تفاعلات أقدم"),
        (11, "ar", "و١١ تفاعلًا أقدم"),
        (100, "ar", "و١٠٠ تفاعل أقدم"),
    ],
)
def test_earlier_counts_in_both_languages(qapp, count: int, language: str, expected: str) -> None:
    assert earlier(count, "interactions", language) == expected


def test_times_in_both_languages(qapp) -> None:
    assert [times(n, "en") for n in (1, 2)] == ["1 time", "2 times"]
    assert [times(n, "ar") for n in (1, 2, 3, 11)] == ["مرة واحدة", "مرتين", "٣ مرات", "١١ مرة"]
