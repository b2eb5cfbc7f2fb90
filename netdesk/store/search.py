"""Search that answers: people ranked by where the words were found, with the reason.

One query over the index of ``search_index``: the matching rows are mapped to their
people (an interaction to its participants, an event to those who were there, an ask to
its contact), each person keeps their best match, and people come out ranked by the
tier of that match (name first, then the transliterated name, can help with, tags,
organisation, place, other fields, notes, then the timeline), recent before old within a
tier, then by name. The reason of a row (``reasons``) is worked out for the rows shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from netdesk.db.connection import database
from netdesk.domain.search_query import Filter, FilterKind, SearchQuery, quiet_since
from netdesk.domain.text import fold
from netdesk.domain.transliterate import MARK, skeletons
from netdesk.store.contact_query import ContactQuery, RowCount, _add_filters, _Where
from netdesk.store.search_index import Code, catch_up

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
        return self.key >> 4

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


# Matching index rows -> (person, tier, when) for every person each one concerns.
_PEOPLE = """
WITH hit(k) AS (SELECT rowid FROM search_fts WHERE search_fts MATCH ?),
who(cid, tier, at, k) AS (
  SELECT k >> 4, k & 15, NULL, k FROM hit WHERE (k & 15) < 8
  UNION ALL
  SELECT p.contact_id, 8, i.happened_at, h.k FROM hit h
    JOIN interaction i ON i.id = h.k >> 4 JOIN participant p ON p.interaction_id = i.id
    WHERE (h.k & 15) = 8 AND i.deleted_at IS NULL
  UNION ALL
  SELECT a.contact_id, 8, a.asked_on, h.k FROM hit h JOIN ask a ON a.id = h.k >> 4
    WHERE (h.k & 15) = 9 AND a.deleted_at IS NULL
  UNION ALL
  SELECT p.contact_id, 8, e.date, h.k FROM hit h JOIN event e ON e.id = h.k >> 4
    JOIN interaction i ON i.event_id = e.id JOIN participant p ON p.interaction_id = i.id
    WHERE (h.k & 15) = 10 AND e.deleted_at IS NULL AND i.deleted_at IS NULL
  UNION ALL
  SELECT CASE w.n WHEN 1 THEN n.introducer_id WHEN 2 THEN n.first_id ELSE n.second_id END,
    8, n.introduced_on, h.k FROM hit h JOIN introduction n ON n.id = h.k >> 4
    JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) w
    WHERE (h.k & 15) = 11 AND n.deleted_at IS NULL
)
"""


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a search looks: the sidebar's selection (a ``ContactQuery`` without text) and
    the circle names the ``circle:`` filter understands (folded name -> stored value)."""

    base: ContactQuery = ContactQuery()
    circle_names: Mapping[str, str] | None = None
    today: dt.date | None = None


def search(
    query: SearchQuery, scope: Scope = Scope(), limit: int | None = None, offset: int = 0
) -> list[Hit]:
    """People matching ``query`` within ``scope``, best first."""
    sql, params = _build(query, scope)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [Hit(r[0], r[1], r[2]) for r in database.execute_sql(sql, params).fetchall()]


def count(query: SearchQuery, scope: Scope = Scope()) -> int:
    sql, params = _build(query, scope)
    (n,) = database.execute_sql(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()
    return int(n)


def ensure_indexed() -> None:
    """Index the few changes queued since the last search, so a search sees an edit."""
    (queued,) = database.execute_sql(
        "SELECT COUNT(*) FROM (SELECT 1 FROM search_stale LIMIT ?)", (CATCH_UP_BEFORE_SEARCH + 1,)
    ).fetchone()
    if 0 < queued <= CATCH_UP_BEFORE_SEARCH:
        catch_up()


def _build(query: SearchQuery, scope: Scope) -> tuple[str, list[object]]:
    where = _Where()
    where.add("c.deleted_at IS NULL")
    _add_filters(replace(scope.base, text="", trash=False, limit=None), where)
    today = scope.today or dt.date.today()
    for item in query.filters:
        _add_filter(item, where, scope, today)
    for term in (t for t in query.terms if len(t) < 3):
        # One or two letters: the start of a word of the name, as the name search does.
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.add(
            "(c.sort_key LIKE ? ESCAPE '\\' OR c.sort_key LIKE ? ESCAPE '\\')",
            escaped + "%",
            "% " + escaped + "%",
        )
    expression = match_expression(query.terms)
    conditions = " AND ".join(where.conditions)
    if expression is None:
        sql = (
            f"SELECT c.id, c.id * 16, 0 FROM contact c WHERE {conditions} "
            "ORDER BY c.sort_key, c.id"
        )
        return sql, where.params
    sql = (
        _PEOPLE + "SELECT w.cid, w.k, MIN(w.tier, 8) AS tier FROM (SELECT cid, k, tier, "
        "MIN(MIN(tier, 8) * 10000000000000 - COALESCE(unixepoch(at), 0)) AS r "
        "FROM who GROUP BY cid) w JOIN contact c ON c.id = w.cid "
        f"WHERE {conditions} "
        "ORDER BY w.r - CASE WHEN w.tier < 8 THEN COALESCE(unixepoch(c.last_contact), 0) "
        "ELSE 0 END, c.sort_key, c.id"
    )
    return sql, [expression, *where.params]


def _fts_field(code: Code, value: str) -> tuple[str, list[object]]:
    """People whose ``code`` row holds ``value``: the index for three letters or more."""
    folded = fold(value)
    if len(folded) >= 3:
        return (
            "c.id IN (SELECT rowid >> 4 FROM search_fts WHERE search_fts MATCH ? "
            "AND (rowid & 15) = ?)",
            [_phrase(folded), int(code)],
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

    def __init__(self, query: SearchQuery, scope: Scope = Scope()) -> None:
        super().__init__(ContactQuery(limit=0))
        sql, self._params = _build(query, scope)
        self._sql = f"SELECT COUNT(*) FROM ({sql})"
