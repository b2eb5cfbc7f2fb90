"""The one way NetDesk writes a file: whole or not at all, private, never through a link."""

import errno
import os
import stat
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from netdesk.io import atomic
from netdesk.io.atomic import write_bytes

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and FIFOs")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_writes_a_new_file_private(tmp_path):
    target = tmp_path / "out.vcf"
    write_bytes(target, b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    assert target.read_bytes() == b"BEGIN:VCARD\r\nEND:VCARD\r\n"
    assert list(tmp_path.iterdir()) == [target]
    if os.name == "posix":
        assert _mode(target) == 0o600


@posix_only
def test_a_replaced_file_becomes_private_too(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_full_disk_keeps_the_previous_file_and_no_temp(tmp_path, monkeypatch, failing):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"%PDF previous good file")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(atomic, "open", _opener_failing_on_write(full), raising=False)
    else:
        monkeypatch.setattr(os, failing, full)
    with pytest.raises(OSError, match="No space") as caught:
        write_bytes(target, b"%PDF new" * 1000)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"%PDF previous good file"
    assert list(tmp_path.iterdir()) == [target]


def _opener_failing_on_write(full):
    real_open = open

    class Failing:
        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def write(self, data):
            self._handle.write(data[:10])
            full()

    return lambda *args, **kwargs: Failing(real_open(*args, **kwargs))


def test_a_planted_link_at_a_guessable_temp_name_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.vcf"
    for planted in (".part", ".tmp", ".new", "~"):
        (tmp_path / f"out.vcf{planted}").symlink_to(victim)
    (tmp_path / "out.tmp").symlink_to(victim)
    write_bytes(target, b"exported")
    assert victim.read_text() == "keep me"
    assert target.read_bytes() == b"exported"
    assert not target.is_symlink()


def test_temp_files_are_made_with_o_excl_in_the_target_folder(tmp_path, monkeypatch):
    made = []
    real = tempfile.mkstemp

    def spy(*args, **kwargs):
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    write_bytes(tmp_path / "a.json", b"{}")
    write_bytes(tmp_path / "a.json", b"{}")
    assert [m["dir"] for m in made] == [tmp_path, tmp_path]


def test_a_users_own_link_is_written_through(tmp_path):
    real = tmp_path / "exports" / "latest.vcf"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "latest.vcf"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs lchown")
def test_a_link_owned_by_someone_else_is_refused(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "out.vcf"
    link.symlink_to(victim)
    os.lchown(link, 65534, 65534)
    with pytest.raises(PermissionError, match="link owned by another user"):
        write_bytes(link, b"exported")
    assert victim.read_text() == "keep me"


def test_a_folder_is_refused_with_a_clear_reason(tmp_path):
    with pytest.raises(IsADirectoryError) as caught:
        write_bytes(tmp_path, b"x")
    assert caught.value.strerror == "it is a folder"
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_a_fifo_is_written_into_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_bytes(fifo, b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    reader.join(timeout=10)
    assert received == [b"BEGIN:VCARD\r\nEND:VCARD\r\n"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert list(tmp_path.iterdir()) == [fifo]


@posix_only
def test_a_character_device_is_written_into_not_replaced():
    assert atomic.is_stream(Path(os.devnull))
    write_bytes(Path(os.devnull), b"gone")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd")
def test_an_open_descriptor_name_is_a_stream_even_onto_a_file(tmp_path):
    redirected = tmp_path / "redirected.txt"
    with open(redirected, "wb") as handle:
        handle.write(b"before\n")
        handle.flush()
        name = Path(f"/proc/self/fd/{handle.fileno()}")
        assert atomic.is_stream(name)
        write_bytes(name, b"after\n")
    assert redirected.read_bytes() == b"before\nafter\n"
    assert list(tmp_path.iterdir()) == [redirected]


@posix_only
def test_make_private_takes_group_and_other_bits_off(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    inside = folder / "netdesk.sqlite3"
    inside.write_bytes(b"")
    inside.chmod(0o664)
    atomic.make_private_dir(folder)
    atomic.make_private(inside)
    assert _mode(folder) == 0o700
    assert _mode(inside) == 0o600
