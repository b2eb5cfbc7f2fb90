"""The interaction service: logging and timelines."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netdesk.domain.contact_data import InteractionData
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService, FunctionCommand
from netdesk.store import interaction_store
from netdesk.store.interaction_store import TimelineEntry
from netdesk.translation import fill


class InteractionService(QObject):
    """Logs interactions and reads timelines.

    Signals:
        changed: a ``Change`` naming the interaction and the contacts it touches.
    """

    changed = Signal(object)

    def __init__(self, contacts: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts

    def log(
        self, data: InteractionData, contact_ids: list[int], event_id: int | None = None
    ) -> int:
        """Log an interaction with one or more participants (undoable)."""
        if not contact_ids:
            raise ValueError("An interaction needs at least one participant.")
        new_id: list[int] = []

        def redo() -> None:
            if new_id:
                ids = interaction_store.set_interaction_deleted(new_id[0], False)
            else:
                new_id.append(interaction_store.add_interaction(data, contact_ids, event_id))
                ids = list(contact_ids)
            self._announce(ChangeKind.ADDED, new_id[0], ids)

        def undo() -> None:
            ids = interaction_store.set_interaction_deleted(new_id[0], True)
            self._announce(ChangeKind.REMOVED, new_id[0], ids)

        self.contacts.undo_stack.push(
            FunctionCommand(fill(self.tr("Log %1"), data.summary or str(data.kind)), redo, undo)
        )
        return new_id[0]

    def delete(self, interaction_id: int) -> None:
        def redo() -> None:
            ids = interaction_store.set_interaction_deleted(interaction_id, True)
            self._announce(ChangeKind.REMOVED, interaction_id, ids)

        def undo() -> None:
            ids = interaction_store.set_interaction_deleted(interaction_id, False)
            self._announce(ChangeKind.ADDED, interaction_id, ids)

        self.contacts.undo_stack.push(FunctionCommand(self.tr("Delete interaction"), redo, undo))

    def edit(self, interaction_id: int, data: InteractionData, contact_ids: list[int]) -> None:
        """Change an interaction's fields and participants (undoable)."""
        before, before_ids = interaction_store.interaction_data(interaction_id)

        def apply(values: InteractionData, ids: list[int]) -> None:
            people = interaction_store.update_interaction(interaction_id, values, ids)
            self._announce(ChangeKind.UPDATED, interaction_id, people)

        self.contacts.undo_stack.push(
            FunctionCommand(
                fill(self.tr("Edit %1"), data.summary or str(data.kind)),
                lambda: apply(data, contact_ids),
                lambda: apply(before, before_ids),
            )
        )

    def get(self, interaction_id: int) -> tuple[InteractionData, list[int]]:
        """An interaction's fields and participants, for the edit dialog."""
        return interaction_store.interaction_data(interaction_id)

    def _announce(self, kind: ChangeKind, interaction_id: int, contact_ids: list[int]) -> None:
        self.changed.emit(Change(Entity.INTERACTION, kind, (interaction_id,), tuple(contact_ids)))
        self.contacts.notify_activity(contact_ids)

    def timeline(self, contact_id: int, offset: int = 0, limit: int = 200) -> list[TimelineEntry]:
        """The contact's interactions and asks (the latter with their outcomes), newest first."""
        return interaction_store.history(contact_id, offset, limit)

    def timeline_count(self, contact_id: int) -> int:
        """Rows of ``timeline``: interactions and asks."""
        return interaction_store.history_count(contact_id)

    def interaction_count(self, contact_id: int) -> int:
        return interaction_store.timeline_count(contact_id)
