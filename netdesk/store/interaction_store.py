"""Interactions as plain data, without Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import Event, Interaction, Participant, utcnow
from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.store.activity import refresh_activity

_KINDS = {k.value for k in InteractionKind}
_DIRECTIONS = {d.value for d in Direction}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: int
    happened_at: dt.datetime
    kind: str
    direction: str
    summary: str
    notes: str
    participants: tuple[str, ...]
    event: str
    # An ask or offer shown among the interactions (``kind`` "ask" or "offer", ``id`` the
    # ask's): its status, what came of it and when to chase it. "" for an interaction.
    ask_status: str = ""
    outcome: str = ""
    follow_up: dt.date | None = None
    # Captured from an export: its source ("whatsapp:Chat.txt") and message count.
    captured: str = ""
    count: int | None = None


def add_interaction(
    data: InteractionData, contact_ids: list[int], event_id: int | None = None
) -> int:
    if not contact_ids:
        raise ValueError("An interaction needs at least one participant.")
    with database.atomic():
        record = Interaction.create(
            happened_at=data.when.replace(microsecond=0),
            kind=str(data.kind),
            direction=str(data.direction),
            summary=data.summary.strip(),
            notes=data.notes,
            event=event_id,
        )
        Participant.insert_many(
            [{"interaction": record.id, "contact": cid} for cid in dict.fromkeys(contact_ids)]
        ).execute()
        refresh_activity(list(contact_ids))
        return int(record.id)


def participants_of(interaction_id: int) -> list[int]:
    return [
        p.contact_id
        for p in Participant.select(Participant.contact).where(
            Participant.interaction == interaction_id
        )
    ]


def set_interaction_deleted(interaction_id: int, deleted: bool) -> list[int]:
    """Soft-delete or restore; return the participants whose activity changed."""
    return set_interactions_deleted([interaction_id], deleted)


def set_interactions_deleted(interaction_ids: list[int], deleted: bool) -> list[int]:
    """Soft-delete or restore many (an import's undo): a few statements per 500
    interactions and one refresh of everyone involved; return those participants."""
    stamp = str(utcnow())
    people: list[int] = []
    with database.atomic():
        for start in range(0, len(interaction_ids), 500):
            chunk = interaction_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            database.execute_sql(
                f"UPDATE interaction SET deleted_at = ?, updated_at = ?, revision = revision + 1 "
                f"WHERE id IN ({marks})",
                [stamp if deleted else None, stamp, *chunk],
            )
            people += [
                r[0]
                for r in database.execute_sql(
                    "SELECT DISTINCT contact_id FROM participant "
                    f"WHERE interaction_id IN ({marks})",
                    chunk,
                )
            ]
        people = list(dict.fromkeys(people))
        refresh_activity(people)
    return people


_TIMELINE_SQL = (
    "SELECT i.id, i.happened_at, i.kind, i.direction, i.summary, i.notes, "
    "COALESCE(e.name, ''), "
    "(SELECT group_concat(c2.display_name, char(31)) FROM participant p2 "
    " JOIN contact c2 ON c2.id = p2.contact_id WHERE p2.interaction_id = i.id "
    " AND c2.deleted_at IS NULL) "
    "FROM participant p JOIN interaction i ON i.id = p.interaction_id "
    "LEFT JOIN event e ON e.id = i.event_id "
    "WHERE p.contact_id = ? AND i.deleted_at IS NULL "
    "ORDER BY i.happened_at DESC, i.id DESC LIMIT ? OFFSET ?"
)


def timeline(contact_id: int, offset: int = 0, limit: int = 200) -> list[TimelineEntry]:
    rows = database.execute_sql(_TIMELINE_SQL, (contact_id, limit, offset)).fetchall()
    return [
        TimelineEntry(
            id=r[0],
            happened_at=dt.datetime.fromisoformat(str(r[1])),
            kind=r[2],
            direction=r[3],
            summary=r[4],
            notes=r[5],
            event=r[6],
            participants=tuple((r[7] or "").split("\x1f")) if r[7] else (),
        )
        for r in rows
    ]


def timeline_count(contact_id: int) -> int:
    row = database.execute_sql(
        "SELECT COUNT(*) FROM participant p JOIN interaction i ON i.id = p.interaction_id "
        "WHERE p.contact_id = ? AND i.deleted_at IS NULL",
        (contact_id,),
    ).fetchone()
    return int(row[0])


# Asks sit on the day they were closed (with their outcome), open ones on the day they
# were made; after that day's interactions, as the day's last word.
_ASK_ROWS = (
    "SELECT a.id, COALESCE(a.closed_on, a.asked_on) || ' 23:59:59', "
    "CASE WHEN a.is_offer THEN 'offer' ELSE 'ask' END, '', a.what, '', '', NULL, "
    "a.status, a.outcome, a.follow_up, '', NULL FROM ask a "
    "WHERE a.contact_id = ? AND a.deleted_at IS NULL"
)
# The page is chosen first and its interactions' participants looked up after: in one
# SELECT, every interaction of the contact had them looked up before the sort.
_HISTORY_SQL = (
    "SELECT h.id, h.at, h.kind, h.direction, h.summary, h.notes, h.event, "
    "CASE WHEN h.status = '' THEN "
    "(SELECT group_concat(c2.display_name, char(31)) FROM participant p2 "
    " JOIN contact c2 ON c2.id = p2.contact_id WHERE p2.interaction_id = h.id "
    " AND c2.deleted_at IS NULL) END, "
    "h.status, h.outcome, h.follow_up, h.source, h.count FROM ("
    "SELECT i.id AS id, i.happened_at AS at, i.kind AS kind, i.direction AS direction, "
    "i.summary AS summary, i.notes AS notes, COALESCE(e.name, '') AS event, NULL, "
    "'' AS status, '' AS outcome, NULL AS follow_up, i.capture_source AS source, "
    "i.capture_count AS count "
    "FROM participant p JOIN interaction i ON i.id = p.interaction_id "
    "LEFT JOIN event e ON e.id = i.event_id "
    "WHERE p.contact_id = ? AND i.deleted_at IS NULL "
    f"UNION ALL {_ASK_ROWS} ORDER BY 2 DESC, 1 DESC LIMIT ? OFFSET ?) h "
    "ORDER BY 2 DESC, 1 DESC"
)


def history(contact_id: int, offset: int = 0, limit: int = 200) -> list[TimelineEntry]:
    """The timeline with the contact's asks among the interactions, newest first."""
    rows = database.execute_sql(_HISTORY_SQL, (contact_id, contact_id, limit, offset))
    return [
        TimelineEntry(
            id=r[0],
            happened_at=dt.datetime.fromisoformat(str(r[1])),
            kind=r[2],
            direction=r[3] or "mutual",
            summary=r[4],
            notes=r[5],
            event=r[6],
            participants=tuple((r[7] or "").split("\x1f")) if r[7] else (),
            ask_status=r[8],
            outcome=r[9],
            follow_up=dt.date.fromisoformat(str(r[10])) if r[10] else None,
            captured=r[11] or "",
            count=r[12],
        )
        for r in rows.fetchall()
    ]


def history_count(contact_id: int) -> int:
    (asks,) = database.execute_sql(
        "SELECT COUNT(*) FROM ask WHERE contact_id = ? AND deleted_at IS NULL", (contact_id,)
    ).fetchone()
    return timeline_count(contact_id) + int(asks)


def event_id_for(name: str, date: dt.date) -> int:
    event = Event.get_or_none((Event.name == name) & (Event.date == date))
    if event is None:
        event = Event.create(name=name, date=date)
    return int(event.id)


def save_interaction_by_uid(
    uid: str, data: InteractionData, contact_ids: list[int], *, event_uid: str | None = None
) -> int:
    """Create the interaction ``uid``, or replace its fields and participants (for sync).

    An existing one is restored if deleted and its revision bumped; returns its id.
    ``event_uid`` links it to that event; None, or an event not known here, leaves the
    link as it was (a calendar that takes no events must not unlink them).
    """
    if not contact_ids:
        raise ValueError("An interaction needs at least one participant.")
    with database.atomic():
        record: Interaction | None = Interaction.get_or_none(Interaction.uid == uid)
        before: list[int] = []
        if record is None:
            record = Interaction(uid=uid)
        else:
            before = participants_of(record.id)
            record.revision += 1
            record.updated_at = utcnow()
        record.happened_at = data.when.replace(microsecond=0)
        record.kind = str(data.kind)
        record.direction = str(data.direction)
        record.summary = data.summary.strip()
        record.notes = data.notes
        record.deleted_at = None
        event = Event.get_or_none(Event.uid == event_uid) if event_uid else None
        if event is not None:
            record.event = event.id
        record.save()
        Participant.delete().where(Participant.interaction == record.id).execute()
        Participant.insert_many(
            [{"interaction": record.id, "contact": cid} for cid in dict.fromkeys(contact_ids)]
        ).execute()
        refresh_activity(list(dict.fromkeys([*before, *contact_ids])))
        return int(record.id)


def interaction_data(interaction_id: int) -> tuple[InteractionData, list[int]]:
    """What the edit dialog shows: the interaction's fields and its participants."""
    record = Interaction.get_by_id(interaction_id)
    data = InteractionData(
        when=record.happened_at,
        kind=InteractionKind(record.kind) if record.kind in _KINDS else InteractionKind.OTHER,
        direction=(
            Direction(record.direction) if record.direction in _DIRECTIONS else Direction.MUTUAL
        ),
        summary=record.summary,
        notes=record.notes,
    )
    return data, participants_of(interaction_id)


def update_interaction(
    interaction_id: int, data: InteractionData, contact_ids: list[int]
) -> list[int]:
    """Rewrite an interaction and its participants; return everyone whose activity changed
    (those before and after)."""
    if not contact_ids:
        raise ValueError("An interaction needs at least one participant.")
    with database.atomic():
        before = participants_of(interaction_id)
        Interaction.update(
            happened_at=data.when.replace(microsecond=0),
            kind=str(data.kind),
            direction=str(data.direction),
            summary=data.summary.strip(),
            notes=data.notes,
            updated_at=utcnow(),
            revision=Interaction.revision + 1,
        ).where(Interaction.id == interaction_id).execute()
        wanted = list(dict.fromkeys(contact_ids))
        Participant.delete().where(
            (Participant.interaction == interaction_id) & Participant.contact.not_in(wanted)
        ).execute()
        new = [cid for cid in wanted if cid not in before]
        if new:
            Participant.insert_many(
                [{"interaction": interaction_id, "contact": cid} for cid in new]
            ).execute()
        people = list(dict.fromkeys(before + wanted))
        refresh_activity(people)
    return people


def take_capture(uid: str, key: str, source: str, count: int | None) -> bool:
    """Give interaction ``uid`` the capture key another machine gave it (for sync).

    When another interaction here holds that key, the same conversation was captured on
    two machines: the one with the smaller uid keeps the key, so every machine keeps the
    same one, and the other goes to the Trash without it. Returns False when ``uid`` is
    that other one (the caller moves it to the Trash).
    """
    with database.atomic():
        holder: Interaction | None = Interaction.get_or_none(
            (Interaction.capture_key == key) & (Interaction.uid != uid)
        )
        if holder is not None:
            if holder.uid < uid:
                return False
            Interaction.update(
                capture_key=None,
                deleted_at=holder.deleted_at or utcnow(),
                updated_at=utcnow(),
                revision=Interaction.revision + 1,
            ).where(Interaction.id == holder.id).execute()
            refresh_activity(participants_of(holder.id))
        Interaction.update(capture_key=key, capture_source=source, capture_count=count).where(
            Interaction.uid == uid
        ).execute()
    return True
