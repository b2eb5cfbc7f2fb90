"""A tiny run of the benchmark harness: it runs end to end and prints the expected rows.

No timing is asserted; ``make bench`` measures at 10,000 and 100,000 contacts.
"""

from pathlib import Path

import pytest

from bench import run
from bench.report import Row, render_table


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Row], list[str], Path]:
    folder = tmp_path_factory.mktemp("bench")
    cfg = run.Config(
        sizes=[150, 300],
        reps=1,
        rows=run.ALL_ROWS,
        cache=folder / "cache",
        out=folder / "out",
        heavy_interactions=40,
        import_count=60,
        capture_sizes=(300, 600),
        xvfb=False,
        timeout=120,
        log=lambda _m: None,
        card_count=3,
    )
    rows, notes, _details = run.run(cfg)
    return rows, notes, folder


def test_harness_produces_the_expected_rows(smoke):
    rows, _notes, _folder = smoke
    whats = {(r.row, r.what, r.size) for r in rows}
    for size in ("150", "300"):
        for script in ("Latin", "Arabic"):
            assert ("2", f"search keystroke {script} 1 char", size) in whats
            assert ("2", f"search keystroke {script} 6 chars", size) in whats
        assert ("3", "sort by Name", size) in whats
        for what in ("timeline word", "filtered"):
            row = f"search keystroke, {what} (notes, timeline, ranked with reasons)"
            assert ("11", row, size) in whats
        assert ("4", "select contact with 40 interactions", size) in whats
    assert {r.row for r in rows} == {str(n) for n in range(1, 13)}
    assert any(r.what.startswith("capture: WhatsApp, 600 lines") for r in rows)
    assert any(
        r.what.startswith("capture memory:") and r.what.endswith("300 messages") for r in rows
    )
    assert any(r.what.startswith("business card scan") and r.size == "3 cards" for r in rows)
    assert ("1", "start to first paint (offscreen)", "300") in whats
    assert any(r.what.startswith("import 60 vCard") for r in rows)
    assert any(r.what.startswith("import 60 LinkedIn CSV") for r in rows)
    assert any(r.what.startswith("  peak memory while reading the") for r in rows)
    assert any(r.what.startswith("summary PDF, 300 interactions") for r in rows)
    assert all(r.value > 0 for r in rows)


def test_the_scripted_day_measures_every_action(smoke):
    rows, _notes, _folder = smoke
    day = [r for r in rows if r.row == "12"]
    actions = [r.what for r in day]
    assert len(actions) > 100
    for what in ("start", "tag 5,000", "undo tag of 5,000", "import 10,000 vCards", "dashboard"):
        assert f"day: {what}" in actions
    assert day[-1].what.startswith("day: actions without a stall over 50 ms")


def test_table_has_one_line_per_row(smoke):
    rows, _notes, _folder = smoke
    table = render_table(rows).splitlines()
    assert table[0].split()[:4] == ["row", "what", "size", "median"]
    assert len(table) == len(rows) + 2


def test_networks_are_cached(smoke):
    _rows, _notes, folder = smoke
    cached = sorted(p.name.split("-")[1] for p in (folder / "cache").glob("net-*"))
    assert cached == ["150", "300"]
    assert not list((folder / "cache").glob("*.partial"))
