"""A server that advertises vCard 4.0 gets 4.0; one that does not (or says nothing) gets 3.0."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.store.contact_store import load_contact, save_contact
from netdesk.sync.accounts import SyncAccount, choose
from netdesk.sync.dav import DavClient
from netdesk.sync.discovery import collections, discover, make_collection

from .conftest import make_side
from .radicale_server import USER
from .xandikos_server import Xandikos


@pytest.fixture(scope="module")
def xandikos4(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Xandikos]:
    if importlib.util.find_spec("xandikos") is None:
        pytest.skip("xandikos is not installed (pip install -e '.[dev]')")
    server = Xandikos(tmp_path_factory.mktemp("xandikos4"), vcard4=True)
    server.start()
    yield server
    server.stop()


def _advertising(*versions: str) -> DavClient:
    data = "".join(
        f'<card:address-data-type content-type="text/vcard" version="{v}"/>' for v in versions
    )
    supported = (
        f"<card:supported-address-data>{data}</card:supported-address-data>" if versions else ""
    )

    def handler(request: httpx.Request) -> httpx.Response:
        body = (
            '<d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">'
            "<d:response><d:href>/home/book/</d:href><d:propstat><d:prop><d:resourcetype>"
            f"<d:collection/><card:addressbook/></d:resourcetype>{supported}</d:prop>"
            "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
        )
        return httpx.Response(207, content=body.encode())

    return DavClient("https://dav.example.com/", "u", "p", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("versions", "chosen"), [(("3.0", "4.0"), "4.0"), (("3.0",), "3.0"), ((), "3.0")]
)
def test_the_version_follows_what_the_address_book_advertises(
    versions: tuple[str, ...], chosen: str
) -> None:
    with _advertising(*versions) as client:
        (book,) = collections(client, "/home/")
    assert book.vcard_version == chosen
    assert (
        choose(SyncAccount("a", "https://dav.example.com/", "u"), book, None).vcard_version
        == chosen
    )


@pytest.mark.slow
def test_a_server_advertising_4_gets_4_and_every_field_survives(
    xandikos4: Xandikos, tmp_path: Path
) -> None:
    book, cal = xandikos4.book_path(1), xandikos4.calendar_path(1)
    with xandikos4.client() as client:
        make_collection(client, book, "addressbook", "Contacts")
        make_collection(client, cal, "calendar", "Calendar")
        found = {c.url: c for c in discover(client)}
    assert found[book].vcard_version == "4.0"
    sides = [make_side(name, tmp_path, xandikos4, book, cal) for name in ("a", "b")]
    for side in sides:
        side.account = choose(side.account, found[book], found[cal])
        side.account.username = USER
    mona = ContactData(
        given_name="منى",
        family_name="Hassan",
        organization="Nile Labs",
        job_title="CTO",
        nickname="Mo",
        birthday=PartialDate(4, 15, None),
        notes="Likes tea; not coffee.\nSecond line",
        emails=[Labeled("mona@nile.example", "work")],
        phones=[Labeled("+20 100 123 4567", "mobile")],
        urls=[Labeled("https://www.linkedin.com/in/mona", "linkedin")],
        tags=["AI", "Cairo"],
    )
    with sides[0].use():
        uid = Contact.get_by_id(save_contact(mona)).uid
    assert sides[0].sync().pushed == 1
    with xandikos4.client() as client:
        stored = client.get(book + f"{uid}.vcf")
    assert stored is not None
    assert "VERSION:4.0" in stored.text
    assert sides[1].sync().pulled == 1
    with sides[1].use():
        got = load_contact(Contact.get(Contact.uid == uid).id)
    mona.id, mona.uid = got.id, uid
    assert got == mona
    assert sides[1].sync().summary() == "pulled 0, pushed 0, merged 0, conflicts 0"
