"""A home set on another host of the same account (as iCloud does) is used only once allowed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.domain.contact_data import ContactData
from netdesk.store.contact_store import save_contact
from netdesk.sync import davxml as x
from netdesk.sync.accounts import SyncAccount, choose
from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import discover
from netdesk.sync.engine import SyncOptions, sync_account
from netdesk.sync.errors import OtherHost

from .fake_dav import FakeDav

FRONT, HOME = "dav.example.com", "p07-contacts.example.com"
BOOK = "/123/carddavhome/card/"


class Split(FakeDav):
    """The principal answers on FRONT; the collections live on HOME."""

    hosts: list[str]

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.hosts.append(request.url.host)
        path = x.norm_href(str(request.url))
        if request.url.host == FRONT and request.method == "PROPFIND":
            return _xml(
                f"<d:response><d:href>{path}</d:href><d:propstat><d:prop>"
                "<d:current-user-principal><d:href>/123/principal/</d:href>"
                "</d:current-user-principal><card:addressbook-home-set>"
                f"<d:href>https://{HOME}:443/123/carddavhome/</d:href>"
                "</card:addressbook-home-set></d:prop>"
                "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
            )
        if (
            request.url.host == HOME
            and request.method == "PROPFIND"
            and path == "/123/carddavhome/"
        ):
            return _xml(
                f"<d:response><d:href>{BOOK}</d:href><d:propstat><d:prop><d:resourcetype>"
                "<d:collection/><card:addressbook/></d:resourcetype><d:displayname>Card"
                "</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
                "</d:response>"
            )
        return super().handle(request)

    def client(self, extra: tuple[str, ...] = ()) -> DavClient:
        return DavClient(
            f"https://{FRONT}/",
            "sara",
            "pw",
            extra_hosts=extra,
            transport=httpx.MockTransport(self.handle),
        )

    def factory(self, account: SyncAccount, password: str, options: SyncOptions) -> DavClient:
        return self.client(account.extra_hosts)


def _xml(inner: str) -> httpx.Response:
    body = (
        '<d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">'
        f"{inner}</d:multistatus>"
    )
    return httpx.Response(207, content=body.encode())


@pytest.fixture
def split() -> Split:
    server = Split()
    server.hosts = []
    return server


def test_another_host_is_not_contacted_until_allowed(split: Split) -> None:
    with split.client() as client, pytest.raises(OtherHost) as caught:
        discover(client)
    assert caught.value.host == HOME
    assert HOME in str(caught.value)
    assert set(split.hosts) == {FRONT}


def test_an_allowed_host_gives_collections_with_their_full_address(
    split: Split, tmp_path: Path
) -> None:
    with split.client((HOME,)) as client:
        (book,) = discover(client)
    assert book.url == f"https://{HOME}:443{BOOK}"
    account = choose(SyncAccount("a", f"https://{FRONT}/", "sara", extra_hosts=(HOME,)), book, None)
    open_database(tmp_path / DB_FILENAME)
    try:
        save_contact(ContactData(given_name="Rana"))
        split.hosts.clear()
        report = sync_account(account, "pw", client_factory=split.factory)
    finally:
        close_database()
    assert report.pushed == 1
    assert set(split.hosts) == {HOME}
    (stored,) = split.in_collection(BOOK)
    assert "FN:Rana" in split.store[stored][1]


def test_the_other_host_is_refused_when_the_account_no_longer_allows_it(
    split: Split, tmp_path: Path
) -> None:
    account = SyncAccount("a", f"https://{FRONT}/", "sara", addressbook_url=f"https://{HOME}{BOOK}")
    open_database(tmp_path / DB_FILENAME)
    try:
        with pytest.raises(Exception, match="another host"):
            sync_account(account, "pw", client_factory=split.factory)
    finally:
        close_database()
    assert HOME not in split.hosts
