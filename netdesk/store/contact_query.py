"""Search, filter and sort contacts in SQL, returning ids and display rows.

The table shows 100,000 contacts, so nothing here loops over all of them in Python:
filters and sorting are indexed SQL, search is the trigram FTS index.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path
from typing import Generic, TypeVar

from netdesk.db.connection import database
from netdesk.domain.text import fold

T = TypeVar("T")


class SortColumn(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    TITLE = 2
    CIRCLE = 3
    LAST_CONTACT = 4
    NEXT_DUE = 5
    TAGS = 6


_ORDER = {
    SortColumn.NAME: "c.sort_key",
    SortColumn.ORGANIZATION: "c.org_sort",
    SortColumn.TITLE: "c.job_title COLLATE NOCASE",
    SortColumn.CIRCLE: "c.circle",
    SortColumn.LAST_CONTACT: "c.last_contact",
    SortColumn.NEXT_DUE: "c.next_due",
    SortColumn.TAGS: "c.tags_text",
}


@dataclass(frozen=True, slots=True)
class ContactQuery:
    text: str = ""
    circle: str | None = None
    tag_id: int | None = None
    organization_id: int | None = None
    favourites: bool = False
    include_archived: bool = False
    sort: SortColumn = SortColumn.NAME
    descending: bool = False
    # Arabic UI: Arabic-script names first, as an Arabic reader expects.
    arabic_first: bool = False
    limit: int | None = None
    # Only contacts due on or before this date (the Due view).
    due_by: dt.date | None = None
    # The Trash: deleted contacts instead of live ones.
    trash: bool = False
    # Only these contacts (those an import brought in), in any number: one JSON parameter.
    ids: tuple[int, ...] | None = None
    # Only contacts added at or after this moment, UTC (Recently added).
    added_since: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    display_name: str
    organization: str
    job_title: str
    circle: str
    last_contact: dt.datetime | None
    next_due: dt.date | None
    tags: str
    email: str
    phone: str
    favourite: bool
    # For the face the list paints: initials from the names, or the photo if there is one.
    given_name: str = ""
    family_name: str = ""
    has_photo: bool = False


def _match_expression(tokens: list[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


@dataclass(slots=True)
class _Where:
    """The conditions of a query and their parameters, in the order they are written."""

    conditions: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, condition: str, *params: object) -> None:
        self.conditions.append(condition)
        self.params.extend(params)


def build_query(q: ContactQuery, *, walk_names: bool = False) -> tuple[str, list[object]]:
    """The SQL selecting ``q``'s ids in order.

    ``walk_names``: for a search in name order whose trigram matches are many, walk the
    name index and test each name against the matches (see ``query_ids``), rather than
    putting every match in name order.
    """
    tokens = fold(q.text).split()
    long_tokens = [t for t in tokens if len(t) >= 3]
    short_tokens = [t for t in tokens if len(t) < 3]
    by_prefix = _walks_prefixes(q, long_tokens, short_tokens)
    where = _Where()
    where.add("c.deleted_at IS NOT NULL" if q.trash else "c.deleted_at IS NULL")
    if by_prefix:
        source = _prefix_source(short_tokens[0], where)
        short_tokens = short_tokens[1:]
    else:
        source = _search_source(q, long_tokens, walk_names, where)
    _add_word_starts(short_tokens, where)
    _add_filters(q, where)
    order = _prefix_order(q) if by_prefix else _order(q)
    sql = f"SELECT c.id FROM {source} WHERE {' AND '.join(where.conditions)} ORDER BY {order}"
    if q.limit is not None:
        sql += " LIMIT ?"
        where.params.append(q.limit)
    return sql, where.params


def _only_text(q: ContactQuery) -> bool:
    """Whether ``q`` is a search of every live contact, with no filter beside the text."""
    return q.ids is None and not (
        q.circle
        or q.tag_id
        or q.organization_id
        or q.favourites
        or q.due_by
        or q.include_archived
        or q.added_since
    )


def _walks_prefixes(q: ContactQuery, long_tokens: list[str], short_tokens: list[str]) -> bool:
    """Whether ``q`` is one or two letters in name order, found in the word-start index."""
    return (
        bool(short_tokens)
        and not long_tokens
        and not q.trash
        and not q.include_archived
        and q.sort is SortColumn.NAME
    )


def _search_source(q: ContactQuery, long_tokens: list[str], walk_names: bool, where: _Where) -> str:
    """The tables a search of three letters or more reads, its conditions added to ``where``."""
    if long_tokens and q.trash:
        # Deleted contacts leave the search index; the trash is small, so scan it.
        for token in long_tokens:
            where.add("(c.sort_key LIKE ? OR c.org_sort LIKE ?)", f"%{token}%", f"%{token}%")
        return "contact c"
    name_order = _only_text(q) and q.sort is SortColumn.NAME
    if long_tokens and walk_names and name_order:
        names = "contact_list_arabic" if q.arabic_first else "contact_list_name"
        where.add(
            "c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)",
            _match_expression(long_tokens),
        )
        return f"contact c INDEXED BY {names}"
    if long_tokens:
        # In name order, the trigram matches are looked up in schema 5's covering index.
        covering = " INDEXED BY contact_live_ids" if name_order else ""
        where.add("contact_fts MATCH ?", _match_expression(long_tokens))
        return f"contact c{covering} JOIN contact_fts f ON f.rowid = c.id"
    return "contact c"


def _prefix_source(prefix: str, where: _Where) -> str:
    """One or two letters, in name order: walk the word starts of schema step 5 in name
    order and stop at the limit, instead of testing every name."""
    where.add("p.prefix = ?", prefix)
    return "contact_prefix p JOIN contact c ON c.id = p.contact_id"


def _add_word_starts(short_tokens: list[str], where: _Where) -> None:
    for token in short_tokens:
        # Fewer than three characters cannot use the trigram index: match word starts
        # of the name only, which is what a user typing one or two letters means.
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.add(
            "(c.sort_key LIKE ? ESCAPE '\\' OR c.sort_key LIKE ? ESCAPE '\\')",
            escaped + "%",
            "% " + escaped + "%",
        )


def _add_filters(q: ContactQuery, where: _Where) -> None:
    """The sidebar's and the Due view's filters."""
    if not q.include_archived and not q.trash:
        where.add("c.archived = 0")
    if q.circle is not None:
        where.add("c.circle = ?", q.circle)
    if q.tag_id is not None:
        where.add("c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = ?)", q.tag_id)
    if q.organization_id is not None:
        where.add("c.organization_id = ?", q.organization_id)
    if q.favourites:
        where.add("c.favourite = 1")
    if q.due_by is not None:
        where.add("c.next_due IS NOT NULL AND c.next_due <= ?", q.due_by.isoformat())
    if q.added_since is not None:
        where.add("c.created_at >= ?", _stored_time(q.added_since))
    if q.ids is not None:
        # Any number of ids in one parameter, which RowCount's connection reads too (a temp
        # table would not be seen there).
        where.add("c.id IN (SELECT value FROM json_each(?))", json.dumps(q.ids))


def _stored_time(moment: dt.datetime) -> str:
    """``moment`` as peewee stores a ``DateTimeField`` (``str(datetime)``), for comparing."""
    return str(moment.replace(microsecond=0, tzinfo=None))


def _order(q: ContactQuery) -> str:
    """The ORDER BY of ``q``'s column, written so that SQLite walks an index."""
    direction = "DESC" if q.descending else "ASC"
    order = f"{_ORDER[q.sort]} {direction}"
    if q.sort in (SortColumn.LAST_CONTACT, SortColumn.NEXT_DUE):
        # Empty dates last whichever way the column is sorted, written so each direction
        # walks one of the expression indexes of schema step 4.
        column = _ORDER[q.sort]
        order = (
            f"{column} IS NOT NULL DESC, {column} DESC"
            if q.descending
            else f"{column} IS NULL, {column} ASC"
        )
    if q.sort is SortColumn.NAME and q.arabic_first:
        order = f"c.sort_script {'ASC' if q.descending else 'DESC'}, " + order
    # Ties by name, then by id; a name sort repeating its own key would make SQLite sort
    # each run of equal names instead of walking the index.
    if q.sort is not SortColumn.NAME:
        order += f", c.sort_key {direction}"
    return order + f", c.id {direction}"


