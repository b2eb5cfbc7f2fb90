import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.services.context import create_context
from netdesk.store import ledger_store
from netdesk.store.contact_query import ContactQuery
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


def _show(qtbot, dialog):
    dialog.show()
    qtbot.wait_exposed(dialog)


def _here(dialog):
    return dialog.focusWidget()


def _type(qtbot, dialog, text):
    """Type into the field that has the sheet's keyboard focus, then press Enter there."""
    if text:
        qtbot.keyClicks(_here(dialog), text)
    qtbot.keyClick(_here(dialog), Qt.Key.Key_Return)


def test_validation_messages(qtbot, dialog):
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Give the event a name."
    qtbot.keyClicks(dialog.name, "Cairo Data Meetup")
    dialog.picker.list.clear()
    dialog.accept()
    assert dialog.error.text() == "Add at least one person you met."
    type_card(qtbot, dialog, org="Instabug")
    dialog.accept()
    assert dialog.error.text() == "A new person needs a name."
    type_card(qtbot, dialog, name="Nadia", email="nadia at instabug")
    dialog.accept()
    assert "does not look like an email" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_a_whole_evening_of_cards_by_keyboard_and_enter_never_closes(qtbot, context, dialog):
    _show(qtbot, dialog)
    assert _here(dialog) is dialog.name
    for text in ("Cairo Data Meetup", "", "Cairo", "", "Talked about data roles", ""):
        _type(qtbot, dialog, text)  # event, date, place, kind, summary, people I know
    assert _here(dialog) is dialog.cards[0].name
    for text in (
        "Nadia Kamel",
        "Instabug",
        "QA Lead",
        "nadia@instabug.com",
        "+20 100 123 4567",
        "Testing roles",
        "Hiring in June",
    ):
        _type(qtbot, dialog, text)
    assert _here(dialog) is dialog.cards[0].follow
    qtbot.keyClick(_here(dialog), Qt.Key.Key_Down)  # keep in touch every…
    _type(qtbot, dialog, "")
    assert _here(dialog) is dialog.cards[0].days
    qtbot.keyClick(_here(dialog), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, dialog, "21")
    # Enter on the last field of the last card starts the next card; the sheet stays open.
    assert dialog.isVisible() and len(dialog.cards) == 2
    assert _here(dialog) is dialog.cards[1].name
    for text in ("Karim Nabil", "Valeo", "", "karim@valeo.com", "", "", ""):
        _type(qtbot, dialog, text)
    qtbot.keyClick(_here(dialog), Qt.Key.Key_Down)
    qtbot.keyClick(_here(dialog), Qt.Key.Key_Down)  # follow up on a date
    _type(qtbot, dialog, "")
    assert _here(dialog) is dialog.cards[1].on
    dialog.cards[1].on.setDate(QDate(2026, 6, 1))
    _type(qtbot, dialog, "")
    assert len(dialog.cards) == 3 and _here(dialog) is dialog.cards[2].name
    for _ in range(10):  # Enter through an empty card: no pile of blank cards, no closing
        _type(qtbot, dialog, "")
    assert dialog.isVisible() and len(dialog.cards) == 3
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(_here(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    _iid, everyone = dialog.apply(context)
    assert len(everyone) == 3  # Omar, already known, and the two cards
    nadia = context.contacts.get(everyone[1])
    assert (nadia.given_name, nadia.family_name, nadia.organization, nadia.job_title) == (
        "Nadia",
        "Kamel",
        "Instabug",
        "QA Lead",
    )
    assert [e.value for e in nadia.emails] == ["nadia@instabug.com"]
    assert [p.value for p in nadia.phones] == ["+20 100 123 4567"]
    assert (nadia.can_help_with, nadia.notes, nadia.cadence_days) == (
        "Testing roles",
        "Hiring in June",
        21,
    )
    assert nadia.how_met == "Cairo Data Meetup"
    karim = context.contacts.get(everyone[2])
    assert (karim.organization, [e.value for e in karim.emails]) == ("Valeo", ["karim@valeo.com"])
    (reminder,) = ledger_store.asks_for(everyone[2])
    assert reminder.follow_up == dt.date(2026, 6, 1)
    (event,) = ledger_store.events()
    assert (event.name, event.place, event.attendees) == ("Cairo Data Meetup", "Cairo", 3)


def test_a_recorded_event_autocompletes_with_its_date_and_is_not_made_twice(qtbot, context):
    omar = context.contacts.add(ContactData(given_name="Omar"))
    day = dt.date(2025, 5, 2)
    context.network.met_at_event("PyCon Egypt", day, "Cairo", "conference", [omar], [])
    dialog = EventDialog(context.contacts, [])
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "pyc")
    popup = dialog.events_completer.popup()
    assert popup is not None
    qtbot.wait_until(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.name.text() == "PyCon Egypt"
    assert dialog.date.date() == QDate(2025, 5, 2)
    assert dialog.place.text() == "Cairo"
    assert dialog.isVisible()
    type_card(qtbot, dialog, "Sara Ali")
    dialog.accept()
    dialog.apply(context)
    (event,) = ledger_store.events()
    assert (event.name, event.date, event.attendees) == ("PyCon Egypt", day, 2)


def test_a_card_with_a_known_email_is_attached_not_duplicated(qtbot, context):
    known = context.contacts.add(
        ContactData(given_name="Nadia", emails=[Labeled("nadia@instabug.com", "work")])
    )
    dialog = EventDialog(context.contacts, [])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Cairo Data Meetup")
    type_card(qtbot, dialog, "Nadia Kamel", "Instabug", "NADIA@instabug.com")
    dialog.accept()
    _iid, everyone = dialog.apply(context)
    assert everyone == [known]
    assert len(context.contacts.query_ids(ContactQuery())) == 1
    assert context.contacts.get(known).organization == "Instabug"


def test_remove_a_card(qtbot, dialog):
    for name in ("A One", "B Two", "C Three"):
        type_card(qtbot, dialog, name)
        assert dialog.add_person()
    assert len(dialog.cards) == 4
    dialog.cards[1].remove.click()
    assert [p.data.given_name for p in dialog.new_people()] == ["A", "C"]
    assert [c.title() for c in dialog.cards] == ["Card 1", "Card 2", "Card 3"]


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
    # Mirrored: the name of a new person leads (right), its organisation follows (left).
    assert dialog.card_org.x() < dialog.card_name.x()
    assert dialog.grab().save(str(tmp_path / "event-ar.png"))
