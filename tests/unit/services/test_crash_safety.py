"""An import killed at any moment leaves all of it or none of it (issue: data safety)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from netdesk.db.connection import DB_FILENAME
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.io.vcard import write_vcards
from netdesk.services.context import create_context

BIG = 3000
BEFORE = 40


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    people = [
        ContactData(
            given_name=f"Person{i}",
            family_name="Killtest",
            emails=[Labeled(f"k{i}@example.com")],
            phones=[Labeled(f"+20 100 {i:07d}")],
            tags=["Bulk"],
        )
        for i in range(BIG)
    ]
    path = tmp_path_factory.mktemp("crash") / "big.vcf"
    path.write_text(write_vcards(people), encoding="utf-8", newline="")
    return path


def counts(db):
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        live = con.execute("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        emails = con.execute("SELECT COUNT(*) FROM contact_email").fetchone()[0]
        fts = con.execute("SELECT COUNT(*) FROM contact_fts").fetchone()[0]
    return live, emails, fts


def fresh(data):
    ctx = create_context(data)
    for i in range(BEFORE):
        ctx.contacts.add(ContactData(given_name=f"Old{i}", emails=[Labeled(f"o{i}@x.example")]))
    ctx.close()


def start_import(data, big_file):
    return subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "import", str(big_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.slow
def test_import_killed_at_random_points_is_all_or_nothing(qapp, tmp_path, big_file):
    # One uninterrupted run tells how long an import takes on this machine.
    fresh(tmp_path / "full")
    began = time.perf_counter()
    assert start_import(tmp_path / "full", big_file).wait(timeout=120) == 0
    duration = time.perf_counter() - began
    assert counts(tmp_path / "full" / DB_FILENAME)[0] == BEFORE + BIG

    rng = random.Random(7)
    seen = set()
    for attempt in range(5):
        data = tmp_path / f"d{attempt}"
        fresh(data)
        proc = start_import(data, big_file)
        # Anywhere from start-up to just after the end of the import.
        time.sleep(rng.uniform(0.15, 1.15) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        live, emails, fts = counts(data / DB_FILENAME)
        assert live in (BEFORE, BEFORE + BIG), live
        assert emails == live
        assert fts == live
        seen.add(live)
    assert BEFORE in seen  # at least one kill landed inside the import
