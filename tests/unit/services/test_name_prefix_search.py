"""One or two typed letters: the word-start index of schema step 5 against a plain scan.

The index is kept by triggers, so every writer (a save, a rename, a bulk import, a purge)
must leave it giving exactly what a LIKE over every name gives, in the same order.
"""

import itertools

import pytest

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.enums import Circle
from netdesk.domain.text import fold
from netdesk.services.contacts import ContactService
from netdesk.store import bulk
from netdesk.store.contact_query import ContactQuery, SortColumn, build_query

NOW = "2026-11-26 09:00:00"
NAMES = [
    ("Rana", "Ezzat"),
    ("rami", "Saleh"),
    ("Ramy", "Abdel Rahman"),
    ("Zeina", "Raouf"),
    ("مريم", "خليل"),
    ("محمد", "المصري"),
    ("مُحمّد", "رمضان"),
    ("Mariam", "محمود"),
    ("Émile", "Ravel"),
    ("a", "b"),
    ("Ra", "Ra Ra"),
]


def _scan(q: ContactQuery) -> list[int]:
    """What the search means, written as the scan it replaces."""
    where = ["deleted_at IS NULL", "archived = 0"]
    params: list[object] = []
    for token in fold(q.text).split():
        where.append("(sort_key LIKE ? OR sort_key LIKE ?)")
        params += [token + "%", "% " + token + "%"]
    if q.circle is not None:
        where.append("circle = ?")
        params.append(q.circle)
    direction = "DESC" if q.descending else "ASC"
    order = f"sort_key {direction}, id {direction}"
    if q.arabic_first:
        order = f"sort_script {'ASC' if q.descending else 'DESC'}, " + order
    sql = f"SELECT id FROM contact WHERE {' AND '.join(where)} ORDER BY {order}"
    return [r[0] for r in database.execute_sql(sql, params)]


def _query(q: ContactQuery) -> list[int]:
    sql, params = build_query(q)
    return [r[0] for r in database.execute_sql(sql, params)]


def _typed() -> list[str]:
    return ["r", "ra", "R", "Ra", "م", "مر", "مح", "مُ", "e", "ez", "a", "b", "ra ez", "x", "é"]


def _check_all() -> None:
    for text, arabic_first, descending, circle in itertools.product(
        _typed(), (False, True), (False, True), (None, Circle.FRIEND.value)
    ):
        q = ContactQuery(text=text, arabic_first=arabic_first, descending=descending, circle=circle)
        assert _query(q) == _scan(q), q


@pytest.fixture
def people(contacts: ContactService) -> list[int]:
    return [
        contacts.add(
            ContactData(given_name=g, family_name=f, circle=Circle.FRIEND if i % 2 else "")
        )
        for i, (g, f) in enumerate(NAMES)
    ]


def test_word_starts_match_the_scan_in_order(people: list[int]) -> None:
    _check_all()
    q = ContactQuery(text="ra")
    assert "contact_prefix" in build_query(q)[0]
    assert len(_query(q)) == 6  # Rana, Raouf, Rahman, Ravel and "Ra Ra Ra" once


def test_renames_deletes_and_purges_keep_the_index(
    contacts: ContactService, people: list[int]
) -> None:
    rana = contacts.get(people[0])
    rana.given_name, rana.family_name = "Yasmin", "Nour"
    contacts.update(people[0], rana)
    assert people[0] not in _query(ContactQuery(text="ra"))
    assert people[0] in _query(ContactQuery(text="no"))
    contacts.delete([people[1]])
    assert people[1] not in _query(ContactQuery(text="ra"))
    _check_all()
    contacts.undo_stack.undo()  # the deletion
    assert people[1] in _query(ContactQuery(text="ra"))
    contacts.delete([people[2]])
    contacts.delete_forever([people[2]])
    remaining = database.execute_sql(
        "SELECT COUNT(*) FROM contact_prefix WHERE contact_id = ?", (people[2],)
    ).fetchone()[0]
    assert remaining == 0
    _check_all()


def test_bulk_inserts_are_indexed(contacts: ContactService) -> None:
    incoming = [(ContactData(given_name=g, family_name=f), NOW) for g, f in NAMES]
    with database.atomic():
        bulk.insert_contacts(incoming, region="EG")
    _check_all()


def test_other_sorts_and_longer_text_do_not_use_the_word_starts(people: list[int]) -> None:
    for q in (
        ContactQuery(text="ra", sort=SortColumn.ORGANIZATION),
        ContactQuery(text="ram"),
        ContactQuery(text="ra", trash=True),
    ):
        assert "contact_prefix" not in build_query(q)[0]
    assert _query(ContactQuery(text="ra", sort=SortColumn.CIRCLE)) != []
