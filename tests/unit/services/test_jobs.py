"""The job search through its service: stages and undo, referral paths, asks, sharing."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.domain.outreach import Purpose
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.services.jobs import (
    Channel,
    JobService,
    OpeningEntry,
    OpeningFields,
    Relation,
    Stage,
)
from netdesk.services.network import NetworkService
from netdesk.store import contact_store, interaction_store, ledger_store
from netdesk.store.referrals import Link

TODAY = dt.date.today()


@pytest.fixture
def network(interactions: InteractionService, contacts: ContactService) -> NetworkService:
    return NetworkService(contacts)


@pytest.fixture
def jobs(interactions: InteractionService, network: NetworkService) -> JobService:
    return JobService(interactions, network)


def _person(contacts: ContactService, name: str, org: str = "", circle: str = "") -> int:
    given, family = name.split()
    return contacts.add(
        ContactData(given_name=given, family_name=family, organization=org, circle=circle)
    )


def _opening(jobs: JobService, oid: int) -> OpeningEntry:
    entry = jobs.opening(oid)
    assert entry is not None
    return entry


def _talk(cid: int, days_ago: int, direction: Direction = Direction.MUTUAL, n: int = 1) -> None:
    for i in range(n):
        when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago + i), dt.time(10))
        interaction_store.add_interaction(InteractionData(when, direction=direction), [cid])


def test_stage_moves_are_undoable_one_step_each(jobs: JobService, undo_stack: QUndoStack) -> None:
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist", "https://x.example/1"))
    (entry,) = jobs.openings()
    assert (entry.stage, entry.organization, entry.title) == (
        Stage.INTERESTED,
        "Careem",
        "Data Scientist",
    )
    assert [t.name for t in jobs.targets()] == ["Careem"]
    for stage in (Stage.APPLIED, Stage.INTERVIEWING, Stage.OFFER):
        assert jobs.move(oid, stage)
    assert not jobs.move(oid, Stage.OFFER)  # already there: no undo step
    assert _opening(jobs, oid).stage == Stage.OFFER
    undo_stack.undo()
    assert _opening(jobs, oid).stage == Stage.INTERVIEWING
    undo_stack.undo()
    undo_stack.undo()
    assert _opening(jobs, oid).stage == Stage.INTERESTED
    undo_stack.redo()
    assert _opening(jobs, oid).stage == Stage.APPLIED
    with pytest.raises(ValueError, match="Unknown stage"):
        jobs.move(oid, "hired")


def test_board_order_and_delete_with_undo(jobs: JobService, undo_stack: QUndoStack) -> None:
    late = jobs.add_opening(OpeningFields("Fawry", "Backend Engineer"), Stage.INTERVIEWING)
    early = jobs.add_opening(OpeningFields("Swvl", "Product Manager"))
    assert [o.id for o in jobs.openings()] == [early, late]  # by stage, then the rest
    jobs.delete_opening(early)
    assert [o.id for o in jobs.openings()] == [late]
    undo_stack.undo()
    assert [o.id for o in jobs.openings()] == [early, late]
    with pytest.raises(ValueError, match="title and an organisation"):
        jobs.add_opening(OpeningFields("", "No organisation"))


def test_edit_opening_moves_it_to_another_organisation_and_back(
    jobs: JobService, undo_stack: QUndoStack
) -> None:
    oid = jobs.add_opening(OpeningFields("Careem", "Analyst"))
    jobs.edit_opening(_opening(jobs, oid), OpeningFields("Instabug", "Senior Analyst", notes="n"))
    assert (_opening(jobs, oid).organization, _opening(jobs, oid).title) == (
        "Instabug",
        "Senior Analyst",
    )
    undo_stack.undo()
    assert (_opening(jobs, oid).organization, _opening(jobs, oid).title) == ("Careem", "Analyst")


def test_referral_paths_current_former_connected_in_documented_order(
    jobs: JobService, contacts: ContactService
) -> None:
    """A generated network: two people at Careem now, one who left, one introduced to an
    insider, one met at an event with an insider, one alumna like an insider; Omar is
    tied to no one there."""
    strong = _person(contacts, "Sara Ali", "Careem")
    weak = _person(contacts, "Hany Adel", "Careem", Circle.ALUMNI)
    left = _person(contacts, "Mona Salem", "Fawry")
    intro = _person(contacts, "Karim Nabil", "Swvl")
    met = _person(contacts, "Dina Fouad", "Vodafone")
    alum = _person(contacts, "Laila Farah", "", Circle.ALUMNI)
    _person(contacts, "Omar Said", "Swvl")
    careem = contacts.organization_named("Careem")
    assert careem is not None
    contact_store.set_past_organizations(left, [(careem, TODAY - dt.timedelta(days=200))])
    _talk(strong, 3, n=6)
    _talk(weak, 300)
    _talk(left, 20, Direction.GAVE, n=2)
    _talk(intro, 10, n=3)
    _talk(met, 400)
    ledger_store.add_introduction(intro, weak, None)
    event = ledger_store.create_event("Cairo ICT", TODAY - dt.timedelta(days=30), "", "conference")
    when = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(9))
    interaction_store.add_interaction(
        InteractionData(when, kind=InteractionKind.EVENT), [met, strong], event
    )
    paths = jobs.paths(careem)
    assert [(p.id, p.relation) for p in paths] == [
        (strong, Relation.CURRENT),
        (weak, Relation.CURRENT),
        (left, Relation.FORMER),
        (intro, Relation.CONNECTED),
        (met, Relation.CONNECTED),
        (alum, Relation.CONNECTED),
    ]
    scores = {p.id: p.strength.score for p in paths}
    assert scores[strong] > scores[weak] and scores[intro] > scores[met] > scores[alum] == 0
    by_id = {p.id: p for p in paths}
    via_intro, via_met = by_id[intro].via, by_id[met].via
    assert via_intro is not None and via_met is not None
    assert (by_id[intro].link, via_intro.id) == (Link.INTRODUCTION, weak)
    assert (by_id[met].link, via_met.id, by_id[met].event) == (
        Link.EVENT,
        strong,
        "Cairo ICT",
    )
    assert by_id[alum].link == Link.ALUMNI
    assert by_id[left].left_on == TODAY - dt.timedelta(days=200)


def test_why_in_words(jobs: JobService, contacts: ContactService) -> None:
    from netdesk.services.job_words import why

    sara = _person(contacts, "Sara Ali", "Careem")
    _talk(sara, 21, Direction.GAVE, n=2)
    careem = contacts.organization_named("Careem")
    assert careem is not None
    (path,) = jobs.paths(careem)
    text = why(path, "Careem")
    assert text.startswith("works at \u2068Careem\u2069, last spoke 3 week")
    assert "you helped them 2 time" in text


def test_ask_for_referral_is_one_undo_step_and_comes_due(
    jobs: JobService, contacts: ContactService, undo_stack: QUndoStack
) -> None:
    sara = _person(contacts, "Sara Ali", "Careem")
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    steps = undo_stack.count()
    ask = jobs.ask_for_referral(oid, sara, "Refer me for Data Scientist", TODAY)
    assert undo_stack.count() == steps + 1
    entry = _opening(jobs, oid)
    assert (entry.stage, entry.asks_open) == (Stage.REFERRAL, 1)
    (recorded,) = ledger_store.asks_for(sara)
    assert (recorded.id, recorded.kind, recorded.follow_up) == (ask, "referral", TODAY)
    today = jobs.today()
    assert [(i.kind, i.id) for i in today if i.id == sara] == [("follow_up", sara)]
    undo_stack.undo()
    assert ledger_store.asks_for(sara) == []
    assert (_opening(jobs, oid).stage, _opening(jobs, oid).asks_open) == (Stage.INTERESTED, 0)


def test_ask_for_referral_default_follow_up_is_a_week(
    jobs: JobService, contacts: ContactService
) -> None:
    sara = _person(contacts, "Sara Ali", "Careem")
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"), Stage.APPLIED)
    jobs.ask_for_referral(oid, sara, "Refer me")
    (recorded,) = ledger_store.asks_for(sara)
    assert recorded.follow_up == TODAY + dt.timedelta(days=7)
    assert _opening(jobs, oid).stage == Stage.APPLIED  # past "interested": left where it is


@pytest.mark.parametrize(
    ("purpose", "channel", "kind", "direction"),
    [
        (Purpose.HELLO, Channel.MAIL, "email", "mutual"),
        (Purpose.CONGRATULATE, Channel.WHATSAPP, "message", "gave"),
        (Purpose.SHARE, Channel.COPY, "message", "gave"),
        (Purpose.THANK, Channel.MAIL, "email", "mutual"),
    ],
)
def test_confirmed_outreach_is_logged_with_its_kind_and_direction(
    jobs: JobService, contacts: ContactService, purpose, channel, kind, direction
) -> None:
    sara = _person(contacts, "Sara Ali")
    jobs.log_outreach(sara, purpose, channel, "Said hello")
    (entry,) = interaction_store.history(sara, 0, 10)
    assert (str(entry.kind), str(entry.direction)) == (kind, direction)
    assert contacts.rows([sara])[sara].last_contact is not None


def test_sharing_logs_one_gave_interaction_per_person_in_one_undo_step(
    jobs: JobService, contacts: ContactService, undo_stack: QUndoStack
) -> None:
    people = [_person(contacts, n) for n in ("Sara Ali", "Mona Salem", "Karim Nabil")]
    steps = undo_stack.count()
    made = jobs.share([*people, people[0]], "Shared: salary survey", "https://x.example/s")
    assert len(made) == 3 and undo_stack.count() == steps + 1
    for cid in people:
        (entry,) = interaction_store.history(cid, 0, 10)
        assert str(entry.direction) == "gave"
        assert interaction_store.interaction_data(entry.id)[1] == [cid]
    undo_stack.undo()
    assert all(interaction_store.history(cid, 0, 10) == [] for cid in people)


def test_share_suggestions_match_interests_and_favour_the_quiet(
    jobs: JobService, contacts: ContactService
) -> None:
    def add(name: str, can_help_with: str = "", location: str = "") -> int:
        given, family = name.split()
        return contacts.add(
            ContactData(
                given_name=given,
                family_name=family,
                can_help_with=can_help_with,
                location=location,
            )
        )

    busy = add("Sara Ali", can_help_with="data science mentoring")
    quiet = add("Mona Salem", can_help_with="Data science, hiring")
    add("Omar Said", can_help_with="gardening")
    located = add("Hany Adel", location="Data Science Park")
    _talk(busy, 1)
    _talk(quiet, 200)
    found = jobs.suggest("https://blog.example/data-science-salaries Data science salaries 2026")
    assert [s.id for s in found] == [quiet, busy, located]
    assert found[0].matched == ("can_help_with",)
    assert jobs.suggest("") == []


def test_today_lists_openings_waiting_on_me_and_weekly_touches(
    jobs: JobService, contacts: ContactService
) -> None:
    sara = _person(contacts, "Sara Ali", "Careem")
    waiting = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    jobs.add_opening(OpeningFields("Fawry", "Analyst"), Stage.APPLIED)  # waiting on them
    offer = jobs.add_opening(OpeningFields("Swvl", "Lead"), Stage.OFFER)
    items = [(i.kind, i.id) for i in jobs.today()]
    assert ("opening", waiting) in items and ("opening", offer) in items
    assert len([k for k, _ in items if k == "opening"]) == 2
    # Sara, at a target organisation and not spoken to lately, is suggested.
    assert ("reconnect", sara) in items
    before = jobs.touches_this_week()
    jobs.log_outreach(sara, Purpose.HELLO, Channel.COPY, "Hi")
    assert jobs.touches_this_week() == before + 1
