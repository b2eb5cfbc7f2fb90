"""The hostile and clumsy user of issue 14, replayed against the real command line.

Every case copies a small, healthy data folder, damages it (or the input), runs one
``python -m netdesk --data-dir ...`` command in a subprocess and judges what happened:

* a **traceback** on stderr is a crash;
* **lost** means the database (or a backup) changed, vanished or was replaced when it
  must not have been; a restore must keep the replaced bytes among the backups;
* a **hang** is a command that did not end within the timeout;
* **wrong** is any other broken promise: a refusal that is not one line with exit
  status 2, or an exit 0 that did not do the job.

``python -m tests.attack`` prints the tally; ``test_attack.py`` holds it at zero.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.attack.runner import (
    DB,
    TIMEOUT,
    VCARDS,
    Case,
    Outcome,
    netdesk_env,
    run_netdesk,
)

# Cases that need a fix made on another branch of issue 14; its merge enables them.
PENDING_MERGE: frozenset[str] = frozenset()


# --- damage -----------------------------------------------------------------------------


def _db(data: Path) -> Path:
    return data / DB


def _checkpointed(data: Path) -> Path:
    with contextlib.closing(sqlite3.connect(_db(data))) as con:
        # Closing the last connection removes the -wal; the file stays in WAL mode.
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return _db(data)


def zero_bytes(data: Path) -> None:
    _db(data).write_bytes(b"")


def truncated(data: Path) -> None:
    db = _checkpointed(data)
    db.write_bytes(db.read_bytes()[:3000])


def zeroed(data: Path) -> None:
    db = _checkpointed(data)
    db.write_bytes(bytes(db.stat().st_size))


def text_file(data: Path) -> None:
    _db(data).write_text("my contacts\nSara 0100\n", encoding="utf-8")


def corrupt_header(data: Path) -> None:
    db = _checkpointed(data)
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xde\xad\xbe\xef" * ((4096 - 100) // 4)
    db.write_bytes(bytes(raw))


def damaged_table(data: Path) -> None:
    """Overwrite one page of the contact table: the schema still reads."""
    db = _checkpointed(data)
    with contextlib.closing(sqlite3.connect(db)) as con:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name='contact'").fetchone()
    raw = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    raw[start : start + page_size] = b"\xa5" * page_size
    db.write_bytes(bytes(raw))


def newer_schema(data: Path) -> None:
    db = _checkpointed(data)
    with contextlib.closing(sqlite3.connect(db)) as con, con:
        con.execute("PRAGMA user_version = 999")


def directory(data: Path) -> None:
    _db(data).unlink()
    (_db(data)).mkdir()
    (_db(data) / "keep.txt").write_text("x", encoding="utf-8")


def foreign_wal(data: Path) -> None:
    """A -wal from another database left beside an intact, checkpointed WAL-mode file."""
    with contextlib.closing(sqlite3.connect(_db(data))) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    other = data.parent / "other.sqlite3"
    con = sqlite3.connect(other)
    try:
        con.execute("PRAGMA journal_mode=WAL").fetchall()
        con.execute("PRAGMA wal_autocheckpoint=0").fetchall()
        con.execute("CREATE TABLE junk(x)")
        con.executemany("INSERT INTO junk VALUES (?)", [("x" * 500,)] * 200)
        con.commit()
        shutil.copyfile(other.with_name("other.sqlite3-wal"), _db(data).with_name(DB + "-wal"))
    finally:
        con.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "0-byte": zero_bytes,
    "truncated": truncated,
    "zeroed": zeroed,
    "text": text_file,
    "corrupt header": corrupt_header,
    "damaged table": damaged_table,
    "newer schema": newer_schema,
    "directory": directory,
    "foreign -wal": foreign_wal,
}

# --- commands ---------------------------------------------------------------------------


def _vcf(work: Path) -> str:
    path = work / "new.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nadia Fawzy\r\nEMAIL:nadia@example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    return str(path)


def _chat(work: Path) -> str:
    path = work / "WhatsApp Chat with Nadia Fawzy.txt"
    path.write_text("12/03/2024, 10:00 - Nadia Fawzy: hi\n12/03/2024, 10:01 - Me: hello\n")
    return str(path)


def _junk(work: Path, name: str, data: bytes) -> str:
    path = work / name
    path.write_bytes(data)
    return str(path)


def _good_backup(work: Path) -> str:
    return str(next((work.parent / "data-orig" / "backups").glob("manual-*.sqlite3")))


COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "due": lambda work: ["due"],
    "export": lambda work: ["export", "--format", "json", "-o", str(work / "out.json")],
    "export to stdout": lambda work: ["export", "--format", "vcf"],
    "summary": lambda work: ["summary", "--id", "1", "--pdf", str(work / "out.pdf")],
    "import": lambda work: ["import", _vcf(work)],
    "capture": lambda work: ["capture", _chat(work)],
    "backup": lambda work: ["backup"],
    "backup -o": lambda work: ["backup", "-o", str(work / "copy.sqlite3")],
    "sync": lambda work: ["sync"],
    "restore": lambda work: ["restore", _good_backup(work)],
}


def damaged_cases() -> Iterator[Case]:
    for damage_name, damage in DAMAGE.items():
        for command_name, command in COMMANDS.items():

            def prepare(
                data: Path,
                work: Path,
                damage: Callable[[Path], None] = damage,
                command: Callable[[Path], list[str]] = command,
            ) -> list[str]:
                damage(data)
                return command(work)

            expect = "restore" if command_name == "restore" else "refuse"
            yield Case(f"{command_name} on a {damage_name} database", prepare, expect)


# --- the folder, the lock, the arguments ------------------------------------------------


def _data_dir_is_file(data: Path, work: Path) -> list[str]:
    shutil.rmtree(data)
    data.write_text("not a folder", encoding="utf-8")
    return ["due"]


def _lock(content: bytes) -> Callable[[Path, Path], list[str]]:
    def prepare(data: Path, work: Path) -> list[str]:
        lock = data / "netdesk.lock"
        lock.write_bytes(content)
        os.utime(lock, (1, 1))  # left behind by a crash long ago
        return ["import", _vcf(work)]

    return prepare


def _accounts(content: str) -> Callable[[Path, Path], list[str]]:
    def prepare(data: Path, work: Path) -> list[str]:
        (data / "sync-accounts.json").write_text(content, encoding="utf-8")
        return ["sync"]

    return prepare


def _temp_litter(data: Path, work: Path) -> list[str]:
    for folder in (data, data / "backups"):
        (folder / ".netdesk-abc123.tmp").write_bytes(b"half a copy")
        (folder / ".netdesk-abc123.tmp-journal").write_bytes(b"\0" * 512)
        os.utime(folder / ".netdesk-abc123.tmp", (1, 1))
        os.utime(folder / ".netdesk-abc123.tmp-journal", (1, 1))
    return ["import", _vcf(work)]


def _no_litter(data: Path, work: Path, outcome: Outcome) -> str:
    left = sorted(p.name for p in [*data.glob(".netdesk-*"), *data.glob("backups/.netdesk-*")])
    return f"stale temp files left: {left}" if left else ""


def _imported(data: Path, work: Path, outcome: Outcome) -> str:
    with contextlib.closing(sqlite3.connect(data / DB)) as con:
        found = con.execute("SELECT count(*) FROM contact WHERE display_name='Nadia Fawzy'")
        return "" if found.fetchone()[0] == 1 else "the import did not happen"


def _restored(data: Path, work: Path, outcome: Outcome) -> str:
    if outcome.code != 0:
        return ""
    with contextlib.closing(sqlite3.connect(data / DB)) as con:
        count = con.execute("SELECT count(*) FROM contact").fetchone()[0]
    return "" if count == 60 else f"restored database has {count} contacts"


def _output(name: str) -> Callable[[Path, Path], list[str]]:
    def prepare(data: Path, work: Path) -> list[str]:
        return ["export", "--format", "json", "-o", str(data / name)]

    return prepare


def _fifo(data: Path, work: Path) -> list[str]:
    """A named pipe with a reader: the export streams into it and leaves it a pipe."""
    pipe = work / "pipe"
    os.mkfifo(pipe)

    def drain() -> None:
        with pipe.open("rb") as reader:
            (work / "received").write_bytes(reader.read())

    _readers[pipe] = threading.Thread(target=drain, daemon=True)
    _readers[pipe].start()
    return ["export", "--format", "json", "-o", str(pipe)]


_readers: dict[Path, threading.Thread] = {}


def _check_fifo(data: Path, work: Path, outcome: Outcome) -> str:
    import stat

    pipe = work / "pipe"
    with contextlib.suppress(OSError):  # release the reader if nothing was written
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    if not stat.S_ISFIFO(pipe.lstat().st_mode):
        return "the FIFO was replaced"
    _readers.pop(pipe).join(TIMEOUT)  # it ends once the writer has closed
    received = work / "received"
    if not received.exists() or b"person1@example.com" not in received.read_bytes():
        return "nothing came through"
    return ""


_LOG_INTERACTION = """
import datetime as dt, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from netdesk.domain.contact_data import InteractionData
from netdesk.services.context import create_context
app = QCoreApplication([])
ctx = create_context(Path(sys.argv[1]))
when = dt.datetime(2026, 1, 5, 10)
ctx.interactions.log(InteractionData(when=when, summary="Coffee"), [1])
ctx.close()
"""


def _round_trip(data: Path, work: Path) -> list[str]:
    subprocess.run(
        [sys.executable, "-c", _LOG_INTERACTION, str(data)],
        check=True,
        env=netdesk_env(),
        timeout=TIMEOUT,
    )
    return ["export", "--format", "json", "-o", str(work / "out.json")]


def _has_interaction(data: Path, work: Path, outcome: Outcome) -> str:
    text = (work / "out.json").read_text(encoding="utf-8") if (work / "out.json").exists() else ""
    return "" if "Coffee" in text else "the export lost the interaction"


def _lone_surrogate(data: Path, work: Path) -> list[str]:
    path = work / "lone.json"
    # JSON's own spelling of a lone surrogate, which no encoder can write (item 9).
    path.write_text('[{"format": "netdesk", "given_name": "Lone\\ud800 Nadia"}]', encoding="ascii")
    return ["import", str(path)]


def _replaced(data: Path, work: Path, outcome: Outcome) -> str:
    with contextlib.closing(sqlite3.connect(data / DB)) as con:
        found = con.execute(
            "SELECT count(*) FROM contact WHERE given_name = ?", ("Lone\ufffd Nadia",)
        )
        return "" if found.fetchone()[0] == 1 else "the surrogate was not replaced by U+FFFD"


def _many_people(data: Path, work: Path) -> list[str]:
    path = work / "many.vcf"
    path.write_text(VCARDS.replace("VERSION:3.0", "VERSION:3.0\r\nX-N:1") * 20, encoding="utf-8")
    with path.open("a", encoding="utf-8") as handle:
        for i in range(3000):
            handle.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Extra {i}\r\n")
            handle.write(f"EMAIL:extra{i}@example.net\r\nNOTE:{'words ' * 60}\r\nEND:VCARD\r\n")
    return ["import", str(path)]


def _noise_png(side: int = 160) -> str:
    """A photo that does not compress: the printed summary embeds it."""
    import base64
    import random
    import struct
    import zlib

    rng = random.Random(14)
    rows = b"".join(b"\0" + rng.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
    return base64.b64encode(png + chunk(b"IEND", b"")).decode("ascii")


# Room for SQLite's own 32 KB shared-memory file, not for the outputs below.
FULL_DISK = 48 * 1024


def _full_disk(args: Callable[[Path, int], list[str]]) -> Callable[[Path, Path], list[str]]:
    """A contact whose summary and export exceed ``FULL_DISK``; good outputs already there."""

    def prepare(data: Path, work: Path) -> list[str]:
        card = work / "long.vcf"
        note = "A long note about a long friendship. " * 3000
        card.write_text(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nNOTE:{note}\r\n"
            f"PHOTO;ENCODING=b;TYPE=PNG:{_noise_png()}\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
        run_netdesk(data, "import", str(card), check=True)
        with contextlib.closing(sqlite3.connect(data / DB)) as con:
            (contact,) = con.execute(
                "SELECT id FROM contact WHERE display_name='Long Note'"
            ).fetchone()
        (work / "out.pdf").write_bytes(b"%PDF-1.4 the previous good one")
        (work / "out.json").write_text("[] the previous good one", encoding="utf-8")
        return args(work, contact)

    return prepare


def _previous_kept(data: Path, work: Path, outcome: Outcome) -> str:
    for name in ("out.pdf", "out.json"):
        if "the previous good one" not in (work / name).read_text("latin-1"):
            return f"{name} was replaced by a partial file"
    return ""


_KILLED_MID_WRITE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE").fetchall()
connection.execute("PRAGMA cache_size=1")
connection.execute("BEGIN")
connection.execute("UPDATE contact SET display_name = 'Ghost', notes = ?", ("x" * 400_000,))
os._exit(0)
"""


