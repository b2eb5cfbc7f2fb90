"""Schema versions and the steps between them.

The schema version lives in ``PRAGMA user_version``. Each step is frozen: step 1 is the
literal DDL of the first release, never generated from today's records, so a database
made by any release upgrades through the same statements. Later steps use
``playhouse.migrate`` or plain SQL. Each step runs in its own transaction together with
the version bump, so an interrupted upgrade leaves the previous version intact.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

_V1_TABLES = [
    'CREATE TABLE "organization" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "name" TEXT NOT NULL, "name_key" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "organization_uid" ON "organization" ("uid")',
    'CREATE INDEX "organization_name_key" ON "organization" ("name_key")',
    'CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "given_name" TEXT NOT NULL, "family_name" TEXT NOT NULL, "display_name" TEXT NOT NULL, "display_name_set" INTEGER NOT NULL, "nickname" TEXT NOT NULL, "organization_id" INTEGER, "job_title" TEXT NOT NULL, "department" TEXT NOT NULL, "circle" TEXT NOT NULL, "how_met" TEXT NOT NULL, "can_help_with" TEXT NOT NULL, "location" TEXT NOT NULL, "birthday_year" INTEGER, "birthday_month" INTEGER, "birthday_day" INTEGER, "notes" TEXT NOT NULL, "photo" BLOB, "cadence_days" INTEGER, "snoozed_until" DATE, "favourite" INTEGER NOT NULL, "archived" INTEGER NOT NULL, "sort_key" TEXT NOT NULL, "sort_script" INTEGER NOT NULL, "org_name" TEXT NOT NULL, "org_sort" TEXT NOT NULL, "tags_text" TEXT NOT NULL, "primary_email" TEXT NOT NULL, "primary_phone" TEXT NOT NULL, "last_contact" DATETIME, "next_due" DATE, FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "contact_uid" ON "contact" ("uid")',
    'CREATE INDEX "contact_organization_id" ON "contact" ("organization_id")',
    'CREATE TABLE "contact_email" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" TEXT NOT NULL, "value_key" TEXT NOT NULL, "label" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_email_contact_id" ON "contact_email" ("contact_id")',
    'CREATE INDEX "contact_email_value_key" ON "contact_email" ("value_key")',
    'CREATE TABLE "contact_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" TEXT NOT NULL, "value_key" TEXT NOT NULL, "label" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_phone_contact_id" ON "contact_phone" ("contact_id")',
    'CREATE INDEX "contact_phone_value_key" ON "contact_phone" ("value_key")',
    'CREATE TABLE "contact_address" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "value" TEXT NOT NULL, "label" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_address_contact_id" ON "contact_address" ("contact_id")',
    'CREATE TABLE "contact_link" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "url" TEXT NOT NULL, "url_key" TEXT NOT NULL, "kind" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_link_contact_id" ON "contact_link" ("contact_id")',
    'CREATE INDEX "contact_link_url_key" ON "contact_link" ("url_key")',
    'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "name_key" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "tag_name_key" ON "tag" ("name_key")',
    'CREATE TABLE "contact_tag" ("contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, PRIMARY KEY ("contact_id", "tag_id"), FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id")',
    'CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id")',
    'CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "name" TEXT NOT NULL, "date" DATE NOT NULL, "place" TEXT NOT NULL, "kind" TEXT NOT NULL, "notes" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "event_uid" ON "event" ("uid")',
    'CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "happened_at" DATETIME NOT NULL, "kind" TEXT NOT NULL, "direction" TEXT NOT NULL, "summary" TEXT NOT NULL, "notes" TEXT NOT NULL, "event_id" INTEGER, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "interaction_uid" ON "interaction" ("uid")',
    'CREATE INDEX "interaction_happened_at" ON "interaction" ("happened_at")',
    'CREATE INDEX "interaction_event_id" ON "interaction" ("event_id")',
    'CREATE TABLE "participant" ("interaction_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, PRIMARY KEY ("contact_id", "interaction_id"), FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "participant_interaction_id" ON "participant" ("interaction_id")',
    'CREATE INDEX "participant_contact_id" ON "participant" ("contact_id")',
    'CREATE TABLE "ask" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "contact_id" INTEGER NOT NULL, "is_offer" INTEGER NOT NULL, "kind" TEXT NOT NULL, "what" TEXT NOT NULL, "asked_on" DATE NOT NULL, "status" TEXT NOT NULL, "outcome" TEXT NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "ask_uid" ON "ask" ("uid")',
    'CREATE INDEX "ask_contact_id" ON "ask" ("contact_id")',
    'CREATE TABLE "introduction" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "introducer_id" INTEGER, "first_id" INTEGER NOT NULL, "second_id" INTEGER, "introduced_on" DATE NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("introducer_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("first_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("second_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "introduction_uid" ON "introduction" ("uid")',
    'CREATE INDEX "introduction_introducer_id" ON "introduction" ("introducer_id")',
    'CREATE INDEX "introduction_first_id" ON "introduction" ("first_id")',
    'CREATE INDEX "introduction_second_id" ON "introduction" ("second_id")',
    'CREATE TABLE "tombstone" ("id" INTEGER NOT NULL PRIMARY KEY, "entity" TEXT NOT NULL, "uid" TEXT NOT NULL, "deleted_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "tombstone_entity_uid" ON "tombstone" ("entity", "uid")',
]

# Partial indexes serve the contact table: every sortable column, live contacts only.
_V1_INDEXES = [
    'CREATE INDEX "contact_live_name" ON "contact" ("sort_script", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_sort" ON "contact" ("sort_key") WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_org" ON "contact" ("org_sort", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_title" ON "contact" ("job_title" COLLATE NOCASE, "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_circle" ON "contact" ("circle", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_last" ON "contact" ("last_contact", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_due" ON "contact" ("next_due", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_tags" ON "contact" ("tags_text", "sort_key") '
    'WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_deleted" ON "contact" ("deleted_at") WHERE "deleted_at" IS NOT NULL',
    'CREATE INDEX "participant_contact_time" ON "participant" ("contact_id", "interaction_id")',
    # Substring search over folded text; rowid is the contact id.
    "CREATE VIRTUAL TABLE \"contact_fts\" USING fts5(body, tokenize='trigram')",
]

Step = Callable[[SqliteDatabase], None]


def _v1(db: SqliteDatabase) -> None:
    for sql in _V1_TABLES + _V1_INDEXES:
        db.execute_sql(sql)


# Step 2: sync state per account (records in netdesk.sync.records).
_V2_SYNC = [
    'CREATE TABLE "sync_collection" ("id" INTEGER NOT NULL PRIMARY KEY, "account" TEXT NOT NULL, "kind" TEXT NOT NULL, "url" TEXT NOT NULL, "sync_token" TEXT NOT NULL, "synced_at" DATETIME)',
    'CREATE UNIQUE INDEX "sync_collection_account_kind" ON "sync_collection" ("account", "kind")',
    'CREATE TABLE "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY, "account" TEXT NOT NULL, "kind" TEXT NOT NULL, "uid" TEXT NOT NULL, "href" TEXT NOT NULL, "etag" TEXT NOT NULL, "revision" INTEGER NOT NULL, "base" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "sync_item_account_kind_uid" ON "sync_item" ("account", "kind", "uid")',
    'CREATE INDEX "sync_item_account_href" ON "sync_item" ("account", "href")',
    'CREATE TABLE "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "account" TEXT NOT NULL, "entity" TEXT NOT NULL, "uid" TEXT NOT NULL, "field" TEXT NOT NULL, "local_value" TEXT NOT NULL, "remote_value" TEXT NOT NULL, "remote_data" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "resolved_at" DATETIME)',
    'CREATE INDEX "sync_conflict_entity_uid" ON "sync_conflict" ("entity", "uid")',
]


def _v2(db: SqliteDatabase) -> None:
    for sql in _V2_SYNC:
        db.execute_sql(sql)


# Where people used to work, so "who do I know at X" can list former staff too.
_V3_PAST_ORGS = [
    'CREATE TABLE "past_organization" ("contact_id" INTEGER NOT NULL, "organization_id" INTEGER NOT NULL, "left_on" DATE NOT NULL, PRIMARY KEY ("contact_id", "organization_id"), FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "past_organization_organization_id" ON "past_organization" ("organization_id")',
]


def _v3(db: SqliteDatabase) -> None:
    for sql in _V3_PAST_ORGS:
        db.execute_sql(sql)


# Sorting by a date with empty dates last ("x IS NULL, x") needs the expression in the
# index, one per direction, so that the sort walks an index instead of sorting every
# row; they replace the plain date indexes of step 1.
_V4_DATE_SORTS = [
    'DROP INDEX "contact_live_last"',
    'DROP INDEX "contact_live_due"',
    'CREATE INDEX "contact_live_last_asc" ON "contact" ("last_contact" IS NULL, "last_contact", "sort_key") WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_last_desc" ON "contact" ("last_contact" IS NOT NULL, "last_contact", "sort_key") WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_due_asc" ON "contact" ("next_due" IS NULL, "next_due", "sort_key") WHERE "deleted_at" IS NULL',
    'CREATE INDEX "contact_live_due_desc" ON "contact" ("next_due" IS NOT NULL, "next_due", "sort_key") WHERE "deleted_at" IS NULL',
]


def _v4(db: SqliteDatabase) -> None:
    for sql in _V4_DATE_SORTS:
        db.execute_sql(sql)


# One or two letters typed in the search box mean the start of a word of the name. A
# LIKE tests every name; this table holds each name's one- and two-letter word starts in
# name order, so the first rows of such a search are one index range, whatever the
# size of the network. Triggers keep it in step with ``contact.sort_key`` for
# every writer (services, bulk import, sync, restore). ``search_position`` numbers the
# characters of a name, because trigger bodies cannot use a recursive CTE to split it.
_PREFIX_ROWS = (
    'INSERT OR IGNORE INTO "contact_prefix" ("prefix", "sort_key", "contact_id", "arabic_rank") '
    'SELECT substr({r}."sort_key", p."n", w."len"), {r}."sort_key", {r}."id", -{r}."sort_script" '
    'FROM {source}"search_position" p, (SELECT 1 AS "len" UNION ALL SELECT 2) w '
    'WHERE p."n" <= length({r}."sort_key") '
    'AND (p."n" = 1 OR substr({r}."sort_key", p."n" - 1, 1) = \' \') '
    'AND length(substr({r}."sort_key", p."n", w."len")) = w."len" '
    'AND instr(substr({r}."sort_key", p."n", w."len"), \' \') = 0'
)
_V5_NAME_PREFIXES = [
    'CREATE TABLE "search_position" ("n" INTEGER NOT NULL PRIMARY KEY)',
    'INSERT INTO "search_position" ("n") WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL '
    "SELECT n + 1 FROM s WHERE n < 256) SELECT n FROM s",
    'CREATE TABLE "contact_prefix" ("prefix" TEXT NOT NULL, "sort_key" TEXT NOT NULL, '
    '"contact_id" INTEGER NOT NULL, "arabic_rank" INTEGER NOT NULL, '
    'PRIMARY KEY ("prefix", "sort_key", "contact_id")) WITHOUT ROWID',
    'CREATE INDEX "contact_prefix_arabic" ON "contact_prefix" '
    '("prefix", "arabic_rank", "sort_key", "contact_id")',
    'CREATE INDEX "contact_prefix_contact" ON "contact_prefix" ("contact_id")',
    _PREFIX_ROWS.format(r="c", source='"contact" c, '),
    'CREATE TRIGGER "contact_prefix_insert" AFTER INSERT ON "contact" BEGIN '
    + _PREFIX_ROWS.format(r="NEW", source="")
    + "; END",
    'CREATE TRIGGER "contact_prefix_update" AFTER UPDATE OF "sort_key", "sort_script" '
    'ON "contact" WHEN OLD."sort_key" IS NOT NEW."sort_key" '
    'OR OLD."sort_script" IS NOT NEW."sort_script" BEGIN '
    'DELETE FROM "contact_prefix" WHERE "contact_id" = OLD."id"; '
    + _PREFIX_ROWS.format(r="NEW", source="")
    + "; END",
    'CREATE TRIGGER "contact_prefix_delete" AFTER DELETE ON "contact" BEGIN '
    'DELETE FROM "contact_prefix" WHERE "contact_id" = OLD."id"; END',
    # Three letters or more go through the trigram index, whose matches are then looked
    # up by id to be put in name order: from this covering index rather than from the
    # wide contact rows, a page read for each match of a common trigram.
    'CREATE INDEX "contact_live_ids" ON "contact" ("id", "sort_script", "sort_key") '
    'WHERE "deleted_at" IS NULL AND "archived" = 0',
    # "n others at this organisation" on the card of each selected contact: counted in
    # the index instead of reading every colleague's row (a large employer has many).
    'CREATE INDEX "contact_live_organization" ON "contact" ("organization_id") '
    'WHERE "deleted_at" IS NULL AND "archived" = 0',
    # The whole list in name order (a contact far down is selected, the view scrolls past
    # the first rows) from the index alone, instead of reading each row for
    # ``archived``. The Arabic interface's order (Arabic
    # names first) has its own and replaces step 1's (script, name) index; step 1's plain
    # name index stays for look-ups of a name that do not say ``archived``.
    'DROP INDEX "contact_live_name"',
    'CREATE INDEX "contact_list_name" ON "contact" ("sort_key", "id") '
    'WHERE "deleted_at" IS NULL AND "archived" = 0',
    'CREATE INDEX "contact_list_arabic" ON "contact" ("sort_script" DESC, "sort_key", "id") '
    'WHERE "deleted_at" IS NULL AND "archived" = 0',
]


def _v5(db: SqliteDatabase) -> None:
    for sql in _V5_NAME_PREFIXES:
        db.execute_sql(sql)


# An open ask can be chased on a date (it then makes its contact due, like a cadence);
# a closed one remembers the day it was closed, where its outcome shows on the timeline.
# Asks closed before this step take the day they were last written.
_V6_ASK_DATES = [
    'ALTER TABLE "ask" ADD COLUMN "follow_up" DATE',
    'ALTER TABLE "ask" ADD COLUMN "closed_on" DATE',
    'UPDATE "ask" SET "closed_on" = substr("updated_at", 1, 10) WHERE "status" != \'open\'',
    'CREATE INDEX "ask_open_follow_up" ON "ask" ("contact_id", "follow_up") '
    'WHERE "deleted_at" IS NULL AND "status" = \'open\' AND "follow_up" IS NOT NULL',
]


def _v6(db: SqliteDatabase) -> None:
    for sql in _V6_ASK_DATES:
        db.execute_sql(sql)


# Captured conversations (issue 20): an interaction read from an export carries the
# stable key of what it was read from (unique, so capturing twice adds nothing twice;
# sync will carry it too), the source it came from (so a source's interactions can be
# removed together) and how many messages it stands for. Interactions logged by hand
# have no key, an empty source and no count.
_V7_CAPTURE = [
    'ALTER TABLE "interaction" ADD COLUMN "capture_key" TEXT',
    'ALTER TABLE "interaction" ADD COLUMN "capture_source" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "interaction" ADD COLUMN "capture_count" INTEGER',
    'CREATE UNIQUE INDEX "interaction_capture_key" ON "interaction" ("capture_key") '
    'WHERE "capture_key" IS NOT NULL',
    'CREATE INDEX "interaction_capture_source" ON "interaction" ("capture_source") '
    "WHERE \"capture_source\" != ''",
]


def _v7_capture(db: SqliteDatabase) -> None:
    for sql in _V7_CAPTURE:
        db.execute_sql(sql)


# The job search: organisations the user targets, openings there moving through stages,
# and the asks (referrals) made for an opening.
_V8_JOB_SEARCH = [
    'CREATE TABLE "job_target" ("organization_id" INTEGER NOT NULL PRIMARY KEY, "added_on" DATE NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "opening" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" TEXT NOT NULL, "revision" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, "organization_id" INTEGER NOT NULL, "title" TEXT NOT NULL, "link" TEXT NOT NULL, "source" TEXT NOT NULL, "notes" TEXT NOT NULL, "stage" TEXT NOT NULL, "stage_on" DATE NOT NULL, FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "opening_uid" ON "opening" ("uid")',
    'CREATE INDEX "opening_organization_id" ON "opening" ("organization_id")',
    'CREATE TABLE "opening_ask" ("opening_id" INTEGER NOT NULL, "ask_id" INTEGER NOT NULL, PRIMARY KEY ("opening_id", "ask_id"), FOREIGN KEY ("opening_id") REFERENCES "opening" ("id") ON DELETE CASCADE, FOREIGN KEY ("ask_id") REFERENCES "ask" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "opening_ask_ask_id" ON "opening_ask" ("ask_id")',
]


def _v8_job_search(db: SqliteDatabase) -> None:
    for sql in _V8_JOB_SEARCH:
        db.execute_sql(sql)


# Business cards: the name in the card's other script (searched, shown beside the
# display name), the scanned card kept small with the contact, and the one contact that
# is the user ("me", whose card Edit → My Card shows and prints).
_CARDS = [
    'ALTER TABLE "contact" ADD COLUMN "second_name" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "card_image" BLOB',
    'CREATE TABLE "owner" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), '
    '"contact_id" INTEGER REFERENCES "contact" ("id") ON DELETE SET NULL)',
]


def _v9_cards(db: SqliteDatabase) -> None:
    for sql in _CARDS:
        db.execute_sql(sql)


# Step 10, search over everything (issue 18): one trigram index of folded text, a row per
# contact field group, interaction, ask, event and introduction, keyed
# ``(id << 4) | code`` (``netdesk.store.search_index``). The text is folded (and names
# transliterated) in Python, so triggers only queue what changed in ``search_stale``;
# the queue is worked off in batches after a write, which keeps bulk imports to one
# small insert per row. Everything is queued here, so the first search after the
# upgrade indexes the whole network.
def _stale(table: str, code: int, columns: str) -> list[str]:
    row = f'INSERT OR IGNORE INTO "search_stale" ("key") VALUES ({{r}}."id" * 16 + {code})'
    name = f"search_{table}"
    return [
        f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON "{table}" BEGIN '
        + row.format(r="NEW")
        + "; END",
        f'CREATE TRIGGER "{name}_update" AFTER UPDATE OF {columns} ON "{table}" BEGIN '
        + row.format(r="NEW")
        + "; END",
        f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON "{table}" BEGIN '
        + row.format(r="OLD")
        + "; END",
        f'INSERT OR IGNORE INTO "search_stale" ("key") SELECT "id" * 16 + {code} FROM "{table}"',
    ]


def _stale_child(table: str) -> list[str]:
    """A contact's emails, phones and past organisations are indexed with the contact."""
    row = 'INSERT OR IGNORE INTO "search_stale" ("key") VALUES ({r}."contact_id" * 16)'
    return [
        f'CREATE TRIGGER "search_{table}_{when.lower()}" AFTER {when} ON "{table}" BEGIN '
        + row.format(r="OLD" if when == "DELETE" else "NEW")
        + "; END"
        for when in ("INSERT", "DELETE")
    ]


