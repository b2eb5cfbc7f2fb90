"""`netdesk import` refuses what is not a contact file: one line, exit 2, nothing written."""

from __future__ import annotations

import random
import sqlite3
import string
import subprocess
import sys
from pathlib import Path

import pytest


def _import(data_dir: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), "import", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _contact_count(data_dir: Path) -> int:
    db = data_dir / "netdesk.sqlite3"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])


def _random_text(size: int) -> str:
    rng = random.Random(14)
    return "".join(rng.choice(string.printable) for _ in range(size))


def _unknown_columns() -> str:
    rng = random.Random(12)
    rows = ["Alpha,Beta,Gamma"]
    for _ in range(50):
        rows.append(",".join("".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(3)))
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("random.txt", _random_text(1_000_000), "not a contact file"),
        ("random.bin", None, "not a contact file"),
        ("columns.csv", _unknown_columns(), "choose what each column holds"),
        ("empty.vcf", "BEGIN:VCARD\r\nX-JUNK:1\r\nEND:VCARD\r\n", "no name, email or phone"),
    ],
)
def test_not_a_contact_file_is_refused(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is None:
        path.write_bytes(random.Random(1).randbytes(1_000_000))
    else:
        path.write_text(content, encoding="utf-8")
    data = tmp_path / "data"
    out = _import(data, path)
    assert out.returncode == 2, out.stdout
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert name in lines[0] and message in lines[0]
    assert "Traceback" not in out.stderr
    assert _contact_count(data) == 0
