import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.backup import BackupError
from netdesk.db.connection import close_database, open_database
from netdesk.db.records import Interaction
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import InteractionKind
from netdesk.services.contacts import ContactService
from netdesk.services.importer import Action, ImportService
from netdesk.store import interaction_store
from netdesk.store.contact_query import ContactQuery


@pytest.fixture
def services(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    contacts = ContactService(QUndoStack(), region="EG")
    yield contacts, ImportService(contacts)
    # Deletes the undo commands while their closures are alive (see test_dashboard).
    contacts.undo_stack.clear()
    close_database()


def test_plan_matches_database_and_file(services):
    contacts, importer = services
    known = contacts.add(
        ContactData(given_name="Sara", emails=[Labeled("sara@x.example")], job_title="Engineer")
    )
    incoming = [
        ContactData(
            given_name="Sara",
            family_name="Ali",
            emails=[Labeled("SARA@x.example")],
            job_title="Manager",
        ),
        ContactData(given_name="Omar", phones=[Labeled("+20 100 123 4567")]),
        ContactData(given_name="Omar H", phones=[Labeled("٠١٠٠١٢٣٤٥٦٧")], tags=["Cairo"]),
        ContactData(),
    ]
    plan = importer.plan(incoming)
    assert [p.action for p in plan] == [Action.MERGE, Action.ADD, Action.SKIP, Action.SKIP]
    assert plan[0].target == known and plan[0].reason == "same email"
    assert "same phone number" in plan[2].reason
    assert plan[1].incoming.tags == ["Cairo"]  # the in-file duplicate was merged into it


def test_apply_merges_without_overwriting_and_undoes_whole(services):
    contacts, importer = services
    known = contacts.add(
        ContactData(given_name="Sara", emails=[Labeled("sara@x.example")], job_title="Engineer")
    )
    linked = InteractionData(
        when=dt.datetime(2023, 3, 15), kind=InteractionKind.SOCIAL, summary="Connected on LinkedIn"
    )
    plan = importer.plan(
        [
            ContactData(
                given_name="Sara",
                family_name="Ali",
                emails=[Labeled("sara@x.example")],
                job_title="Manager",
                phones=[Labeled("0100 123 4567")],
                interactions=[linked],
            ),
            ContactData(given_name="Layla", organization="Fawry"),
        ]
    )
    report = importer.apply(plan, circle="coworker", tags=["LinkedIn"], label="c.csv")
    assert (report.added, report.merged, report.skipped) == (1, 1, 0)
    sara = contacts.get(known)
    assert sara.job_title == "Engineer"  # the user's value wins
    assert sara.family_name == "Ali" and [p.value for p in sara.phones] == ["0100 123 4567"]
    assert "LinkedIn" in sara.tags and sara.circle == "coworker"
    assert plan[0].conflicts == ["job_title"]
    assert [e.summary for e in interaction_store.timeline(known)] == ["Connected on LinkedIn"]
    assert len(contacts.query_ids(ContactQuery())) == 2

    contacts.undo_stack.undo()
    assert contacts.query_ids(ContactQuery()) == [known]
    sara = contacts.get(known)
    assert sara.family_name == "" and sara.phones == [] and sara.tags == []
    assert interaction_store.timeline(known) == []

    contacts.undo_stack.redo()
    assert len(contacts.query_ids(ContactQuery())) == 2
    assert contacts.get(known).family_name == "Ali"
    assert len(interaction_store.timeline(known)) == 1


def test_undo_and_redo_keep_search_activity_and_history_exact(services):
    """Undo and redo rewrite in bulk: what search finds, when people were last contacted
    and where they used to work must come out as they were on each side."""
    from netdesk.store import contact_store

    contacts, importer = services
    known = contacts.add(ContactData(given_name="Hany", emails=[Labeled("hany@x.example")]))
    before = contacts.get(known)
    met = InteractionData(when=dt.datetime(2024, 5, 2, 10), summary="Met at RiseUp")
    plan = importer.plan(
        [
            ContactData(
                given_name="Hany",
                emails=[Labeled("hany@x.example"), Labeled("hany@zeta.example")],
                organization="Zeta Labs",
                interactions=[met],
            ),
            *(
                ContactData(given_name=f"Person{i}", family_name="Imported", interactions=[met])
                for i in range(30)
            ),
        ]
    )
    importer.apply(plan, label="x.vcf")
    added = contacts.query_ids(ContactQuery(text="imported"))
    assert len(added) == 30
    assert contacts.query_ids(ContactQuery(text="zeta")) == [known]
    assert contacts.rows([known])[known].last_contact == dt.datetime(2024, 5, 2, 10)

    contacts.undo_stack.undo()
    assert contacts.query_ids(ContactQuery(text="imported")) == []
    assert contacts.query_ids(ContactQuery(text="zeta")) == []
    assert contacts.query_ids(ContactQuery(text="hany@x")) == [known]
    assert contacts.get(known) == before
    assert contacts.rows([known])[known].last_contact is None
    # The organisation the import had added is not remembered as a former employer.
    assert contact_store.past_organizations(known) == []

    contacts.undo_stack.redo()
    assert contacts.query_ids(ContactQuery(text="imported")) == added
    assert contacts.query_ids(ContactQuery(text="zeta")) == [known]
    assert contacts.rows([known])[known].last_contact == dt.datetime(2024, 5, 2, 10)
    assert all(contacts.rows([a])[a].last_contact for a in added)


def test_reimport_merges_the_proven_and_offers_the_rest(services):
    from netdesk.services.importer import merge_possible

    contacts, importer = services
    people = [
        ContactData(given_name="Nour", emails=[Labeled("nour@x.example")]),
        ContactData(given_name="Karim", organization="Careem"),
    ]
    importer.apply(importer.plan(people))
    (karim,) = contacts.query_ids(ContactQuery(text="Karim"))
    again = importer.plan(people)
    # A name at an organisation proves nothing: offered, added unless the user merges it.
    assert [p.action for p in again] == [Action.MERGE, Action.ADD]
    assert again[1].possible is not None and again[1].possible.target == karim
    merge_possible(again, [1])
    assert [p.action for p in again] == [Action.MERGE, Action.MERGE]
    importer.apply(again)
    assert len(contacts.query_ids(ContactQuery())) == 2


def test_failure_mid_import_writes_nothing(services, monkeypatch):
    contacts, importer = services
    from netdesk.store import bulk

    def broken(*args, **kwargs):
        raise OSError("disk full")

    # Contacts are written first, then their interactions fail: all must roll back.
    monkeypatch.setattr(bulk, "insert_interactions", broken)
    event = InteractionData(when=dt.datetime(2024, 1, 1), summary="Connected on LinkedIn")
    plan = importer.plan(
        [ContactData(given_name="A", interactions=[event]), ContactData(given_name="B")]
    )
    with pytest.raises(OSError, match="disk full"):
        importer.apply(plan)
    assert contacts.query_ids(ContactQuery()) == []
    assert contacts.query_ids(ContactQuery(text="A")) == []
    assert contacts.undo_stack.count() == 0


def test_uid_matches_and_trashed_uid_is_not_reused(services):
    contacts, importer = services
    kept = contacts.add(ContactData(given_name="Kept", uid="uid-kept"))
    gone = contacts.add(ContactData(given_name="Gone", uid="uid-gone"))
    contacts.delete([gone])
    plan = importer.plan(
        [
            ContactData(given_name="Renamed", uid="uid-kept"),
            ContactData(given_name="Back", uid="uid-gone"),
            ContactData(given_name="Twin", uid="uid-new"),
            ContactData(given_name="Twin again", uid="uid-new"),
        ]
    )
    assert [p.action for p in plan] == [Action.MERGE, Action.ADD, Action.ADD, Action.SKIP]
    assert plan[0].target == kept
    report = importer.apply(plan)
    assert (report.added, report.merged, report.skipped) == (2, 1, 1)


def test_bulk_added_contacts_are_complete(services):
    contacts, importer = services
    linked = InteractionData(
        when=dt.datetime(2024, 5, 2), kind=InteractionKind.SOCIAL, summary="Connected on LinkedIn"
    )
    plan = importer.plan(
        [
            ContactData(
                given_name="نور",
                family_name="حسن",
                organization="فوري",
                circle="mentor",
                emails=[Labeled("nour@x.example")],
                interactions=[linked],
            )
        ]
    )
    report = importer.apply(plan, tags=["LinkedIn"])
    cid = report.contact_ids[0]
    data = contacts.get(cid)
    assert data.tags == ["LinkedIn"]
    assert data.cadence_days == 30
    assert contacts.query_ids(ContactQuery(text="نور")) == [cid]
    row = contacts.rows([cid])[cid]
    assert row.last_contact == dt.datetime(2024, 5, 2)
    assert row.next_due == dt.date(2024, 6, 1)
    contacts.undo_stack.undo()
    assert contacts.query_ids(ContactQuery()) == []
    contacts.undo_stack.redo()
    assert [e.summary for e in interaction_store.timeline(cid)] == ["Connected on LinkedIn"]


def test_plan_shows_what_the_merge_keeps(services):
    contacts, importer = services
    known = contacts.add(
        ContactData(given_name="Sara", job_title="Engineer", emails=[Labeled("sara@x.example")])
    )
    plan = importer.plan(
        [
            ContactData(
                given_name="Sara",
                job_title="Manager",
                organization="Careem",
                emails=[Labeled("sara@x.example")],
            )
        ]
    )
    assert plan[0].target == known
    assert plan[0].differences == [("job_title", "Engineer", "Manager")]


def test_merged_interactions_are_logged_once(services):
    contacts, importer = services
    known = contacts.add(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
    other = contacts.add(ContactData(given_name="Omar", emails=[Labeled("omar@x.example")]))
    connected = InteractionData(
        when=dt.datetime(2023, 3, 15, 9, 0), kind=InteractionKind.SOCIAL, summary="Connected"
    )
    interaction_store.add_interaction(connected, [known])

    def row(email: str, *events: InteractionData) -> ContactData:
        return ContactData(emails=[Labeled(email)], interactions=list(events))

    later_same_day = InteractionData(when=dt.datetime(2023, 3, 15, 18, 0), summary="Connected")
    padded = InteractionData(when=dt.datetime(2024, 1, 2, 8, 0), summary=" Met at the summit ")
    again = InteractionData(when=dt.datetime(2024, 1, 2, 9, 0), summary="Met at the summit")
    plan = importer.plan(
        [
            row("sara@x.example", later_same_day, padded),
            # The file's second row for Sara, merged into the first one's plan.
            row("sara@x.example", again),
            row("omar@x.example", again),
        ]
    )
    importer.apply(plan)
    sara = interaction_store.timeline(known)
    assert [(e.summary, e.happened_at) for e in sara] == [
        ("Met at the summit", dt.datetime(2024, 1, 2, 8, 0)),
        ("Connected", dt.datetime(2023, 3, 15, 9, 0)),
    ]
    assert [e.summary for e in interaction_store.timeline(other)] == ["Met at the summit"]
    assert contacts.rows([known])[known].last_contact == dt.datetime(2024, 1, 2, 8, 0)
    # Logged now, as one typed in, not dated when it happened.
    stamps = {
        str(i.created_at)[:4]
        for i in Interaction.select().where(Interaction.summary != "Connected")
    }
    assert stamps == {str(dt.datetime.now(dt.UTC).year)}

    contacts.undo_stack.undo()
    assert [e.summary for e in interaction_store.timeline(known)] == ["Connected"]
    assert interaction_store.timeline(other) == []
    assert contacts.rows([known])[known].last_contact == dt.datetime(2023, 3, 15, 9, 0)


def test_a_failed_background_backup_stops_the_import(services, tmp_path):
    contacts, importer = services
    known = contacts.add(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
    contacts.undo_stack.clear()

    def broken(reason: str) -> object:
        raise BackupError("Could not write in /backups: no space left on device.")

    contacts.before_risky_change = broken
    plan = importer.plan(
        [
            ContactData(given_name="Sara", family_name="Ali", emails=[Labeled("sara@x.example")]),
            ContactData(given_name="Omar", emails=[Labeled("omar@x.example")]),
        ]
    )
    contacts.prepare_checkpoint("import")
    with pytest.raises(BackupError, match="no space left"):
        importer.apply(plan)
    assert contacts.query_ids(ContactQuery()) == [known]
    assert contacts.get(known).family_name == ""
    assert contacts.undo_stack.count() == 0


def test_the_backup_holds_the_network_as_it_was_before_the_import(qapp, tmp_path):
    from netdesk.db.backup import list_backups
    from netdesk.services.context import create_context

    context = create_context(tmp_path / "data")
    try:
        context.contacts.add(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
        # As File → Import does: the backup starts when the file is chosen.
        context.contacts.prepare_checkpoint("import")
        people = [ContactData(given_name=f"New {i}") for i in range(50)]
        report = context.importer.apply(context.importer.plan(people))
        assert report.added == 50
        (backup,) = list_backups(context.data_dir)
        assert backup.reason == "import"
        assert backup.contact_count == 1
        # Without preparing, apply starts the backup itself.
        context.importer.apply(context.importer.plan([ContactData(given_name="Later")]))
        assert sorted(b.contact_count or 0 for b in list_backups(context.data_dir)) == [1, 51]
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["email", "phone", "url", "uid", "name+org", "name"])
def test_every_lookup_of_the_plan_is_an_index_search(services, kind):
    """Planning costs what the file holds, not what the database holds: no lookup scans."""
    from netdesk.db.connection import database
    from netdesk.services.importer import _KEY_SQL, _NAME_ORG_SQL, _NAME_SQL

    sql = {"name+org": _NAME_ORG_SQL, "name": _NAME_SQL}.get(kind) or _KEY_SQL[kind].format("?")
    steps = [
        row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", ["x"] * sql.count("?"))
    ]
    assert steps
    assert all(" USING " in step for step in steps), steps


def test_an_import_stores_the_hosts_link_kind(services):
    contacts, importer = services
    plan = importer.plan(
        [ContactData(given_name="Omar", urls=[Labeled("file:///usr/bin/xcalc", "linkedin")])]
    )
    importer.apply(plan, circle="", tags=[], label="x.json")
    (cid,) = contacts.query_ids(ContactQuery())
    assert contacts.get(cid).urls == [Labeled("file:///usr/bin/xcalc", "website")]


def test_cadence_for_everyone_fills_only_who_has_none_and_sets_next_due(services):
    contacts, importer = services
    today = dt.date.today()
    contacts.add(
        ContactData(given_name="Sara", emails=[Labeled("sara@x.example")], cadence_days=14)
    )
    contacts.add(ContactData(given_name="Omar", emails=[Labeled("omar@x.example")]))
    plan = importer.plan(
        [
            ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]),
            ContactData(given_name="Omar", emails=[Labeled("omar@x.example")]),
            ContactData(given_name="Layla", cadence_days=60),  # the file's own cadence
            ContactData(given_name="Hany"),
        ]
    )
    importer.apply(plan, circle="friend", cadence=30)
    cadences = {
        c.given_name: c.cadence_days for c in map(contacts.get, contacts.query_ids(ContactQuery()))
    }
    assert cadences == {"Sara": 14, "Omar": 30, "Layla": 60, "Hany": 30}
    rows = contacts.rows(contacts.query_ids(ContactQuery()))
    due = {contacts.get(cid).given_name: row.next_due for cid, row in rows.items()}
    # Never contacted: a cadence after the day they were added (all today here).
    assert due["Omar"] == today + dt.timedelta(days=30)
    assert due["Hany"] == today + dt.timedelta(days=30)
    assert due["Sara"] == today + dt.timedelta(days=14)


def test_no_reminder_overrides_the_circle_default(services):
    contacts, importer = services
    plan = importer.plan([ContactData(given_name="Hany")])
    importer.apply(plan, circle="mentor", cadence=0)
    (cid,) = contacts.query_ids(ContactQuery())
    assert contacts.get(cid).cadence_days is None
    # Without a cadence the circle's default stays the rule, as before.
    importer.apply(importer.plan([ContactData(given_name="Mona")]), circle="mentor")
    mona = next(c for c in contacts.query_ids(ContactQuery()) if c != cid)
    assert contacts.get(mona).cadence_days == 30


def test_left_out_rows_are_neither_added_nor_merged(services):
    from netdesk.services.importer import LEFT_OUT, leave_out

    contacts, importer = services
    known = contacts.add(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
    plan = importer.plan(
        [
            ContactData(
                given_name="Sara", organization="Careem", emails=[Labeled("sara@x.example")]
            ),
            ContactData(given_name="Omar", emails=[Labeled("omar@x.example")]),
            ContactData(given_name="Omar H", emails=[Labeled("omar@x.example")]),  # folded in
            ContactData(given_name="Layla"),
        ]
    )
    assert [p.action for p in plan] == [Action.MERGE, Action.ADD, Action.SKIP, Action.ADD]
    leave_out(plan, [0, 1])
    assert [p.reason for p in plan[:2]] == [LEFT_OUT, LEFT_OUT]
    report = importer.apply(plan)
    assert (report.added, report.merged, report.skipped) == (1, 0, 3)
    assert contacts.get(known).organization == ""
    names = sorted(contacts.get(c).given_name for c in contacts.query_ids(ContactQuery()))
    assert names == ["Layla", "Sara"]


def test_imported_and_merged_people_are_found_by_search_and_name_prefix(services, qtbot):
    """A large import writes the name prefixes in one pass and rewrites only the changed
    columns of merged contacts: the search over everything (issue 18) and the name
    prefixes still find them, and after the undo no longer do."""
    from netdesk.domain.search_query import parse
    from netdesk.store import contact_query, search_index
    from netdesk.store.search import ensure_indexed, search

    contacts, importer = services
    known = contacts.add(
        ContactData(given_name="Hany", family_name="Adel", emails=[Labeled("hany@x.example")])
    )
    people = [
        ContactData(given_name=f"Zubaida{i:03}", family_name="Qandil", notes="met at Cairo ICT")
        for i in range(150)  # over the one-pass threshold of the name prefixes
    ]
    again = ContactData(given_name="Hany", emails=[Labeled("hany@x.example")], notes="Ostrich farm")
    importer.apply(importer.plan([*people, again]), label="big.vcf")

    def found(text: str) -> set[int]:
        ensure_indexed()
        return {h.contact_id for h in search(parse(text))}

    added = set(contacts.query_ids(ContactQuery(text="qandil")))
    assert len(added) == 150
    assert found("qandil") == added and found("cairo ict") == added
    assert found("ostrich") == {known}  # the merge's new note, though no name changed
    # Two letters walk the name prefixes (contact_prefix), not the full-text index.
    assert contact_query._walks_prefixes(ContactQuery(text="zu"), [], ["zu"])
    assert set(contacts.query_ids(ContactQuery(text="zu"))) == added
    assert contacts.query_ids(ContactQuery(text="zubaida149")) != []
    assert search_index.pending() == 0

    contacts.undo_stack.undo()  # 150 contacts: on a worker
    qtbot.wait_until(lambda: not contacts.jobs.busy())
    assert contacts.query_ids(ContactQuery(text="zu")) == []
    assert found("qandil") == set() and found("ostrich") == set()
    assert found("hany") == {known}
