"""Logging interactions: timelines, last contact and next due, undo."""

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.store import interaction_store

T0 = dt.datetime(2024, 2, 28, 18, 30)


@pytest.fixture
def pair(contacts: ContactService) -> tuple[int, int]:
    a = contacts.add(ContactData(given_name="يوسف", family_name="حداد", circle=Circle.MENTOR))
    b = contacts.add(ContactData(given_name="Leila", family_name="Haddad", circle=Circle.FRIEND))
    return a, b


def _log(interactions: InteractionService, when: dt.datetime, ids: list[int], summary: str) -> int:
    data = InteractionData(when=when, kind=InteractionKind.MEETING, summary=summary)
    return interactions.log(data, ids)


def _activity(cid: int) -> tuple[dt.datetime | None, dt.date | None]:
    c = Contact.get_by_id(cid)
    return c.last_contact, c.next_due


def test_log_with_two_participants_reaches_both(
    qtbot: QtBot, contacts: ContactService, interactions: InteractionService, pair: tuple[int, int]
) -> None:
    a, b = pair
    older = _log(interactions, T0 - dt.timedelta(days=40), [a], "Coffee")
    with (
        qtbot.wait_signal(interactions.changed) as logged,
        qtbot.wait_signal(contacts.changed) as touched,
    ):
        iid = interactions.log(
            InteractionData(
                when=T0.replace(microsecond=123),
                kind=InteractionKind.CALL,
                summary=" مكالمة عن فرصة عمل ",
                direction=Direction.GAVE,
            ),
            [a, b],
        )
    assert logged.args == [Change(Entity.INTERACTION, ChangeKind.ADDED, (iid,), (a, b))]
    assert touched.args == [Change(Entity.CONTACT, ChangeKind.UPDATED, (a, b), (a, b))]

    assert [e.id for e in interactions.timeline(a)] == [iid, older]
    assert [e.id for e in interactions.timeline(b)] == [iid]
    assert interactions.timeline_count(a) == 2
    entry = interactions.timeline(b)[0]
    assert entry.happened_at == T0
    assert (entry.kind, entry.direction, entry.summary) == ("call", "gave", "مكالمة عن فرصة عمل")
    assert sorted(entry.participants) == ["Leila Haddad", "يوسف حداد"]

    # Mentor: 30 days, friend: 60 days after the call.
    assert _activity(a) == (T0, dt.date(2024, 3, 29))
    assert _activity(b) == (T0, dt.date(2024, 4, 28))


def test_undo_log_restores_activity(
    qtbot: QtBot,
    interactions: InteractionService,
    undo_stack: QUndoStack,
    pair: tuple[int, int],
) -> None:
    a, b = pair
    created_b = Contact.get_by_id(b).created_at.date()
    first = _log(interactions, T0 - dt.timedelta(days=10), [a], "Lunch")
    before_a = _activity(a)
    iid = _log(interactions, T0, [a, b], "Meetup")

    with qtbot.wait_signal(interactions.changed) as blocker:
        undo_stack.undo()
    assert blocker.args == [Change(Entity.INTERACTION, ChangeKind.REMOVED, (iid,), (a, b))]
    assert _activity(a) == before_a
    assert _activity(b) == (None, created_b + dt.timedelta(days=60))
    assert [e.id for e in interactions.timeline(a)] == [first]
    assert interactions.timeline(b) == []

    undo_stack.redo()
    assert _activity(b) == (T0, dt.date(2024, 4, 28))
    assert [e.id for e in interactions.timeline(b)] == [iid]


def test_backdated_log_does_not_move_last_contact(
    interactions: InteractionService, pair: tuple[int, int]
) -> None:
    a, _ = pair
    _log(interactions, T0, [a], "Recent")
    _log(interactions, T0 - dt.timedelta(days=400), [a], "Old")
    assert _activity(a)[0] == T0


def test_delete_interaction_and_undo(
    interactions: InteractionService, undo_stack: QUndoStack, pair: tuple[int, int]
) -> None:
    a, b = pair
    iid = _log(interactions, T0, [a, b], "Dinner")
    interactions.delete(iid)
    assert interactions.timeline_count(a) == interactions.timeline_count(b) == 0
    assert _activity(a)[0] is None
    undo_stack.undo()
    assert interactions.timeline_count(b) == 1
    assert _activity(a)[0] == T0


def test_deleted_contact_leaves_participant_lists(
    contacts: ContactService,
    interactions: InteractionService,
    undo_stack: QUndoStack,
    pair: tuple[int, int],
) -> None:
    a, b = pair
    _log(interactions, T0, [a, b], "Dinner")
    contacts.delete([b])
    assert interactions.timeline(a)[0].participants == ("يوسف حداد",)
    undo_stack.undo()
    assert sorted(interactions.timeline(a)[0].participants) == ["Leila Haddad", "يوسف حداد"]


def test_snooze_pushes_next_due(interactions: InteractionService, pair: tuple[int, int]) -> None:
    a, _ = pair
    Contact.update(snoozed_until=dt.date(2024, 6, 1)).where(Contact.id == a).execute()
    _log(interactions, T0, [a], "Call")
    assert _activity(a)[1] == dt.date(2024, 6, 1)


def test_log_needs_a_participant(interactions: InteractionService, undo_stack: QUndoStack) -> None:
    with pytest.raises(ValueError, match="participant"):
        interactions.log(InteractionData(when=T0), [])
    assert undo_stack.count() == 0


def test_timeline_pages_newest_first(
    interactions: InteractionService, pair: tuple[int, int]
) -> None:
    a, _ = pair
    ids = [_log(interactions, T0 + dt.timedelta(hours=h), [a], f"#{h}") for h in range(5)]
    assert [e.id for e in interactions.timeline(a, offset=1, limit=2)] == [ids[3], ids[2]]


def test_event_name_on_timeline(interactions: InteractionService, pair: tuple[int, int]) -> None:
    a, _ = pair
    event = interaction_store.event_id_for("RiseUp Summit", dt.date(2024, 2, 28))
    assert interaction_store.event_id_for("RiseUp Summit", dt.date(2024, 2, 28)) == event
    interactions.log(InteractionData(when=T0, kind=InteractionKind.EVENT), [a], event)
    assert interactions.timeline(a)[0].event == "RiseUp Summit"
