"""Search's walk of the timeline: matching rows newest first, to their people.

A keystroke's page of people found in the timeline (``store.search``) comes from the
matching index rows read newest first, a batch at a time, each batch mapped to its
people (an interaction's participants, an ask's contact, those at an event, the three of
an introduction) by one query per kind of row. The people that filters leave are read
once and kept while only the words change (``remembered_people``).
"""

from __future__ import annotations

import json
import threading

from netdesk.db.connection import database
from netdesk.store.contact_query import _Where
from netdesk.store.search_index import ID_BITS, TIMELINE_BASE, Code

# The id of the row of index key ``h.k`` (``search_index.timeline_ref`` in SQL).
REF = f"(((h.k - {TIMELINE_BASE}) >> 4) & {(1 << ID_BITS) - 1})"

# The people of some timeline rows of one code (keys as a JSON list) who are shown:
# (key, contact id, name key), live, not archived, within the filters (``{conditions}``).
# Joined in the order written (CROSS JOIN, and "+" so that the people a filter leaves
# never drive the join): a look-up or two per row of the batch.
# The index holds no deleted interaction (``search_index`` leaves them out), so none is
# read to check.
_PEOPLE_OF_ROWS = {
    int(Code.INTERACTION): f"""SELECT h.k AS k, +p.contact_id AS cid FROM hit h
      CROSS JOIN participant p ON p.interaction_id = {REF}""",
    int(Code.ASK): f"""SELECT h.k AS k, +a.contact_id AS cid FROM hit h
      CROSS JOIN ask a ON a.id = {REF} WHERE a.deleted_at IS NULL""",
    int(Code.EVENT): f"""SELECT DISTINCT h.k AS k, +p.contact_id AS cid FROM hit h
      CROSS JOIN event e ON e.id = {REF} JOIN interaction i ON i.event_id = e.id
      CROSS JOIN participant p ON p.interaction_id = i.id
      WHERE e.deleted_at IS NULL AND i.deleted_at IS NULL""",
    int(Code.INTRODUCTION): f"""SELECT h.k AS k, CASE w.n WHEN 1 THEN n.introducer_id
      WHEN 2 THEN n.first_id ELSE n.second_id END AS cid FROM hit h
      CROSS JOIN introduction n ON n.id = {REF}
      CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) w
      WHERE n.deleted_at IS NULL""",
}
_SHOWN_PEOPLE_OF_ROWS = """WITH hit(k) AS (SELECT value FROM json_each(?))
SELECT x.k, c.id, c.sort_key FROM ({rows}) x CROSS JOIN contact c ON c.id = x.cid
WHERE {conditions}"""
# Timeline rows read at a time while walking them newest first: the first batch, the
# fewest and the most.
_WALK = 256
_WALK_MOST = 8192


class _Remembered(threading.local):
    """The people of the last filters, per thread, with what says the data is unchanged."""

    key: tuple[object, ...] | None = None
    people: dict[int, str] | None = None


_remembered = _Remembered()
# The most people of some filters kept in memory: more are cheaper tested in SQL than
# read (a whole circle of a large network).
_REMEMBERED_MOST = 5000


def remembered_people(where: _Where) -> dict[int, str] | None:
    """The people of ``where`` (id -> name key); None when more than
    ``_REMEMBERED_MOST`` (their conditions are then tested in SQL, row by row).

    The word after the filters changes with each keystroke, the filters do not: their
    people are read once and kept until the database changes (this connection's writes
    or another's commit).
    """
    connection = database.connection()
    (version,) = database.execute_sql("PRAGMA data_version").fetchone()
    key = (
        tuple(where.conditions),
        tuple(where.params),
        id(connection),
        version,
        connection.total_changes,
    )
    if _remembered.key != key:
        people = database.execute_sql(
            f"SELECT c.id, c.sort_key FROM contact c WHERE {' AND '.join(where.conditions)} "
            "LIMIT ?",
            [*where.params, _REMEMBERED_MOST + 1],
        ).fetchall()
        _remembered.people = dict(people) if len(people) <= _REMEMBERED_MOST else None
        _remembered.key = key
    return _remembered.people


def walk_timeline(
    expression: str,
    where: _Where,
    wanted: int,
    seen: set[int],
    allowed: dict[int, str] | None,
) -> list[tuple[int, int]]:
    """Up to ``wanted`` more people (contact id, key) by their newest matching timeline row, within
    ``allowed`` (id -> name key) when given, else within ``where``. The matches are read
    newest first, a batch at a time, with one query per kind of row for its people."""
    rows = database.execute_sql(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rowid DESC",
        (expression, TIMELINE_BASE),
    )
    found: list[tuple[int, int]] = []
    batch, read = _WALK, 0
    while len(found) < wanted:
        keys = [r[0] for r in rows.fetchmany(batch)]
        if not keys:
            break
        read += len(keys)
        shown = _shown_people_of(keys, where, allowed)
        # Newest row first; the people of one row in name order, as the whole result has them.
        shown.sort(key=lambda r: (-r[0], r[2], r[1]))
        for key, cid, _name in shown:
            if cid not in seen:
                seen.add(cid)
                found.append((cid, key))
        batch = _next_batch(wanted - len(found), len(found), read)
    return found[:wanted]


def _next_batch(missing: int, found: int, read: int) -> int:
    """Rows to read next for ``missing`` more people, at the rate found so far (filters
    that pass few people find few per row); a quarter more, so one more batch mostly
    does. Twice the rows read when none was found yet."""
    if not found:
        return min(2 * read, _WALK_MOST)
    return max(_WALK, min(_WALK_MOST, (missing * read * 5) // (found * 4) + 1))


def _shown_people_of(
    keys: list[int], where: _Where, allowed: dict[int, str] | None
) -> list[tuple[int, int, str]]:
    """(key, contact id, name key) of the shown people of some timeline rows."""
    by_code: dict[int, list[int]] = {}
    for key in keys:
        by_code.setdefault(key & 15, []).append(key)
    shown: list[tuple[int, int, str]] = []
    for code, some in by_code.items():
        if allowed is None:
            sql = _SHOWN_PEOPLE_OF_ROWS.format(
                rows=_PEOPLE_OF_ROWS[code], conditions=" AND ".join(where.conditions)
            )
            shown += database.execute_sql(sql, [json.dumps(some), *where.params]).fetchall()
            continue
        sql = f"WITH hit(k) AS (SELECT value FROM json_each(?)) {_PEOPLE_OF_ROWS[code]}"
        for key, cid in database.execute_sql(sql, (json.dumps(some),)):
            name = allowed.get(cid)
            if name is not None:
                shown.append((key, cid, name))
    return shown
