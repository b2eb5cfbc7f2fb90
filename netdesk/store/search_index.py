"""The search index: everything a person can be found by, folded (the search step).

``search_fts`` is one trigram index over folded text. Each row is keyed ``(id << 4) |
code``: a contact has a row for each group of its fields (``Code.NAME`` ...
``Code.NOTES``), and each interaction, ask or offer, event and introduction has one row
of its own, joined to its people when a search runs. Triggers queue the key of whatever
changed in ``search_stale`` (``key`` = ``(id << 4) | entity code``), whichever code wrote
it (services, bulk imports, sync, undo); ``catch_up`` works the queue off in batches, in
Python, because folding and transliteration are Python. An import thus pays one small
insert per row while it runs, and the indexing afterwards is batched.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from enum import IntEnum

from netdesk.db.connection import database
from netdesk.domain.help_topics import split_topics
from netdesk.domain.text import digits_only
from netdesk.domain.transliterate import MARK, skeleton_text
from netdesk.store.contact_rows import memo_fold

# Keys worked off per transaction: small enough that a write waiting on the lock waits
# little, large enough that the statements per batch stay few.
BATCH = 2000
_SEP = " \u2028 "


class Code(IntEnum):
    """The low four bits of an index row's key: which text it holds."""

    NAME = 0
    TRANSLITERATED = 1
    HELP = 2
    TAGS = 3
    ORGANIZATION = 4
    LOCATION = 5
    OTHER = 6  # how we met, circle, emails, phones
    NOTES = 7
    INTERACTION = 8
    ASK = 9
    EVENT = 10
    INTRODUCTION = 11


# Entity codes of the queue: a contact is queued as NAME and rewrites all its rows.
_CONTACT_CODES = tuple(range(Code.NOTES + 1))
# Keys of the timeline's rows (interactions, asks, events, introductions) start here and
# go in order of time, so that a search walks them newest first and stops once it has
# found enough people: ``TIMELINE_BASE + ((minute << ID_BITS | id) << 4 | code)``, the
# minute counted from 1900. Every key below the base is a contact's (``id << 4 | code``).
TIMELINE_BASE = 1 << 44
ID_BITS = 28
_ID_MASK = (1 << ID_BITS) - 1
_EPOCH = dt.datetime(1900, 1, 1)


