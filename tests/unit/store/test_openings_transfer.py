"""The job search through a NetDesk JSON export: no duplicates, odd stages made safe."""

import datetime as dt

from peewee import SqliteDatabase

from netdesk.domain.network_data import NetworkData, OpeningData, Stamp
from netdesk.store import openings
from netdesk.store.openings_transfer import export_job_search, import_job_search

NOW = "2026-12-02 10:00:00"


def test_export_then_import_into_the_same_database_writes_nothing_twice(
    db: SqliteDatabase,
) -> None:
    first = openings.add_opening(openings.OpeningFields("Careem", "Data Scientist"))
    openings.add_target_named("Fawry")
    network = NetworkData()
    export_job_search(network)
    assert [o.title for o in network.openings] == ["Data Scientist"]
    assert [name for name, _on in network.targets] == ["Careem", "Fawry"]
    assert import_job_search(network, NOW) == []
    assert [o.id for o in openings.openings()] == [first]
    # Another uid, the same title at the same organisation (spelt otherwise): the same.
    network.openings[0].stamp = Stamp("other-uid")
    network.openings[0].title = "data scientist"
    assert import_job_search(network, NOW) == []


def test_an_unknown_stage_reads_as_interested_and_its_organisation_becomes_a_target(
    db: SqliteDatabase,
) -> None:
    network = NetworkData(
        openings=[OpeningData(Stamp("u1"), "Swvl", "Lead", "hired", dt.date(2026, 11, 1))]
    )
    (written,) = import_job_search(network, NOW)
    entry = openings.opening(written)
    assert entry is not None
    assert (entry.stage, entry.organization, entry.stage_on) == (
        "interested",
        "Swvl",
        dt.date(2026, 11, 1),
    )
    assert [t.name for t in openings.targets()] == ["Swvl"]
