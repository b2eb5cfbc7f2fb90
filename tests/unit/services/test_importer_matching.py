"""Import never merges two different people: strong evidence, nothing against it."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, open_database
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.io.reader import read_contacts, read_contacts_file
from netdesk.services.contacts import ContactService
from netdesk.services.importer import Action, ImportService, merge_possible
from netdesk.store.contact_query import ContactQuery
from tests.conftest import CORPUS

GIVEN = ["Mohamed", "Ahmed", "Mahmoud", "Omar", "Sara", "Nour", "محمد", "أحمد"]
FAMILY = ["Ahmed", "Hassan", "Ali", "Ibrahim", "حسن", "علي"]
ORGS = ["Aramco", "Cairo University", "أرامكو"]


@pytest.fixture
def services(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    contacts = ContactService(QUndoStack(), region="EG")
    yield contacts, ImportService(contacts)
    contacts.undo_stack.clear()
    close_database()


def colleagues_vcf(count: int, seed: int = 14) -> bytes:
    """``count`` different people, each with their own UID, email and mobile, whose names
    repeat inside a few organisations, as the address books of our users do."""
    rng = random.Random(seed)
    cards = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"UID:person-{i}\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{rng.choice(ORGS)}\r\nEMAIL:p{i}@staff.example\r\n"
            f"TEL;TYPE=CELL:+20 10{i % 10} {i:07d}\r\nEND:VCARD\r\n"
        )
    return "".join(cards).encode()


# The file had 10,000 cards (imported as 960 contacts); 500 show the same.
@pytest.mark.parametrize("count", [500, pytest.param(10_000, marks=pytest.mark.slow)])
def test_namesakes_in_one_file_are_all_imported(services, count, qtbot):
    contacts, importer = services
    people = read_contacts(colleagues_vcf(count), "colleagues.vcf").contacts
    assert len(people) == count
    assert len({(p.best_name(), p.organization) for p in people}) <= 144  # names repeat
    plan = importer.plan(people)
    assert [p for p in plan if p.action is not Action.ADD] == []
    assert [p for p in plan if p.possible] == []  # each has their own UID, email and phone
    report = importer.apply(plan, label="colleagues.vcf")
    assert (report.added, report.merged, report.skipped) == (count, 0, 0)
    assert len(contacts.query_ids(ContactQuery())) == count

    # The same file again finds each person by their UID: nobody added, nobody lost.
    again = importer.plan(read_contacts(colleagues_vcf(count), "colleagues.vcf").contacts)
    assert {p.action for p in again} == {Action.MERGE}
    assert len({p.target for p in again}) == count
    importer.apply(again)
    assert len(contacts.query_ids(ContactQuery())) == count
    contacts.undo_stack.undo()
    contacts.undo_stack.undo()  # waits for the first undo, a job on a worker
    qtbot.waitUntil(lambda: not contacts.jobs.busy(), timeout=60_000)
    assert contacts.query_ids(ContactQuery()) == []


def test_name_and_organisation_alone_is_only_a_possible_duplicate(services):
    contacts, importer = services
    known = contacts.add(
        ContactData(given_name="Mohamed", family_name="Ahmed", organization="Aramco")
    )
    plan = importer.plan(
        [
            ContactData(given_name="Mohamed", family_name="Ahmed", organization="ARAMCO"),
            ContactData(given_name="Karim", family_name="Adel", organization="Careem"),
            ContactData(given_name="karim", family_name="adel", organization="Careem"),
            # Same name and organisation, but their own email and phone: someone else.
            ContactData(
                given_name="Mohamed",
                family_name="Ahmed",
                organization="Aramco",
                emails=[Labeled("m.ahmed2@aramco.example")],
            ),
        ]
    )
    assert [p.action for p in plan] == [Action.ADD] * 4
    first, _karim, second_karim, _other = (p.possible for p in plan)
    assert first is not None and (first.target, first.row) == (known, None)
    assert first.kind == "name+org" and first.name == "Mohamed Ahmed"
    assert second_karim is not None and (second_karim.target, second_karim.row) == (None, 1)
    assert plan[0].reason == "possible duplicate of Mohamed Ahmed (same name and organisation)"
    # The fourth row may be the contact you have (who has no email): offered, not merged.
    assert plan[3].possible is not None and plan[3].possible.target == known

    merge_possible(plan, [0, 2])
    assert [p.action for p in plan] == [Action.MERGE, Action.ADD, Action.SKIP, Action.ADD]
    assert plan[0].target == known and plan[2].into_row == 1
    report = importer.apply(plan)
    assert (report.added, report.merged, report.skipped) == (2, 1, 1)
    assert len(contacts.query_ids(ContactQuery())) == 3


def test_phone_cells_that_are_not_full_numbers_match_nobody(services):
    contacts, importer = services
    contacts.add(
        ContactData(given_name="Sara", family_name="Ali", phones=[Labeled("home phone 2 test")])
    )
    plan = importer.plan(
        [
            ContactData(
                given_name="John",
                family_name="Smith",
                organization="Acme",
                emails=[Labeled("john@acme.example")],
                phones=[Labeled("home phone 2 test")],
            ),
            ContactData(given_name="Layla", organization="Fawry", phones=[Labeled("12345")]),
            ContactData(given_name="Hany", organization="Vodafone", phones=[Labeled("12345")]),
            ContactData(given_name="Hany", phones=[Labeled("0000000")]),
        ]
    )
    assert [(p.action, p.possible) for p in plan] == [(Action.ADD, None)] * 4


def test_a_phone_alone_needs_names_that_agree(services):
    contacts, importer = services
    father = contacts.add(
        ContactData(given_name="Mohamed", family_name="Hassan", phones=[Labeled("02 2345 6789")])
    )
    mobile = contacts.add(
        ContactData(given_name="محمد", family_name="أحمد", phones=[Labeled("0100 123 4567")])
    )
    plan = importer.plan(
        [
            # The son at the family's home number: another person.
            ContactData(
                given_name="Ahmed",
                family_name="Mohamed Hassan",
                phones=[Labeled("+20 2 2345 6789")],
            ),
            # A transliteration or another spelling is the same person.
            ContactData(
                given_name="Mohamed", family_name="Ahmed", phones=[Labeled("+20 100 123 4567")]
            ),
            ContactData(given_name="محمّد", family_name="احمد", phones=[Labeled("٠١٠٠١٢٣٤٥٦٧")]),
            ContactData(phones=[Labeled("+201001234567")], organization="Aramco"),
            ContactData(
                given_name="Dr. Mohammed", family_name="Hasan", phones=[Labeled("0223456789")]
            ),
        ]
    )
    actions = [(p.action, p.target) for p in plan]
    assert actions == [
        (Action.ADD, None),
        (Action.MERGE, mobile),
        (Action.MERGE, mobile),
        (Action.MERGE, mobile),
        (Action.MERGE, father),
    ]
    assert plan[0].possible is None


def test_different_uids_in_one_file_are_different_records(services):
    _contacts, importer = services
    plan = importer.plan(
        [
            ContactData(uid="a", given_name="Nour", emails=[Labeled("office@fawry.example")]),
            ContactData(uid="b", given_name="Nour", emails=[Labeled("office@fawry.example")]),
            ContactData(uid="c", given_name="Nour", emails=[Labeled("nour@fawry.example")]),
            ContactData(uid="c", given_name="N.", phones=[Labeled("0100 123 4567")]),
        ]
    )
    assert [p.action for p in plan] == [Action.ADD, Action.ADD, Action.ADD, Action.SKIP]
    assert plan[1].possible is not None and plan[1].possible.row == 0
    assert plan[2].possible is None
    assert plan[3].into_row == 2


def test_only_a_profile_link_counts_and_not_against_all_else(services):
    contacts, importer = services
    linked = contacts.add(
        ContactData(
            given_name="Omar",
            emails=[Labeled("omar@old.example")],
            urls=[Labeled("https://www.linkedin.com/in/omar-h/")],
        )
    )
    plan = importer.plan(
        [
            ContactData(given_name="Omar H", urls=[Labeled("linkedin.com/in/omar-h")]),
            ContactData(
                given_name="Omar",
                emails=[Labeled("someone@else.example")],
                urls=[Labeled("http://linkedin.com/in/Omar-H")],
            ),
            # A company's website is shared by everyone who works there.
            ContactData(given_name="Rana", urls=[Labeled("https://fawry.example")]),
            ContactData(given_name="Tarek", urls=[Labeled("https://fawry.example/")]),
        ]
    )
    assert [p.action for p in plan] == [Action.MERGE, Action.ADD, Action.ADD, Action.ADD]
    assert plan[0].target == linked and plan[0].reason == "same profile link"
    assert plan[1].possible is not None and plan[1].possible.target == linked
    assert plan[3].possible is None


def test_chosen_merge_follows_the_row_it_joins(services):
    """Merging a possible duplicate of an earlier row that itself merged goes where it went."""
    contacts, importer = services
    known = contacts.add(ContactData(given_name="Karim", organization="Careem"))
    plan = importer.plan(
        [
            ContactData(given_name="Hala", organization="Swvl"),
            ContactData(given_name="Hala", organization="Swvl", job_title="CTO"),
            ContactData(given_name="Karim", organization="Careem", job_title="PM"),
        ]
    )
    assert plan[1].possible is not None and plan[1].possible.row == 0
    assert plan[2].possible is not None and plan[2].possible.target == known
    merge_possible(plan, [1, 2])
    assert plan[0].incoming.job_title == "CTO"
    importer.apply(plan)
    assert contacts.get(known).job_title == "PM"
    assert len(contacts.query_ids(ContactQuery())) == 2


corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")


@corpus
@pytest.mark.parametrize(
    ("name", "cards"),
    [
        # Two different people whose phone cells are 123456 (six digits) were one.
        ("vcard/ezvcard_John_Doe_ANDROID.vcf", 6),
        # Two cards share a plain website, not a profile.
        ("vcard/kcontacts_vcard10.vcf", 5),
    ],
)
def test_corpus_files_keep_every_card(services, name, cards):
    contacts, importer = services
    people = read_contacts_file(CORPUS / name).contacts
    assert len(people) == cards
    report = importer.apply(importer.plan(people))
    assert report.added == cards
    assert len(contacts.query_ids(ContactQuery())) == cards


@corpus
def test_corpus_one_person_in_three_cards_is_still_one(services):
    contacts, importer = services
    people = read_contacts_file(CORPUS / "vcard/nodevcf_multiple.vcf").contacts
    report = importer.apply(importer.plan(people))
    assert (report.added, report.skipped) == (1, 2)
    (erika,) = contacts.query_ids(ContactQuery())
    assert contacts.get(erika).emails == [Labeled("erika@mustermann.de", "")]


@corpus
def test_corpus_words_in_phone_cells_join_nobody(services):
    """Google's exports hold labels such as ``business 1`` and ``mobile`` as numbers; test
    files hold 100 or 123456. Before, John Doë (+123456789) became one of Android's Ñ."""
    contacts, importer = services
    for name in (
        "vcard/ezvcard_John_Doe_ANDROID.vcf",
        "vcard/syncevolution_Google-Gmail.vcf",
        "csv/roundcube_gmail.csv",
        "vcard/roundcube_johndoe.vcf",
        "vcard/aosp_v21_multiple_entry.vcf",
        "csv/roundcube_all.csv",  # phones 100, 200 ... 900
    ):
        people = read_contacts_file(CORPUS / name).contacts
        plan = importer.plan(people)
        assert [p for p in plan if p.action is not Action.ADD] == [], name
        importer.apply(plan)
    assert len(contacts.query_ids(ContactQuery())) == 6 + 1 + 1 + 1 + 3 + 1


def test_shared_pages_and_non_addresses_join_nobody(services):
    """An Outlook CSV read as generic put "SMTP" in the email column of every row; colleagues
    share their company's LinkedIn page."""
    _contacts, importer = services
    plan = importer.plan(
        [
            ContactData(
                given_name="Anna",
                organization="Siemens",
                emails=[Labeled("SMTP")],
                urls=[Labeled("https://www.linkedin.com/company/siemens/")],
            ),
            ContactData(
                given_name="Jonas",
                organization="Bosch",
                emails=[Labeled("SMTP")],
                urls=[Labeled("https://www.linkedin.com/company/siemens")],
            ),
        ]
    )
    assert [(p.action, p.possible) for p in plan] == [(Action.ADD, None)] * 2
