"""The sample-network generator, and its bulk writer against the real services."""

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.db.connection import DB_FILENAME, close_database, database, open_database
from netdesk.db.records import Contact, Event
from netdesk.domain.cadence import default_cadence
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.domain.text import is_arabic_script, sort_key
from netdesk.sample import (
    SampleInteraction,
    SamplePerson,
    generate,
    make_events,
    make_interactions,
    make_person,
)
from netdesk.sample.__main__ import main
from netdesk.store import activity, contact_store, interaction_store
from netdesk.store.bulk import (
    insert_contacts,
    insert_events,
    insert_interactions,
    insert_people,
)
from netdesk.store.bulk_indexes import deferred_indexes
from netdesk.store.contact_query import ContactQuery, query_ids
from netdesk.store.contact_rows import COLUMN_NAMES

TODAY = dt.date(2025, 3, 1)

# Table -> columns compared; uids and write stamps differ between the two paths by design.
COMPARED = {
    "organization": "id, name, name_key",
    "tag": "id, name, name_key",
    "contact": None,  # every column but uid and updated_at, see _snapshot
    "contact_email": "contact_id, value, value_key, label, position",
    "contact_phone": "contact_id, value, value_key, label, position",
    "contact_address": "contact_id, value, label, position",
    "contact_link": "contact_id, url, url_key, kind, position",
    "contact_tag": "contact_id, tag_id",
    "contact_fts": "rowid, body",
    # Kept by a trigger, or in one pass by the bulk writer.
    "contact_prefix": "prefix, sort_key, contact_id, arabic_rank",
    "event": "id, name, date, place, kind, notes",
    "interaction": "id, happened_at, kind, direction, summary, notes, event_id, deleted_at",
    "participant": "interaction_id, contact_id",
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    yield open_database(tmp_path / DB_FILENAME)
    close_database()


def _snapshot() -> dict[str, list[tuple[object, ...]]]:
    out = {}
    for table, columns in COMPARED.items():
        if columns is None:
            names = [r[1] for r in database.execute_sql(f"PRAGMA table_info({table})")]
            columns = ", ".join(n for n in names if n not in ("uid", "updated_at"))
        rows = database.execute_sql(f"SELECT {columns} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    return out


def _people(count: int) -> list[SamplePerson]:
    rng = random.Random(7)
    people = [make_person(rng, i, TODAY) for i in range(count)]
    # Cases the generator never makes but the writer must handle as save_contact does.
    odd = ContactData(
        given_name=" Nour ",
        family_name="",
        display_name="Dr. Nour",
        organization=" microsoft ",  # an existing organisation in other letters
        emails=[Labeled("Nour@X.com", "work"), Labeled("nour@x.com "), Labeled(" ")],
        phones=[Labeled("٠١٠٠١٢٣٤٥٦٧"), Labeled("+20 100 123 4567"), Labeled("call me")],
        addresses=[Labeled(" 1 Tahrir Sq. ", "work"), Labeled("  ")],
        urls=[Labeled("linkedin.com/in/nour"), Labeled("https://www.linkedin.com/in/nour/")],
        tags=["python", "Python ", " ", "جامعة"],
        photo=b"\x89PNG" * 10,
        birthday=PartialDate(2, 29),
        cadence_days=0,
    )
    empty = ContactData(emails=[Labeled("only@mail.example")])
    people += [
        SamplePerson(odd, "2024-02-29 23:59:00", False, -1),
        SamplePerson(empty, "2025-02-28 00:00:00", False, -1),
    ]
    return people


def _interactions(people: list[SamplePerson]) -> list[SampleInteraction]:
    rng = random.Random(8)
    profiles = [(p.arabic, p.org) for p in people]
    items = list(make_interactions(rng, profiles, make_events(rng, TODAY), TODAY, 3.0, 1, 25))
    # A repeated participant, and two interactions at the same minute.
    items.append(SampleInteraction("2025-02-27 10:00:00", "call", "gave", " x ", "", None, (5, 5)))
    items.append(SampleInteraction("2025-02-27 10:00:00", "email", "mutual", "y", "n", None, (5,)))
    return items


def _bulk(people: list[SamplePerson], interactions: list[SampleInteraction]) -> None:
    with database.atomic():
        ids = insert_contacts([(p.data, p.created) for p in people], region="EG")
        event_ids = insert_events(make_events(random.Random(8), TODAY))
        insert_interactions(interactions, ids, event_ids)


def _one_by_one(people: list[SamplePerson], interactions: list[SampleInteraction]) -> None:
    with database.atomic():
        ids = []
        for person in people:
            cid = contact_store.save_contact(person.data, region="EG")
            Contact.update(created_at=person.created).where(Contact.id == cid).execute()
            ids.append(cid)
        activity.refresh_activity(ids)
        event_ids = [
            Event.create(name=e.name, date=e.date, place=e.place, kind=e.kind).id
            for e in make_events(random.Random(8), TODAY)
        ]
        for it in interactions:
            data = InteractionData(
                when=dt.datetime.fromisoformat(it.when),
                kind=InteractionKind(it.kind),
                summary=it.summary,
                notes=it.notes,
                direction=Direction(it.direction),
            )
            event = event_ids[it.event] if it.event is not None else None
            interaction_store.add_interaction(data, [ids[i] for i in it.people], event)


def test_bulk_writer_matches_save_contact(tmp_path: Path) -> None:
    people = _people(300)
    interactions = _interactions(people)
    # make_events must draw the same events for both paths.
    assert make_events(random.Random(8), TODAY) == make_events(random.Random(8), TODAY)
    snapshots = []
    for name, write in (("bulk", _bulk), ("services", _one_by_one)):
        open_database(tmp_path / f"{name}.sqlite3")
        try:
            # An organisation and a tag that exist before the load.
            contact_store.save_contact(ContactData(given_name="First", organization="Microsoft"))
            contact_store.save_contact(ContactData(given_name="Second", tags=["PYTHON"]))
            # Same creation time in both files, so the same next due.
            Contact.update(created_at=dt.datetime(2024, 1, 1, 8, 0)).execute()
            activity.refresh_activity([1, 2])
            write(people, interactions)
            snapshots.append(_snapshot())
        finally:
            close_database()
    bulk, services = snapshots
    assert len(services["contact"]) == 304
    assert len(services["interaction"]) > 300
    assert any(row[1] for row in services["contact_fts"])
    for table in COMPARED:
        assert bulk[table] == services[table], table


def _network() -> dict[str, list[tuple[object, ...]]]:
    return {
        t: database.execute_sql(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ("contact", "contact_email", "contact_phone", "interaction", "participant")
    }


def test_generate_is_deterministic(tmp_path: Path) -> None:
    networks = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        open_database(tmp_path / f"{name}.sqlite3")
        try:
            generate(60, seed=seed, interactions_per_contact=2, today=TODAY)
            networks.append(_network())
        finally:
            close_database()
    a, b, c = networks
    # updated_at is the write time; everything else, uids included, follows the seed.
    strip = {"contact": 4}
    for table in a:
        col = strip.get(table)
        rows_a = [r[:col] + r[col + 1 :] if col else r for r in a[table]]
        rows_b = [r[:col] + r[col + 1 :] if col else r for r in b[table]]
        assert rows_a == rows_b, table
    assert a["contact"][0][1] == b["contact"][0][1]  # the uid
    assert [r[6:8] for r in a["contact"]] != [r[6:8] for r in c["contact"]]


@pytest.mark.usefixtures("db")
def test_generated_network_looks_real() -> None:
    ids = generate(400, seed=5, today=TODAY, heavy_contacts=2, heavy_interactions=300)
    assert len(ids) == 400 == Contact.select().count()
    names = [c.display_name for c in Contact.select(Contact.display_name)]
    arabic = sum(map(is_arabic_script, names))
    assert 0.3 * len(names) < arabic < 0.6 * len(names)
    assert len(set(names)) > 300
    rows = Contact.select(Contact.circle, Contact.cadence_days)
    assert all(c.cadence_days == default_cadence(c.circle) for c in rows)
    assert len({c.circle for c in rows}) >= 10

    def scalar(sql: str) -> int:
        return int(database.execute_sql(sql).fetchone()[0])

    assert scalar("SELECT COUNT(*) FROM contact_phone WHERE value GLOB '*[٠-٩]*'") > 0
    assert scalar("SELECT COUNT(*) FROM contact_phone WHERE value LIKE '+966%'") > 0
    assert scalar("SELECT COUNT(*) FROM contact_link WHERE kind = 'linkedin'") > 100
    assert scalar("SELECT COUNT(*) FROM contact WHERE organization_id IS NOT NULL") > 250
    assert scalar("SELECT COUNT(*) FROM organization") > 10
    assert scalar("SELECT COUNT(*) FROM contact WHERE notes != ''") > 40
    assert scalar("SELECT COUNT(DISTINCT kind) FROM interaction") == len(InteractionKind)
    groups = "SELECT COUNT(*) FROM participant GROUP BY interaction_id HAVING COUNT(*) > 2"
    assert len(database.execute_sql(groups).fetchall()) > 0
    assert scalar("SELECT COUNT(*) FROM interaction WHERE event_id IS NOT NULL") > 0
    # The last ~3 years, and never today or later.
    span = database.execute_sql("SELECT MIN(happened_at), MAX(happened_at) FROM interaction")
    low, high = span.fetchone()
    assert str(TODAY - dt.timedelta(days=3 * 365 + 1)) < low
    assert high < str(TODAY)
    for heavy in ids[:2]:
        assert interaction_store.timeline_count(heavy) >= 300
    total = scalar("SELECT COUNT(*) FROM interaction")
    assert 398 * 10 * 0.7 + 600 < total < 398 * 10 * 1.3 + 600


@pytest.mark.usefixtures("db")
def test_generated_contacts_are_searchable() -> None:
    ids = generate(50, seed=9, interactions_per_contact=0, today=TODAY)
    for cid in ids[:10]:
        data = contact_store.load_contact(cid)
        assert cid in query_ids(ContactQuery(text=data.family_name))
        assert cid in query_ids(ContactQuery(text=data.given_name[:2]))
    assert database.execute_sql("SELECT COUNT(*) FROM interaction").fetchone()[0] == 0


@pytest.mark.usefixtures("db")
def test_deferred_indexes_are_rebuilt_from_their_own_ddl() -> None:
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    before = database.execute_sql(schema).fetchall()
    with database.atomic(), deferred_indexes(["contact", "interaction", "participant"]):
        indexes = (
            "SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'contact' AND sql IS NOT NULL "
            "AND type IN ('table', 'index')"
        )
        # The table itself is left; its partial indexes are gone while loading.
        assert database.execute_sql(indexes).fetchone()[0] == 1
        generate(30, seed=2, interactions_per_contact=1, today=TODAY)
    assert database.execute_sql(schema).fetchall() == before
    with (
        pytest.raises(RuntimeError, match="boom"),
        database.atomic(),
        deferred_indexes(["interaction"]),
    ):
        raise RuntimeError("boom")
    assert database.execute_sql(schema).fetchall() == before


def test_generate_defers_indexes_for_big_loads(db: SqliteDatabase) -> None:
    schema = "SELECT name, sql FROM sqlite_master ORDER BY name"
    before = db.execute_sql(schema).fetchall()
    ids = generate(5_000, seed=1, interactions_per_contact=0.5, today=TODAY)
    assert db.execute_sql(schema).fetchall() == before
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert query_ids(ContactQuery(text=contact_store.load_contact(ids[-1]).family_name))


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "--contacts", "40", "--seed", "2", "--heavy", "1"]) == 0
    assert "Added 40 contacts" in capsys.readouterr().out
    assert database.is_closed()
    open_database(folder / DB_FILENAME)
    try:
        assert Contact.select().count() == 40
        assert interaction_store.timeline_count(1) >= 2000
    finally:
        close_database()


def test_insert_people_matches_save_contact_and_add_interaction(tmp_path: Path) -> None:
    """New contacts with their history (an import) as the services would write them."""
    people = [p.data for p in _people(80)]
    for i, data in enumerate(people):
        data.cadence_days = [None, 0, 30, 90][i % 4]
        data.interactions = [
            InteractionData(
                when=dt.datetime(2024, 1 + k, 1 + i % 28, 9, 30, 15, 123),
                kind=InteractionKind.SOCIAL,
                summary=f" Connected {k} ",
                notes="n" if k else "",
                direction=Direction.MUTUAL,
            )
            for k in range(i % 3)
        ]
    now = "2025-03-01 10:00:00"
    # New contacts are numbered in name order (see insert_people).
    by_name = sorted(range(len(people)), key=lambda i: sort_key(people[i].best_name()))
    snapshots = []
    numbered = []
    for name in ("bulk", "services"):
        open_database(tmp_path / f"people-{name}.sqlite3")
        try:
            with database.atomic():
                if name == "bulk":
                    ids, interaction_ids = insert_people(people, now, "EG")
                    assert len(interaction_ids) == sum(len(d.interactions) for d in people)
                else:
                    ids = [0] * len(people)
                    for i in by_name:
                        cid = contact_store.save_contact(people[i], region="EG")
                        Contact.update(created_at=now).where(Contact.id == cid).execute()
                        activity.refresh_activity([cid])
                        ids[i] = cid
                    # The interactions follow in the order of the people given.
                    for cid, data in zip(ids, people, strict=True):
                        for event in data.interactions:
                            interaction_store.add_interaction(event, [cid])
            numbered.append(ids)
            snapshots.append(_snapshot())
        finally:
            close_database()
    assert numbered[0] == numbered[1]
    assert [numbered[0][i] for i in by_name] == list(range(1, len(people) + 1))
    bulk, services = snapshots
    # Some last contacts (the column before next_due; the business-card step's two
    # columns come after them).
    last_contact = COLUMN_NAMES.index("last_contact") - len({"uid", "updated_at"})
    assert any(row[last_contact] for row in services["contact"])
    for table in COMPARED:
        assert bulk[table] == services[table], table


@pytest.mark.usefixtures("db")
def test_some_people_worked_somewhere_else_before() -> None:
    from netdesk.store.organizations import organizations, people_at

    generate(400, seed=5, interactions_per_contact=0, today=TODAY)
    former = [o for o in organizations() if o.former]
    assert former, "Who I Know Where's 'Used to be' needs someone who moved"
    now, before = people_at(former[0].id)
    assert before and not set(now) & set(before)
