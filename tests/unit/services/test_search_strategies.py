"""A search has two ways to its first rows in name order; both give the same rows."""

import random

import pytest

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.services.contacts import ContactService
from netdesk.store import bulk
from netdesk.store.contact_query import ContactQuery, _many_matches, build_query, query_ids

GIVEN = ["Lina", "Celine", "Rana", "Zeina", "Malin", "Omar", "لينا", "رنا"]
FAMILY = ["Linden", "Haddad", "Kline", "Saleh", "خليل", "Berlin"]


@pytest.fixture
def crowd(contacts: ContactService) -> None:
    rng = random.Random(7)
    people = [
        (
            ContactData(
                given_name=rng.choice(GIVEN),
                family_name=rng.choice(FAMILY),
                tags=["LinkedIn"] if rng.random() < 0.3 else [],
            ),
            "2026-01-01 09:00:00",
        )
        for _ in range(300)
    ]
    with database.atomic():
        bulk.insert_contacts(people)


def _ids(q: ContactQuery, walk: bool) -> list[int]:
    sql, params = build_query(q, walk_names=walk)
    return [r[0] for r in database.execute_sql(sql, params)]


@pytest.mark.usefixtures("crowd")
@pytest.mark.parametrize("text", ["lin", "ran", "lin kli", "لين", "xyz", "lin li"])
@pytest.mark.parametrize("arabic_first", [False, True])
@pytest.mark.parametrize("descending", [False, True])
def test_walking_the_names_finds_what_sorting_the_matches_finds(
    text: str, arabic_first: bool, descending: bool
) -> None:
    q = ContactQuery(text=text, arabic_first=arabic_first, descending=descending, limit=25)
    assert _ids(q, walk=True) == _ids(q, walk=False)
    assert query_ids(q) == _ids(q, walk=False)


@pytest.mark.usefixtures("crowd")
def test_common_trigrams_walk_the_names_and_rare_ones_sort() -> None:
    common = ContactQuery(text="lin", limit=25)  # Lina, Celine, Malin, Linden, LinkedIn
    assert _many_matches(common)
    sql, params = build_query(common, walk_names=True)
    plan = " ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "contact_list_name" in plan and "TEMP B-TREE" not in plan
    assert not _many_matches(ContactQuery(text="zei", limit=25))  # only Zeina
    assert not _many_matches(ContactQuery(text="lina", limit=25))  # four letters: rare
    assert not _many_matches(ContactQuery(text="lin"))  # the whole result: no limit
