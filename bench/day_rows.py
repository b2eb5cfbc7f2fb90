"""Row 10: the scripted day (``bench.day``), one line per action with its longest stall."""

from __future__ import annotations

from typing import Any

from bench.report import Row, size_label

# The goal: the GUI thread never goes longer than this without turning its event loop.
STALL_LIMIT_MS = 50.0


def day_rows(result: dict[str, Any], size: int, notes: list[str]) -> list[Row]:
    rows = []
    actions = result["actions"]
    for action in actions:
        longest = float(action["longest_ms"])
        over = action["over_50"]
        note = f"{len(over)} stalls > 50 ms" if len(over) > 1 else ""
        if action["progress_dialog"]:
            note = (note + "; " if note else "") + "behind a progress dialog"
        rows.append(
            Row(
                "12",
                f"day: {action['action']}",
                size_label(size),
                longest,
                "ms",
                target=f"≤ {STALL_LIMIT_MS:g} ms",
                met=longest <= STALL_LIMIT_MS,
                note=note,
            )
        )
    within = sum(1 for a in actions if a["longest_ms"] <= STALL_LIMIT_MS)
    worst = max(actions, key=lambda a: a["longest_ms"])
    rows.append(
        Row(
            "12",
            f"day: actions without a stall over {STALL_LIMIT_MS:g} ms",
            size_label(size),
            within,
            "",
            baseline=len(actions),
            target=f"all {len(actions)}",
            met=within == len(actions),
            note=f"worst: {worst['action']} {worst['longest_ms']:.0f} ms",
        )
    )
    if result.get("stuck"):
        notes.append(f"Scripted day: stopped at {result['stuck']!r}, which never ended.")
    notes.append(
        f"Scripted day: {len(actions)} actions on the real window in {result['total_s']:.0f} s, "
        "each done from the event loop (keys, clicks, menu actions) once the one before had "
        "settled; a stall is the time between two turns of the GUI thread's event loop "
        "(a zero-interval timer, watched from a second thread). results.json has each "
        "action's sampled stacks for every stall over 50 ms (details.day)."
    )
    return rows
