"""Account settings, passwords, retry back-off and the command line, without a server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from netdesk.sync.accounts import (
    ACCOUNTS_FILE,
    PasswordStore,
    choose,
    load_accounts,
    new_account,
    save_accounts,
)
from netdesk.sync.cli import run_sync
from netdesk.sync.discovery import Collection
from netdesk.sync.engine import Backoff
from netdesk.sync.errors import AuthFailed, ServerUnreachable


def test_accounts_round_trip_without_the_password(tmp_path: Path) -> None:
    account = new_account("dav.example.com", " sara ")
    choose(
        account,
        Collection("/dav/sara/book/", "addressbook", "Book", vcard_versions=("3.0", "4.0")),
        Collection("/dav/sara/cal/", "calendar", "Cal", components=("VTODO",)),
    )
    store = PasswordStore(use_keyring=False)
    assert store.set(account, "hunter2") is False
    assert not store.persistent
    save_accounts(tmp_path, [account])
    text = (tmp_path / ACCOUNTS_FILE).read_text()
    assert "hunter2" not in text
    (loaded,) = load_accounts(tmp_path)
    assert loaded == account
    assert (loaded.url, loaded.username, loaded.vcard_version) == (
        "https://dav.example.com",
        "sara",
        "4.0",
    )
    assert store.get(loaded) == "hunter2"
    assert PasswordStore(use_keyring=False).get(loaded) is None


def test_unreadable_or_odd_settings(tmp_path: Path) -> None:
    (tmp_path / ACCOUNTS_FILE).write_text(json.dumps({"accounts": [{"url": "x"}]}))
    assert load_accounts(tmp_path) == []
    (tmp_path / ACCOUNTS_FILE).write_text("{")
    with pytest.raises(Exception, match="cannot be read"):
        load_accounts(tmp_path)


def test_backoff_grows_and_stops_for_a_wrong_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("random.uniform", lambda a, b: 1.0)
    backoff = Backoff()
    down = ServerUnreachable("down")
    assert [backoff.next_delay(down) for _ in range(8)] == [
        30.0,
        60.0,
        120.0,
        240.0,
        480.0,
        960.0,
        1800.0,
        1800.0,
    ]
    backoff.succeeded()
    assert backoff.next_delay(down) == 30.0
    assert backoff.next_delay(AuthFailed("no")) is None


def test_cli_without_accounts_says_so_on_stderr(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    store = PasswordStore(use_keyring=False)
    assert run_sync(tmp_path, passwords=store, out=out, err=err, stdin=io.StringIO()) == 2
    assert err.getvalue().count("\n") == 1
    assert "no sync account" in err.getvalue()
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    "raw",
    [
        {"accounts": {"id": "a"}},
        {"accounts": [1, "x", None]},
        {"accounts": [{"id": 1, "url": ["https://x"], "username": None}]},
        [],
    ],
)
def test_settings_of_the_wrong_shape_hold_no_account(tmp_path: Path, raw: object) -> None:
    (tmp_path / ACCOUNTS_FILE).write_text(json.dumps(raw))
    assert load_accounts(tmp_path, PasswordStore(use_keyring=False)) == []


def test_odd_calendar_components_are_read_as_none(tmp_path: Path) -> None:
    entry = {"id": "a", "url": "https://x", "username": "u", "calendar_components": 5}
    (tmp_path / ACCOUNTS_FILE).write_text(json.dumps({"accounts": [entry]}))
    (account,) = load_accounts(tmp_path)
    assert account.calendar_components == ()