def _prefix_order(q: ContactQuery) -> str:
    """The name order, in the prefix index's columns so that SQLite walks it."""
    direction = "DESC" if q.descending else "ASC"
    order = f"p.sort_key {direction}, p.contact_id {direction}"
    if q.arabic_first:
        order = f"p.arabic_rank {direction}, " + order
    return order


def query_ids(q: ContactQuery) -> list[int]:
    sql, params = build_query(q, walk_names=_many_matches(q))
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


def _many_matches(q: ContactQuery) -> bool:
    """Whether the first rows of a three-letter search are cheaper found by walking the
    names in order than by sorting every match.

    A common trigram ("lin", LinkedIn tags included) is cheaper walked to, as the first
    ``limit`` names in order soon hold enough of its matches; a rare one is cheaper
    sorted, as the walk would pass most names before finding them. The trigram index
    knows how many contacts hold a trigram (fts5vocab); a word of four letters or more
    is always rare enough.
    """
    tokens = fold(q.text).split()
    long_tokens = [t for t in tokens if len(t) >= 3]
    if q.limit is None or q.trash or not long_tokens or any(len(t) > 3 for t in long_tokens):
        return False
    database.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_vocab "
        "USING fts5vocab(main, contact_fts, 'row')"
    )
    found = [
        row[0] if row else 0
        for row in (
            database.execute_sql(
                "SELECT doc FROM temp.contact_vocab WHERE term = ?", (token,)
            ).fetchone()
            for token in long_tokens
        )
    ]
    (highest,) = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM contact").fetchone()
    matches = min(found)
    # Sorting costs in proportion to the matches; walking, to the names passed on the way
    # to ``limit`` matches (limit * contacts / matches). The two measured costs meet where
    # matches^2 = 0.7 * limit * contacts (bench/FINDINGS.md).
    return matches * matches > 0.7 * q.limit * int(highest)


