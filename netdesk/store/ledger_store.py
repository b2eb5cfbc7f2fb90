"""Give and ask, introductions and events as plain data, without Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import Ask, Event, Introduction, utcnow
from netdesk.domain.text import fold
from netdesk.store.activity import refresh_activity


class AskStatus:
    OPEN = "open"
    DONE = "done"
    DECLINED = "declined"
    ALL = (OPEN, DONE, DECLINED)


class AskKind:
    REFERRAL = "referral"
    RESUME_REVIEW = "resume_review"
    INTRODUCTION = "introduction"
    INFORMATION = "information"
    OTHER = "other"
    ALL = (REFERRAL, RESUME_REVIEW, INTRODUCTION, INFORMATION, OTHER)


@dataclass(frozen=True, slots=True)
class AskEntry:
    id: int
    contact_id: int
    contact_name: str
    is_offer: bool
    kind: str
    what: str
    asked_on: dt.date
    status: str
    outcome: str
    follow_up: dt.date | None = None
    closed_on: dt.date | None = None

    def fields(self) -> AskFields:
        return AskFields(
            self.contact_id, self.what, self.kind, self.is_offer, self.asked_on, self.follow_up
        )


@dataclass(frozen=True, slots=True)
class AskFields:
    """What the ask dialog edits: whose ask it is, what, and when to chase it."""

    contact_id: int
    what: str
    kind: str = AskKind.OTHER
    is_offer: bool = False
    asked_on: dt.date | None = None
    follow_up: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Balance:
    """What flowed each way with one contact (or the whole network)."""

    gave: int
    received: int
    asks_open: int
    asks_done: int
    offers: int

    @property
    def net(self) -> int:
        """Positive: I have given more than I received."""
        return self.gave + self.offers - self.received - self.asks_done


def add_ask(
    contact_id: int,
    what: str,
    kind: str = AskKind.OTHER,
    is_offer: bool = False,
    asked_on: dt.date | None = None,
    follow_up: dt.date | None = None,
) -> int:
    with database.atomic():
        record = Ask.create(
            contact=contact_id,
            what=what.strip(),
            kind=kind,
            is_offer=is_offer,
            asked_on=asked_on or dt.date.today(),
            follow_up=follow_up,
        )
        if follow_up is not None:
            refresh_activity([contact_id])
    return int(record.id)


def update_ask(ask_id: int, values: AskFields) -> list[int]:
    """Rewrite an ask (it may move to another person); return the contacts it touched."""
    with database.atomic():
        before = Ask.get_by_id(ask_id).contact_id
        Ask.update(
            contact=values.contact_id,
            what=values.what.strip(),
            kind=values.kind,
            is_offer=values.is_offer,
            asked_on=values.asked_on or dt.date.today(),
            follow_up=values.follow_up,
            updated_at=utcnow(),
            revision=Ask.revision + 1,
        ).where(Ask.id == ask_id).execute()
        touched = list(dict.fromkeys([before, values.contact_id]))
        refresh_activity(touched)
    return touched


def set_ask_status(
    ask_id: int, status: str, outcome: str = "", closed_on: dt.date | None = None
) -> None:
    """Open, done or declined; a closed ask is dated ``closed_on`` (default today)."""
    if status not in AskStatus.ALL:
        raise ValueError(f"Unknown status {status!r}")
    closed = None if status == AskStatus.OPEN else closed_on or dt.date.today()
    with database.atomic():
        Ask.update(
            status=status,
            outcome=outcome.strip(),
            closed_on=closed,
            updated_at=utcnow(),
            revision=Ask.revision + 1,
        ).where(Ask.id == ask_id).execute()
        refresh_activity([Ask.get_by_id(ask_id).contact_id])


def set_ask_deleted(ask_id: int, deleted: bool) -> None:
    with database.atomic():
        Ask.update(
            deleted_at=utcnow() if deleted else None,
            updated_at=utcnow(),
            revision=Ask.revision + 1,
        ).where(Ask.id == ask_id).execute()
        refresh_activity([Ask.get_by_id(ask_id).contact_id])


_ASK_SQL = (
    "SELECT a.id, a.contact_id, c.display_name, a.is_offer, a.kind, a.what, a.asked_on, "
    "a.status, a.outcome, a.follow_up, a.closed_on "
    "FROM ask a JOIN contact c ON c.id = a.contact_id "
    "WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL"
)


def _asks(extra: str, params: tuple[object, ...]) -> list[AskEntry]:
    rows = database.execute_sql(f"{_ASK_SQL} {extra}", params).fetchall()
    return [
        AskEntry(
            *(r[0], r[1], r[2], bool(r[3]), r[4], r[5], _day(r[6]), r[7], r[8]),
            follow_up=_day(r[9]) if r[9] else None,
            closed_on=_day(r[10]) if r[10] else None,
        )
        for r in rows
    ]


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def ask(ask_id: int) -> AskEntry:
    (entry,) = _asks("AND a.id = ?", (ask_id,))
    return entry


def asks_for(contact_id: int) -> list[AskEntry]:
    return _asks("AND a.contact_id = ? ORDER BY a.asked_on DESC, a.id DESC", (contact_id,))


def open_asks(limit: int = 200) -> list[AskEntry]:
    return _asks("AND a.status = 'open' AND a.is_offer = 0 ORDER BY a.asked_on LIMIT ?", (limit,))


def balance(contact_id: int | None = None) -> Balance:
    where = "AND p.contact_id = ?" if contact_id is not None else ""
    params: tuple[object, ...] = (contact_id,) if contact_id is not None else ()
    gave, received = database.execute_sql(
        "SELECT COALESCE(SUM(i.direction = 'gave'), 0), COALESCE(SUM(i.direction = 'received'), 0)"
        # Captured conversations say who wrote, not who did whom a favour: left out.
        " FROM interaction i WHERE i.deleted_at IS NULL AND i.capture_source = ''"
        " AND i.id IN (SELECT p.interaction_id"
        f" FROM participant p JOIN contact c ON c.id = p.contact_id WHERE c.deleted_at IS NULL "
        f"{where})",
        params,
    ).fetchone()
    where_a = "AND a.contact_id = ?" if contact_id is not None else ""
    asks_open, asks_done, offers = database.execute_sql(
        "SELECT COALESCE(SUM(a.is_offer = 0 AND a.status = 'open'), 0), "
        "COALESCE(SUM(a.is_offer = 0 AND a.status = 'done'), 0), COALESCE(SUM(a.is_offer), 0) "
        f"FROM ask a JOIN contact c ON c.id = a.contact_id WHERE a.deleted_at IS NULL "
        f"AND c.deleted_at IS NULL {where_a}",
        params,
    ).fetchone()
    return Balance(int(gave), int(received), int(asks_open), int(asks_done), int(offers))


def add_introduction(
    first: int,
    second: int | None,
    introducer: int | None,
    on: dt.date | None = None,
    note: str = "",
) -> int:
    """``introducer`` None: I made the introduction; ``second`` None: I was introduced."""
    record = Introduction.create(
        first=first,
        second=second,
        introducer=introducer,
        introduced_on=on or dt.date.today(),
        note=note,
    )
    return int(record.id)


@dataclass(frozen=True, slots=True)
class IntroductionEntry:
    id: int
    on: dt.date
    introducer: str  # "" means me
    first: str
    second: str  # "" means me
    note: str


def introductions_for(contact_id: int) -> list[IntroductionEntry]:
    rows = database.execute_sql(
        "SELECT i.id, i.introduced_on, COALESCE(a.display_name, ''), f.display_name, "
        "COALESCE(s.display_name, ''), i.note FROM introduction i "
        "LEFT JOIN contact a ON a.id = i.introducer_id JOIN contact f ON f.id = i.first_id "
        "LEFT JOIN contact s ON s.id = i.second_id WHERE i.deleted_at IS NULL AND "
        "(i.first_id = ? OR i.second_id = ? OR i.introducer_id = ?) ORDER BY i.introduced_on DESC",
        (contact_id, contact_id, contact_id),
    ).fetchall()
    return [
        IntroductionEntry(r[0], dt.date.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5])
        for r in rows
    ]


def create_event(
    name: str, date: dt.date, place: str = "", kind: str = "other", notes: str = ""
) -> int:
    record = Event.create(name=name.strip(), date=date, place=place.strip(), kind=kind, notes=notes)
    return int(record.id)


def find_event(name: str, date: dt.date) -> int | None:
    """The live event of this name (compared folded) on this day, if one is recorded."""
    key = fold(name)
    for record in Event.select(Event.id, Event.name).where(
        (Event.date == date) & Event.deleted_at.is_null()
    ):
        if fold(record.name) == key:
            return int(record.id)
    return None


@dataclass(frozen=True, slots=True)
class EventEntry:
    id: int
    name: str
    date: dt.date
    place: str
    kind: str
    attendees: int


_ATTENDEES = (
    "(SELECT COUNT(DISTINCT p.contact_id) FROM interaction i JOIN participant p "
    "ON p.interaction_id = i.id WHERE i.event_id = e.id AND i.deleted_at IS NULL)"
)
_EVENTS_SQL = (
    f"SELECT e.id, e.name, e.date, e.place, e.kind, {_ATTENDEES} FROM event e "
    "WHERE e.deleted_at IS NULL {} ORDER BY e.date DESC LIMIT ?"
)


def events(limit: int = 500, *, count_attendees: bool = True) -> list[EventEntry]:
    """The newest ``limit`` events; ``count_attendees=False``: ``attendees == 0`` (see
    :func:`events_for`: counting reads every interaction of each event)."""
    sql = _EVENTS_SQL.format("")
    if not count_attendees:
        sql = sql.replace(_ATTENDEES, "0")
    rows = database.execute_sql(sql, (limit,)).fetchall()
    return [
        EventEntry(r[0], r[1], dt.date.fromisoformat(str(r[2])), r[3], r[4], r[5]) for r in rows
    ]


def events_for(contact_id: int, *, count_attendees: bool = True) -> list[EventEntry]:
    """The events ``contact_id`` took part in, newest first.

    Counting attendees reads every interaction of each event, which grows with the
    history; views that only list the events pass ``count_attendees=False``
    and get ``attendees == 0``.
    """
    sql = _EVENTS_SQL.format(
        "AND e.id IN (SELECT i.event_id FROM participant p JOIN interaction i "
        "ON i.id = p.interaction_id WHERE p.contact_id = ? AND i.event_id IS NOT NULL "
        "AND i.deleted_at IS NULL)"
    )
    if not count_attendees:
        sql = sql.replace(_ATTENDEES, "0")
    rows = database.execute_sql(sql, (contact_id, 500)).fetchall()
    return [
        EventEntry(r[0], r[1], dt.date.fromisoformat(str(r[2])), r[3], r[4], r[5]) for r in rows
    ]


@dataclass(frozen=True, slots=True)
class GivenEntry:
    on: dt.date
    people: tuple[str, ...]
    kind: str  # an interaction kind, or an ask kind when ``is_offer``
    what: str
    is_offer: bool


def given_lately(since: dt.date) -> list[GivenEntry]:
    """Interactions where I gave, and offers I made, since ``since``; newest first."""
    rows = database.execute_sql(
        "SELECT substr(i.happened_at, 1, 10), group_concat(c.display_name, char(31)), i.kind, "
        "i.summary, 0 FROM interaction i JOIN participant p ON p.interaction_id = i.id "
        "JOIN contact c ON c.id = p.contact_id AND c.deleted_at IS NULL "
        "WHERE i.deleted_at IS NULL AND i.direction = 'gave' AND i.capture_source = '' "
        "AND i.happened_at >= ? "
        "GROUP BY i.id UNION ALL "
        "SELECT a.asked_on, c.display_name, a.kind, a.what, 1 FROM ask a "
        "JOIN contact c ON c.id = a.contact_id AND c.deleted_at IS NULL "
        "WHERE a.deleted_at IS NULL AND a.is_offer = 1 AND a.asked_on >= ? "
        "ORDER BY 1 DESC",
        (since.isoformat(), since.isoformat()),
    ).fetchall()
    return [
        # Joined with the unit separator, not found in names, to be split and isolated.
        GivenEntry(
            dt.date.fromisoformat(str(r[0])[:10]), tuple(r[1].split("\x1f")), r[2], r[3], bool(r[4])
        )
        for r in rows
    ]


def recent_introductions(limit: int = 200) -> list[IntroductionEntry]:
    rows = database.execute_sql(
        "SELECT i.id, i.introduced_on, COALESCE(a.display_name, ''), f.display_name, "
        "COALESCE(s.display_name, ''), i.note FROM introduction i "
        "LEFT JOIN contact a ON a.id = i.introducer_id JOIN contact f ON f.id = i.first_id "
        "LEFT JOIN contact s ON s.id = i.second_id WHERE i.deleted_at IS NULL "
        "AND f.deleted_at IS NULL ORDER BY i.introduced_on DESC, i.id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        IntroductionEntry(r[0], dt.date.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5])
        for r in rows
    ]
