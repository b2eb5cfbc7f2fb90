"""Search that answers: people ranked by where the words were found, with the reason.

One query over the index of ``search_index``: the matching rows are mapped to their
people (an interaction to its participants, an event to those who were there, an ask to
its contact), each person keeps their best match, and people come out ranked by the
tier of that match (name first, then the transliterated name, can help with, tags,
organisation, place, other fields, notes, then the timeline); within a tier of the
person's own fields in name order, in the timeline tier by their newest match, recent
before old. The reason of a row (``search_reasons``) is worked out for the rows shown.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from netdesk.db.connection import database
from netdesk.domain.search_query import Filter, FilterKind, SearchQuery, quiet_since
from netdesk.domain.text import fold
from netdesk.domain.transliterate import MARK, skeletons
from netdesk.store.contact_query import ContactQuery, RowCount, _add_filters, _Where
from netdesk.store.search_index import TIMELINE_BASE, Code, catch_up, timeline_ref
from netdesk.store.search_walk import REF as _REF
from netdesk.store.search_walk import remembered_people, walk_timeline

# The timeline tier: interactions, asks, events and introductions rank alike.
TIMELINE = int(Code.INTERACTION)
# Ahead of a search, index what is queued when it is this little (an edit or two);
# more is left to the background catch-up of the services.
CATCH_UP_BEFORE_SEARCH = 500


@dataclass(frozen=True, slots=True)
class Hit:
    """A person found: ``key`` is the index row of their best match."""

    contact_id: int
    key: int
    tier: int

    @property
    def code(self) -> Code:
        return Code(self.key & 15)

    @property
    def ref(self) -> int:
        """The id of the contact, interaction, ask, event or introduction matched."""
        return timeline_ref(self.key) if self.key >= TIMELINE_BASE else self.key >> 4

    @property
    def score(self) -> int:
        """100 for a name, 10 less for each tier below."""
        return 100 - 10 * self.tier


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _sounds_like(term: str) -> str | None:
    """The transliterated form of ``term`` to look for: its words' keys at word starts.

    A key of two letters must be a whole word ("|mr|": Omar, عمر), or "visa" (fs) would
    find Faisal; a longer one may be the start of a word, as the name is being typed.
    """
    keys = skeletons(term)
    if not keys or len(keys[-1]) < 2:
        return None
    text = MARK + MARK.join(keys)
    return _phrase(text + MARK if len(keys[-1]) == 2 else text)


def match_expression(terms: Sequence[str]) -> str | None:
    """The FTS5 query of ``terms`` as written, or else as transliterated; None when no
    term is long enough for the trigram index."""
    long_terms = [t for t in terms if len(t) >= 3]
    if not long_terms:
        return None
    exact = " AND ".join(_phrase(t) for t in long_terms)
    sounds = [_sounds_like(t) for t in long_terms]
    if all(sounds):
        return f"({exact}) OR ({' AND '.join(s for s in sounds if s)})"
    return exact


# The people each matching timeline row of ``hit(k)`` concerns, as (cid, k): an
# interaction's participants, an ask's contact, those who came to an event, and the
# three people of an introduction.
_OTHER_PEOPLE = f"""
  SELECT a.contact_id AS cid, h.k AS k FROM hit h JOIN ask a ON a.id = {_REF}
    WHERE (h.k & 15) = 9 AND a.deleted_at IS NULL
  UNION ALL
  SELECT DISTINCT p.contact_id, h.k FROM hit h JOIN event e ON e.id = {_REF}
    JOIN interaction i ON i.event_id = e.id JOIN participant p ON p.interaction_id = i.id
    WHERE (h.k & 15) = 10 AND e.deleted_at IS NULL AND i.deleted_at IS NULL
  UNION ALL
  SELECT CASE w.n WHEN 1 THEN n.introducer_id WHEN 2 THEN n.first_id ELSE n.second_id END,
    h.k FROM hit h JOIN introduction n ON n.id = {_REF}
    JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) w
    WHERE (h.k & 15) = 11 AND n.deleted_at IS NULL
"""
_TIMELINE_PEOPLE = f"""
  SELECT p.contact_id AS cid, h.k AS k FROM hit h
    JOIN interaction i ON i.id = {_REF} JOIN participant p ON p.interaction_id = i.id
    WHERE (h.k & 15) = 8 AND i.deleted_at IS NULL
  UNION ALL {_OTHER_PEOPLE}
