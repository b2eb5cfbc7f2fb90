"""Sync accounts: settings in the data directory, passwords in the system keyring.

The settings file (``sync-accounts.json``) never holds a password. Where no keyring
backend works (a bare Linux session, a headless server), the password lives only in
memory for this session; ``PasswordStore.why_not_kept`` says why, for the UI to show.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from netdesk.sync.discovery import Collection
from netdesk.sync.errors import AccountError

ACCOUNTS_FILE = "sync-accounts.json"
KEYRING_SERVICE = "NetDesk sync"


@dataclass(slots=True)
class SyncAccount:
    """One server. The chosen collections are stored as absolute paths on that server."""

    id: str
    url: str
    username: str
    addressbook_url: str = ""
    calendar_url: str = ""
    vcard_version: str = "3.0"
    calendar_components: tuple[str, ...] = ("VTODO", "VJOURNAL")
    interval_minutes: int = 5
    enabled: bool = True
    allow_insecure: bool = False  # plain http to a host other than this machine

    @property
    def label(self) -> str:
        return f"{self.username} on {self.url}"


def new_account(url: str, username: str) -> SyncAccount:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    return SyncAccount(id=uuid.uuid4().hex[:12], url=url, username=username.strip())


def choose(
    account: SyncAccount, addressbook: Collection | None, calendar: Collection | None
) -> SyncAccount:
    """Record the user's picks from ``DavClient.discover``; None leaves that side off."""
    account.addressbook_url = addressbook.url if addressbook else ""
    account.vcard_version = addressbook.vcard_version if addressbook else "3.0"
    account.calendar_url = calendar.url if calendar else ""
    account.calendar_components = calendar.components if calendar else ()
    return account


def load_accounts(data_dir: Path) -> list[SyncAccount]:
    path = Path(data_dir) / ACCOUNTS_FILE
    if not path.is_file():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AccountError(f"{path.name} cannot be read ({exc}).") from None
    entries = raw.get("accounts", []) if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise AccountError(f"{path.name} cannot be read (it holds no list of accounts).")
    names = {f.name for f in fields(SyncAccount)}
    accounts: list[SyncAccount] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue  # hand-edited junk: not an account
        values: dict[str, Any] = {k: v for k, v in entry.items() if k in names}
        if "calendar_components" in values:
            values["calendar_components"] = tuple(values["calendar_components"])
        try:
            accounts.append(SyncAccount(**values))
        except TypeError:
            continue  # an entry missing its id, url or user name: not an account
    return accounts


def save_accounts(data_dir: Path, accounts: list[SyncAccount]) -> None:
    """Write the settings atomically (a crash leaves the old file, never half a file)."""
    path = Path(data_dir) / ACCOUNTS_FILE
    temp = path.with_suffix(".tmp")
    body = {"version": 1, "accounts": [asdict(a) for a in accounts]}
    temp.write_text(json.dumps(body, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temp, path)


class PasswordStore:
    """Passwords per account: the keyring when one works, else this session's memory."""

    def __init__(self, service: str = KEYRING_SERVICE, use_keyring: bool = True) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self.why_not_kept = ""
        self._keyring: Any = None
        if use_keyring:
            self._keyring = self._find_keyring()

    def _find_keyring(self) -> Any:
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            self.why_not_kept = "The keyring package is not installed."
            return None
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            self.why_not_kept = "This system has no password keyring NetDesk can use."
            return None
        return keyring

    @property
    def persistent(self) -> bool:
        """Whether passwords survive a restart; if not, the UI asks once per session."""
        return self._keyring is not None

    def get(self, account: SyncAccount) -> str | None:
        if account.id in self._session:
            return self._session[account.id]
        if self._keyring is None:
            return None
        try:
            found: str | None = self._keyring.get_password(self.service, account.id)
        except Exception as exc:  # keyring backends raise their own types
            self.why_not_kept = f"The keyring failed: {exc}"
            return None
        if found is not None:
            self._session[account.id] = found
        return found

    def set(self, account: SyncAccount, password: str) -> bool:
        """Remember ``password``; True when it was also kept in the keyring."""
        self._session[account.id] = password
        if self._keyring is None:
            return False
        try:
            self._keyring.set_password(self.service, account.id, password)
        except Exception as exc:  # any backend failure means: not kept
            self.why_not_kept = f"The keyring refused the password: {exc}"
            return False
        return True

    def forget(self, account: SyncAccount) -> None:
        self._session.pop(account.id, None)
        if self._keyring is not None:
            # Nothing stored, or a locked keyring: either way there is nothing to forget.
            with contextlib.suppress(Exception):
                self._keyring.delete_password(self.service, account.id)
