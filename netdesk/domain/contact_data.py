"""Plain contact data: what importers produce, exporters consume and services store.

No Qt and no database here, so io/ and printing/ can be tested on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter

from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.domain.names import derive_display_name

# The single-valued text fields of a contact, in the order forms show them. Importers,
# duplicate matching and sync all walk this one list.
TEXT_FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "second_name",
    "nickname",
    "organization",
    "job_title",
    "department",
    "circle",
    "how_met",
    "can_help_with",
    "location",
)


@dataclass(slots=True)
class Labeled:
    """An email, phone, postal address or URL with its label.

    For URLs the label is a ``LinkKind`` value (``linkedin``, ``facebook``, ``website``...);
    for the others a free label such as ``home``, ``work``, ``mobile``.
    """

    value: str
    label: str = ""


@dataclass(slots=True)
class InteractionData:
    when: dt.datetime
    kind: InteractionKind = InteractionKind.OTHER
    summary: str = ""
    notes: str = ""
    direction: Direction = Direction.MUTUAL
    participants: list[str] = field(default_factory=list)
    event: str = ""


@dataclass(slots=True)
class ContactData:
    id: int | None = None
    uid: str = ""
    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    nickname: str = ""
    organization: str = ""
    job_title: str = ""
    department: str = ""
    circle: str = ""
    how_met: str = ""
    can_help_with: str = ""
    location: str = ""
    birthday: PartialDate | None = None
    notes: str = ""
    photo: bytes | None = None
    cadence_days: int | None = None
    favourite: bool = False
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    addresses: list[Labeled] = field(default_factory=list)
    urls: list[Labeled] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    interactions: list[InteractionData] = field(default_factory=list)
    # The name in the other script of a bilingual card (search finds it).
    second_name: str = ""
    # The scanned business card, scaled down (JPEG).
    card_image: bytes | None = None

    def clone(self) -> ContactData:
        """A copy that shares nothing mutable with this one, ten times cheaper than
        ``copy.deepcopy`` (an import copies every contact it merges or adds)."""
        copied = ContactData(*_ALL_FIELDS(self))
        copied.emails = [Labeled(x.value, x.label) for x in self.emails]
        copied.phones = [Labeled(x.value, x.label) for x in self.phones]
        copied.addresses = [Labeled(x.value, x.label) for x in self.addresses]
        copied.urls = [Labeled(x.value, x.label) for x in self.urls]
        copied.tags = list(self.tags)
        copied.interactions = [
            InteractionData(
                i.when, i.kind, i.summary, i.notes, i.direction, list(i.participants), i.event
            )
            for i in self.interactions
        ]
        return copied

    def best_name(self) -> str:
        if self.display_name.strip():
            return self.display_name.strip()
        email = self.emails[0].value if self.emails else ""
        phone = self.phones[0].value if self.phones else ""
        return derive_display_name(
            self.given_name, self.family_name, self.nickname, self.organization, email or phone
        )

    def is_empty(self) -> bool:
        """No name, email, phone or link: nothing a person could recognise."""
        return not (self.best_name() or self.emails or self.phones or self.urls)


# Every field of ContactData in declaration order, read in one call (see ``clone``).
_ALL_FIELDS = attrgetter(*(f.name for f in fields(ContactData)))
