"""Asks, offers, introductions and events: the give-and-take of a network."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import InteractionKind
from netdesk.services import contact_store, interaction_store, ledger_store
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService, FunctionCommand


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
    ) -> int:
        if not what.strip():
            raise ValueError("Say exactly what was asked or offered.")
        new: list[int] = []

        def redo() -> None:
            if new:
                ledger_store.set_ask_deleted(new[0], False)
            else:
                new.append(ledger_store.add_ask(contact_id, what, kind, is_offer, asked_on))
            self._announce([contact_id])

        def undo() -> None:
            ledger_store.set_ask_deleted(new[0], True)
            self._announce([contact_id])

        text = self.tr("Record offer") if is_offer else self.tr("Record ask")
        self.contacts.undo_stack.push(FunctionCommand(text, redo, undo))
        return new[0]

    def set_ask_status(self, ask: ledger_store.AskEntry, status: str, outcome: str = "") -> None:
        def apply(s: str, o: str) -> None:
            ledger_store.set_ask_status(ask.id, s, o)
            self._announce([ask.contact_id])

        self.contacts.undo_stack.push(
            FunctionCommand(
                self.tr("Update ask"),
                lambda: apply(status, outcome),
                lambda: apply(ask.status, ask.outcome),
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
        new_people: list[ContactData],
        summary: str = "",
    ) -> tuple[int, list[int]]:
        """Log one event interaction with everyone met there, creating new contacts on the spot.

        One transaction and one undo step. Returns the interaction id and all attendee ids.
        """
        created: list[int] = []
        state: dict[str, int] = {}

        def write() -> None:
            with database.atomic():
                event_id = ledger_store.create_event(name, date, place, kind)
                for person in new_people:
                    if not person.how_met:
                        person.how_met = name
                    if not person.circle:
                        person.circle = "met_at_event"
                    created.append(contact_store.save_contact(person, region=self.contacts.region))
                everyone = list(dict.fromkeys(attendees + created))
                if not everyone:
                    raise ValueError("Add at least one person you met.")
                state["interaction"] = interaction_store.add_interaction(
                    InteractionData(
                        when=dt.datetime.combine(date, dt.time(12, 0)),
                        kind=InteractionKind.EVENT,
                        summary=summary.strip() or name,
                    ),
                    everyone,
                    event_id,
                )
                state["event"] = event_id

        write()
        everyone = list(dict.fromkeys(attendees + created))
        first = [True]

        def redo() -> None:
            if first:
                first.clear()
            else:
                with database.atomic():
                    contact_store.set_deleted(created, False)
                    interaction_store.set_interaction_deleted(state["interaction"], False)
            self.contacts.changed.emit(
                Change(Entity.CONTACT, ChangeKind.ADDED, tuple(everyone), tuple(everyone))
            )
            self._announce(everyone)

        def undo() -> None:
            with database.atomic():
                interaction_store.set_interaction_deleted(state["interaction"], True)
                contact_store.set_deleted(created, True)
            self.contacts.changed.emit(
                Change(Entity.CONTACT, ChangeKind.REMOVED, tuple(everyone), tuple(everyone))
            )
            self._announce(everyone)

        self.contacts.undo_stack.push(
            FunctionCommand(self.tr("Met people at %1").replace("%1", name), redo, undo)
        )
        return state["interaction"], everyone
