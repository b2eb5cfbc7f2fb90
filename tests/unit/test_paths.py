"""No output may land on NetDesk's own files; the data folder is private to the user."""

import os
import stat

import pytest

from netdesk.paths import ProtectedPathError, refuse_data_files, secure_data_dir, write_output

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    (folder / "netdesk.sqlite3").write_bytes(b"SQLite format 3\x00 live")
    (folder / "netdesk.sqlite3-wal").write_bytes(b"wal")
    (folder / "backups" / "daily-20261201-090000.sqlite3").write_bytes(b"kept")
    return folder


@pytest.mark.parametrize(
    "name",
    [
        "netdesk.sqlite3",
        "netdesk.sqlite3-wal",
        "netdesk.sqlite3-shm",  # not there yet: SQLite would read it
        "netdesk.sqlite3-journal",
        "NetDesk.SQLite3",
        "netdesk.lock",
        "settings.ini",
        "sync-accounts.json",
        "backups/daily-20261201-090000.sqlite3",
        "backups/new.vcf",
        "backups/sub/new.vcf",
    ],
)
def test_own_files_are_refused(data, name):
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    with pytest.raises(ProtectedPathError):
        write_output(data / name, b"exported", data)
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


def test_links_and_hard_links_to_the_database_are_refused(data, tmp_path):
    soft = tmp_path / "soft.vcf"
    soft.symlink_to(data / "netdesk.sqlite3")
    hard = tmp_path / "hard.vcf"
    os.link(data / "netdesk.sqlite3", hard)
    via_folder = tmp_path / "alias"
    via_folder.symlink_to(data, target_is_directory=True)
    for target in (soft, hard, via_folder / "netdesk.sqlite3-shm", via_folder / "backups" / "x"):
        with pytest.raises(ProtectedPathError):
            refuse_data_files(target, data)
    backup_link = tmp_path / "backup.sqlite3"
    os.link(data / "backups" / "daily-20261201-090000.sqlite3", backup_link)
    with pytest.raises(ProtectedPathError, match="one of NetDesk's backups"):
        refuse_data_files(backup_link, data)
    assert (data / "netdesk.sqlite3").read_bytes() == b"SQLite format 3\x00 live"


def test_other_files_are_allowed_even_in_the_data_folder(data, tmp_path):
    for target in (tmp_path / "out.vcf", data / "contacts.vcf", data / "netdesk.sqlite3.vcf"):
        write_output(target, b"exported", data)
        assert target.read_bytes() == b"exported"


def test_the_reason_is_one_line_for_the_user(data):
    with pytest.raises(ProtectedPathError) as caught:
        refuse_data_files(data / "netdesk.sqlite3", data)
    assert caught.value.strerror == "it is NetDesk's own netdesk.sqlite3; choose another file"


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@posix_only
def test_secure_data_dir_fixes_a_world_readable_folder(data, tmp_path):
    (data / "settings.ini").write_text("[ui]\n")
    (data / "sync-accounts.json").write_text("{}")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not ours")
    outside.chmod(0o644)
    (data / "linked.txt").symlink_to(outside)
    for path in (data, data / "backups"):
        path.chmod(0o755)
    for path in data.rglob("*"):
        if path.is_file() and not path.is_symlink():
            path.chmod(0o644)
    secure_data_dir(data)
    assert _mode(data) == 0o700
    assert _mode(data / "backups") == 0o700
    for name in ("netdesk.sqlite3", "netdesk.sqlite3-wal", "settings.ini", "sync-accounts.json"):
        assert _mode(data / name) == 0o600, name
    assert _mode(data / "backups" / "daily-20261201-090000.sqlite3") == 0o600
    assert _mode(outside) == 0o644  # a link is not followed out of the folder


@posix_only
def test_secure_data_dir_creates_a_private_folder(tmp_path):
    folder = tmp_path / "new" / "data"
    secure_data_dir(folder)
    assert _mode(folder) == 0o700
