"""A ``user:password@`` typed into a sync address is never saved nor shown."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from netdesk.sync.accounts import (
    ACCOUNTS_FILE,
    PasswordStore,
    SyncAccount,
    load_accounts,
    new_account,
    save_accounts,
    split_credentials,
)
from netdesk.sync.cli import run_sync
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import AccountError, ServerUnreachable

SECRET = "Hunter2-s3cret"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_split_credentials_decodes_and_keeps_the_rest() -> None:
    assert split_credentials(f"https://sara%40home:{SECRET}%3A@dav.example.com:8443/d/?x@y") == (
        "https://dav.example.com:8443/d/?x@y",
        "sara@home",
        f"{SECRET}:",
    )
    assert split_credentials("https://dav.example.com/a@b") == (
        "https://dav.example.com/a@b",
        "",
        "",
    )


def test_saving_moves_the_password_to_the_store_and_the_user_to_the_account(
    tmp_path: Path,
) -> None:
    account = new_account(f"https://sara:{SECRET}@dav.example.com/", "")
    assert (account.url, account.username) == ("https://dav.example.com/", "sara")
    account.url = f"https://sara:{SECRET}@dav.example.com/"  # as an older dialog stored it
    store = PasswordStore(use_keyring=False)
    save_accounts(tmp_path, [account], store)
    text = (tmp_path / ACCOUNTS_FILE).read_text()
    assert SECRET not in text
    assert "sara:" not in text
    assert store.get(account) == SECRET
    (loaded,) = load_accounts(tmp_path, store)
    assert (loaded.url, loaded.username) == ("https://dav.example.com/", "sara")


def test_an_existing_file_with_a_password_is_migrated_on_load(tmp_path: Path) -> None:
    entry = {"id": "old", "url": f"https://sara:{SECRET}@dav.example.com/", "username": ""}
    (tmp_path / ACCOUNTS_FILE).write_text(json.dumps({"version": 1, "accounts": [entry]}))
    store = PasswordStore(use_keyring=False)
    (account,) = load_accounts(tmp_path, store)
    assert (account.url, account.username) == ("https://dav.example.com/", "sara")
    assert store.get(account) == SECRET
    assert SECRET not in (tmp_path / ACCOUNTS_FILE).read_text()


def test_a_stored_password_is_not_replaced_by_the_one_in_the_address(tmp_path: Path) -> None:
    account = SyncAccount(id="a", url=f"https://sara:{SECRET}@dav.example.com/", username="sara")
    store = PasswordStore(use_keyring=False)
    store.set(account, "the one that works")
    save_accounts(tmp_path, [account], store)
    assert store.get(account) == "the one that works"
    assert SECRET not in (tmp_path / ACCOUNTS_FILE).read_text()


def test_errors_and_labels_never_show_the_password() -> None:
    url = f"http://sara:{SECRET}@127.0.0.1:{_free_port()}/"
    account = SyncAccount(id="a", url=url, username="sara")
    assert SECRET not in account.label
    with (
        DavClient(url, "sara", "pw", timeout=2) as client,
        pytest.raises(ServerUnreachable) as raised,
    ):
        client.get("/card.vcf")
    assert SECRET not in str(raised.value)
    assert "sara:" not in str(raised.value)
    with pytest.raises(AccountError, match="not an http") as bad:
        DavClient(f"ftp://sara:{SECRET}@host/", "sara", "pw")
    assert SECRET not in str(bad.value)


def test_command_line_failure_goes_to_stderr_without_the_password(tmp_path: Path) -> None:
    url = f"http://sara:{SECRET}@127.0.0.1:{_free_port()}/"
    account = SyncAccount(id="a", url=url, username="sara", addressbook_url="/book/")
    entry = {"id": "a", "url": url, "username": "sara", "addressbook_url": "/book/"}
    (tmp_path / ACCOUNTS_FILE).write_text(json.dumps({"version": 1, "accounts": [entry]}))
    store = PasswordStore(use_keyring=False)
    out, err = io.StringIO(), io.StringIO()
    assert run_sync(tmp_path, passwords=store, out=out, err=err, stdin=io.StringIO()) == 2
    assert out.getvalue() == ""
    assert err.getvalue().count("\n") == 1
    assert err.getvalue().startswith("sync: sara on http://127.0.0.1:")
    assert "Cannot reach 127.0.0.1:" in err.getvalue()
    assert SECRET not in err.getvalue()
    assert SECRET not in (tmp_path / ACCOUNTS_FILE).read_text()
    assert store.get(account) == SECRET  # migrated, then used for the sync
