"""Where the commands write: never over NetDesk's own files, whole or not at all, private.

Run as a user would, a separate process per command (see test_cli.py).
"""

import hashlib
import json
import os
import signal
import stat
import subprocess
import sys

import pytest

from tests.unit import test_cli
from tests.unit.test_cli import run

network = test_cli.network  # the same small network, as a fixture of this module

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX files and permissions")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_failure(out, *words: str) -> None:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("netdesk: ")
    for word in words:
        assert word.lower() in lines[0].lower()


def test_no_command_writes_over_the_database_or_its_backups(network, tmp_path):
    data, sara, _ahmed = network
    run(data, "backup", check=True)  # a manual backup in the backups folder
    database = data / "netdesk.sqlite3"
    kept = next((data / "backups").iterdir())
    hard = tmp_path / "hard-link.vcf"
    os.link(database, hard)
    soft = tmp_path / "link.pdf"
    soft.symlink_to(database)
    before = {p: _digest(p) for p in (database, kept)}
    attempts = [
        ("export", "--format", "vcf", "-o", str(database)),
        ("export", "--format", "json", "-o", str(data / "netdesk.sqlite3-wal")),
        ("export", "--format", "csv", "-o", str(hard)),
        ("export", "--format", "vcf", "-o", str(kept)),
        ("summary", "--id", str(sara), "--pdf", str(database)),
        ("summary", "--id", str(sara), "--pdf", str(soft)),
        ("summary", "--id", str(sara), "--pdf", str(data / "backups" / "new.pdf")),
        ("backup", "-o", str(data / "netdesk.sqlite3-wal")),
        ("backup", "-o", str(kept)),
    ]
    for args in attempts:
        out = run(data, *args)
        _one_line_failure(out, "cannot write")
    assert {p: _digest(p) for p in (database, kept)} == before
    assert not (data / "netdesk.sqlite3-wal").exists()
    assert not (data / "backups" / "new.pdf").exists()
    assert [r["id"] for r in json.loads(run(data, "due", "--json").stdout)] == [sara]


@posix_only
def test_a_fifo_is_written_into_not_replaced(network, tmp_path):
    data, _sara, _ahmed = network
    fifo = tmp_path / "contacts.pipe"
    os.mkfifo(fifo)
    # The read end is open before the command starts, so neither side waits for the other.
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        out = run(data, "export", "--format", "vcf", "-o", str(fifo))
        received = b""
        while chunk := _read_available(reader):
            received += chunk
    finally:
        os.close(reader)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received.startswith(b"BEGIN:VCARD") and received.count(b"BEGIN:VCARD") == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.pipe", "data"]


def _read_available(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return b""


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
def test_dev_stdout_works_for_every_output(network):
    data, sara, _ahmed = network
    out = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "export", "--format", "vcf",
         "-o", "/dev/stdout"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.count(b"BEGIN:VCARD") == 3
    pdf = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "summary", "--id", str(sara),
         "--pdf", "/dev/stdout"],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert pdf.returncode == 0, pdf.stderr
    assert pdf.stdout.startswith(b"%PDF") and pdf.stdout.rstrip().endswith(b"%%EOF")
    assert b"1 page(s)" in pdf.stderr  # the confirmation does not spoil the PDF
    copy = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), "backup", "-o", "/dev/stdout"],
        capture_output=True,
        timeout=120,
    )
    assert copy.returncode == 0, copy.stderr
    assert copy.stdout.startswith(b"SQLite format 3\x00")
    assert not any(p.name.endswith(".tmp") for p in (data / "backups").iterdir())


@pytest.fixture
def long_notes(network):
    """The network with a note long enough that its vCard and its PDF exceed 64 KB."""
    from netdesk.services.context import create_context

    data, sara, _ahmed = network
    context = create_context(data)
    try:
        contact = context.contacts.get(sara)
        line = "met at the conference, " * 6
        contact.notes = "\n".join(f"Line {n}: {line}" for n in range(1500))
        context.contacts.update(sara, contact)
    finally:
        context.close()
    return data, sara


