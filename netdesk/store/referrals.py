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
under the closest relation.
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
class Person:
    id: int
    display_name: str
    given_name: str
    circle: str
    sort_key: str


@dataclass(frozen=True, slots=True)
class ReferralPath:
    person: Person
    relation: str
    strength: Strength
    left_on: dt.date | None = None  # former: when they left
    via: Person | None = None  # connected: the insider they are tied to
    link: str = ""  # connected: a ``Link`` value
    event: str = ""  # connected through an event: its name

    @property
    def id(self) -> int:
        return self.person.id


_PERSON = "c.id, c.display_name, c.given_name, c.circle, c.sort_key"
_LIVE = "c.deleted_at IS NULL"


def _person(row: tuple[object, ...]) -> Person:
    return Person(int(str(row[0])), str(row[1]), str(row[2]), str(row[3]), str(row[4]))


def _insiders(org_id: int) -> tuple[list[Person], dict[int, dt.date]]:
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


def _met_at_events(inside: set[int]) -> list[tuple[int, int, str]]:
    """(outsider, insider, event name) for people at an event with an insider."""
    marks = ",".join("?" * len(inside))
    rows = database.execute_sql(
        "SELECT DISTINCT p1.contact_id, p2.contact_id, e.name FROM participant p2 "
        "JOIN interaction i2 ON i2.id = p2.interaction_id AND i2.deleted_at IS NULL "
        "JOIN event e ON e.id = i2.event_id AND e.deleted_at IS NULL "
        "JOIN interaction i1 ON i1.event_id = e.id AND i1.deleted_at IS NULL "
        "JOIN participant p1 ON p1.interaction_id = i1.id "
        f"WHERE p2.contact_id IN ({marks}) AND p1.contact_id NOT IN ({marks}) "
        "ORDER BY e.date DESC",
        [*inside, *inside],
    )
    return [(int(a), int(b), str(n)) for a, b, n in rows]


def _alumni(inside: list[Person]) -> list[tuple[int, int]]:
    insiders = [p.id for p in inside if p.circle == Circle.ALUMNI]
    if not insiders:
        return []
    outsiders = database.execute_sql(
        f"SELECT c.id FROM contact c WHERE c.circle = ? AND {_LIVE}", (Circle.ALUMNI.value,)
    )
    taken = {p.id for p in inside}
    return [(int(r[0]), insiders[0]) for r in outsiders if int(r[0]) not in taken]


def _people(ids: set[int]) -> dict[int, Person]:
    out: dict[int, Person] = {}
    items = list(ids)
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(
            f"SELECT {_PERSON} FROM contact c WHERE c.id IN ({marks}) AND {_LIVE}", chunk
        ):
            out[int(r[0])] = _person(r)
    return out


def referral_paths(org_id: int, today: dt.date) -> list[ReferralPath]:
    """Everyone who can help at organisation ``org_id``, in the documented order."""
    inside, left = _insiders(org_id)
    inside_ids = {p.id for p in inside}
    links: dict[int, tuple[int, str, str]] = {}  # outsider -> (insider, link, event)
    if inside_ids:
        found = [(o, i, Link.INTRODUCTION, "") for o, i in _introduced(inside_ids)]
        found += [(o, i, Link.EVENT, e) for o, i, e in _met_at_events(inside_ids)]
        found += [(o, i, Link.ALUMNI, "") for o, i in _alumni(inside)]
        insider_strength = strengths(inside_ids, today)
        rank = {Link.INTRODUCTION: 0, Link.EVENT: 1, Link.ALUMNI: 2}
        found.sort(key=lambda f: (rank[f[2]], -insider_strength[f[1]].score))
        for outsider, insider, link, event in found:
            links.setdefault(outsider, (insider, link, event))
    outsiders = _people(set(links))
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
