"""The rest of a search (past its first rows) is ranked on a worker (issue 18)."""

from __future__ import annotations

from netdesk.domain.search_query import parse
from netdesk.models.contact_search import SearchState
from netdesk.services import search
from netdesk.services.context import AppContext
from netdesk.store.contact_query import ContactQuery


def _network(context: AppContext) -> None:
    from netdesk.sample import generate

    generate(150, seed=4, interactions_per_contact=6)


def test_the_rest_arrives_after_the_first_rows_in_the_ranked_order(qtbot, context) -> None:
    _network(context)
    state = SearchState(context.contacts)
    first = state.ids(ContactQuery(text="visa", limit=5), fresh=True)
    arrived: list[list[int]] = []
    assert state.rest_in_background(ContactQuery(text="visa"), len(first), arrived.append)
    qtbot.wait_until(lambda: bool(arrived), timeout=10_000)
    everyone = search.find(parse("visa"), with_reasons=False).ids
    assert len(everyone) > 5
    assert first + arrived[0] == everyone
    # The people who arrived have their reasons, as the first rows do.
    assert state.reason(arrived[0][0], arrived[0][:3]) is not None


def test_a_new_search_drops_the_rest_of_the_one_before(qtbot, context) -> None:
    _network(context)
    state = SearchState(context.contacts)
    state.ids(ContactQuery(text="visa", limit=5), fresh=True)
    arrived: list[list[int]] = []
    state.rest_in_background(ContactQuery(text="visa"), 5, arrived.append)
    ranking = state._rest.current
    assert ranking is not None
    state.ids(ContactQuery(text="referral", limit=5), fresh=True)
    assert ranking.wait(10)
    qtbot.wait(100)  # its delivery, had it not been dropped
    assert arrived == []


def test_the_name_search_has_no_rest_to_rank(context) -> None:
    state = SearchState(context.contacts)
    state.ids(ContactQuery(text="sa", limit=5), fresh=True)
    assert not state.rest_in_background(ContactQuery(text="sa"), 5, print)
