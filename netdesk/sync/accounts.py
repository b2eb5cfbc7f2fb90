"""Sync accounts: settings in the data directory, passwords in the system keyring.

The settings file (``sync-accounts.json``) never holds a password, not even one typed
into the server address as ``https://user:password@host/``: saving (and loading a file
written before this rule) moves it to the password store and the user name to the
account. Where no keyring backend works (a bare Linux session, a headless server), the
password lives only in memory for this session; ``PasswordStore.why_not_kept`` says why,
for the UI to show.
"""

from __future__ import annotations

import contextlib
import json
import re
import urllib.parse
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from netdesk.io.atomic import write_text
from netdesk.paths import ACCOUNTS_FILE as ACCOUNTS_FILE
from netdesk.sync.dav import without_credentials
from netdesk.sync.discovery import Collection
from netdesk.sync.errors import AccountError

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
    extra_hosts: tuple[str, ...] = ()
    """Other hosts the user allowed this account to reach (a home set kept elsewhere)."""
    trusted_certificates: dict[str, str] = field(default_factory=dict)
    """Host -> SHA-256 fingerprint of a certificate the user chose to trust (``tls``)."""

    @property
    def label(self) -> str:
        return f"{self.username} on {without_credentials(self.url)}"


_USERINFO = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)@")


def split_credentials(url: str) -> tuple[str, str, str]:
    """``https://user:pass@host/`` -> (``https://host/``, ``user``, ``pass``), decoded."""
    url = url.strip()
    found = _USERINFO.match(url)
    if found is None:
        return url, "", ""
    user, _, password = found.group(1).partition(":")
    return without_credentials(url), urllib.parse.unquote(user), urllib.parse.unquote(password)


def new_account(url: str, username: str) -> SyncAccount:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    url, url_user, _password = split_credentials(url)
    username = username.strip() or url_user
    return SyncAccount(id=uuid.uuid4().hex[:12], url=url, username=username)


def take_credentials(account: SyncAccount, passwords: PasswordStore | None) -> bool:
    """Move a ``user:password@`` out of ``account.url``; True when there was one.

    The user name fills an empty ``username``; the password goes to ``passwords`` unless
    the store already holds one for the account (the one syncs have been using: the
    client never sent the address's password while it had one of its own).
    """
    url, user, password = split_credentials(account.url)
    if url == account.url.strip():
        return False
    account.url = url
    account.username = account.username or user
    if password and passwords is not None and passwords.get(account) is None:
        passwords.set(account, password)
    return True


def choose(
    account: SyncAccount, addressbook: Collection | None, calendar: Collection | None
) -> SyncAccount:
    """Record the user's picks from ``DavClient.discover``; None leaves that side off."""
    account.addressbook_url = addressbook.url if addressbook else ""
    account.vcard_version = addressbook.vcard_version if addressbook else "3.0"
    account.calendar_url = calendar.url if calendar else ""
    account.calendar_components = calendar.components if calendar else ()
    return account


def load_accounts(data_dir: Path, passwords: PasswordStore | None = None) -> list[SyncAccount]:
    """The accounts in ``data_dir``; a file holding a password in an address is rewritten.

    ``passwords`` receives such a password (default: a new ``PasswordStore``).
    """
    path = Path(data_dir) / ACCOUNTS_FILE
    if not path.is_file():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AccountError(f"{path.name} cannot be read ({exc}).") from None
    names = {f.name for f in fields(SyncAccount)}
    accounts: list[SyncAccount] = []
    entries = raw.get("accounts") if isinstance(raw, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        values: dict[str, Any] = {k: v for k, v in entry.items() if k in names}
        if not all(isinstance(values.get(k), str) for k in ("id", "url", "username")):
            continue  # an entry missing its id, url or user name: not an account
        for name in ("calendar_components", "extra_hosts"):
            if name in values:
                listed = values[name] if isinstance(values[name], list | tuple) else ()
                values[name] = tuple(str(c) for c in listed)
        if "trusted_certificates" in values:
            pins = values["trusted_certificates"]
            values["trusted_certificates"] = (
                {str(k): str(v) for k, v in pins.items()} if isinstance(pins, dict) else {}
            )
        try:
            accounts.append(SyncAccount(**values))
        except TypeError:
            continue
    if any(split_credentials(a.url)[0] != a.url.strip() for a in accounts):
        store = passwords or PasswordStore()
        for account in accounts:
            take_credentials(account, store)
        # A read-only data folder keeps the old file until a later load can rewrite it;
        # the accounts in memory are clean either way.
        with contextlib.suppress(OSError):
            save_accounts(data_dir, accounts, store)
    return accounts


def save_accounts(
    data_dir: Path, accounts: list[SyncAccount], passwords: PasswordStore | None = None
) -> None:
    """Write the settings atomically (a crash leaves the old file, never half a file).

    A password in an account's address goes to ``passwords`` (default: a new
    ``PasswordStore``), never into the file.
    """
    if any(split_credentials(a.url)[0] != a.url.strip() for a in accounts):
        store = passwords or PasswordStore()
        for account in accounts:
            take_credentials(account, store)
    body = {"version": 1, "accounts": [asdict(a) for a in accounts]}
    write_text(Path(data_dir) / ACCOUNTS_FILE, json.dumps(body, indent=2, ensure_ascii=False))


def _usable(backend: Any) -> bool:
    """Whether keyring would use ``backend`` here (its priority raises where it cannot)."""
    from keyring.backends import fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # an unsupported platform, a missing library, no D-Bus
        return False


def _in_a_file(backend: Any) -> bool:
    return type(backend).__module__.startswith("keyrings.alt")


def trust_certificate(data_dir: Path, account_id: str, host: str, fingerprint: str) -> None:
    """Pin ``fingerprint`` for ``host`` in the saved account ``account_id``."""
    accounts = load_accounts(data_dir)
    for account in accounts:
        if account.id == account_id:
            account.trusted_certificates[host.lower()] = fingerprint
    save_accounts(data_dir, accounts)


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
        except ImportError:
            self.why_not_kept = "The keyring package is not installed."
            return None
        backend = keyring.get_keyring()
        usable = [b for b in getattr(backend, "backends", [backend]) if _usable(b)]
        if not usable:
            self.why_not_kept = "This system has no password keyring NetDesk can use."
            return None
        if any(_in_a_file(b) for b in usable):
            # keyrings.alt's file back-ends keep the password in a file NetDesk cannot
            # vouch for (plain text, or locked with a password asked on the terminal).
            self.why_not_kept = "The only keyring here keeps passwords in a plain file."
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
