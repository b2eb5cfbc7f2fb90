"""A realistic bilingual sample network for screenshots, tests and benchmarks.

About half the people have Arabic names (Egyptian, Levantine and Gulf), half English or
international ones; organisations, titles, tags, summaries and notes come in both
languages. Everything is drawn from one seeded ``random.Random``, so a seed always gives
the same network, uids included.

100,000 contacts with a million interactions must load in about a minute, so rows are
written by ``netdesk.store.bulk`` with ``executemany`` in one transaction rather than
``save_contact`` per contact; see that module for how it stays identical.

    python -m netdesk.sample --data-dir DIR --contacts 100000 [--seed 1] [--heavy 3]
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.domain.cadence import default_cadence
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.domain.text import fold
from netdesk.sample import words as w
from netdesk.sample.jobs import add_job_search
from netdesk.store.bulk import (
    BulkEvent,
    BulkInteraction,
    UidMaker,
    insert_contacts,
    insert_events,
    insert_interactions,
)
from netdesk.store.bulk_indexes import deferred_indexes
from netdesk.store.search_index import catch_up

HISTORY_DAYS = 3 * 365
_CIRCLES = list(Circle)
_CIRCLE_WEIGHTS = [3, 10, 14, 22, 14, 4, 3, 8, 4, 2, 8, 4, 4]
_DIRECTIONS = [Direction.MUTUAL.value, Direction.GAVE.value, Direction.RECEIVED.value]
_MAIL_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com"]
_BULK_TABLES = (
    "contact contact_email contact_phone contact_link contact_tag interaction participant"
)
_ARAB_FAMILIES = frozenset(latin for _, latin in w.AR_FAMILY)
_TO_ARABIC_INDIC = {ord("0") + i: ord("٠") + i for i in range(10)}


@dataclass(slots=True)
class SamplePerson:
    data: ContactData
    # UTC "YYYY-MM-DD HH:MM:SS", as ``created_at`` is stored.
    created: str
    # Summaries and notes follow the script the name is saved in.
    arabic: bool
    org: int  # index into ``words.ORGANIZATIONS``, -1 for none


SampleEvent = BulkEvent
SampleInteraction = BulkInteraction


def _latin(text: str) -> str:
    return "".join(ch for ch in fold(text) if "a" <= ch <= "z")


def _phone(rng: random.Random, arabic_name: bool) -> str:
    a, b = divmod(rng.randrange(10**7, 10**8), 10**4)
    if not arabic_name and rng.random() < 0.6:
        return rng.choice(
            [f"+44 7700 9{a % 1000:03d}{b % 100:02d}", f"+1 (555) {a % 1000:03d}-{b:04d}"]
        )
    country = rng.choices(("EG", "SA", "AE"), (65, 20, 15))[0]
    if country == "EG":
        op = rng.choice("0125")
        style = rng.random()
        if style < 0.4:
            return f"+20 1{op} {a:04d} {b:04d}"
        local = f"01{op} {a:04d} {b:04d}"
        return local if style < 0.85 else local.translate(_TO_ARABIC_INDIC)
    code = "966" if country == "SA" else "971"
    return f"+{code} 5{rng.randrange(10)} {a % 1000:03d} {b:04d}"


def _name(rng: random.Random) -> tuple[str, str, str, str, bool]:
    """Given, family, their Latin spellings, and whether the name is saved in Arabic."""
    if rng.random() < 0.5:
        given, given_latin = rng.choice(w.AR_FEMALE if rng.random() < 0.45 else w.AR_MALE)
        family, family_latin = rng.choice(w.AR_FAMILY)
        # Many Arab contacts are saved in Latin letters, as phones and LinkedIn spell them.
        if rng.random() < 0.2:
            return given_latin.title(), family_latin.title(), given_latin, family_latin, False
        return given, family, given_latin, family_latin, True
    given, family = rng.choice(w.EN_GIVEN), rng.choice(w.EN_FAMILY)
    return given, family, _latin(given), _latin(family), False


def make_person(rng: random.Random, index: int, today: dt.date) -> SamplePerson:
    given, family, gl, fl, arabic = _name(rng)
    # Phones follow the person, not the script their name is saved in.
    arab = arabic or fl in _ARAB_FAMILIES
    org = rng.randrange(len(w.ORGANIZATIONS)) if rng.random() < 0.8 else -1
    circle = rng.choices(_CIRCLES, _CIRCLE_WEIGHTS)[0]
    d = ContactData(given_name=given, family_name=family, circle=circle)
    # As ContactService.add does for new contacts.
    d.cadence_days = default_cadence(circle)
    d.organization = w.ORGANIZATIONS[org][0] if org >= 0 else ""
    if org >= 0 and rng.random() < 0.85:
        d.job_title = rng.choice(w.TITLES_AR if arabic and rng.random() < 0.6 else w.TITLES_EN)
    if rng.random() < 0.15:
        d.department = rng.choice(["Engineering", "Sales", "HR", "الموارد البشرية", "المالية"])
    slug = f"{gl}.{fl}" if rng.random() < 0.6 else gl + fl
    if rng.random() < 0.85:
        d.emails.append(Labeled(f"{slug}{rng.randrange(100)}@{rng.choice(_MAIL_HOSTS)}", "home"))
    if org >= 0 and rng.random() < 0.5:
        d.emails.append(Labeled(f"{gl[0]}.{fl}@{w.ORGANIZATIONS[org][1]}", "work"))
    for _ in range(rng.choices((0, 1, 2), (15, 65, 20))[0]):
        phone = _phone(rng, arab)
        if all(p.value != phone for p in d.phones):
            d.phones.append(Labeled(phone, "mobile"))
    if rng.random() < 0.45:
        url = f"linkedin.com/in/{gl}-{fl}-{rng.randrange(16**6):06x}"
        d.urls.append(Labeled(url if rng.random() < 0.2 else "https://www." + url))
    if rng.random() < 0.08:
        d.urls.append(Labeled(f"https://www.facebook.com/{slug}{index}"))
    if rng.random() < 0.04:
        d.urls.append(Labeled(f"https://{fl}{index}.dev/"))
    if rng.random() < 0.03:
        d.addresses.append(Labeled(rng.choice(w.LOCATIONS), "home"))
    d.tags = rng.sample(w.TAGS, rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0])
    d.location = rng.choice(w.LOCATIONS) if rng.random() < 0.6 else ""
    d.how_met = rng.choice(w.HOW_MET) if rng.random() < 0.4 else ""
    d.can_help_with = rng.choice(w.HELP) if rng.random() < 0.2 else ""
    d.notes = rng.choice(w.AR_NOTES if arabic else w.EN_NOTES) if rng.random() < 0.25 else ""
    d.favourite = rng.random() < 0.04
    if rng.random() < 0.05:
        d.nickname = rng.choice(w.NICKNAMES)
    if rng.random() < 0.3:
        year = rng.randrange(1955, 2004) if rng.random() < 0.6 else None
        d.birthday = PartialDate(rng.randrange(1, 13), rng.randrange(1, 29), year)
    created = dt.datetime.combine(today, dt.time(rng.randrange(24), rng.randrange(60)))
    created -= dt.timedelta(days=rng.randrange(1, HISTORY_DAYS + 120))
    return SamplePerson(d, str(created), arabic, org)


def make_events(rng: random.Random, today: dt.date) -> list[SampleEvent]:
    """Each yearly event once a year over the history."""
    events = []
    for years_ago in range(HISTORY_DAYS // 365):
        for name, place, kind in w.EVENTS:
            date = today - dt.timedelta(days=365 * years_ago + rng.randrange(1, 365))
            events.append(SampleEvent(f"{name} {date.year}", date, place, kind))
    return events


def make_interactions(
    rng: random.Random,
    people: Sequence[tuple[bool, int]],
    events: Sequence[SampleEvent],
    today: dt.date,
    per_contact: float = 10.0,
    heavy_contacts: int = 0,
    heavy_interactions: int = 2000,
) -> Iterator[SampleInteraction]:
    """Interactions for each of ``people`` ((arabic, org) pairs), contact by contact so ids
    and participant rows arrive nearly in index order."""
    start = today - dt.timedelta(days=HISTORY_DAYS)
    # Up to yesterday: nothing logged today may lie in the future.
    days = [str(start + dt.timedelta(days=i)) for i in range(HISTORY_DAYS)]
    by_org: dict[int, list[int]] = {}
    for i, (_, org) in enumerate(people):
        by_org.setdefault(org, []).append(i)
    everyone = range(len(people))
    for i, (arabic, org) in enumerate(people):
        if i < heavy_contacts:
            n = heavy_interactions
        else:
            n = round(rng.expovariate(1 / per_contact)) if per_contact > 0 else 0
        colleagues = by_org[org] if org >= 0 and len(by_org[org]) > 3 else everyone
        for _ in range(n):
            kind, english, arabic_summary = rng.choice(w.SUMMARIES)
            event = None
            if kind is InteractionKind.EVENT and events:
                event = rng.randrange(len(events))
                day = str(events[event].date)
            else:
                day = days[rng.randrange(len(days))]
            group: tuple[int, ...] = (i,)
            r = rng.random()
            if r < 0.16 and len(people) > 2:
                extra = rng.sample(colleagues if rng.random() < 0.6 else everyone, 2)
                group = tuple(dict.fromkeys((i, *extra[: 1 if r < 0.12 else 2])))
            yield SampleInteraction(
                f"{day} {rng.randrange(8, 23):02d}:{rng.randrange(0, 60, 5):02d}:00",
                kind.value,
                rng.choices(_DIRECTIONS, (50, 25, 25))[0],
                arabic_summary if arabic else english,
                rng.choice(w.INTERACTION_NOTES) if rng.random() < 0.1 else "",
                event,
                group,
            )


def generate(
    count: int,
    *,
    seed: int = 1,
    interactions_per_contact: float = 10.0,
    heavy_contacts: int = 0,
    heavy_interactions: int = 2000,
    today: dt.date | None = None,
    region: str = "",
) -> list[int]:
    """Write ``count`` contacts and their history into the open database; return their ids.

    The first ``heavy_contacts`` of the ``count`` contacts get ``heavy_interactions``
    interactions each (long timelines), the others ``interactions_per_contact`` on average.
    ``region`` keys local phone numbers as ``save_contact(..., region=...)`` does.
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    profiles: list[tuple[bool, int]] = []

    def people() -> Iterator[tuple[ContactData, str]]:
        # Streamed, so 100,000 ContactData never sit in memory at once.
        for i in range(count):
            person = make_person(rng, i, today)
            profiles.append((person.arabic, person.org))
            yield person.data, person.created

    existing = database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0]
    # Rebuilding indexes pays off when the load outweighs what is already stored.
    defer = _BULK_TABLES.split() if count >= 5_000 and count > existing else []
    with database.atomic(), deferred_indexes(defer):
        uid = seeded_uids(rng)
        ids = insert_contacts(people(), region, uid=uid)
        events = make_events(rng, today)
        event_ids = insert_events(events, uid)
        stream = make_interactions(
            rng,
            profiles,
            events,
            today,
            interactions_per_contact,
            heavy_contacts,
            heavy_interactions,
        )
        insert_interactions(stream, ids, event_ids, uid=uid)
        _insert_past_organizations(random.Random(seed + 1), ids, profiles, today)
        # A generator of its own again, so the rest of the network stays as it was.
        add_job_search(random.Random(seed + 2), today)
    # A generated network is searched at once (tests, the bench): index it now rather
    # than on the window's worker thread.
    catch_up()
    return ids


