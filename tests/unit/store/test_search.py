"""Search over everything (issue 18): ranks, reasons, both scripts, filters."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.search_query import parse
from netdesk.store import search_index
from netdesk.store.contact_query import ContactQuery
from netdesk.store.contact_store import save_contact
from netdesk.store.interaction_store import add_interaction
from netdesk.store.search import Scope, ensure_indexed, search
from netdesk.store.search_reasons import MatchedField, reasons


def _person(**fields: object) -> int:
    return save_contact(ContactData(**fields))  # type: ignore[arg-type]


def _names(text: str, scope: Scope | None = None) -> list[int]:
    ensure_indexed()
    return [h.contact_id for h in search(parse(text), scope)]


@pytest.fixture
def network(db: SqliteDatabase) -> dict[str, int]:
    people = {
        "ahmed": _person(
            given_name="Ahmed", family_name="Hassan", circle="classmate", location="Dubai"
        ),
        "ahmad_ar": _person(given_name="أحمد", family_name="علي", location="Cairo"),
        "mohamed_ar": _person(
            given_name="محمد", family_name="سالم", circle="classmate", location="Dubai"
        ),
        "coach": _person(given_name="Sara", family_name="Lee", can_help_with="Interview prep"),
        "noter": _person(
            given_name="Omar", family_name="Nabil", notes="Did interview prep with my cousin"
        ),
        "visa": _person(given_name="Lina", family_name="Haddad"),
    }
    add_interaction(
        InteractionData(dt.datetime(2025, 10, 2, 10), summary="Helped with a visa letter"),
        [people["visa"]],
    )
    return people


def test_visa_is_found_through_the_timeline_with_the_reason(network: dict[str, int]) -> None:
    ensure_indexed()
    hits = search(parse("visa"))
    assert [h.contact_id for h in hits] == [network["visa"]]
    reason = reasons(hits, ["visa"])[network["visa"]]
    assert reason.field is MatchedField.TIMELINE
    assert reason.when == dt.date(2025, 10, 2)
    assert reason.snippet.marked() == "Helped with a *visa* letter"


def test_interview_prep_ranks_can_help_with_above_notes(network: dict[str, int]) -> None:
    ensure_indexed()
    query = parse("interview prep")
    hits = search(query)
    assert [h.contact_id for h in hits] == [network["coach"], network["noter"]]
    why = reasons(hits, list(query.terms))
    assert why[network["coach"]].field is MatchedField.CAN_HELP_WITH
    assert why[network["coach"]].snippet.marked() == "*Interview* *prep*"
    assert why[network["noter"]].field is MatchedField.NOTES


def test_arabic_finds_latin_and_latin_finds_arabic(network: dict[str, int]) -> None:
    assert _names("احمد") == [network["ahmad_ar"], network["ahmed"]]  # exact first
    assert _names("ahmed") == [network["ahmed"], network["ahmad_ar"]]
    assert _names("mohamed") == [network["mohamed_ar"]]
    assert _names("Muhammad") == [network["mohamed_ar"]]


def test_filters_combine_with_each_other_and_with_text(network: dict[str, int]) -> None:
    assert sorted(_names("circle:classmate in:Dubai")) == sorted(
        [network["ahmed"], network["mohamed_ar"]]
    )
    # Arabic keywords, and a place written in the other script.
    assert sorted(
        _names("دائرة:زميل_دراسة في:دبي", Scope(circle_names={"زميل دراسه": "classmate"}))
    ) == sorted([network["ahmed"], network["mohamed_ar"]])
    assert _names("circle:classmate in:Dubai mohamed") == [network["mohamed_ar"]]


def test_the_sidebar_scope_limits_the_search(network: dict[str, int]) -> None:
    assert _names("visa", Scope(ContactQuery(circle="classmate"))) == []
    assert _names("visa", Scope(ContactQuery())) == [network["visa"]]


def test_edits_and_deletions_reach_the_index(network: dict[str, int]) -> None:
    save_contact(
        ContactData(given_name="Lina", family_name="Haddad", notes="visa expert"), network["visa"]
    )
    assert _names("expert") == [network["visa"]]
    assert search_index.pending() == 0


def test_rebuild_gives_the_same_answers(network: dict[str, int]) -> None:
    before = _names("interview")
    search_index.rebuild()
    assert _names("interview") == before


@pytest.mark.parametrize(
    "text", ["visa", "referral", "تأشيرة", "sara", "mohamed", "cairo", "circle:classmate visa"]
)
def test_a_first_page_is_the_start_of_the_whole_result(db: SqliteDatabase, text: str) -> None:
    from netdesk.sample import generate

    generate(150, seed=4, interactions_per_contact=6)
    query = parse(text)
    everyone = search(query)
    assert everyone, text
    for limit in (1, 7, 40, 400):
        assert search(query, limit=limit) == everyone[:limit]


@pytest.mark.parametrize("walk_cost", [0, 10**9])
@pytest.mark.parametrize(
    "text",
    [
        "circle:classmate visa",
        "in:Dubai referral",
        "due visa",
        "fav referral",
        "circle:classmate",
        "circle:classmate g",
        "due m",
        "due s visa",
        "in:Dubai m",
    ],
)
def test_a_filtered_first_page_is_the_start_of_the_whole_result(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch, text: str, walk_cost: int
) -> None:
    """Whether the filters' people are walked to through the timeline or their own
    timelines are read, the first page is the start of the ranked whole."""
    from netdesk.sample import generate
    from netdesk.store import search as store_search

    generate(150, seed=4, interactions_per_contact=6)
    monkeypatch.setattr(store_search, "_WALK_COST", walk_cost)
    query = parse(text)
    everyone = search(query)
    assert everyone, text
    for limit in (1, 7, 40, 400):
        assert search(query, limit=limit) == everyone[:limit]


def test_the_filters_people_follow_an_edit(network: dict[str, int]) -> None:
    """The people a filter leaves are kept between keystrokes, not past a change."""
    from netdesk.store.contact_store import load_contact

    def first_page() -> list[int]:
        ensure_indexed()
        return [h.contact_id for h in search(parse("circle:classmate visa"), limit=10)]

    assert first_page() == []
    person = load_contact(network["visa"])
    person.circle = "classmate"
    save_contact(person, network["visa"])
    assert first_page() == [network["visa"]]


def test_help_topics_are_suggested_most_shared_first(db: SqliteDatabase) -> None:
    from netdesk.store.search_index import help_topics

    _person(given_name="A", can_help_with="Interview prep, CV review")
    _person(given_name="B", can_help_with="interview prep، توصية عمل")
    gone = _person(given_name="C", can_help_with="Fundraising")
    from netdesk.store.contact_store import set_deleted

    set_deleted([gone], True)
    ensure_indexed()
    assert help_topics() == [("Interview prep", 2), ("CV review", 1), ("توصية عمل", 1)]
    assert [h.contact_id for h in search(parse("helps:interview"))] != []


def test_asks_offers_events_and_introductions_answer_too(network: dict[str, int]) -> None:
    from netdesk.store.ledger_store import add_ask, add_introduction, create_event

    add_ask(network["ahmed"], "Sponsorship letter for the embassy", asked_on=dt.date(2025, 3, 1))
    add_ask(network["coach"], "Mock embassy interview", is_offer=True, asked_on=dt.date(2025, 4, 1))
    fair = create_event("Embassy careers fair", dt.date(2025, 5, 1), "Riyadh")
    add_interaction(
        InteractionData(dt.datetime(2025, 5, 1, 10), summary="Met at the fair"),
        [network["noter"]],
        event_id=fair,
    )
    add_introduction(network["visa"], network["ahmad_ar"], None, dt.date(2025, 6, 1), "Embassy")
    ensure_indexed()
    query = parse("embassy")
    hits = search(query)
    why = reasons(hits, list(query.terms))
    found = {cid: (why[cid].field, why[cid].when) for cid in (h.contact_id for h in hits)}
    assert found == {
        network["visa"]: (MatchedField.INTRODUCTION, dt.date(2025, 6, 1)),
        network["ahmad_ar"]: (MatchedField.INTRODUCTION, dt.date(2025, 6, 1)),
        network["noter"]: (MatchedField.EVENT, dt.date(2025, 5, 1)),
        network["coach"]: (MatchedField.OFFER, dt.date(2025, 4, 1)),
        network["ahmed"]: (MatchedField.ASK, dt.date(2025, 3, 1)),
    }
    # The timeline tier is newest first; the two of one introduction in name order.
    assert [h.contact_id for h in hits][2:] == [
        network["noter"],
        network["coach"],
        network["ahmed"],
    ]


def test_organisations_and_places_are_found_in_either_script(db: SqliteDatabase) -> None:
    from netdesk.store.contact_store import organization_for, set_past_organizations

    aramco = _person(given_name="Sami", organization="أرامكو السعودية", location="الظهران")
    former = _person(given_name="Nour", organization="Careem", location="Dubai")
    org = organization_for("Saudi Aramco")
    assert org is not None
    set_past_organizations(former, [(int(org.id), dt.date(2020, 1, 1))])
    assert sorted(_names("at:Aramco")) == sorted([aramco, former])
    assert _names("in:دبي") == [former]
    assert _names("in:Dhahran") == [aramco]
    assert _names("at:Careem in:Dubai") == [former]


def test_every_match_has_its_reason_past_one_query_of_ids(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`netdesk find` gives a reason for each match: read in parts of ids, all of them."""
    from netdesk.store import bulk, search_reasons

    monkeypatch.setattr(search_reasons, "_IDS_AT_ONCE", 7)
    bulk.insert_contacts(
        [(ContactData(given_name=f"Zephyr {i}"), "2025-01-01 00:00:00") for i in range(30)], ""
    )
    people = [_person(given_name=f"Noor {i}", notes="met at the visa office") for i in range(9)]
    for i, person in enumerate(people[:4]):
        add_interaction(InteractionData(dt.datetime(2025, 1, 1 + i), summary="visa help"), [person])
    ensure_indexed()
    for text, wanted in (("zephyr", 30), ("visa", 9)):
        hits = search(parse(text))
        found = reasons(hits, [text])
        assert len(hits) == len(found) == wanted
        assert all(text in r.snippet.text.lower() for r in found.values())