def _hot_journal(data: Path, work: Path) -> list[str]:
    subprocess.run([sys.executable, "-c", _KILLED_MID_WRITE, str(data / DB)], check=True)
    assert (data / (DB + "-journal")).stat().st_size > 0
    return ["export", "--format", "json", "-o", str(work / "out.json")]


def _rolled_back(data: Path, work: Path, outcome: Outcome) -> str:
    text = (work / "out.json").read_text(encoding="utf-8") if outcome.code == 0 else ""
    return "" if "Given1" in text and "Ghost" not in text else "not the last commit"


def other_cases() -> Iterator[Case]:
    yield Case("--data-dir is a file", _data_dir_is_file, data_dir="data")
    yield Case("--data-dir is missing: a new folder", lambda d, w: ["due"], "ok", "new/deeper")
    yield Case("0-byte lock", _lock(b""), "write", check=_imported)
    yield Case("garbage lock", _lock(b"\x00\xff garbage \n\n"), "write", check=_imported)
    yield Case("lock of a dead process", _lock(b"999999\nnetdesk\n\n"), "write", check=_imported)
    yield Case("stale temp files", _temp_litter, "write", check=_no_litter)
    yield Case("a write cut short (hot -journal)", _hot_journal, "write", check=_rolled_back)
    yield Case(
        "summary --id too large",
        lambda d, w: ["summary", "--id", "99999999999999999999", "--pdf", str(w / "x.pdf")],
    )
    yield Case("summary --id negative", lambda d, w: ["summary", "--id", "-5", "--pdf", "x.pdf"])
    yield Case("non-UTF-8 file name", lambda d, w: ["import", os.fsencode(w) + b"/\xff\xfe.vcf"])
    yield Case("non-UTF-8 contact name", lambda d, w: [b"summary", b"\xc3(", b"--pdf", b"x.pdf"])
    yield Case("import of a missing file", lambda d, w: ["import", str(w / "nope.vcf")])
    yield Case("import of a folder", lambda d, w: ["import", str(w)])
    yield Case("capture of a missing file", lambda d, w: ["capture", str(w / "gone.mbox")])
    yield Case(
        "capture of random bytes", lambda d, w: ["capture", _junk(w, "a.mbox", os.urandom(4096))]
    )
    yield Case(
        "capture of a broken zip",
        lambda d, w: ["capture", _junk(w, "chat.zip", b"PK\x03\x04broken")],
    )
    yield Case(
        "capture of a non-UTF-8 file name", lambda d, w: ["capture", os.fsencode(w) + b"/\xff.txt"]
    )
    yield Case("capture with nothing named", lambda d, w: ["capture"])
    yield Case("malformed sync-accounts.json", _accounts("{not json"))
    yield Case("sync-accounts.json is a list", _accounts("[1, 2, 3]"))
    yield Case("sync-accounts.json with junk entries", _accounts('{"accounts": [1, "x", null]}'))
    yield Case("export -o a folder", lambda d, w: ["export", "--format", "csv", "-o", str(w)])
    yield Case(
        "export -o into a missing folder",
        lambda d, w: ["export", "--format", "csv", "-o", str(w / "no" / "x.csv")],
    )
    yield Case("summary --pdf a folder", lambda d, w: ["summary", "--id", "1", "--pdf", str(w)])
    yield Case("restore a text file", lambda d, w: ["restore", _vcf(w)])
    yield Case("restore the database itself", lambda d, w: ["restore", str(d / DB)])
    yield Case("restore a missing file", lambda d, w: ["restore", str(w / "gone.sqlite3")])
    yield Case("backup -o onto the database", lambda d, w: ["backup", "-o", str(d / DB)])
    yield Case(
        "good restore", lambda d, w: ["restore", _good_backup(w)], "restore", check=_restored
    )
    # Full disk: a file-size limit makes every write past it fail like ENOSPC.
    yield Case(
        "import on a full disk",
        _many_people,
        # Room for the backup before the import, not for the import itself.
        fsize=lambda data: 2 * (data / DB).stat().st_size,
    )
    yield Case(
        "export on a full disk",
        _full_disk(lambda w, _: ["export", "--format", "json", "-o", str(w / "out.json")]),
        fsize=FULL_DISK,
        check=_previous_kept,
    )
    yield Case("backup on a full disk", lambda d, w: ["backup"], fsize=FULL_DISK)
    # Outputs onto NetDesk's own files and special files (item 1).
    yield Case("export -o onto the database", _output(DB))
    yield Case("export -o onto the -wal", _output(DB + "-wal"))
    yield Case(
        "summary --pdf onto the database",
        lambda d, w: ["summary", "--id", "1", "--pdf", str(d / DB)],
    )
    yield Case("export -o onto a backup's -wal", _output("backups/x.sqlite3-wal"))
    yield Case("export -o onto a FIFO", _fifo, "ok", check=_check_fifo)
    yield Case(
        "summary --pdf on a full disk",
        _full_disk(lambda w, who: ["summary", "--id", str(who), "--pdf", str(w / "out.pdf")]),
        fsize=FULL_DISK,
        check=_previous_kept,
    )
    yield Case("json round trip keeps interactions", _round_trip, "ok", check=_has_interaction)
    yield Case("json with a lone surrogate", _lone_surrogate, "write", check=_replaced)


def all_cases() -> list[Case]:
    return [*damaged_cases(), *other_cases()]
