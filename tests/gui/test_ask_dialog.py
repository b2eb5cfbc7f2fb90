import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from netdesk.db.connection import close_database
from netdesk.domain.contact_data import ContactData
from netdesk.services.context import create_context
from netdesk.store import ledger_store
from netdesk.store.ledger_store import AskKind, AskStatus
from netdesk.ui.ask_dialog import AskDialog, AskStatusDialog, ask_kind_label, ask_status_label


@pytest.fixture
def context(qapp, tmp_path):
    ctx = create_context(tmp_path / "data")
    yield ctx
    ctx.undo_stack.clear()  # see test_dashboard: avoids a teardown crash in the GC
    close_database()


@pytest.fixture
def sara(context):
    return context.contacts.add(ContactData(given_name="Sara", family_name="Ali"))


def test_empty_what_is_refused_inline(qtbot):
    dialog = AskDialog("Sara Ali")
    qtbot.addWidget(dialog)
    assert "Careem" in dialog.what.placeholderText()
    qtbot.keyClicks(dialog.what, "   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert "exactly what" in dialog.error.text()


def test_record_an_ask(qtbot, context, sara):
    dialog = AskDialog("Sara Ali")
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Referral",
        "Résumé review",
        "Introduction",
        "Information",
        "Other",
    ]
    qtbot.keyClicks(dialog.what, "Referral for job #4411 at Careem")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AskKind.REFERRAL))
    dialog.date.setDate(QDate(2026, 5, 2))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    values = dialog.values()
    assert (values.what, values.kind, values.is_offer, values.asked_on) == (
        "Referral for job #4411 at Careem",
        "referral",
        False,
        dt.date(2026, 5, 2),
    )
    dialog.apply(context.network, sara)
    (entry,) = ledger_store.asks_for(sara)
    assert (entry.what, entry.kind, entry.is_offer, entry.status) == (
        "Referral for job #4411 at Careem",
        "referral",
        False,
        "open",
    )
    assert entry.asked_on == dt.date(2026, 5, 2)


def test_record_an_offer_in_arabic(qtbot, context, sara):
    dialog = AskDialog("Sara Ali", is_offer=True)
    qtbot.addWidget(dialog)
    assert dialog.offer.isChecked()
    dialog.what.setPlainText("مراجعة السيرة الذاتية")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AskKind.RESUME_REVIEW))
    dialog.accept()
    dialog.apply(context.network, sara)
    (entry,) = ledger_store.asks_for(sara)
    assert (entry.what, entry.is_offer, entry.kind) == (
        "مراجعة السيرة الذاتية",
        True,
        "resume_review",
    )
    assert ledger_store.open_asks() == []  # an offer is not an ask to follow up
    assert ledger_store.balance(sara).offers == 1


def test_close_an_ask_with_its_outcome(qtbot, context, sara):
    context.network.add_ask(sara, "Introduction to the hiring manager", AskKind.INTRODUCTION)
    (ask,) = ledger_store.open_asks()
    dialog = AskStatusDialog(ask, AskStatus.DECLINED)
    qtbot.addWidget(dialog)
    assert dialog.values() == ("declined", "")
    dialog.status.setCurrentIndex(dialog.status.findData(AskStatus.DONE))
    qtbot.keyClicks(dialog.outcome, "Met her on Sunday")
    dialog.accept()
    assert dialog.values() == ("done", "Met her on Sunday")
    dialog.apply(context.network)
    (entry,) = ledger_store.asks_for(sara)
    assert (entry.status, entry.outcome) == ("done", "Met her on Sunday")
    context.undo_stack.undo()
    assert ledger_store.asks_for(sara)[0].status == "open"


def test_labels():
    assert ask_kind_label("resume_review") == "Résumé review"
    assert ask_kind_label("unknown") == "unknown"
    assert ask_status_label("declined") == "Declined"


def test_a_follow_up_date_is_optional_and_a_person_must_be_chosen(qtbot, context, sara):
    dialog = AskDialog("Sara Ali")
    qtbot.addWidget(dialog)
    assert not dialog.follow_date.isEnabled()
    qtbot.keyClicks(dialog.what, "Referral at Careem")
    assert dialog.values().follow_up is None
    dialog.follow.setChecked(True)
    dialog.follow_date.setDate(QDate(2026, 5, 20))
    dialog.accept()
    dialog.apply(context.network, sara)
    (entry,) = ledger_store.asks_for(sara)
    assert entry.follow_up == dt.date(2026, 5, 20)
    assert context.contacts.rows([sara])[sara].next_due == dt.date(2026, 5, 20)
    anyone = AskDialog(contacts=context.contacts)
    qtbot.addWidget(anyone)
    qtbot.keyClicks(anyone.what, "An intro")
    anyone.accept()
    assert anyone.result() != QDialog.DialogCode.Accepted
    assert anyone.error.text() == "Choose the person from the list of matches."
    edit = AskDialog("Sara Ali", contacts=context.contacts, ask=entry)
    qtbot.addWidget(edit)
    assert edit.person_field is not None
    assert (edit.person_field.contact_id, edit.what.toPlainText()) == (sara, "Referral at Careem")
    assert edit.follow.isChecked() and edit.follow_date.date() == QDate(2026, 5, 20)
