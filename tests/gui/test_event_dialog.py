import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.text import isolate
from netdesk.services import ledger_store
from netdesk.services.context import create_context
from netdesk.ui.event_dialog import EventDialog, card_contact


@pytest.fixture
def context(qapp, tmp_path):
    ctx = create_context(tmp_path / "data")
    yield ctx
    ctx.undo_stack.clear()  # see test_dashboard: avoids a teardown crash in the GC
    close_database()


@pytest.fixture
def dialog(qtbot, context):
    omar = context.contacts.add(ContactData(given_name="Omar", family_name="Haddad"))
    dialog = EventDialog(context.contacts, [omar])
    qtbot.addWidget(dialog)
    return dialog


def type_card(qtbot, dialog, name="", org="", email="", phone=""):
    for field, text in (
        (dialog.card_name, name),
        (dialog.card_org, org),
        (dialog.card_email, email),
        (dialog.card_phone, phone),
    ):
        field.clear()
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:  # QTest cannot type non-ASCII characters (it asserts in qasciikey.cpp)
            field.insert(text)


def test_validation_messages(qtbot, dialog):
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Give the event a name."
    qtbot.keyClicks(dialog.name, "Cairo Data Meetup")
    dialog.picker.list.clear()
    dialog.accept()
    assert dialog.error.text() == "Add at least one person you met."
    type_card(qtbot, dialog, org="Instabug")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "A new person needs a name."
    type_card(qtbot, dialog, name="Nadia", email="nadia at instabug")
    dialog.accept()  # a typed card is added on OK, so it is validated there too
    assert "does not look like an email" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.new_list.count() == 0


def test_met_people_creates_contacts_and_one_event(qtbot, context, dialog):
    qtbot.keyClicks(dialog.name, "PyCon Egypt")
    dialog.date.setDate(QDate(2026, 5, 2))
    qtbot.keyClicks(dialog.place, "Cairo")
    dialog.kind.setCurrentIndex(dialog.kind.findData("conference"))
    qtbot.keyClicks(dialog.summary, "Talked about data roles")
    type_card(qtbot, dialog, "Nadia Kamel", "Instabug", "nadia@instabug.com", "+20 100 123 4567")
    qtbot.keyClick(dialog.card_phone, Qt.Key.Key_Return)
    assert dialog.new_list.count() == 1
    assert dialog.card_name.text() == ""
    type_card(qtbot, dialog, "ليلى منصور", "فوري")  # typed but never "added": OK takes it
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    values = dialog.event_values()
    assert (values.name, values.date, values.place, values.kind, values.summary) == (
        "PyCon Egypt",
        dt.date(2026, 5, 2),
        "Cairo",
        "conference",
        "Talked about data roles",
    )
    assert [p.organization for p in values.new_people] == ["Instabug", "فوري"]
    _iid, everyone = dialog.apply(context)
    assert len(everyone) == 3
    (event,) = ledger_store.events()
    assert (event.name, event.place, event.attendees) == ("PyCon Egypt", "Cairo", 3)
    nadia = context.contacts.get(everyone[1])
    assert (nadia.given_name, nadia.family_name, nadia.organization) == (
        "Nadia",
        "Kamel",
        "Instabug",
    )
    assert [e.value for e in nadia.emails] == ["nadia@instabug.com"]
    assert [p.value for p in nadia.phones] == ["+20 100 123 4567"]
    assert nadia.how_met == "PyCon Egypt"
    layla = context.contacts.get(everyone[2])
    assert (layla.given_name, layla.family_name) == ("ليلى", "منصور")
    assert [e.name for e in ledger_store.events_for(everyone[0])] == ["PyCon Egypt"]


def test_remove_a_new_person(qtbot, dialog):
    for name in ("A One", "B Two", "C Three"):
        type_card(qtbot, dialog, name)
        assert dialog.add_person()
    dialog.new_list.setCurrentRow(1)
    dialog._on_remove()
    assert [p.given_name for p in dialog.new_people()] == ["A", "C"]
    shown = [dialog.new_list.item(i).text() for i in range(2)]
    assert shown == [isolate("A One"), isolate("C Three")]


def test_card_contact():
    person = card_contact("  Mona  ", "", "", "")
    assert (person.given_name, person.family_name, person.emails, person.phones) == (
        "Mona",
        "",
        [],
        [],
    )


@pytest.fixture
def arabic_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    yield
    QLocale.setDefault(previous)


def test_right_to_left_in_arabic(qtbot, context, arabic_locale, tmp_path):
    dialog = EventDialog(context.contacts, [])
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.date.setDate(QDate(2026, 5, 2))
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert "٢٠٢٦" in dialog.date.text()
    # Mirrored: the name of a new person leads (right), its button trails (left).
    assert dialog.add_button.x() < dialog.card_org.x() < dialog.card_name.x()
    assert dialog.grab().save(str(tmp_path / "event-ar.png"))
