"""Statistics, result rows and the one printed table."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def percentile(samples: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0-100), linear between closest ranks."""
    data = sorted(samples)
    if len(data) == 1:
        return data[0]
    k = (len(data) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (k - low)


def iqr(samples: Sequence[float]) -> float:
    return percentile(samples, 75) - percentile(samples, 25)


@dataclass
class Row:
    """One line of the table.

    ``value`` and ``baseline`` are in ``unit``; ``spread`` is a label and a number in the
    same unit ("p95", "IQR"). ``met`` is None where a row has no target.
    """

    row: str
    what: str
    size: str
    value: float
    unit: str
    spread_kind: str = ""
    spread: float | None = None
    baseline: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    samples: list[float] = field(default_factory=list)
    note: str = ""


def size_label(size: int) -> str:
    if size >= 1000 and size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "c/s":
        return f"{value:,.0f}/s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:.3g} {unit}"


_HEADERS = ("row", "what", "size", "median", "spread", "baseline", "ratio", "target", "met?")


def _cells(r: Row) -> tuple[str, ...]:
    spread = f"{r.spread_kind} {fmt(r.spread, r.unit)}" if r.spread is not None else "–"
    met = "–" if r.met is None else ("yes" if r.met else "NO")
    ratio = "–" if r.ratio is None else f"{r.ratio:.2f}"
    return (
        r.row,
        r.what,
        r.size,
        fmt(r.value, r.unit),
        spread,
        fmt(r.baseline, r.unit),
        ratio,
        r.target,
        met,
    )


def render_table(rows: Sequence[Row]) -> str:
    """Fixed-width text; every row on one line."""
    cells = [_HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(_HEADERS))]
    right = {3, 4, 5, 6}

    def line(c: Sequence[str]) -> str:
        parts = [
            c[i].rjust(widths[i]) if i in right else c[i].ljust(widths[i]) for i in range(len(c))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(_HEADERS), rule, *(line(c) for c in cells[1:])])


def render_markdown(rows: Sequence[Row], notes: Sequence[str]) -> str:
    out = ["| " + " | ".join(_HEADERS) + " |", "|" + "---|" * len(_HEADERS)]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in _cells(r)) + " |" for r in rows]
    if notes:
        out += ["", *[f"- {n}" for n in notes]]
    return "\n".join(out) + "\n"


def write_results(
    rows: Sequence[Row], notes: Sequence[str], meta: dict[str, Any], out_dir: Path
) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = {"meta": meta, "notes": list(notes), "rows": [asdict(r) for r in rows]}
    (out_dir / "results.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False))
    (out_dir / "results.md").write_text(render_markdown(rows, notes), encoding="utf-8")
