"""An import on a full disk, and text that cannot be encoded: one clear outcome, no loss."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtGui import QUndoStack

from netdesk import cli
from netdesk.app import build_parser
from netdesk.db.connection import DiskFullError, database, write_transaction
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.io.ical_export import follow_ups_calendar
from netdesk.io.reader import read_contacts
from netdesk.services import context as context_module
from netdesk.services.contacts import ContactService
from netdesk.services.exporter import ExportFormat, contacts_for_export, render
from netdesk.services.importer import ImportService

LONE = "\ud800"


def _people(count: int) -> list[ContactData]:
    return [
        ContactData(given_name=f"Person {i}", notes="x" * 3000, emails=[Labeled(f"p{i}@x.org")])
        for i in range(count)
    ]


def _limit(db: SqliteDatabase, spare_pages: int) -> None:
    """A database that may grow by ``spare_pages`` pages: SQLite's own SQLITE_FULL."""
    (pages,) = db.execute_sql("PRAGMA page_count").fetchone()
    db.execute_sql(f"PRAGMA max_page_count = {pages + spare_pages}")


def _count() -> int:
    return int(database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()[0])


def test_a_full_disk_during_an_import_is_reported_as_such(db, contacts: ContactService) -> None:
    contacts.add(ContactData(given_name="Kept"))
    importer = ImportService(contacts)
    _limit(db, 20)
    with pytest.raises(DiskFullError, match="disk is full") as caught:
        importer.apply(importer.plan(_people(2000)))
    assert "database or disk is full" in str(caught.value.__cause__)
    assert _count() == 1  # rolled back as a whole
    assert contacts.undo_stack.count() == 1  # the add; no step for the failed import
    # The connection is usable again once there is room.
    _limit(db, 100_000)
    importer.apply(importer.plan(_people(3)))
    assert _count() == 4


def test_a_full_disk_at_commit_is_reported_and_rolled_back(db) -> None:
    database.execute_sql("CREATE TABLE t (x TEXT)")
    _limit(db, 2)
    with pytest.raises(DiskFullError), write_transaction():
        database.execute_sql("INSERT INTO t VALUES (?)", ("y" * 100_000,))
    assert not database.in_transaction()
    assert database.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0] == 0


def test_other_errors_pass_through_a_write_transaction_unchanged(db) -> None:
    database.execute_sql("CREATE TABLE t (x TEXT)")

    def write() -> None:
        with write_transaction():
            database.execute_sql("INSERT INTO t VALUES ('a')")
            raise ValueError("mine")

    with pytest.raises(ValueError, match="mine"):
        write()
    assert database.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0] == 0


def test_cli_import_on_a_full_disk_says_so(qapp, tmp_path: Path, monkeypatch, capsys) -> None:
    real = context_module.open_database  # type: ignore[attr-defined]

    def limited(path: Path) -> SqliteDatabase:
        opened = real(path)
        _limit(opened, 20)
        return opened

    monkeypatch.setattr(context_module, "open_database", limited)
    source = tmp_path / "people.json"
    source.write_text(
        json.dumps(
            [
                {
                    "format": "netdesk",
                    "given_name": c.given_name,
                    "notes": c.notes,
                    "emails": [c.emails[0].value],
                }
                for c in _people(2000)
            ]
        ),
        encoding="utf-8",
    )
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "d"), "import", str(source)])
    assert cli.run_command(args) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert err.strip() == "netdesk: people.json: nothing imported: " + str(DiskFullError())
    assert "cannot rollback" not in err


def _json_with_surrogates() -> bytes:
    document = {
        "format": "netdesk",
        "version": 2,
        "contacts": [
            {
                "uid": "c1",
                "given_name": f"Sa{LONE}ra",
                "organization": f"Org{LONE}",
                "emails": [f"sara{LONE}@x.org"],
                "tags": [f"t{LONE}"],
                "notes": f"n{LONE}",
                "past_organizations": [{"organization": f"Old{LONE}", "left_on": "2020-01-01"}],
            }
        ],
        "events": [{"uid": "e1", "name": f"Ev{LONE}", "date": "2024-01-01"}],
        "interactions": [
            {
                "uid": "i1",
                "when": "2024-01-01T10:00:00",
                "summary": f"s{LONE}",
                "event": "e1",
                "contacts": ["c1"],
            }
        ],
        "asks": [{"uid": "a1", "contact": "c1", "what": f"w{LONE}", "asked_on": "2024-02-02"}],
    }
    # json.dumps spells the lone surrogate "\ud800", as the files that broke imports did.
    return json.dumps(document).encode("ascii")


def test_lone_surrogates_become_replacement_characters_where_text_enters(
    contacts: ContactService,
) -> None:
    data = _json_with_surrogates()
    assert b"\\ud800" in data
    result = read_contacts(data, "x.json")
    (sara,) = result.contacts
    assert (sara.given_name, sara.emails[0].value, sara.tags) == (
        "Sa\ufffdra",
        "sara\ufffd@x.org",
        ["t\ufffd"],
    )
    assert result.network is not None
    assert result.network.interactions[0].summary == "s\ufffd"
    importer = ImportService(contacts)
    # A tag typed on a command line with a byte that is not UTF-8.
    importer.apply(importer.plan(result.contacts), tags=["b\udcff"], network=result.network)
    assert _count() == 1
    stored = " ".join(
        str(v) for row in database.execute_sql("SELECT * FROM contact").fetchall() for v in row
    )
    assert "Sa\ufffdra" in stored and "b\ufffd" in stored
    for fmt in ExportFormat:
        render(contacts_for_export(), fmt).encode("utf-8")


def test_exporters_replace_lone_surrogates_from_anywhere() -> None:
    person = ContactData(uid="u", given_name=f"A{LONE}", notes=f"{LONE}", tags=[f"{LONE}"])
    for fmt in (ExportFormat.VCARD, ExportFormat.CSV):
        text = render([person], fmt)
        assert LONE not in text and "A\ufffd" in text
        text.encode("utf-8")

    class Due:
        id, display_name, last_contact = 1, f"B{LONE}", None
        next_due = dt.date(2025, 1, 1)

    calendar = follow_ups_calendar([Due()], dt.date(2025, 1, 1))
    assert "B\ufffd".encode() in calendar


@pytest.fixture
def contacts(db) -> ContactService:
    return ContactService(QUndoStack(), region="EG")
