import datetime as dt

from PySide6.QtCore import Qt

from netdesk.domain.text import without_bidi_controls
from netdesk.models.timeline import PAGE, TimelineModel, TimelineRole
from netdesk.store import ledger_store
from tests.visual_order import reads_left_to_right

from .conftest import log


def test_qtmodeltester(qtmodeltester, context, people):
    for day in range(1, 5):
        log(context, [people["sara"]], dt.datetime(2026, day, 3, 10), f"Talk {day}")
    model = TimelineModel(context.interactions)
    model.set_contact(people["sara"])
    qtmodeltester.check(model, force_py=True)


def test_newest_first_grouped_by_month(context, people):
    log(context, [people["sara"]], dt.datetime(2026, 3, 1, 10), "March coffee")
    log(context, [people["sara"]], dt.datetime(2026, 3, 20, 10), "March call")
    log(context, [people["sara"]], dt.datetime(2026, 1, 9, 10), "January lunch")
    model = TimelineModel(context.interactions)
    model.set_contact(people["sara"])
    headers = [model.index(r).data(TimelineRole.IS_HEADER) for r in range(model.rowCount())]
    summaries = [model.index(r).data(TimelineRole.SUMMARY) for r in range(model.rowCount())]
    assert headers == [True, False, False, True, False]
    assert summaries[1:3] == ["March call", "March coffee"]
    assert summaries[4] == "January lunch"


def test_lazy_loading_fetches_more(qtbot, context, people):
    start = dt.datetime(2020, 1, 1, 9)
    for i in range(PAGE + 30):
        log(context, [people["omar"]], start + dt.timedelta(days=i), f"Note {i}")
    model = TimelineModel(context.interactions)
    model.set_contact(people["omar"])
    first = len(model.entry_ids())
    assert first == PAGE
    assert model.canFetchMore(model.index(-1))
    with qtbot.wait_signal(model.rowsInserted):
        model.fetchMore(model.index(-1))
    assert len(model.entry_ids()) == PAGE + 30
    assert not model.canFetchMore(model.index(-1))


def test_shared_interaction_on_both_timelines(context, people):
    log(context, [people["sara"], people["omar"]], dt.datetime(2026, 2, 2, 12), "Lunch")
    for who in ("sara", "omar"):
        model = TimelineModel(context.interactions)
        model.set_contact(people[who])
        assert model.index(1).data(TimelineRole.PARTICIPANTS) == ["Sara Ali", "Omar Haddad"]


def test_reloads_when_its_contact_changes(qtbot, context, people):
    model = TimelineModel(context.interactions)
    model.set_contact(people["ahmed"])
    assert model.rowCount() == 0
    with qtbot.wait_signal(model.modelReset):
        log(context, [people["ahmed"]], dt.datetime(2026, 5, 5, 8), "Met at PyCon")
    assert model.rowCount() == 2


def test_shown_text_isolates_what_the_user_wrote(context, people):
    rlo = "\u202e"
    log(context, [people["sara"]], dt.datetime(2026, 2, 2, 12), f"Sent {rlo}gnp.exe")
    model = TimelineModel(context.interactions)
    model.set_contact(people["sara"])
    entry = model.index(1)
    _meta, summary = entry.data().split("\n")
    assert summary == "\u2068Sent gnp.exe\u2069"
    assert reads_left_to_right(summary, "gnp.exe")
    assert entry.data(Qt.ItemDataRole.ToolTipRole) == summary
    assert entry.data(TimelineRole.SUMMARY) == f"Sent {rlo}gnp.exe"  # stored as written


