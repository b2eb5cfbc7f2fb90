"""What a write changed, as announced to views."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


class Entity(Enum):
    CONTACT = "contact"
    INTERACTION = "interaction"


@dataclass(frozen=True, slots=True)
class Change:
    entity: Entity
    kind: ChangeKind
    ids: tuple[int, ...]
    # Contacts whose timeline or activity changed along with an interaction.
    contact_ids: tuple[int, ...] = ()