"""
# Every match, each person once with their best: the lowest tier, and for the timeline
# tier its newest row. A tier of the person's own fields goes in name order, the
# timeline newest first.
_EVERYONE = f"""
WITH hit(k) AS (SELECT rowid FROM search_fts WHERE search_fts MATCH ?),
who(cid, tier, k) AS (
  SELECT k >> 4, k & 15, k FROM hit WHERE k < {TIMELINE_BASE}
  UNION ALL SELECT cid, {TIMELINE}, k FROM ({_TIMELINE_PEOPLE})
)
SELECT w.cid, CASE WHEN w.tier < {TIMELINE} THEN (w.cid << 4) | w.tier ELSE w.newest END,
  w.tier FROM (SELECT cid, MIN(tier) AS tier,
  MAX(CASE WHEN tier = {TIMELINE} THEN k END) AS newest FROM who GROUP BY cid) w
  JOIN contact c ON c.id = w.cid WHERE {{conditions}}
  ORDER BY w.tier, CASE WHEN w.tier = {TIMELINE} THEN w.newest END DESC, c.sort_key, c.id
"""
# Some people (a JSON list) in name order, within the conditions; ``{walk}`` walks the
# name index testing each name (cheaper than sorting the people when they are many).
_IN_NAME_ORDER = (
    "SELECT c.id FROM contact c{walk} WHERE c.id IN (SELECT value FROM json_each(?)) "
    "AND {conditions} ORDER BY c.sort_key, c.id LIMIT ?"
)
# The conditions of a search of every live contact.
_LIVE = ["c.deleted_at IS NULL", "c.archived = 0"]
# Filters that leave few people (``allowed``): their own timelines are looked at instead
# of walking the matches. Reading their timelines costs about ``allowed`` x their rows;
# walking, the page's ``wanted`` x ``everyone / allowed`` rows, each row dearer: few
# means ``allowed² x _WALK_COST <= wanted x everyone``.
_WALK_COST = 16
# The index key of every timeline row of some people (``json_each`` of their ids).
_TIMELINES_OF = """
WITH who(cid) AS (SELECT value FROM json_each(?))
SELECT p.contact_id, m.row FROM who JOIN participant p ON p.contact_id = who.cid
  JOIN search_moment m ON m.key = p.interaction_id * 16 + 8
UNION ALL
SELECT a.contact_id, m.row FROM who JOIN ask a ON a.contact_id = who.cid
  JOIN search_moment m ON m.key = a.id * 16 + 9
UNION ALL
SELECT p.contact_id, m.row FROM who JOIN participant p ON p.contact_id = who.cid
  JOIN interaction i ON i.id = p.interaction_id AND i.event_id IS NOT NULL
  AND i.deleted_at IS NULL JOIN search_moment m ON m.key = i.event_id * 16 + 10
UNION ALL
SELECT n.introducer_id, m.row FROM who JOIN introduction n ON n.introducer_id = who.cid
  JOIN search_moment m ON m.key = n.id * 16 + 11
UNION ALL
SELECT n.first_id, m.row FROM who JOIN introduction n ON n.first_id = who.cid
  JOIN search_moment m ON m.key = n.id * 16 + 11
UNION ALL
SELECT n.second_id, m.row FROM who JOIN introduction n ON n.second_id = who.cid
  JOIN search_moment m ON m.key = n.id * 16 + 11
"""


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a search looks: the sidebar's selection (a ``ContactQuery`` without text) and
    the circle names the ``circle:`` filter understands (folded name -> stored value)."""

    base: ContactQuery = field(default_factory=ContactQuery)
    circle_names: Mapping[str, str] | None = None
    today: dt.date | None = None


