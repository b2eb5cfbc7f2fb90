"""Index upkeep around bulk writes: indexes rebuilt once, search merges and name
prefixes deferred to one pass. Each is used inside the transaction of the write."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from netdesk.db.connection import database


@contextmanager
def deferred_indexes(tables: Sequence[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` and rebuild them from their own DDL on exit.

    Building an index once over sorted data is several times faster than updating it row
    by row (random uids and times). Use inside a transaction: on error the rollback
    restores the indexes together with the data.
    """
    marks = ",".join("?" * len(tables))
    saved = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        list(tables),
    ).fetchall()
    for name, _ in saved:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        database.execute_sql(sql)


@contextmanager
def deferred_search_merges() -> Iterator[None]:
    """Write a large batch into the search index without merging its segments meanwhile.

    FTS5 merges index segments a little after every 64 pages it writes ("automerge");
    during a large import into a large network that rewrites older index pages the
    import never touched. The new segments are merged by later writes instead, and FTS5's
    "crisismerge" limit (16 segments a level) still bounds what a search reads. Use
    inside a transaction: the setting is restored before it commits.
    """
    row = database.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    _fts_setting("automerge", 0)
    yield
    # Not on error: the rollback puts the setting back with the data.
    _fts_setting("automerge", int(row[0]) if row else _FTS_AUTOMERGE)


# FTS5's default when the table was never configured.
_FTS_AUTOMERGE = 4


def _fts_setting(name: str, value: int) -> None:
    database.execute_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES (?, ?)", (name, value))


_PREFIX_TRIGGER = "contact_prefix_insert"
# Fewer new contacts than this are left to the trigger: dropping and re-creating it
# changes the schema, which every open connection then has to re-read.
_PREFIX_PASS_MIN = 100


@contextmanager
def name_prefixes_in_one_pass(first_id: int, count: int) -> Iterator[None]:
    """Insert the block's new contacts without schema 5's per-row name-prefix trigger,
    then give all of them their prefixes in one INSERT ... SELECT in the table's order.

    The trigger inserts a few rows into three B-trees per contact, one contact at a time;
    one pass in the table's order writes each B-tree in forward runs. The statement is the
    trigger's own body over the new rows, so the two cannot drift apart; should the
    trigger ever take another form, it is simply left to fire.
    """
    row = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_PREFIX_TRIGGER,)
    ).fetchone()
    statement = _over_new_contacts(row[0]) if row else None
    if statement is None or count < _PREFIX_PASS_MIN:
        yield
        return
    database.execute_sql(f'DROP TRIGGER "{_PREFIX_TRIGGER}"')
    yield
    database.execute_sql(row[0])
    database.execute_sql(statement, (first_id,))


def _over_new_contacts(trigger_sql: str) -> str | None:
    """The trigger's INSERT ... SELECT over every contact from id ``?`` on, or None."""
    source = 'FROM "search_position" p'
    start, end = trigger_sql.find(" BEGIN "), trigger_sql.rfind("; END")
    body = trigger_sql[start + len(" BEGIN ") : end] if 0 < start < end else ""
    if ";" in body or body.count(source) != 1 or body.count(" WHERE ") != 1:
        return None
    body = body.replace('NEW."', '"new"."').replace(source, f'FROM "contact" "new", {source[5:]}')
    select, condition = body.split(" WHERE ")
    return f'{select} WHERE ({condition}) AND "new"."id" >= ? ORDER BY 1, 2, 3'
