"""``netdesk capture``, run as a user would: a separate process per command."""

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "capture"
REPO = Path(__file__).resolve().parents[2]


def run(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def network(tmp_path, qapp):
    """Ahmad, every 14 days, last seen 40 days ago: overdue until the chat is captured."""
    from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    ctx = create_context(data)
    ahmad = ctx.contacts.add(
        ContactData(given_name="أحمد", family_name="سالم", cadence_days=14,
                    phones=[Labeled("+20 100 123 4567")])
    )  # fmt: skip
    old = dt.datetime.combine(dt.date.today() - dt.timedelta(days=40), dt.time(10))
    ctx.interactions.log(InteractionData(when=old, summary="Coffee"), [ahmad])
    ctx.close()
    return data, ahmad


def recent_chat(folder: Path) -> Path:
    """A chat with Ahmad from two days ago (his number as the sender in a group)."""
    day = dt.date.today() - dt.timedelta(days=2)
    stamp = day.strftime("%d/%m/%Y")
    chat = folder / "WhatsApp Chat with Study group.txt"
    chat.write_text(
        f"{stamp}, 09:00 - +20 100 123 4567: Are you coming to the defence?\n"
        f"{stamp}, 09:05 - Sara: Yes, see you there\n"
        f"{stamp}, 09:06 - Laila: Me too\n",
        encoding="utf-8",
    )
    return chat


def test_json_as_specified(network, tmp_path) -> None:
    data, ahmad = network
    chat = recent_chat(tmp_path)
    out = run(data, "capture", str(chat), str(DATA / "outlook-weekly-riyadh.ics"), "--json")
    assert out.returncode == 0, out.stderr
    sources = json.loads(out.stdout)
    assert [(s["file"], s["kind"]) for s in sources] == [
        (str(chat), "whatsapp"),
        (str(DATA / "outlook-weekly-riyadh.ics"), "ics"),
    ]
    whatsapp = sources[0]
    assert set(whatsapp) == {"file", "kind", "items", "skipped", "added", "people"}
    assert (whatsapp["items"], whatsapp["skipped"], whatsapp["added"]) == (3, 0, 1)
    day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    people = {p["name"]: p for p in whatsapp["people"]}
    assert people["أحمد سالم"] == {
        "name": "أحمد سالم",
        "emails": [],
        "phones": ["+20 100 123 4567"],
        "contact_id": ahmad,
        "days": 1,
        "first": day,
        "last": day,
    }
    assert people["Laila"]["contact_id"] is None
    calendar = sources[1]
    assert (calendar["items"], calendar["skipped"], calendar["added"]) == (6, 1, 0)


def test_due_follows_the_capture(network, tmp_path) -> None:
    data, ahmad = network
    before = json.loads(run(data, "due", "--json").stdout)
    assert [(r["id"], r["days_overdue"]) for r in before] == [(ahmad, 26)]
    chat = recent_chat(tmp_path)
    dry = run(data, "capture", str(chat), "--dry-run", "--json")
    assert json.loads(dry.stdout)[0]["added"] == 0
    assert json.loads(run(data, "due", "--json").stdout) == before
    assert run(data, "capture", str(chat)).returncode == 0
    # Last contact two days ago, every 14 days: due in 12 days, off this week's list.
    assert json.loads(run(data, "due", "--json").stdout) == []
    # The same file again adds nothing.
    again = json.loads(run(data, "capture", str(chat), "--json").stdout)
    assert again[0]["added"] == 0


def test_an_unrecognised_file_is_one_line_and_status_2(network, tmp_path) -> None:
    data, _ahmad = network
    junk = tmp_path / "notes.txt"
    junk.write_text("nothing to see\n")
    missing = tmp_path / "gone.mbox"
    out = run(data, "capture", str(junk), str(recent_chat(tmp_path)), str(missing))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("netdesk: ") for line in lines)
    assert "notes.txt: not a calendar, mailbox or chat export" in lines[0]
    assert "gone.mbox: cannot be read" in lines[1]
    assert "Traceback" not in out.stderr
    # The readable one was captured all the same.
    assert "added 1 interactions" in out.stdout


def test_text_output(network, tmp_path) -> None:
    data, _ahmad = network
    out = run(data, "capture", str(DATA / "generated-takeout.mbox"), "--dry-run")
    assert out.returncode == 0
    assert (
        "generated-takeout.mbox (mbox): 8 items, 3 skipped, would add 4 interactions" in out.stdout
    )
    assert "  unknown: منى خالد" in out.stdout
    assert "  skipped: 1 mailing list" in out.stdout


def test_kill_9_while_writing_leaves_nothing(network, tmp_path) -> None:
    """The capture process dies inside its transaction: nothing of it stays."""
    data, _ahmad = network
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from netdesk.services.context import create_context
        from netdesk.store import capture as store
        app = QCoreApplication([])
        ctx = create_context(Path({str(data)!r}))
        real = store.write_captured
        def write_then_die(rows):
            real(rows)
            os.kill(os.getpid(), signal.SIGKILL)
        store.write_captured = write_then_die
        plan = ctx.capture.plan([Path({str(recent_chat(tmp_path))!r}),
                                 Path({str(DATA / "generated-takeout.mbox")!r})])
        ctx.capture.apply(plan)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", script], env=env, timeout=120, capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with sqlite3.connect(data / "netdesk.sqlite3") as raw:
        assert raw.execute(
            "SELECT COUNT(*) FROM interaction WHERE capture_key IS NOT NULL"
        ).fetchone() == (0,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
