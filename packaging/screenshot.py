"""Screenshots of the real app on a generated network, in English and Arabic.

Starts its own Xvfb on a free display so it works on a headless machine.
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


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is not installed (apt-get install xvfb).")
    for number in range(90, 120):
        if not Path(f"/tmp/.X{number}-lock").exists():
            proc = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(0.8)
            if proc.poll() is None:
                return proc, f":{number}"
    raise SystemExit("No free X display found.")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--contacts", type=int, default=400)
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="netdesk-shot-"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "netdesk.sample",
            "--data-dir",
            str(data),
            "--contacts",
            str(args.contacts),
            "--heavy",
            "1",
        ],
        check=True,
    )
    xvfb, display = start_xvfb()
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        for lang in ("en", "ar"):
            target = out / f"main-{lang}.png"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "netdesk",
                    "--data-dir",
                    str(data),
                    "--lang",
                    lang,
                    "--screenshot",
                    str(target),
                ],
                check=True,
                env=env,
                timeout=60,
            )
            print(target)
            # The import preview, the event sheet, the editor, the Due view, the brief.
            subprocess.run(
                [
                    sys.executable,
                    str(Path(__file__).with_name("screens.py")),
                    "--data-dir",
                    str(data),
                    "--lang",
                    lang,
                    "--out",
                    str(out),
                ],
                check=True,
                env=env,
                timeout=120,
            )
    finally:
        xvfb.terminate()
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
