"""Everything NetDesk creates in the data folder is private to the user (POSIX: 0700/0600),
whatever the umask, including the files SQLite and Qt create on their own."""

import os
import stat

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def _usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_wal_and_shm_are_private_while_open(tmp_path, qapp):
    from netdesk.domain.contact_data import ContactData
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    context = create_context(data)
    try:
        context.contacts.add(ContactData(given_name="Sara"))
        names = ("netdesk.sqlite3", "netdesk.sqlite3-wal", "netdesk.sqlite3-shm")
        assert {name: _mode(data / name) for name in names} == dict.fromkeys(names, 0o600)
        assert _mode(data) == 0o700
    finally:
        context.close()


def test_settings_file_is_private(tmp_path, qapp):
    from netdesk.settings import Settings

    settings = Settings(tmp_path)
    settings.language = "ar"
    settings.sync()
    assert (tmp_path / "settings.ini").read_text().strip() == "[ui]\nlanguage=ar"
    assert _mode(tmp_path / "settings.ini") == 0o600


def test_sync_accounts_file_is_private(tmp_path):
    from netdesk.sync.accounts import ACCOUNTS_FILE, new_account, save_accounts

    save_accounts(tmp_path, [new_account("dav.example.com", "sara")])
    assert _mode(tmp_path / ACCOUNTS_FILE) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [ACCOUNTS_FILE]


def test_lock_file_and_a_wide_data_folder(tmp_path, qapp):
    from netdesk.single_instance import LOCK_FILENAME, SingleInstance

    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    lock = SingleInstance()
    assert lock.acquire(data)
    try:
        assert _mode(data / LOCK_FILENAME) == 0o600
        assert _mode(data) == 0o700
    finally:
        lock.release()


def test_backups_folder_is_private(tmp_path, qapp):
    from netdesk.db.backup import manual_backup
    from netdesk.services.context import create_context

    data = tmp_path / "data"
    create_context(data).close()
    data.chmod(0o755)
    made = manual_backup(data)
    assert _mode(made.parent) == 0o700
    assert _mode(made) == 0o600
    assert _mode(data) == 0o700