_V10_SEARCH = [
    "CREATE VIRTUAL TABLE \"search_fts\" USING fts5(body, tokenize='trigram')",
    'CREATE TABLE "search_stale" ("key" INTEGER NOT NULL PRIMARY KEY)',
    # The index key of each timeline row (ordered by time), by its queue key: to find
    # the row again when the time changes.
    'CREATE TABLE "search_moment" ("key" INTEGER NOT NULL PRIMARY KEY, "row" INTEGER NOT NULL)',
    *_stale(
        "contact",
        0,
        '"given_name", "family_name", "display_name", "nickname", "org_name", "job_title", '
        '"department", "circle", "how_met", "can_help_with", "location", "notes", '
        '"tags_text", "second_name", "deleted_at", "archived"',
    ),
    *_stale("interaction", 8, '"summary", "notes", "deleted_at"'),
    *_stale("ask", 9, '"what", "outcome", "deleted_at"'),
    *_stale("event", 10, '"name", "place", "notes", "deleted_at"'),
    *_stale("introduction", 11, '"note", "deleted_at"'),
    # "Can help with" as a list of topics (``domain.help_topics``), written with the
    # contact's index rows: the topics others use are suggested while typing.
    'CREATE TABLE "help_topic" ("contact_id" INTEGER NOT NULL, "topic_key" TEXT NOT NULL, '
    '"topic" TEXT NOT NULL, PRIMARY KEY ("contact_id", "topic_key")) WITHOUT ROWID',
    'CREATE INDEX "help_topic_key" ON "help_topic" ("topic_key")',
    *_stale_child("contact_email"),
    *_stale_child("contact_phone"),
    *_stale_child("past_organization"),
]