def timeline_key(code: int, ref: int, when: str) -> int:
    """The index key of a timeline row: its time, then its id (see ``TIMELINE_BASE``)."""
    try:
        moment = dt.datetime.fromisoformat(str(when)[:19])
    except ValueError:
        moment = _EPOCH
    minute = max(0, int((moment - _EPOCH).total_seconds()) // 60)
    return TIMELINE_BASE + (((minute << ID_BITS) | (ref & _ID_MASK)) << 4 | code)


def timeline_ref(key: int) -> int:
    """The id of the interaction, ask, event or introduction a timeline key is of."""
    return ((key - TIMELINE_BASE) >> 4) & _ID_MASK


def _folded(*texts: str) -> str:
    # The mark only ever begins a transliterated word: never let user text hold one.
    return _SEP.join(memo_fold(t).replace(MARK, " ") for t in texts if t and t.strip())


def pending() -> int:
    """Keys waiting in the queue."""
    (count,) = database.execute_sql("SELECT COUNT(*) FROM search_stale").fetchone()
    return int(count)


def catch_up(
    limit: int | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Index what the queue holds, ``BATCH`` keys a transaction; return the keys done.

    ``limit`` stops after about that many keys; ``cancel`` between batches; ``progress``
    is told the keys done after each batch.
    """
    done = 0
    while limit is None or done < limit:
        if cancel is not None and cancel.is_set():
            break
        with database.atomic():
            keys = [
                r[0]
                for r in database.execute_sql(
                    "SELECT key FROM search_stale ORDER BY key LIMIT ?", (BATCH,)
                )
            ]
            if not keys:
                break
            _index(keys)
            _delete_keys("search_stale", "key", keys)
        done += len(keys)
        if progress is not None:
            progress(done)
    return done


def rebuild() -> None:
    """Queue everything again and index it (a repair; tests)."""
    with database.atomic():
        database.execute_sql("DELETE FROM search_fts")
        database.execute_sql("DELETE FROM search_moment")
        for table, code in (
            ("contact", 0),
            ("interaction", Code.INTERACTION),
            ("ask", Code.ASK),
            ("event", Code.EVENT),
            ("introduction", Code.INTRODUCTION),
        ):
            database.execute_sql(
                "INSERT OR IGNORE INTO search_stale (key) "
                f"SELECT id * 16 + {int(code)} FROM {table}"
            )
    catch_up()


def _delete_keys(table: str, column: str, keys: list[int]) -> None:
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        database.execute_sql(
            f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk
        )


def _index(keys: list[int]) -> None:
    by_code: dict[int, list[int]] = defaultdict(list)
    for key in keys:
        by_code[key & 15].append(key >> 4)
    old: list[int] = []
    rows: list[tuple[int, str]] = []
    moments: list[tuple[int, int]] = []  # queue key -> the key of its timeline row
    for code, ids in by_code.items():
        if code == 0:
            old += [(i << 4) | c for i in ids for c in _CONTACT_CODES]
            rows += _contact_rows(ids)
            continue
        for queued, row in _other_rows(Code(code), ids):
            moments.append((queued, row[0]))
            rows.append(row)
    timeline = [k for k in keys if k & 15]
    for marks, chunk in _chunks(timeline):
        old += [
            r[0]
            for r in database.execute_sql(
                f"SELECT row FROM search_moment WHERE key IN ({marks})", chunk
            )
        ]
    _delete_keys("search_fts", "rowid", old)
    _delete_keys("search_moment", "key", timeline)
    cursor = database.cursor()
    cursor.executemany(
        "INSERT INTO search_fts (rowid, body) VALUES (?, ?)", [r for r in rows if r[1]]
    )
    cursor.executemany("INSERT INTO search_moment (key, row) VALUES (?, ?)", moments)


def _chunks(ids: list[int]) -> Iterator[tuple[str, list[int]]]:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield ",".join("?" * len(chunk)), chunk


def _children(sql: str, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for marks, chunk in _chunks(ids):
        for cid, value in database.execute_sql(sql.format(marks), chunk):
            out[cid].append(value)
    return out


_CONTACT_SQL = (
    "SELECT id, display_name, given_name, family_name, nickname, can_help_with, tags_text, "
    "org_name, job_title, department, location, how_met, circle, notes, second_name FROM contact "
    "WHERE id IN ({}) AND deleted_at IS NULL"
)
_EMAILS = "SELECT contact_id, value FROM contact_email WHERE contact_id IN ({})"
_PHONES = "SELECT contact_id, value FROM contact_phone WHERE contact_id IN ({})"
_PAST = (
    "SELECT p.contact_id, o.name FROM past_organization p "
    "JOIN organization o ON o.id = p.organization_id WHERE p.contact_id IN ({})"
)


def _contact_rows(ids: list[int]) -> list[tuple[int, str]]:
    _delete_keys("help_topic", "contact_id", ids)
    emails = _children(_EMAILS, ids)
    phones = _children(_PHONES, ids)
    past = _children(_PAST, ids)
    rows: list[tuple[int, str]] = []
    topics: dict[tuple[int, str], tuple[int, str, str]] = {}
    for marks, chunk in _chunks(ids):
        for r in database.execute_sql(_CONTACT_SQL.format(marks), chunk):
            (cid, display, given, family, nick, helps, tags, org, title, dept) = r[:10]
            location, how_met, circle, notes, second = r[10:]
            key = cid << 4
            topics.update(
                ((cid, memo_fold(t)), (cid, memo_fold(t), t)) for t in split_topics(helps)
            )
            numbers = [p for v in phones.get(cid, []) for p in (v, digits_only(v))]
            rows += [
                # The name in the other script (a bilingual business card's) is a name too.
                (key | Code.NAME, _folded(display, given, family, nick, second)),
                (
                    key | Code.TRANSLITERATED,
                    _transliterated(display, given, family, nick, second),
                ),
                (key | Code.HELP, _folded(helps)),
                (key | Code.TAGS, _folded(tags)),
                # Places and organisations are also found in the other script (at:Aramco,
                # أرامكو): their transliterated words follow the text.
                (
                    key | Code.ORGANIZATION,
                    _folded(org, title, dept, *past.get(cid, []))
                    + _transliterated(org, *past.get(cid, [])),
                ),
                (key | Code.LOCATION, _folded(location) + _transliterated(location)),
                (key | Code.OTHER, _folded(how_met, circle, *emails.get(cid, []), *numbers)),
                (key | Code.NOTES, _folded(notes)),
            ]
    database.cursor().executemany(
        "INSERT INTO help_topic (contact_id, topic_key, topic) VALUES (?, ?, ?)",
        list(topics.values()),
    )
    return rows


def help_topics(limit: int = 200) -> list[tuple[str, int]]:
    """Topics people can help with, most shared first: (topic as most often typed, people)."""
    return [
        (r[0], int(r[1]))
        for r in database.execute_sql(
            "SELECT t.topic, COUNT(*) AS n FROM help_topic t JOIN contact c ON c.id = "
            "t.contact_id WHERE c.deleted_at IS NULL GROUP BY t.topic_key "
            "ORDER BY n DESC, t.topic_key LIMIT ?",
            (limit,),
        )
    ]


def _transliterated(*names: str) -> str:
    words = dict.fromkeys(w for name in names for w in skeleton_text(name).split(MARK) if w)
    return MARK + MARK.join(words) + MARK if words else ""


_OTHER_SQL = {
    Code.INTERACTION: "SELECT id, happened_at, summary, notes FROM interaction",
    Code.ASK: "SELECT id, asked_on, what, outcome FROM ask",
    Code.EVENT: "SELECT id, date, name, place, notes FROM event",
    Code.INTRODUCTION: "SELECT id, introduced_on, note FROM introduction",
}


def _other_rows(code: Code, ids: list[int]) -> Iterable[tuple[int, tuple[int, str]]]:
    """(queue key, index row) of each live one of ``ids``."""
    sql = _OTHER_SQL[code] + " WHERE id IN ({}) AND deleted_at IS NULL"
    for marks, chunk in _chunks(ids):
        for r in database.execute_sql(sql.format(marks), chunk):
            yield (r[0] << 4) | code, (timeline_key(code, r[0], r[1]), _folded(*r[2:]))
