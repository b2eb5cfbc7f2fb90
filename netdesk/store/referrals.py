"""Who can help at an organisation: referral paths, ranked by relationship strength.

Three relations, as Who I Know Where counts people:

* **current**: the contact works there now (their organisation);
* **former**: the organisation is among their past ones ("Used to be");
* **connected**: not there, but tied to someone who is or was, through an introduction
  (either was introduced to the other, or introduced them), an event both attended, or
  the alumni circle both are in. The link kept is the first of those that holds, in that
  order, through the insider with the strongest tie to the user.

The documented order: current first, then former, then connected; within each, the
strongest tie first (``netdesk.domain.strength``), then by name. A person appears once,
under the closest relation. Of the connected, only the ``CONNECTED_LIMIT`` most recently
in touch are ranked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.domain.enums import Circle
from netdesk.domain.strength import Strength
from netdesk.store.ties import strengths


class Relation:
    CURRENT = "current"
    FORMER = "former"
    CONNECTED = "connected"
    ORDER = (CURRENT, FORMER, CONNECTED)


class Link:
    INTRODUCTION = "introduction"
    EVENT = "event"
    ALUMNI = "alumni"


@dataclass(frozen=True, slots=True)
class PathPerson:
    id: int
    display_name: str
    given_name: str
    circle: str
    sort_key: str


@dataclass(frozen=True, slots=True)
class ReferralPath:
    person: PathPerson
    relation: str
    strength: Strength
    left_on: dt.date | None = None  # former: when they left
    via: PathPerson | None = None  # connected: the insider they are tied to
    link: str = ""  # connected: a ``Link`` value
    event: str = ""  # connected through an event: its name

    @property
    def id(self) -> int:
        return self.person.id


_PERSON = "c.id, c.display_name, c.given_name, c.circle, c.sort_key"
# Connected people considered: the most recently in touch of those tied to an insider. A
# large employer's insiders went to events with thousands; nobody reads that far down.
CONNECTED_LIMIT = 300
_LIVE = "c.deleted_at IS NULL"


def _person(row: tuple[object, ...]) -> PathPerson:
    return PathPerson(int(str(row[0])), str(row[1]), str(row[2]), str(row[3]), str(row[4]))


def _insiders(org_id: int) -> tuple[list[PathPerson], dict[int, dt.date]]:
    current = [
        _person(r)
        for r in database.execute_sql(
            f"SELECT {_PERSON} FROM contact c WHERE c.organization_id = ? AND {_LIVE}",
            (org_id,),
        )
    ]
    left: dict[int, dt.date] = {}
    former = []
    now = {p.id for p in current}
    for r in database.execute_sql(
        f"SELECT {_PERSON}, p.left_on FROM past_organization p "
        f"JOIN contact c ON c.id = p.contact_id WHERE p.organization_id = ? AND {_LIVE}",
        (org_id,),
    ):
        if int(r[0]) in now:
            continue  # back at a former employer: current
        former.append(_person(r))
        left[int(r[0])] = dt.date.fromisoformat(str(r[5])[:10])
    return current + former, left


def _introduced(inside: set[int]) -> list[tuple[int, int]]:
    """(outsider, insider) pairs that an introduction ties together."""
    marks = ",".join("?" * len(inside))
    pairs = []
    for a, b, c in database.execute_sql(
        "SELECT introducer_id, first_id, second_id FROM introduction "
        f"WHERE deleted_at IS NULL AND (introducer_id IN ({marks}) OR first_id IN ({marks}) "
        f"OR second_id IN ({marks}))",
        [*inside, *inside, *inside],
    ):
        for x, y in ((a, b), (a, c), (b, c), (b, a), (c, a), (c, b)):
            if x is not None and y is not None and x not in inside and y in inside:
                pairs.append((int(x), int(y)))
    return pairs


def _met_at_events(inside: set[int], best: dict[int, int]) -> list[tuple[int, int, str]]:
    """(outsider, insider, event name) for people at an event with an insider, through the
    insider there with the strongest tie (``best``: insider -> score), latest event first.

    Two queries rather than one join: a join of every insider's events with every other
    attendee grows with their product (hundreds of insiders at a large employer, each at
    events with hundreds of people)."""
    marks = ",".join("?" * len(inside))
    insider_at: dict[int, int] = {}
    for event, cid in database.execute_sql(
        "SELECT i.event_id, p.contact_id FROM participant p "
        "JOIN interaction i ON i.id = p.interaction_id "
        "WHERE i.deleted_at IS NULL AND i.event_id IS NOT NULL "
        f"AND p.contact_id IN ({marks})",
        list(inside),
    ):
        held = insider_at.get(event)
        if held is None or best.get(cid, 0) > best.get(held, 0):
            insider_at[event] = cid
    if not insider_at:
        return []
    events = list(insider_at)
    out = []
    for start in range(0, len(events), 500):
        chunk = events[start : start + 500]
        for event, name, cid in database.execute_sql(
            "SELECT DISTINCT e.id, e.name, p.contact_id FROM event e "
            "JOIN interaction i ON i.event_id = e.id AND i.deleted_at IS NULL "
            "JOIN participant p ON p.interaction_id = i.id "
            f"WHERE e.deleted_at IS NULL AND e.id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY e.date DESC, e.id",
            chunk,
        ):
            if cid not in inside:
                out.append((int(cid), insider_at[event], str(name)))
    return out


def _alumni(inside: list[PathPerson]) -> list[tuple[int, int]]:
    insiders = [p.id for p in inside if p.circle == Circle.ALUMNI]
    if not insiders:
        return []
    outsiders = database.execute_sql(
        f"SELECT c.id FROM contact c WHERE c.circle = ? AND {_LIVE}", (Circle.ALUMNI.value,)
    )
    taken = {p.id for p in inside}
    return [(int(r[0]), insiders[0]) for r in outsiders if int(r[0]) not in taken]


def _people(ids: set[int], limit: int) -> dict[int, PathPerson]:
    """The live contacts among ``ids``, the ``limit`` most recently in touch."""
    found: list[tuple[str, PathPerson]] = []
    items = list(ids)
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(
            f"SELECT {_PERSON}, COALESCE(c.last_contact, '') FROM contact c "
            f"WHERE c.id IN ({marks}) AND {_LIVE}",
            chunk,
        ):
            found.append((str(r[5]), _person(r)))
    found.sort(key=lambda f: f[0], reverse=True)
    return {p.id: p for _last, p in found[:limit]}


def referral_paths(org_id: int, today: dt.date) -> list[ReferralPath]:
    """Everyone who can help at organisation ``org_id``, in the documented order."""
    inside, left = _insiders(org_id)
    inside_ids = {p.id for p in inside}
    links: dict[int, tuple[int, str, str]] = {}  # outsider -> (insider, link, event)
    if inside_ids:
        insider_strength = strengths(inside_ids, today)
        best = {cid: tie.score for cid, tie in insider_strength.items()}
        found = [(o, i, Link.INTRODUCTION, "") for o, i in _introduced(inside_ids)]
        found += [(o, i, Link.EVENT, e) for o, i, e in _met_at_events(inside_ids, best)]
        found += [(o, i, Link.ALUMNI, "") for o, i in _alumni(inside)]
        rank = {Link.INTRODUCTION: 0, Link.EVENT: 1, Link.ALUMNI: 2}
        # Stable: events stay latest first within the same insider's strength.
        found.sort(key=lambda f: (rank[f[2]], -best[f[1]]))
        for outsider, insider, link, event in found:
            links.setdefault(outsider, (insider, link, event))
    outsiders = _people(set(links), CONNECTED_LIMIT)
    ties = strengths(inside_ids | set(outsiders), today)
    by_id = {p.id: p for p in inside} | outsiders
    paths = [
        ReferralPath(
            p,
            Relation.FORMER if p.id in left else Relation.CURRENT,
            ties[p.id],
            left_on=left.get(p.id),
        )
        for p in inside
    ]
    for cid, person in outsiders.items():
        insider, link, event = links[cid]
        paths.append(
            ReferralPath(person, Relation.CONNECTED, ties[cid], None, by_id[insider], link, event)
        )
    order = {r: i for i, r in enumerate(Relation.ORDER)}
    paths.sort(key=lambda p: (order[p.relation], -p.strength.score, p.person.sort_key, p.id))
    return paths