def _insert_past_organizations(
    rng: random.Random, ids: Sequence[int], profiles: Sequence[tuple[bool, int]], today: dt.date
) -> None:
    """About one in eight people with an employer worked somewhere else before (Who I Know
    Where's "Used to be"). A generator of its own keeps the rest of the network unchanged."""
    from netdesk.store.contact_store import organization_for

    names = [name for name, _domain in w.ORGANIZATIONS]
    org_ids: dict[str, int] = {}
    rows = []
    for contact_id, (_arabic, org) in zip(ids, profiles, strict=True):
        if org < 0 or rng.random() >= 0.125:
            continue
        before = rng.choice([n for i, n in enumerate(names) if i != org])
        if before not in org_ids:
            record = organization_for(before)
            assert record is not None
            org_ids[before] = int(record.id)
        left = today - dt.timedelta(days=rng.randrange(60, HISTORY_DAYS))
        rows.append((contact_id, org_ids[before], left.isoformat()))
    database.cursor().executemany(
        "INSERT OR IGNORE INTO past_organization (contact_id, organization_id, left_on) "
        "VALUES (?, ?, ?)",
        rows,
    )


def seeded_uids(rng: random.Random) -> UidMaker:
    """Version-4 UUID strings drawn from ``rng``, so a seed gives the same uids."""

    def uid() -> str:
        bits = rng.getrandbits(128)
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[bits >> 62 & 3]}{h[17:20]}-{h[20:]}"

    return uid
