"""Asks, offers, introductions and events: the give-and-take of a network."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, Signal

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Circle, InteractionKind
from netdesk.domain.text import digits_only, fold
from netdesk.io.photos import bounded_photo
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService, FunctionCommand
from netdesk.store import contact_store, interaction_store, ledger_store
from netdesk.translation import fill


class NetworkService(QObject):
    """Writes asks, introductions and event attendance.

    Signals:
        changed: a ``Change`` naming the contacts whose ledger or events changed.
    """

    changed = Signal(object)

    def __init__(self, contacts: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts

    def _announce(self, ids: list[int]) -> None:
        self.changed.emit(Change(Entity.CONTACT, ChangeKind.UPDATED, tuple(ids), tuple(ids)))

    def add_ask(
        self,
        contact_id: int,
        what: str,
        kind: str = ledger_store.AskKind.OTHER,
        is_offer: bool = False,
        asked_on: dt.date | None = None,
        follow_up: dt.date | None = None,
    ) -> int:
        if not what.strip():
            raise ValueError("Say exactly what was asked or offered.")
        new: list[int] = []

        def redo() -> None:
            if new:
                ledger_store.set_ask_deleted(new[0], False)
            else:
                new.append(
                    ledger_store.add_ask(contact_id, what, kind, is_offer, asked_on, follow_up)
                )
            self._announce([contact_id])

        def undo() -> None:
            ledger_store.set_ask_deleted(new[0], True)
            self._announce([contact_id])

        text = self.tr("Record offer") if is_offer else self.tr("Record ask")
        self.contacts.undo_stack.push(FunctionCommand(text, redo, undo))
        return new[0]

    def edit_ask(self, ask: ledger_store.AskEntry, values: ledger_store.AskFields) -> None:
        """Rewrite an ask, possibly moving it to another person (one undo step)."""
        if not values.what.strip():
            raise ValueError("Say exactly what was asked or offered.")
        before = ask.fields()

        def apply(state: ledger_store.AskFields) -> None:
            self._announce(ledger_store.update_ask(ask.id, state))

        self.contacts.undo_stack.push(
            FunctionCommand(self.tr("Edit ask"), lambda: apply(values), lambda: apply(before))
        )

    def set_ask_status(self, ask: ledger_store.AskEntry, status: str, outcome: str = "") -> None:
        """Close (or reopen) an ask with what came of it; undo puts back its old state."""
        today = dt.date.today()

        def apply(s: str, o: str, closed_on: dt.date | None) -> None:
            ledger_store.set_ask_status(ask.id, s, o, closed_on)
            self._announce([ask.contact_id])

        self.contacts.undo_stack.push(
            FunctionCommand(
                self.tr("Update ask"),
                lambda: apply(status, outcome, today),
                lambda: apply(ask.status, ask.outcome, ask.closed_on),
            )
        )

    def add_introduction(
        self,
        first: int,
        second: int | None,
        introducer: int | None,
        on: dt.date | None = None,
        note: str = "",
    ) -> int:
        iid = ledger_store.add_introduction(first, second, introducer, on, note)
        self._announce([i for i in (first, second, introducer) if i is not None])
        return iid

    def met_at_event(
        self,
        name: str,
        date: dt.date,
        place: str,
        kind: str,
        attendees: list[int],
        new_people: Sequence[ContactData | MetPerson],
        summary: str = "",
    ) -> tuple[int, list[int]]:
        """Log one event interaction with everyone met there, creating new contacts on the spot.

        An event already recorded under this name on this day is reused, never made twice.
        A card whose email belongs to a contact already here updates that contact instead
        of adding a second one. One transaction and one undo step. Returns the interaction
        id and all attendee ids.
        """
        people = [p if isinstance(p, MetPerson) else MetPerson(p) for p in new_people]
        done = _EventWrite()
        with database.atomic():
            event_id = ledger_store.find_event(name, date)
            if event_id is None:
                event_id = ledger_store.create_event(name, date, place, kind)
            for person in people:
                self._write_card(person, name, date, done)
            everyone = list(dict.fromkeys(attendees + done.met))
            if not everyone:
                raise ValueError("Add at least one person you met.")
            done.interaction = interaction_store.add_interaction(
                InteractionData(
                    when=dt.datetime.combine(date, dt.time(12, 0)),
                    kind=InteractionKind.EVENT,
                    summary=summary.strip() or name,
                ),
                everyone,
                event_id,
            )
        first = [True]

        def redo() -> None:
            if first:
                first.clear()
            else:
                done.apply(self.contacts.region, undo=False)
            self.contacts.changed.emit(
                Change(Entity.CONTACT, ChangeKind.ADDED, tuple(everyone), tuple(everyone))
            )
            self._announce(everyone)

        def undo() -> None:
            done.apply(self.contacts.region, undo=True)
            self.contacts.changed.emit(
                Change(Entity.CONTACT, ChangeKind.REMOVED, tuple(everyone), tuple(everyone))
            )
            self._announce(everyone)

        self.contacts.undo_stack.push(
            FunctionCommand(fill(self.tr("Met people at %1"), name), redo, undo)
        )
        return done.interaction, everyone

    def _write_card(self, person: MetPerson, event: str, date: dt.date, done: _EventWrite) -> None:
        """Add the person on a business card, or bring the contact with its email up to date."""
        card = person.data
        card.photo = bounded_photo(card.photo)  # the store keeps photos as given
        if not card.how_met:
            card.how_met = event
        if not card.circle:
            card.circle = Circle.MET_AT_EVENT
        region = self.contacts.region
        known = contact_store.contact_with_email([e.value for e in card.emails])
        if known is None:
            if card.cadence_days is None:
                card.cadence_days = self.contacts.cadence_for(card.circle)
            cid = contact_store.save_contact(card, region=region)
            done.created.append(cid)
        else:
            cid = known
            before = contact_store.load_contact(cid)
            history = contact_store.past_organizations(cid)
            after = with_card(before, card)
            contact_store.save_contact(after, cid, region=region)
            done.updated.append((cid, before, history, after))
        done.met.append(cid)
        if person.follow_up is not None:
            what = fill(self.tr("Follow up after %1"), event)
            done.asks.append(
                ledger_store.add_ask(cid, what, asked_on=date, follow_up=person.follow_up)
            )


@dataclass(slots=True)
class MetPerson:
    """One business card: the person, and a day to follow them up (an open reminder)."""

    data: ContactData
    follow_up: dt.date | None = None


def with_card(known: ContactData, card: ContactData) -> ContactData:
    """``known`` with what a business card adds: blanks filled, new emails and phones
    added, the card's note after the old notes, its cadence if it gives one."""
    out = replace(
        known,
        emails=list(known.emails),
        phones=list(known.phones),
        tags=list(known.tags),
        addresses=list(known.addresses),
        urls=list(known.urls),
    )
    for name in ("organization", "job_title", "can_help_with", "how_met"):
        if not getattr(out, name).strip():
            setattr(out, name, getattr(card, name))
    if card.can_help_with.strip() and fold(card.can_help_with) not in fold(out.can_help_with):
        out.can_help_with = f"{out.can_help_with}; {card.can_help_with.strip()}"
    if card.notes.strip() and card.notes.strip() not in out.notes:
        out.notes = "\n".join(p for p in (out.notes.rstrip(), card.notes.strip()) if p)
    emails = {e.value.strip().lower() for e in out.emails}
    out.emails += [e for e in card.emails if e.value.strip().lower() not in emails]
    phones = {digits_only(p.value) for p in out.phones}
    out.phones += [p for p in card.phones if digits_only(p.value) not in phones]
    if card.cadence_days:
        out.cadence_days = card.cadence_days
    return out


@dataclass(slots=True)
class _EventWrite:
    """What one "met people at an event" wrote, so undo and redo can replay it."""

    interaction: int = 0
    met: list[int] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    # (contact, its data before, its past organisations before, its data after)
    updated: list[tuple[int, ContactData, list[tuple[int, dt.date]], ContactData]] = field(
        default_factory=list
    )
    asks: list[int] = field(default_factory=list)

    def apply(self, region: str, undo: bool) -> None:
        with database.atomic():
            interaction_store.set_interaction_deleted(self.interaction, undo)
            contact_store.set_deleted(self.created, undo)
            for ask_id in self.asks:
                ledger_store.set_ask_deleted(ask_id, undo)
            for cid, before, history, after in self.updated:
                contact_store.save_contact(before if undo else after, cid, region=region)
                if undo:
                    contact_store.set_past_organizations(cid, history)