def _file_size_limit(limit: int):
    """A full disk, deterministically: writes past ``limit`` bytes fail (EFBIG)."""
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE")
@pytest.mark.parametrize("kind", ["summary", "export"])
def test_a_failed_write_keeps_the_previous_file_and_exits_2(long_notes, tmp_path, kind):
    data, sara = long_notes
    target = tmp_path / ("out.pdf" if kind == "summary" else "out.vcf")
    args = (
        ["summary", "--id", str(sara), "--pdf", str(target)]
        if kind == "summary"
        else ["export", "--format", "vcf", "-o", str(target)]
    )
    run(data, *args, check=True)
    previous = target.read_bytes()
    assert len(previous) > 64_000
    # The database's -shm needs 32 KB; the new file cannot get past 48 KB.
    out = subprocess.run(
        [sys.executable, "-m", "netdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_file_size_limit(48_000),
    )
    _one_line_failure(out, "cannot write", str(target))
    assert target.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", target.name]


def test_output_folders_that_cannot_be_written(network, tmp_path):
    data, sara, _ahmed = network
    a_file = tmp_path / "notes.txt"
    a_file.write_text("a file, not a folder")
    folder = tmp_path / "a folder"
    folder.mkdir()
    cases = [
        (("summary", "--id", str(sara), "--pdf", str(folder)), "it is a folder"),
        (("export", "--format", "vcf", "-o", str(folder)), "it is a folder"),
        (("backup", "-o", str(folder)), "it is a folder"),
        (("summary", "--id", str(sara), "--pdf", str(a_file / "x.pdf")), "Not a directory"),
        (("summary", "--id", str(sara), "--pdf", str(tmp_path / "missing" / "x.pdf")), "No such"),
        (("export", "--format", "csv", "-o", str(a_file / "x.csv")), "Not a directory"),
    ]
    for args, why in cases:
        _one_line_failure(run(data, *args), why)
    assert list(folder.iterdir()) == []
    assert a_file.read_text() == "a file, not a folder"


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_output_folder(network, tmp_path):
    data, sara, _ahmed = network
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        for args in (
            ("summary", "--id", str(sara), "--pdf", str(locked / "x.pdf")),
            ("export", "--format", "vcf", "-o", str(locked / "x.vcf")),
            ("backup", "-o", str(locked / "x.sqlite3")),
        ):
            _one_line_failure(run(data, *args), "ermission denied")
    finally:
        locked.chmod(0o700)


@posix_only
def test_the_data_folder_and_outputs_are_private(network, tmp_path):
    data, sara, _ahmed = network
    # A folder made before NetDesk kept it private.
    data.chmod(0o755)
    for path in data.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    (data / "sync-accounts.json").write_text('{"version": 1, "accounts": []}')
    (data / "sync-accounts.json").chmod(0o644)
    run(data, "due", check=True)
    run(data, "backup", check=True)
    pdf, vcf = tmp_path / "sara.pdf", tmp_path / "all.vcf"
    run(data, "summary", "--id", str(sara), "--pdf", str(pdf), check=True)
    run(data, "export", "--format", "vcf", "-o", str(vcf), check=True)
    assert _mode(data) == 0o700
    assert _mode(data / "backups") == 0o700
    for path in data.rglob("*"):
        if path.is_file():
            assert _mode(path) == 0o600, path
    assert _mode(pdf) == 0o600
    assert _mode(vcf) == 0o600


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_planted_link_at_the_old_temp_name_is_not_followed(network, tmp_path):
    data, _sara, _ahmed = network
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    target = tmp_path / "out.vcf"
    (tmp_path / "out.vcf.part").symlink_to(victim)
    run(data, "export", "--format", "vcf", "-o", str(target), check=True)
    assert victim.read_text() == "someone else's file"
    assert target.read_bytes().count(b"BEGIN:VCARD") == 3
    assert not target.is_symlink()
