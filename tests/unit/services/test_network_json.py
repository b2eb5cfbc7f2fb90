"""A NetDesk JSON export carries the whole network; importing it gives it back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from peewee import ForeignKeyField
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter, QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.records import ALL_RECORDS, BaseRecord, Contact, SyncedRecord
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import InteractionKind
from netdesk.io.reader import read_contacts
from netdesk.sample import generate
from netdesk.services.contacts import ContactService
from netdesk.services.exporter import ExportFormat, contacts_for_export, render
from netdesk.services.importer import ImportService
from netdesk.store import contact_store, interaction_store, ledger_store
from netdesk.store.network_export import COVERAGE

TODAY = dt.date(2025, 3, 1)
Snapshot = dict[str, list[tuple[object, ...]]]


def _png() -> bytes:
    image = QImage(3, 2, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(buffer.data().data())


def _history() -> None:
    """Records edited over time, as a synced network's are: each its own revision and
    stamps (a contact's creation time stays: its next due date was worked out from it)."""
    for table in ("organization", "event", "interaction", "ask", "introduction"):
        database.execute_sql(
            f'UPDATE "{table}" SET revision = 1 + id % 4, '
            "created_at = datetime('2020-01-01', '+' || id || ' hours'), "
            "updated_at = datetime('2021-01-01', '+' || (id * 7) || ' minutes')"
        )
    database.execute_sql(
        "UPDATE contact SET revision = 1 + id % 3, "
        "updated_at = datetime('2022-01-01', '+' || id || ' minutes')"
    )
    database.execute_sql("UPDATE contact_phone SET label = 'work' WHERE id % 3 = 0")
    # Some were captured from exports (schema 7).
    database.execute_sql(
        "UPDATE interaction SET capture_key = 'whatsapp:chat/' || id, "
        "capture_source = 'whatsapp:Chat ' || (id % 2) || '.txt', capture_count = 1 + id % 5 "
        "WHERE id % 3 = 0"
    )


def _enrich(ids: list[int]) -> None:
    """What the generator never writes: asks, introductions, moves, snoozes, archives,
    photos, an event nobody attended, and edited (revised) records."""
    employed = [c.id for c in Contact.select(Contact.id).where(Contact.org_name != "")]
    with database.atomic():
        moved = contact_store.load_contact(employed[0])
        moved.organization = "Vodafone Egypt"
        moved.photo = _png()
        moved.addresses = [Labeled("1 Tahrir Sq., Cairo", "work"), Labeled("Maadi", "home")]
        contact_store.save_contact(moved, employed[0], region="EG")  # the old one becomes past
        other = contact_store.load_contact(employed[1])
        other.organization, other.addresses = "CIB", [Labeled("Zamalek")]
        contact_store.save_contact(other, employed[1], region="EG")
        database.execute_sql(
            "UPDATE past_organization SET left_on = '2019-05-01' WHERE contact_id = ?",
            (employed[1],),
        )
        for n, cid in enumerate(ids[1:8]):
            kind = ledger_store.AskKind.ALL[n % 5]
            on = TODAY - dt.timedelta(days=n)
            chase = on + dt.timedelta(days=10 + n) if n % 2 else None
            ask = ledger_store.add_ask(cid, f"ask {n}", kind, n % 2 == 1, on, chase)
            if n % 3 == 0:
                ledger_store.set_ask_status(ask, "done", "thanks", on + dt.timedelta(days=n))
        ledger_store.add_introduction(ids[2], ids[3], None, TODAY, "you two should talk")
        ledger_store.add_introduction(ids[4], None, ids[5], dt.date(2024, 5, 6), "met me")
        ledger_store.add_introduction(ids[6], ids[7], ids[8], dt.date(2023, 1, 2))
        contact_store.set_snooze([ids[9], ids[10]], dt.date(2025, 6, 1))
        Contact.update(archived=True).where(Contact.id.in_(ids[11:14])).execute()
        ledger_store.create_event("Quiet dinner", dt.date(2024, 2, 2), "Zamalek", "social", "n")
        event = ledger_store.create_event("RiseUp", dt.date(2024, 12, 1), "Cairo", "conference")
        interaction_store.add_interaction(
            InteractionData(dt.datetime(2024, 12, 1, 18, 30), InteractionKind.EVENT, "Met", "x"),
            [ids[14], ids[15], ids[16]],
            event,
        )
        _history()


def _key_of(model: type[BaseRecord]) -> dict[int, object]:
    """Id -> what identifies a row of ``model`` in any database."""
    column = "uid" if issubclass(model, SyncedRecord) else "name"
    table = model._meta.table_name
    return dict(database.execute_sql(f'SELECT id, "{column}" FROM "{table}"').fetchall())


def _snapshot() -> Snapshot:
    """Every live row of every record table, ids replaced by what they point at."""
    out: Snapshot = {}
    keys = {m: _key_of(m) for m in ALL_RECORDS if "id" in m._meta.fields}
    for model in ALL_RECORDS:
        table = model._meta.table_name
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        rows = []
        for row in database.execute_sql(f'SELECT {names} FROM "{table}"'):
            rows.append(
                tuple(
                    keys[f.rel_model].get(v) if isinstance(f, ForeignKeyField) else v
                    for f, v in zip(fields, row, strict=True)
                )
            )
        out[table] = sorted(rows, key=repr)
    body = database.execute_sql(
        "SELECT c.uid, f.body FROM contact_fts f JOIN contact c ON c.id = f.rowid"
    )
    out["contact_fts"] = sorted(body.fetchall())
    return out


def _import(text: str) -> tuple[ImportService, QUndoStack]:
    stack = QUndoStack()
    importer = ImportService(ContactService(stack, region="EG"))
    result = read_contacts(text.encode(), "network.json")
    importer.apply(importer.plan(result.contacts), network=result.network)
    return importer, stack


def test_every_column_has_a_place_in_the_export() -> None:
    for model in ALL_RECORDS:
        carried, left = COVERAGE[model._meta.table_name]
        columns = {f.name for f in model._meta.sorted_fields}
        assert set(carried.split()) | set(left.split()) == columns, model._meta.table_name
        assert not set(carried.split()) & set(left.split())
    assert {m._meta.table_name for m in ALL_RECORDS} == set(COVERAGE)


def test_round_trip_into_an_empty_database_is_lossless(qapp, tmp_path: Path) -> None:
    open_database(tmp_path / "source.sqlite3")
    ids = generate(40, seed=5, interactions_per_contact=4, today=TODAY, region="EG")
    _enrich(ids)
    before = _snapshot()
    text = render(contacts_for_export(), ExportFormat.JSON)
    close_database()

    # The generated network exercises every carried column (else the comparison proves
    # nothing about it).
    constant = []
    for model in ALL_RECORDS:
        table = model._meta.table_name
        fields = [f.name for f in model._meta.sorted_fields if f.name != "id"]
        for column in COVERAGE[table][0].split():
            if len({row[fields.index(column)] for row in before[table]}) < 2:
                constant.append((table, column))
    assert constant == [], constant
    assert len(before["interaction"]) > 100 and len(before["past_organization"]) >= 2

    open_database(tmp_path / "target.sqlite3")
    _import(text)
    after = _snapshot()
    close_database()
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table


def test_the_document_is_versioned_and_old_lists_still_read() -> None:
    contact = ContactData(uid="u1", given_name="Nour", emails=[Labeled("n@x.org")])
    from netdesk.io.json_format import write_json

    document = json.loads(write_json([contact]))
    assert document["format"] == "netdesk" and document["version"] == 2
    old = json.dumps([{"format": "netdesk", "uid": "u1", "given_name": "Nour"}])
    result = read_contacts(old.encode(), "old.json")
    assert result.format == "netdesk-json"
    assert [c.given_name for c in result.contacts] == ["Nour"]


_COUNTS = {
    **{
        table: f'SELECT COUNT(*) FROM "{table}" WHERE deleted_at IS NULL'
        for table in ("contact", "interaction", "event", "ask", "introduction")
    },
    "participant": "SELECT COUNT(*) FROM participant p JOIN interaction i "
    "ON i.id = p.interaction_id WHERE i.deleted_at IS NULL",
    "past_organization": "SELECT COUNT(*) FROM past_organization",
}


def _counts() -> dict[str, int]:
    return {t: database.execute_sql(sql).fetchone()[0] for t, sql in _COUNTS.items()}


def _exported_network(tmp_path: Path) -> str:
    open_database(tmp_path / "source.sqlite3")
    _enrich(generate(30, seed=9, interactions_per_contact=3, today=TODAY, region="EG"))
    text = render(contacts_for_export(), ExportFormat.JSON)
    close_database()
    return text


def test_importing_the_same_export_again_adds_nothing(qapp, tmp_path: Path) -> None:
    text = _exported_network(tmp_path)
    open_database(tmp_path / "target.sqlite3")
    _import(text)
    once, snapshot = _counts(), _snapshot()
    _import(text)
    assert _counts() == once
    assert _snapshot() == snapshot  # not even a revision bumped
    close_database()


def test_import_into_a_network_that_knows_some_of_it(qapp, tmp_path: Path) -> None:
    text = _exported_network(tmp_path)
    document = json.loads(text)
    # Someone already here under another uid, found again by name and email, with one of
    # the file's interactions already logged by hand.
    person = next(c for c in document["contacts"] if c["emails"])
    theirs = [i for i in document["interactions"] if i["contacts"] == [person["uid"]]]
    open_database(tmp_path / "target.sqlite3")
    stack = QUndoStack()
    service = ContactService(stack, region="EG")
    known = ContactData(
        given_name=person["given_name"],
        family_name=person["family_name"],
        emails=[Labeled(person["emails"][0])],
    )
    mine = service.add(known)
    (uid, created) = database.execute_sql(
        "SELECT uid, created_at FROM contact WHERE id = ?", (mine,)
    ).fetchone()
    logged = theirs[0]
    interaction_store.add_interaction(
        InteractionData(
            dt.datetime.fromisoformat(logged["when"]).replace(hour=7), summary=logged["summary"]
        ),
        [mine],
    )
    before = _counts()
    importer = ImportService(service)
    result = read_contacts(text.encode(), "network.json")
    importer.apply(importer.plan(result.contacts), network=result.network)
    after = _counts()
    assert after["contact"] == before["contact"] + len(document["contacts"]) - 1
    # Every interaction of the file once, but the one already on their timeline.
    assert after["interaction"] == before["interaction"] + len(document["interactions"]) - 1
    assert after["ask"] == len(document["asks"])
    assert after["introduction"] == len(document["introductions"])
    timeline = interaction_store.timeline(mine, 0, 500)
    assert len(timeline) == sum(person["uid"] in i["contacts"] for i in document["interactions"])
    # Merged: the contact keeps its own uid and creation time.
    assert database.execute_sql(
        "SELECT uid, created_at FROM contact WHERE id = ?", (mine,)
    ).fetchone() == (uid, created)

    stack.undo()  # the whole import, network included
    assert _counts() == before
    stack.redo()
    assert _counts() == after
    close_database()


def test_records_naming_someone_not_in_the_file_are_left_out(qapp, tmp_path: Path) -> None:
    document = {
        "format": "netdesk",
        "version": 2,
        "contacts": [{"uid": "c1", "given_name": "Nour"}],
        "introductions": [
            # "ghost" is nobody here: it must not become "me" (an empty second).
            {"uid": "n1", "first": "c1", "second": "ghost", "introduced_on": "2024-01-01"},
            {"uid": "n2", "first": "c1", "introduced_on": "2024-01-02"},
        ],
        "asks": [{"uid": "a1", "contact": "ghost", "what": "x", "asked_on": "2024-01-01"}],
        "interactions": [
            {"uid": "i1", "when": "2024-01-01T09:00:00", "contacts": ["ghost", "c1"]},
        ],
    }
    open_database(tmp_path / "target.sqlite3")
    _import(json.dumps(document))
    rows = database.execute_sql("SELECT uid, second_id FROM introduction").fetchall()
    assert rows == [("n2", None)]
    assert _counts()["ask"] == 0
    assert _counts()["participant"] == 1  # Nour, without the ghost
    close_database()