def search(
    query: SearchQuery, scope: Scope | None = None, limit: int | None = None, offset: int = 0
) -> list[Hit]:
    """People matching ``query`` within ``scope``, best first.

    The first ``limit`` (a page, a keystroke) are found without ranking every match: the
    people whose own fields match, then the timeline walked newest first until enough
    people are found. The whole result (``limit`` None) ranks every match, in the same
    order.
    """
    scope = scope or Scope()
    where = _conditions(query, scope)
    expression = match_expression(query.terms)
    allowed = None
    if limit is not None and not offset:
        allowed = _allowed(_conditions(query, scope, names=False), query, scope)
        short = [t for t in query.terms if len(t) < 3]
        if allowed is not None and short:
            allowed = {c: n for c, n in allowed.items() if _starts_a_word(n, short)}
    if allowed is not None and expression is None:
        # Filters and a letter or two typed after them: the filters' people in name order.
        return [Hit(c, c << 4, 0) for c in sorted(allowed, key=lambda c: (allowed[c], c))[:limit]]
    if limit is None or offset or expression is None:
        sql, params = _build(query, scope)
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [Hit(r[0], r[1], r[2]) for r in database.execute_sql(sql, params).fetchall()]
    own = _own_fields(expression, where, limit)
    if len(own) >= limit:
        return own
    seen = {h.contact_id for h in own}
    if allowed is not None and not allowed.keys() - seen:
        return own  # no one else to find: no timeline is read
    if allowed is not None and len(allowed) ** 2 * _WALK_COST <= limit * _highest_id():
        return own + _timelines_of(expression, allowed, seen)[: limit - len(own)]
    walked = walk_timeline(expression, where, limit - len(own), seen, allowed)
    return own + [Hit(cid, key, TIMELINE) for cid, key in walked]


def _starts_a_word(name: str, terms: list[str]) -> bool:
    """Whether each of ``terms`` starts a word of ``name`` (a name key: folded, lower
    case), as the SQL of ``_conditions`` tests it."""
    return all(name.startswith(t) or f" {t}" in name for t in terms)


def _highest_id() -> int:
    (highest,) = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM contact").fetchone()
    return int(highest)


def _own_fields(expression: str, where: _Where, limit: int) -> list[Hit]:
    """The first ``limit`` people whose own fields match, tier by tier, in name order.

    A tier is put in order only while the page is not full: a common word in names
    never makes the tags that hold it ("LinkedIn" for "lin") ranked too.
    """
    best: dict[int, int] = {}
    for (key,) in database.execute_sql(
        f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid < {TIMELINE_BASE}",
        (expression,),
    ):
        cid, tier = key >> 4, key & 15
        if tier < best.get(cid, 16):
            best[cid] = tier
    tiers: dict[int, list[int]] = {}
    for cid, tier in best.items():
        tiers.setdefault(tier, []).append(cid)
    highest = _highest_id()
    conditions = " AND ".join(where.conditions)
    found: list[Hit] = []
    for tier in sorted(tiers):
        people, wanted = tiers[tier], limit - len(found)
        # As contact_query._many_matches: walk the names when the people are many.
        many = len(people) ** 2 > 0.7 * wanted * highest and where.conditions == _LIVE
        walk = " INDEXED BY contact_list_name" if many else ""
        sql = _IN_NAME_ORDER.format(walk=walk, conditions=conditions)
        rows = database.execute_sql(sql, [json.dumps(people), *where.params, wanted])
        found += [Hit(cid, (cid << 4) | tier, tier) for (cid,) in rows]
        if len(found) >= limit:
            break
    return found


def _allowed(where: _Where, query: SearchQuery, scope: Scope) -> dict[int, str] | None:
    """The people the filters and the sidebar leave (id -> name key); None for everyone,
    or when they are too many to keep (``search_walk.remembered_people``)."""
    if not query.filters and scope.base == ContactQuery(
        sort=scope.base.sort, descending=scope.base.descending, arabic_first=scope.base.arabic_first
    ):
        return None
    return remembered_people(where)


def _timelines_of(expression: str, people: dict[int, str], seen: set[int]) -> list[Hit]:
    """``people`` (but ``seen``) whose timeline matches, by their newest matching row."""
    matched = {
        r[0]
        for r in database.execute_sql(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?",
            (expression, TIMELINE_BASE),
        )
    }
    newest: dict[int, int] = {}
    for cid, key in database.execute_sql(_TIMELINES_OF, (json.dumps(list(people)),)):
        if key in matched and cid not in seen and key > newest.get(cid, -1):
            newest[cid] = key
    order = sorted(newest, key=lambda cid: (-newest[cid], people[cid], cid))
    return [Hit(cid, newest[cid], TIMELINE) for cid in order]


