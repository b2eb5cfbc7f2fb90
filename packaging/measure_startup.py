"""Start-up time of the frozen bundle against the app run from source, in the same run.

Two measures, each the median of ``--runs`` runs after one discarded warm-up, the frozen
and the source app taking turns so that both see the same machine load:

- ``screenshot_exit_s``: wall time of ``NetDesk --data-dir FRESH --screenshot PNG`` from
  launch to exit. That is the whole start-up (interpreter, imports, QApplication, lock,
  health check, new database, main window) plus the app's fixed 0.6 s wait before it
  grabs the window, plus shutdown.
- ``first_paint_s``: from ``--self-test``, the time from process start (as the kernel
  counts it) to the first paint of the main window; Linux only.

    python packaging/measure_startup.py [--frozen dist/NetDesk/NetDesk] [--runs 3]

Uses $QT_QPA_PLATFORM as set (offscreen when unset). Prints a Markdown table and writes
``dist/startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_screenshot(command: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="netdesk-start-") as temp:
        started = time.perf_counter()
        subprocess.run(
            [*command, "--data-dir", f"{temp}/data", "--screenshot", f"{temp}/shot.png"],
            check=True,
            env=env,
            timeout=120,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - started
        if not Path(temp, "shot.png").is_file():
            raise SystemExit(f"{command[0]} --screenshot wrote no picture")
        return elapsed


def first_paint(command: list[str], env: dict[str, str]) -> float | None:
    with tempfile.TemporaryDirectory(prefix="netdesk-start-") as temp:
        subprocess.run(
            [*command, "--self-test", temp],
            check=True,
            env=env,
            timeout=120,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        report = json.loads(Path(temp, "selftest.json").read_text(encoding="utf-8"))
        value = report.get("started_to_first_paint_s")
        return float(value) if value is not None else None


def median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 3) if known else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "NetDesk" / "NetDesk")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "startup.json")
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("NETDESK_DATA_DIR", None)
    commands = {
        "frozen": [str(args.frozen.resolve())],
        "source": [sys.executable, "-m", "netdesk"],
    }
    results: dict[str, dict[str, list[float | None]]] = {
        name: {"screenshot_exit_s": [], "first_paint_s": []} for name in commands
    }
    for command in commands.values():  # warm the file cache; not counted
        timed_screenshot(command, env)
    for _ in range(args.runs):
        for name, command in commands.items():
            results[name]["screenshot_exit_s"].append(round(timed_screenshot(command, env), 3))
            results[name]["first_paint_s"].append(first_paint(command, env))
    summary = {
        "platform": env["QT_QPA_PLATFORM"],
        "runs": args.runs,
        "runs_detail": results,
        "median": {
            name: {measure: median(values) for measure, values in measures.items()}
            for name, measures in results.items()
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n")

    def cell(value: float | None) -> str:
        return f"{value:.2f} s" if value is not None else "n/a"

    med = summary["median"]
    print(f"Start-up, median of {args.runs} (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):")
    print("| app | to first paint | launch to --screenshot exit |")
    print("|-----|----------------|-----------------------------|")
    for name in commands:
        print(f"| {name} | {cell(med[name]['first_paint_s'])} "
              f"| {cell(med[name]['screenshot_exit_s'])} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
