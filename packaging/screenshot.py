"""Screenshots of the real app on a generated network: English and Arabic, light and dark.

Starts its own Xvfb displays (one twice as large for the 200 % pictures) so it works on a
headless machine; packaging/screens.py lists the pictures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start_xvfb(size: str = "1400x900", first: int = 90) -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is not installed (apt-get install xvfb).")
    for number in range(first, first + 30):
        if not Path(f"/tmp/.X{number}-lock").exists():
            proc = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(0.8)
            if proc.poll() is None:
                return proc, f":{number}"
    raise SystemExit("No free X display found.")


def screens(data: Path, out: Path, display: str, *options: str, scale: str = "1") -> None:
    """packaging/screens.py under ``display`` at ``scale`` (Qt's QT_SCALE_FACTOR)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale}
    script = str(Path(__file__).with_name("screens.py"))
    command = [sys.executable, script, "--data-dir", str(data), "--out", str(out), *options]
    subprocess.run(command, check=True, env=env, timeout=180)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--contacts", type=int, default=400)
    parser.add_argument("--lang", choices=["en", "ar"], action="append", help="default: both")
    parser.add_argument("--theme", choices=["light", "dark"], action="append")
    parser.add_argument("--display", type=int, default=90, help="first X display to try")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="netdesk-shot-"))
    sample = [sys.executable, "-m", "netdesk.sample", "--data-dir", str(data)]
    subprocess.run([*sample, "--contacts", str(args.contacts), "--heavy", "1"], check=True)
    # The 150 % and 200 % pictures need a screen twice as large for the same window.
    xvfb, display = start_xvfb(first=args.display)
    big, big_display = start_xvfb("2800x1800", first=int(display[1:]) + 1)
    try:
        for lang in args.lang or ["en", "ar"]:
            for theme in args.theme or ["light", "dark"]:
                chosen = ("--lang", lang, "--theme", theme)
                pdf = ("--pdf",) if theme == (args.theme or ["light"])[0] else ()
                screens(data, out, display, *chosen, *pdf)
                for scale in ("1.5", "2"):
                    suffix = f"-{int(float(scale) * 100)}"
                    only = ("--only", "main", "--suffix", suffix)
                    screens(data, out, big_display, *chosen, *only, scale=scale)
    finally:
        xvfb.terminate()
        big.terminate()
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