class _OwnConnection(ABC, Generic[T]):
    """Runs one read on a read-only connection of its own, so it may run on a worker
    thread while the GUI's connection goes on; ``cancel`` (from any thread) stops it."""

    _sql: str
    _params: list[object]

    def __init__(self) -> None:
        self._uri = Path(str(database.database)).resolve().as_uri() + "?mode=ro"
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> T | None:
        """The answer; None when cancelled or on a database error."""
        try:
            connection = sqlite3.connect(self._uri, uri=True, timeout=5, check_same_thread=False)
        except sqlite3.Error:
            return None
        with self._lock:
            if self._cancelled:
                connection.close()
                return None
            self._connection = connection
        try:
            return self._read(connection)
        except sqlite3.Error:
            return None  # interrupted by cancel(), or the file went away
        finally:
            with self._lock:
                self._connection = None
            connection.close()

    @abstractmethod
    def _read(self, connection: sqlite3.Connection) -> T:
        """What the query answers, read on the worker's connection."""

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()


class RowCount(_OwnConnection[int]):
    """Counts the rows of a query (see ``_OwnConnection``)."""

    def __init__(self, q: ContactQuery) -> None:
        super().__init__()
        sql, self._params = build_query(replace(q, limit=None))
        # The order does not change a count: drop it, and the sort it would cost.
        self._sql = "SELECT COUNT(*) FROM (" + sql.split(" ORDER BY ", 1)[0] + ")"

    def _read(self, connection: sqlite3.Connection) -> int:
        return int(connection.execute(self._sql, self._params).fetchone()[0])


class RowIds(_OwnConnection[tuple[list[int], dict[int, int]]]):
    """Every id of a query in order, and each one's row (see ``_OwnConnection``): the
    whole result read ahead, before the view scrolls to its end."""

    def __init__(self, q: ContactQuery) -> None:
        super().__init__()
        self._sql, self._params = build_query(replace(q, limit=None))

    def _read(self, connection: sqlite3.Connection) -> tuple[list[int], dict[int, int]]:
        ids = [row[0] for row in connection.execute(self._sql, self._params)]
        return ids, {cid: row for row, cid in enumerate(ids)}


