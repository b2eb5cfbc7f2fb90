"""Captured conversations sync like other interactions, with their capture key, never twice."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.db.records import Contact, Interaction
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import InteractionKind
from netdesk.store.contact_store import save_contact
from netdesk.store.interaction_store import add_interaction

from .radicale_server import DavServer, Side

pytestmark = pytest.mark.slow
KEY = "whatsapp:3f2a9c:2024-05-01"


def _captured(side: Side, contact_uid: str, summary: str) -> str:
    with side.use():
        contact = Contact.get(Contact.uid == contact_uid).id
        when = dt.datetime(2024, 5, 1, 20)
        made = add_interaction(InteractionData(when, InteractionKind.MESSAGE, summary), [contact])
        Interaction.update(
            capture_key=KEY, capture_source="whatsapp:Chat with Mona.txt", capture_count=12
        ).where(Interaction.id == made).execute()
        return str(Interaction.get_by_id(made).uid)


def _live(side: Side) -> list[tuple[str, str | None, str, int | None]]:
    with side.use():
        rows = Interaction.select().where(Interaction.deleted_at.is_null())
        return sorted((r.uid, r.capture_key, r.capture_source, r.capture_count) for r in rows)


def _mona(side_a: Side, side_b: Side) -> str:
    with side_a.use():
        uid = str(Contact.get_by_id(save_contact(ContactData(given_name="Mona"))).uid)
    side_a.sync()
    side_b.sync()
    return uid


def test_a_captured_conversation_arrives_with_its_key(side_a: Side, side_b: Side) -> None:
    uid = _captured(side_a, _mona(side_a, side_b), "12 messages")
    side_a.sync()
    assert side_b.sync().journals_pulled == 1
    assert _live(side_b) == [(uid, KEY, "whatsapp:Chat with Mona.txt", 12)]


def test_the_same_conversation_captured_on_two_machines_ends_up_once(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    mona = _mona(side_a, side_b)
    first, second = _captured(side_a, mona, "from A"), _captured(side_b, mona, "from B")
    for side in (side_a, side_b, side_a, side_b):
        side.sync()
    kept = min(first, second)
    assert [row[0] for row in _live(side_a)] == [kept]
    assert _live(side_a) == _live(side_b)
    with server.client() as client:
        listed = client.changes(side_a.account.calendar_url, "", {}).changed
        texts = client.fetch(side_a.account.calendar_url, "calendar", list(listed))
    journals = [r.text for r in texts.values() if "BEGIN:VJOURNAL" in r.text]
    assert len(journals) == 1
    assert KEY in journals[0].replace("\r\n ", "")