def _v10_search(db: SqliteDatabase) -> None:
    for sql in _V10_SEARCH:
        db.execute_sql(sql)


# Search, the people of a timeline row (issue 18): a search walking matching interactions
# newest first reads each one's participants; with the contact in the interaction's
# index that is one index look-up, not one more read of the table. The two other indexes
# on the contact alone repeated the primary key's ("contact_id", "interaction_id").
_PARTICIPANT_INDEXES = [
    'CREATE INDEX "participant_interaction_contact" ON "participant" '
    '("interaction_id", "contact_id")',
    'DROP INDEX "participant_interaction_id"',
    'DROP INDEX "participant_contact_id"',
    'DROP INDEX "participant_contact_time"',
]


def _participant_indexes(db: SqliteDatabase) -> None:
    for sql in _PARTICIPANT_INDEXES:
        db.execute_sql(sql)


STEPS: list[Step] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7_capture,
    _v8_job_search,
    _v9_cards,
    _v10_search,
    _participant_indexes,
]
SCHEMA_VERSION = len(STEPS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer NetDesk; opening it could lose data."""


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase, target: int = SCHEMA_VERSION) -> int:
    """Upgrade ``db`` step by step to ``target``; return the version it started at."""
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This data was saved by a newer NetDesk (schema {start}; this one knows {SCHEMA_VERSION})."
        )
    for version in range(start, target):
        with db.atomic():
            STEPS[version](db)
            # PRAGMA takes no parameters; version is an int we computed.
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
    return start