_ROW_SQL = (
    "SELECT id, display_name, org_name, job_title, circle, last_contact, next_due, tags_text, "
    "primary_email, primary_phone, favourite, given_name, family_name, photo IS NOT NULL "
    "FROM contact WHERE id IN ({})"
)


def fetch_rows(ids: list[int]) -> dict[int, ContactRow]:
    out: dict[int, ContactRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = database.execute_sql(_ROW_SQL.format(",".join("?" * len(chunk))), chunk)
        for r in cursor.fetchall():
            out[r[0]] = ContactRow(
                id=r[0],
                display_name=r[1],
                organization=r[2],
                job_title=r[3],
                circle=r[4],
                last_contact=dt.datetime.fromisoformat(r[5]) if r[5] else None,
                next_due=dt.date.fromisoformat(r[6]) if r[6] else None,
                tags=r[7],
                email=r[8],
                phone=r[9],
                favourite=bool(r[10]),
                given_name=r[11],
                family_name=r[12],
                has_photo=bool(r[13]),
            )
    return out


@dataclass(frozen=True, slots=True)
class Facet:
    key: str | int
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    total: int
    favourites: int
    due: int
    trash: int
    circles: list[Facet]
    tags: list[Facet]
    organizations: list[Facet]
    overdue: int = 0  # the same as ``due``: kept for the banner's readers
    recent: int = 0  # added at or after ``added_since`` (Recently added)


def due_count(due_by: dt.date) -> int:
    """Live contacts due on or before ``due_by``: a range of the next-due index, not a scan."""
    (count,) = database.execute_sql(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL AND next_due <= ? AND archived = 0",
        (due_by.isoformat(),),
    ).fetchone()
    return int(count)


def facets(due_by: dt.date | None = None, added_since: dt.datetime | None = None) -> Facets:
    from netdesk.store.due import due_cutoff, recent_cutoff

    live = "deleted_at IS NULL AND archived = 0"
    horizon = (due_by or due_cutoff(dt.date.today())).isoformat()
    # Counting reads every live contact: a plain table scan (NOT INDEXED) reads the pages
    # in order, where the partial indexes SQLite prefers hop through the table for
    # ``archived``, a page read for each contact.
    since = _stored_time(added_since or recent_cutoff(dt.datetime.now(dt.UTC)))
    total, favs, due, recent = database.execute_sql(
        f"SELECT COUNT(*), COALESCE(SUM(favourite), 0), COALESCE(SUM(next_due <= ?), 0), "
        f"COALESCE(SUM(created_at >= ?), 0) FROM contact NOT INDEXED WHERE {live}",
        (horizon, since),
    ).fetchone()
    (trash,) = database.execute_sql(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NOT NULL"
    ).fetchone()
    circles = [
        Facet(r[0], r[0], r[1])
        for r in database.execute_sql(
            f"SELECT circle, COUNT(*) FROM contact NOT INDEXED WHERE {live} AND circle != '' "
            "GROUP BY circle"
        )
    ]
    tags = [
        Facet(r[0], r[1], r[2])
        for r in database.execute_sql(
            # The few contacts that are not live, rather than a look-up of every tagged one.
            "SELECT t.id, t.name, COUNT(*) FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
            "WHERE ct.contact_id NOT IN (SELECT id FROM contact "
            "WHERE deleted_at IS NOT NULL OR archived != 0) GROUP BY t.id"
        )
    ]
    orgs = [
        Facet(r[0], r[1], r[2])
        for r in database.execute_sql(
            "SELECT o.id, o.name, n FROM organization o JOIN (SELECT organization_id AS oid, "
            f"COUNT(*) AS n FROM contact NOT INDEXED WHERE {live} "
            "AND organization_id IS NOT NULL GROUP BY organization_id) ON o.id = oid"
        )
    ]
    return Facets(
        int(total), int(favs), int(due), int(trash), circles, tags, orgs, int(due), int(recent)
    )


def photo_of(contact_id: int) -> bytes | None:
    """The contact's photo as stored, or None: read only when a face is painted."""
    row = database.execute_sql("SELECT photo FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return bytes(row[0]) if row and row[0] else None