def test_a_closed_ask_shows_its_outcome_on_the_timeline(qtmodeltester, context, people):
    sara = people["sara"]
    log(context, [sara], dt.datetime(2026, 3, 1, 10), "March coffee")
    context.network.add_ask(sara, "Referral at Careem", asked_on=dt.date(2026, 2, 1))
    context.network.add_ask(
        sara, "Intro to Fawry HR", asked_on=dt.date(2026, 3, 2), follow_up=dt.date(2026, 3, 9)
    )
    referral = next(a for a in ledger_store.asks_for(sara) if a.what == "Referral at Careem")
    context.network.set_ask_status(referral, "done", "Got the interview")
    model = TimelineModel(context.interactions)
    model.set_contact(sara)
    qtmodeltester.check(model, force_py=True)
    entries = [model.index(r) for r in range(model.rowCount())]
    summaries = [
        without_bidi_controls(i.data(TimelineRole.SUMMARY))
        for i in entries
        if not i.data(TimelineRole.IS_HEADER)
    ]
    # Closed today (newest), the open ask on the day it was made, then the coffee.
    assert summaries == [
        "Asked: Referral at Careem — outcome: Got the interview",
        "Asked: Intro to Fawry HR",
        "March coffee",
    ]
    done = entries[1]
    assert done.data(TimelineRole.META).endswith("Ask · Done")
    assert done.data(TimelineRole.ID) is None  # not an interaction to edit or delete
    waiting = next(i for i in entries if "Fawry" in str(i.data(TimelineRole.SUMMARY)))
    # What was asked, and what came of it, each isolated from the words around it.
    assert reads_left_to_right(done.data(TimelineRole.SUMMARY), "Got the interview")
    assert "Open · follow up" in waiting.data(TimelineRole.META)
    assert model.total == 3 and len(model.entry_ids()) == 1


def test_an_ask_quoting_a_placeholder_keeps_it(context, people):
    """The ask's own words go in whole: a "%2" in them is text, not the outcome's place."""
    sara = people["sara"]
    context.network.add_ask(sara, "Discount code 50%2OFF", asked_on=dt.date(2026, 2, 1))
    (ask,) = ledger_store.asks_for(sara)
    context.network.set_ask_status(ask, "done", "It worked")
    model = TimelineModel(context.interactions)
    model.set_contact(sara)
    (summary,) = [
        without_bidi_controls(model.index(r).data(TimelineRole.SUMMARY))
        for r in range(model.rowCount())
        if not model.index(r).data(TimelineRole.IS_HEADER)
    ]
    assert summary == "Asked: Discount code 50%2OFF — outcome: It worked"


def test_a_page_exactly_full_then_nothing_more(qtbot, context, people):
    start = dt.datetime(2020, 1, 1, 9)
    for i in range(PAGE):
        log(context, [people["omar"]], start + dt.timedelta(days=i), f"Note {i}")
    model = TimelineModel(context.interactions)
    model.set_contact(people["omar"])
    assert model.interactions == PAGE and model.canFetchMore(model.index(-1))
    rows = model.rowCount()
    model.fetchMore(model.index(-1))
    assert model.rowCount() == rows and not model.canFetchMore(model.index(-1))


def test_showing_a_contact_counts_only_the_interactions(monkeypatch, context, people):
    """The asks are not counted to know whether more rows follow: a full page says so."""
    log(context, [people["sara"]], dt.datetime(2026, 3, 1, 10), "March coffee")
    context.network.add_ask(people["sara"], "Referral", asked_on=dt.date(2026, 2, 1))
    model = TimelineModel(context.interactions)
    counted: list[int] = []
    interaction_count = context.interactions.interaction_count

    def count(contact_id: int) -> int:
        counted.append(contact_id)
        return int(interaction_count(contact_id))

    def count_all(contact_id: int) -> int:
        raise AssertionError("the asks need no count")

    monkeypatch.setattr(context.interactions, "timeline_count", count_all)
    monkeypatch.setattr(context.interactions, "interaction_count", count)
    model.set_contact(people["sara"])
    assert model.interactions == 1 and model.interactions == 1
    assert counted == [people["sara"]]
    assert model.rowCount() == 4 and not model.canFetchMore(model.index(-1))


def test_lines_say_how_tall_each_row_is(context, people):
    log(context, [people["sara"], people["omar"]], dt.datetime(2026, 2, 2, 12), "Lunch")
    context.network.add_ask(people["sara"], "Referral", asked_on=dt.date(2026, 1, 5))
    model = TimelineModel(context.interactions)
    model.set_contact(people["sara"])
    lines = [model.index(r).data(TimelineRole.LINES) for r in range(model.rowCount())]
    assert lines == [1, 3, 1, 2]  # February, the lunch with Omar, January, the ask
