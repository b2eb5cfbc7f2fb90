import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, open_database
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.store import interaction_store, ledger_store
from netdesk.store.contact_query import ContactQuery
from netdesk.store.duplicates import find_duplicate_groups


@pytest.fixture
def svc(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    contacts = ContactService(QUndoStack(), region="EG")
    yield contacts, InteractionService(contacts)
    contacts.undo_stack.clear()
    close_database()


def test_groups_join_transitively(svc):
    contacts, _i = svc
    a = contacts.add(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
    b = contacts.add(
        ContactData(
            given_name="S. Ali",
            emails=[Labeled("SARA@x.example")],
            phones=[Labeled("0100 123 4567")],
        )
    )
    c = contacts.add(ContactData(given_name="Sara Ali", phones=[Labeled("+20 100 123 4567")]))
    d = contacts.add(ContactData(given_name="Omar", organization="Fawry"))
    e = contacts.add(ContactData(given_name="omar", organization="FAWRY"))
    contacts.add(ContactData(given_name="Unrelated"))
    groups = find_duplicate_groups()
    assert [sorted(g.ids) for g in groups] == [[a, b, c], [d, e]]
    assert groups[0].reasons == {"same email", "same phone number"}
    assert groups[1].reasons == {"same name and organisation"}
    # A name at an organisation proves nothing: listed for review, not to merge.
    assert [g.likely for g in groups] == [True, False]


def test_namesakes_and_junk_phone_cells_are_not_duplicates(svc):
    contacts, _i = svc
    for i in range(20):
        contacts.add(
            ContactData(
                given_name="Mohamed",
                family_name="Ahmed",
                organization="Aramco",
                emails=[Labeled(f"m{i}@aramco.example")],
                phones=[Labeled(f"+966 50 {i:03d} 4567")],
            )
        )
    contacts.add(
        ContactData(given_name="Sara", family_name="Ali", phones=[Labeled("home phone 2 test")])
    )
    contacts.add(ContactData(given_name="John", family_name="Smith", phones=[Labeled("phone 2")]))
    contacts.add(ContactData(given_name="Layla", organization="Fawry", phones=[Labeled("12345")]))
    contacts.add(ContactData(given_name="Hany", organization="Swvl", phones=[Labeled("12345")]))
    # The family's line: two names, two people.
    contacts.add(
        ContactData(given_name="Ahmed", family_name="Hassan", phones=[Labeled("02 2345 6789")])
    )
    contacts.add(
        ContactData(given_name="Mohamed", family_name="Hassan", phones=[Labeled("02 2345 6789")])
    )
    # Everyone at a company shares its website.
    contacts.add(ContactData(given_name="Rana", urls=[Labeled("https://fawry.example")]))
    contacts.add(ContactData(given_name="Tarek", urls=[Labeled("https://fawry.example")]))
    assert find_duplicate_groups() == []


def test_contradicted_evidence_is_only_possible(svc):
    contacts, _i = svc
    a = contacts.add(ContactData(given_name="Nour", emails=[Labeled("office@fawry.example")]))
    b = contacts.add(ContactData(given_name="Tarek", emails=[Labeled("office@fawry.example")]))
    c = contacts.add(
        ContactData(given_name="محمد", family_name="أحمد", phones=[Labeled("0100 123 4567")])
    )
    d = contacts.add(
        ContactData(given_name="Mohamed", family_name="Ahmed", phones=[Labeled("+20 100 123 4567")])
    )
    groups = find_duplicate_groups()
    assert [(sorted(g.ids), g.likely, g.reasons) for g in groups] == [
        ([a, b], False, {"same email"}),
        ([c, d], True, {"same phone number"}),
    ]


def test_merge_moves_timeline_and_asks_and_undoes(svc):
    contacts, interactions = svc
    keep = contacts.add(
        ContactData(given_name="Sara", job_title="Engineer", emails=[Labeled("sara@x.example")])
    )
    dup = contacts.add(
        ContactData(
            given_name="Sara",
            family_name="Ali",
            job_title="Manager",
            emails=[Labeled("sara@x.example")],
            phones=[Labeled("0100 123 4567")],
            tags=["Fintech"],
        )
    )
    both = interactions.log(
        InteractionData(when=dt.datetime(2026, 1, 1, 9), summary="Both"), [keep, dup]
    )
    only = interactions.log(
        InteractionData(when=dt.datetime(2026, 2, 1, 9), summary="Dup only"), [dup]
    )
    ledger_store.add_ask(dup, "Intro to the Fawry data team")
    contacts.merge(keep, [dup])
    merged = contacts.get(keep)
    assert merged.job_title == "Engineer"
    assert merged.family_name == "Ali"
    assert [p.value for p in merged.phones] == ["0100 123 4567"]
    assert merged.tags == ["Fintech"]
    assert [e.id for e in interaction_store.timeline(keep)] == [only, both]
    assert [a.what for a in ledger_store.asks_for(keep)] == ["Intro to the Fawry data team"]
    assert contacts.query_ids(ContactQuery()) == [keep]
    assert find_duplicate_groups() == []

    contacts.undo_stack.undo()
    assert sorted(contacts.query_ids(ContactQuery())) == [keep, dup]
    assert contacts.get(keep).family_name == ""
    assert [e.id for e in interaction_store.timeline(keep)] == [both]
    assert [e.id for e in interaction_store.timeline(dup)] == [only, both]
    assert ledger_store.asks_for(keep) == []
    assert len(ledger_store.asks_for(dup)) == 1