def count(query: SearchQuery, scope: Scope | None = None) -> int:
    sql, params = _build(query, scope or Scope())
    (n,) = database.execute_sql(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()
    return int(n)


def ensure_indexed() -> None:
    """Index the few changes queued since the last search, so a search sees an edit."""
    (queued,) = database.execute_sql(
        "SELECT COUNT(*) FROM (SELECT 1 FROM search_stale LIMIT ?)", (CATCH_UP_BEFORE_SEARCH + 1,)
    ).fetchone()
    if 0 < queued <= CATCH_UP_BEFORE_SEARCH:
        catch_up()


def _conditions(query: SearchQuery, scope: Scope, *, names: bool = True) -> _Where:
    """The conditions on ``contact c`` of the sidebar's selection and of the filters, and
    (``names``) of the words of one or two letters."""
    where = _Where()
    where.add("c.deleted_at IS NULL")
    _add_filters(replace(scope.base, text="", trash=False, limit=None), where)
    today = scope.today or dt.date.today()
    for item in query.filters:
        _add_filter(item, where, scope, today)
    for term in (t for t in query.terms if len(t) < 3 and names):
        # One or two letters: the start of a word of the name, as the name search does.
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.add(
            "(c.sort_key LIKE ? ESCAPE '\\' OR c.sort_key LIKE ? ESCAPE '\\')",
            escaped + "%",
            "% " + escaped + "%",
        )
    return where


def _build(query: SearchQuery, scope: Scope) -> tuple[str, list[object]]:
    """The whole result's SQL: every match ranked (or, with no words, name order)."""
    where = _conditions(query, scope)
    expression = match_expression(query.terms)
    conditions = " AND ".join(where.conditions)
    if expression is None:
        sql = (
            f"SELECT c.id, c.id * 16, 0 FROM contact c WHERE {conditions} ORDER BY c.sort_key, c.id"
        )
        return sql, where.params
    return _EVERYONE.format(conditions=conditions), [expression, *where.params]


def _fts_field(code: Code, value: str) -> tuple[str, list[object]]:
    """People whose ``code`` row holds ``value``: the index for three letters or more."""
    folded = fold(value)
    if len(folded) >= 3:
        expression = _phrase(folded)
        sounds = _sounds_like(folded) if code is not Code.HELP else None
        if sounds:
            expression = f"{expression} OR {sounds}"
        return (
            "c.id IN (SELECT rowid >> 4 FROM search_fts WHERE search_fts MATCH ? "
            f"AND rowid < {TIMELINE_BASE} AND (rowid & 15) = ?)",
            [expression, int(code)],
        )
    column = {Code.ORGANIZATION: "c.org_sort", Code.LOCATION: "c.location"}.get(code, "c.notes")
    return f"{column} LIKE ?", [f"%{folded}%"]


def _add_filter(item: Filter, where: _Where, scope: Scope, today: dt.date) -> None:
    from netdesk.store.due import due_cutoff

    kind = item.kind
    if kind is FilterKind.CIRCLE:
        names = scope.circle_names or {}
        folded = fold(item.value)
        where.add("c.circle = ?", names.get(folded, folded.replace(" ", "_")))
    elif kind is FilterKind.TAG:
        where.add(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name_key = ?)",
            fold(item.value),
        )
    elif kind in (FilterKind.ORGANIZATION, FilterKind.LOCATION, FilterKind.HELPS):
        code = {
            FilterKind.ORGANIZATION: Code.ORGANIZATION,
            FilterKind.LOCATION: Code.LOCATION,
            FilterKind.HELPS: Code.HELP,
        }[kind]
        condition, params = _fts_field(code, item.value)
        where.add(condition, *params)
    elif kind is FilterKind.QUIET_SINCE:
        since = quiet_since(item.value, today)
        where.add("(c.last_contact IS NULL OR c.last_contact < ?)", since.isoformat())
    elif kind is FilterKind.DUE:
        where.add("c.next_due IS NOT NULL AND c.next_due <= ?", due_cutoff(today).isoformat())
    elif kind is FilterKind.OVERDUE:
        where.add("c.next_due IS NOT NULL AND c.next_due < ?", today.isoformat())
    elif kind is FilterKind.OPEN_ASKS:
        where.add(
            "c.id IN (SELECT contact_id FROM ask WHERE status = 'open' AND is_offer = 0 "
            "AND deleted_at IS NULL)"
        )
    elif kind is FilterKind.FAVOURITE:
        where.add("c.favourite = 1")


class SearchCount(RowCount):
    """``RowCount`` of a search: counted on a read-only connection of its own, so on a
    worker thread, and cancelled by the next keystroke."""

    def __init__(self, query: SearchQuery, scope: Scope | None = None) -> None:
        super().__init__(ContactQuery(limit=0))
        sql, self._params = _build(query, scope or Scope())
        self._sql = f"SELECT COUNT(*) FROM ({sql})"
