"""What the printed summary is given: one balance line's counts, open and closed asks."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, open_database
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction
from netdesk.printing.summary_data import GiveAndTake
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.services.network import NetworkService
from netdesk.services.summary import summary_data
from netdesk.store import ledger_store


@pytest.fixture
def svc(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    contacts = ContactService(QUndoStack())
    yield contacts, InteractionService(contacts), NetworkService(contacts)
    close_database()


def test_summary_data_has_the_balance_and_asks_with_outcomes(svc):
    contacts, interactions, network = svc
    sara = contacts.add(ContactData(given_name="Sara"))
    day = dt.date(2026, 1, 1)
    for n, direction in enumerate([Direction.GAVE, Direction.GAVE, Direction.RECEIVED]):
        when = dt.datetime(2026, 1, 1 + n, 10)
        interactions.log(InteractionData(when=when, direction=direction, summary=f"t{n}"), [sara])
    network.add_ask(sara, "Shared the Fawry job listing", is_offer=True, asked_on=day)
    network.add_ask(sara, "Referral at Careem", asked_on=day)
    network.add_ask(sara, "Review my CV", asked_on=day + dt.timedelta(days=1))
    network.add_ask(sara, "Intro to Instabug", asked_on=day + dt.timedelta(days=2))
    network.add_ask(sara, "Still waiting", asked_on=day + dt.timedelta(days=3))
    asks = {a.what: a for a in ledger_store.asks_for(sara)}
    network.set_ask_status(asks["Review my CV"], "done", "Two pages of notes")
    network.set_ask_status(asks["Intro to Instabug"], "declined", "No opening")

    data = summary_data(sara)

    # Gave: two interactions and the offer; received: one interaction and the done ask.
    assert data.balance == GiveAndTake(gave=3, received=2)
    assert [a.what for a in data.open_asks] == ["Still waiting", "Referral at Careem"]
    closed = [(a.what, a.status, a.outcome) for a in data.closed_asks]
    assert closed == [
        ("Intro to Instabug", "declined", "No opening"),
        ("Review my CV", "done", "Two pages of notes"),
    ]
    assert [i.summary for i in data.interactions] == ["t2", "t1", "t0"]
    # Closed today: the brief dates an outcome by when it came, not when it was asked.
    assert {a.when for a in data.closed_asks} == {dt.date.today()}
