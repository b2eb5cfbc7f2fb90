"""Passwords go to the desktop's keyring, and nowhere in clear text when there is none."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from netdesk.sync.accounts import PasswordStore, SyncAccount, save_accounts

SECRET = "Hunter2-s3cret"
ROOT = Path(__file__).resolve().parents[3]


class MemoryKeyring(KeyringBackend):
    """A working keyring that keeps its passwords in this object (``keyring``'s test shape)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file back-end (a password in a file)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def use_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def _account() -> SyncAccount:
    return SyncAccount(id="acc1", url="https://dav.example.com/", username="sara")


def _nowhere_in(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


@pytest.mark.usefixtures("use_keyring")
def test_a_working_keyring_keeps_the_password_for_the_next_session(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = PasswordStore()
    assert store.persistent
    assert store.set(_account(), SECRET)
    save_accounts(tmp_path, [_account()], store)
    assert backend.passwords == {("NetDesk sync", "acc1"): SECRET}
    assert PasswordStore().get(_account()) == SECRET  # a new session
    _nowhere_in(tmp_path)
    PasswordStore().forget(_account())
    assert backend.passwords == {}


@pytest.mark.usefixtures("use_keyring")
@pytest.mark.parametrize(
    ("backend", "why"),
    [
        (fail.Keyring(), "no password keyring"),
        (null.Keyring(), "no password keyring"),
        (PlaintextKeyring(), "plain file"),
    ],
    ids=["fail", "null", "keyrings.alt file"],
)
def test_without_a_usable_keyring_the_password_stays_in_memory(
    tmp_path: Path, backend: KeyringBackend, why: str
) -> None:
    keyring.set_keyring(backend)
    store = PasswordStore()
    assert not store.persistent
    assert why in store.why_not_kept
    assert not store.set(_account(), SECRET)
    assert store.get(_account()) == SECRET  # this session only
    save_accounts(tmp_path, [_account()], store)
    _nowhere_in(tmp_path)
    assert getattr(backend, "passwords", {}) == {}
    assert PasswordStore().get(_account()) is None  # the next session asks again


@pytest.mark.usefixtures("use_keyring")
def test_a_locked_keyring_says_why_and_keeps_it_for_this_session() -> None:
    keyring.set_keyring(LockedKeyring())
    store = PasswordStore()
    assert store.persistent
    assert not store.set(_account(), SECRET)
    assert "locked" in store.why_not_kept
    assert store.get(_account()) == SECRET


@pytest.mark.usefixtures("use_keyring")
@pytest.mark.parametrize(
    "name", ["keyring.backends.macOS:Keyring", "keyring.backends.Windows:WinVaultKeyring"]
)
def test_another_systems_keyring_is_refused_here_not_a_crash(name: str) -> None:
    module, _, cls = name.partition(":")
    backend_class = getattr(__import__(module, fromlist=[cls]), cls)
    if sys.platform in ("darwin", "win32"):
        pytest.skip("that keyring is this system's own")
    keyring.set_keyring(backend_class())
    store = PasswordStore()
    assert not store.persistent
    assert not store.set(_account(), SECRET)
    assert store.get(_account()) == SECRET


_SECRET_SERVICE_SCRIPT = textwrap.dedent(
    """
    import os, subprocess, sys
    started = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
        input=b"login\\n", capture_output=True, timeout=30, check=True,
    )
    for line in started.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key:
            os.environ[key] = value
    import keyring
    from keyring.backends import SecretService
    keyring.set_keyring(SecretService.Keyring())
    from netdesk.sync.accounts import PasswordStore, SyncAccount
    account = SyncAccount(id="acc1", url="https://dav.example.com/", username="sara")
    first = PasswordStore()
    assert first.persistent, first.why_not_kept
    assert first.set(account, sys.argv[1])
    print("again:", PasswordStore().get(account))
    PasswordStore().forget(account)
    print("forgotten:", PasswordStore().get(account))
    """
)


@pytest.mark.slow
def test_the_secret_service_keeps_the_password(tmp_path: Path) -> None:
    """The real Secret Service (gnome-keyring on a private D-Bus session), as on Linux desktops."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon (packages-test.txt)")
    script = tmp_path / "secret_service.py"
    script.write_text(_SECRET_SERVICE_SCRIPT)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script), SECRET],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"again: {SECRET}", "forgotten: None"]
    # The keyring file is encrypted: the password is not in it as written.
    _nowhere_in(home)
