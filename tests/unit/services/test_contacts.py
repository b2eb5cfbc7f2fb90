"""The contact service: undoable writes, announced with a ``Change``."""

import dataclasses
import datetime as dt

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.enums import Circle
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.contacts import ContactService
from netdesk.store.contact_query import ContactQuery


def _png() -> bytes:
    """A real 8x8 PNG: stored photos must decode as images."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 120, 110, 200))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(QByteArray(buffer.data()).data())


def _change(kind: ChangeKind, *ids: int) -> Change:
    return Change(Entity.CONTACT, kind, ids, ids)


def _add(contacts: ContactService, given: str, family: str = "", **fields: object) -> int:
    return contacts.add(ContactData(given_name=given, family_name=family, **fields))  # type: ignore[arg-type]


def test_add_announces_and_stores(qtbot: QtBot, contacts: ContactService) -> None:
    with qtbot.wait_signal(contacts.changed) as blocker:
        cid = _add(contacts, "نور", "الخطيب", circle=Circle.MENTOR)
    assert blocker.args == [_change(ChangeKind.ADDED, cid)]
    assert contacts.exists(cid)
    data = contacts.get(cid)
    assert (data.given_name, data.family_name) == ("نور", "الخطيب")
    # New contacts get their circle's default cadence.
    assert data.cadence_days == 30


def test_add_keeps_an_explicit_cadence(contacts: ContactService) -> None:
    cid = _add(contacts, "Omar", circle=Circle.MENTOR, cadence_days=7)
    assert contacts.get(cid).cadence_days == 7


def test_undo_and_redo_add(qtbot: QtBot, contacts: ContactService, undo_stack: QUndoStack) -> None:
    cid = _add(contacts, "Omar", "Mansour")
    assert undo_stack.count() == 1
    with qtbot.wait_signal(contacts.changed) as blocker:
        undo_stack.undo()
    assert blocker.args == [_change(ChangeKind.REMOVED, cid)]
    assert not contacts.exists(cid)
    assert contacts.query_ids(ContactQuery()) == []
    with qtbot.wait_signal(contacts.changed) as blocker:
        undo_stack.redo()
    assert blocker.args == [_change(ChangeKind.ADDED, cid)]
    assert contacts.exists(cid)
    assert contacts.query_ids(ContactQuery()) == [cid]
    assert Contact.select().count() == 1  # redo restores, it does not insert again


def test_update_and_undo(qtbot: QtBot, contacts: ContactService, undo_stack: QUndoStack) -> None:
    cid = _add(contacts, "Omar", "Mansour", job_title="Engineer")
    edited = contacts.get(cid)
    edited.job_title = "Engineering Manager"
    edited.emails = [Labeled("omar@example.com", "work")]
    with qtbot.wait_signal(contacts.changed) as blocker:
        contacts.update(cid, edited)
    assert blocker.args == [_change(ChangeKind.UPDATED, cid)]
    assert contacts.get(cid).job_title == "Engineering Manager"
    assert contacts.rows([cid])[cid].email == "omar@example.com"

    with qtbot.wait_signal(contacts.changed) as blocker:
        undo_stack.undo()
    assert blocker.args == [_change(ChangeKind.UPDATED, cid)]
    restored = contacts.get(cid)
    assert restored.job_title == "Engineer"
    assert restored.emails == []
    assert contacts.rows([cid])[cid].email == ""

    undo_stack.redo()
    assert contacts.get(cid).job_title == "Engineering Manager"


def test_update_bumps_revision(contacts: ContactService) -> None:
    cid = _add(contacts, "Omar")
    contacts.update(cid, contacts.get(cid))
    assert Contact.get_by_id(cid).revision == 2


def test_delete_and_undo(qtbot: QtBot, contacts: ContactService, undo_stack: QUndoStack) -> None:
    a, b, c = (_add(contacts, n) for n in ("Ali", "Badr", "Camelia"))
    with qtbot.wait_signal(contacts.changed) as blocker:
        contacts.delete([a, c])
    assert blocker.args == [_change(ChangeKind.REMOVED, a, c)]
    assert contacts.query_ids(ContactQuery()) == [b]
    assert not contacts.exists(a)

    with qtbot.wait_signal(contacts.changed) as blocker:
        undo_stack.undo()
    assert blocker.args == [_change(ChangeKind.ADDED, a, c)]
    assert contacts.query_ids(ContactQuery()) == [a, b, c]

    undo_stack.redo()
    assert contacts.query_ids(ContactQuery()) == [b]


def test_delete_nothing_is_silent(
    qtbot: QtBot, contacts: ContactService, undo_stack: QUndoStack
) -> None:
    with qtbot.assert_not_emitted(contacts.changed):
        contacts.delete([])
    assert undo_stack.count() == 0


def test_add_tag_to_several_is_one_undo_step(
    qtbot: QtBot, contacts: ContactService, undo_stack: QUndoStack
) -> None:
    a = _add(contacts, "Ali", tags=["Cairo"])
    b = _add(contacts, "Badr", tags=["Python"])
    c = _add(contacts, "Camelia")
    depth = undo_stack.count()
    with qtbot.wait_signal(contacts.changed) as blocker:
        contacts.add_tag([a, b, c], "Python")
    assert blocker.args == [_change(ChangeKind.UPDATED, a, b, c)]
    assert undo_stack.count() == depth + 1
    assert [contacts.get(i).tags for i in (a, b, c)] == [
        ["Cairo", "Python"],
        ["Python"],
        ["Python"],
    ]
    assert contacts.rows([a])[a].tags == "Cairo, Python"

    undo_stack.undo()
    assert [contacts.get(i).tags for i in (a, b, c)] == [["Cairo"], ["Python"], []]
    assert contacts.rows([c])[c].tags == ""
    undo_stack.redo()
    assert contacts.get(c).tags == ["Python"]


def test_set_circle_on_several_is_one_undo_step(
    contacts: ContactService, undo_stack: QUndoStack
) -> None:
    a = _add(contacts, "Ali", circle=Circle.FRIEND)
    b = _add(contacts, "Badr", circle=Circle.COWORKER)
    depth = undo_stack.count()
    contacts.set_circle([a, b], Circle.ALUMNI)
    assert undo_stack.count() == depth + 1
    assert [contacts.get(i).circle for i in (a, b)] == [Circle.ALUMNI, Circle.ALUMNI]
    assert contacts.query_ids(ContactQuery(circle=Circle.ALUMNI)) == [a, b]
    undo_stack.undo()
    assert [contacts.get(i).circle for i in (a, b)] == [Circle.FRIEND, Circle.COWORKER]
    assert contacts.query_ids(ContactQuery(circle=Circle.ALUMNI)) == []


def test_changes_to_many_keep_search_and_organisation_history(
    contacts: ContactService, undo_stack: QUndoStack
) -> None:
    from netdesk.store import contact_store

    a = _add(contacts, "Ali", organization="Fawry")
    b = _add(contacts, "Badr")
    contacts.add_tag([a, b], "Mentors")
    assert contacts.query_ids(ContactQuery(text="mentors")) == [a, b]
    undo_stack.undo()
    assert contacts.query_ids(ContactQuery(text="mentors")) == []

    def move(data: ContactData) -> None:
        data.organization = "Instabug"

    contacts.modify_many([a, b], move, "Move")
    # A contact leaving an organisation keeps it as a former one, as a single edit does.
    fawry = contacts.organization_named("Fawry")
    assert [org for org, _left in contact_store.past_organizations(a)] == [fawry]
    assert contact_store.past_organizations(b) == []
    assert contacts.query_ids(ContactQuery(text="instabug")) == [a, b]


def test_get_round_trips_every_field(contacts: ContactService) -> None:
    data = ContactData(
        uid="c0ffee00-0000-4000-8000-000000000001",
        given_name="مريم",
        family_name="منصور",
        display_name="د. مريم منصور",
        nickname="ميمي",
        organization="جامعة القاهرة",
        job_title="أستاذ مساعد",
        department="هندسة الحاسبات",
        circle=Circle.PROFESSOR,
        how_met="Graduation project supervisor",
        can_help_with="PhD applications",
        location="Giza",
        birthday=PartialDate(2, 29),
        notes="Prefers WhatsApp.\nSecond line.",
        photo=_png(),
        cadence_days=45,
        favourite=True,
        emails=[Labeled("mariam@cu.edu.eg", "work"), Labeled("mariam@gmail.com", "home")],
        phones=[Labeled("+20 100 123 4567", "mobile"), Labeled("٠٢ ٣٥٦٧ ٨٩٠٠", "work")],
        addresses=[Labeled("1 Gamaa St, Giza", "work")],
        urls=[
            Labeled("https://www.linkedin.com/in/mariam-mansour", "linkedin"),
            Labeled("https://mariam.example.org/", "website"),
        ],
        tags=["Python", "توظيف", "جامعة"],
    )
    cid = contacts.add(data)
    assert contacts.get(cid) == dataclasses.replace(data, id=cid)


def test_get_derives_link_kinds_and_normalises_urls(contacts: ContactService) -> None:
    cid = _add(
        contacts,
        "Omar",
        urls=[
            Labeled("linkedin.com/in/omar"),
            Labeled("http\\://m.facebook.com/omar"),
            Labeled("https://www.linkedin.com/in/omar/"),  # the same profile again
        ],
    )
    assert contacts.get(cid).urls == [
        Labeled("https://linkedin.com/in/omar", "linkedin"),
        Labeled("http://m.facebook.com/omar", "facebook"),
    ]


def test_duplicate_phones_and_emails_are_stored_once(contacts: ContactService) -> None:
    cid = _add(
        contacts,
        "Omar",
        emails=[Labeled("Omar@Example.com"), Labeled("omar@example.com "), Labeled("  ")],
        phones=[Labeled("+20 100 123 4567"), Labeled("٠١٠٠١٢٣٤٥٦٧"), Labeled("0100 123 4567")],
    )
    data = contacts.get(cid)
    assert data.emails == [Labeled("Omar@Example.com")]
    assert data.phones == [Labeled("+20 100 123 4567")]


def test_display_name_follows_name_unless_set(contacts: ContactService) -> None:
    cid = _add(contacts, "Omar", "Mansour")
    row = contacts.rows([cid])[cid]
    assert row.display_name == "Omar Mansour"
    assert contacts.get(cid).display_name == ""
    data = contacts.get(cid)
    data.family_name = "Hassan"
    contacts.update(cid, data)
    assert contacts.rows([cid])[cid].display_name == "Omar Hassan"


def test_oversized_photo_is_dropped(contacts: ContactService) -> None:
    cid = _add(contacts, "Omar", photo=b"x" * (512 * 1024 + 1))
    assert contacts.get(cid).photo is None


def test_created_contact_is_due_after_its_cadence(contacts: ContactService) -> None:
    cid = _add(contacts, "Omar", circle=Circle.MENTOR)
    created = Contact.get_by_id(cid).created_at.date()
    row = contacts.rows([cid])[cid]
    assert row.last_contact is None
    assert row.next_due == created + dt.timedelta(days=30)


def test_a_given_link_kind_gives_way_to_the_host(contacts: ContactService) -> None:
    cid = _add(
        contacts,
        "Omar",
        urls=[Labeled("file:///usr/bin/xcalc", "linkedin"), Labeled("github.com/omar", "website")],
    )
    assert contacts.get(cid).urls == [
        Labeled("file:///usr/bin/xcalc", "website"),
        Labeled("https://github.com/omar", "github"),
    ]
