"""Reaching out from the window: the message, the programs it opens, what is logged."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QDate, Qt

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.outreach import Purpose
from netdesk.services.jobs import OpeningFields, Stage
from netdesk.store import interaction_store, ledger_store
from netdesk.ui.actions import ActionKey
from netdesk.ui.card_strip import CardStrip
from netdesk.ui.outreach import Extras, Launcher, OutreachDialog
from netdesk.ui.share_dialog import ShareDialog
from netdesk.ui.today import Today


class FakeLauncher(Launcher):
    def __init__(self) -> None:
        self.urls: list[str] = []
        self.copied: list[str] = []

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        return True

    def copy(self, text: str) -> None:
        self.copied.append(text)


def _sara(window) -> int:
    return int(
        window.context.contacts.add(
            ContactData(
                given_name="Sara",
                family_name="Ali",
                organization="Careem",
                emails=[Labeled("sara@x.example")],
                phones=[Labeled("+20 100 123 4567")],
            )
        )
    )


def test_say_hello_by_mail_logs_an_email_once_confirmed(qtbot, make_window):
    window = make_window()
    sara = _sara(window)
    launcher = FakeLauncher()
    dialog = OutreachDialog(window.parts, sara, Purpose.HELLO, launcher=launcher)
    qtbot.addWidget(dialog)
    assert dialog.body.toPlainText().startswith("Hi Sara,")
    assert "Careem" in dialog.body.toPlainText()
    window.parts.dialogs.confirm_answer = False
    dialog.mail_button.click()
    (url,) = launcher.urls
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "sara@x.example"
    assert parse_qs(parts.query)["body"][0].startswith("Hi Sara,\r\n")
    assert interaction_store.history(sara, 0, 10) == []  # not confirmed: nothing logged
    window.parts.dialogs.confirm_answer = True
    dialog.whatsapp_button.click()
    assert launcher.urls[1].startswith("https://wa.me/201001234567?text=Hi%20Sara%2C")
    (entry,) = interaction_store.history(sara, 0, 10)
    assert (str(entry.kind), str(entry.direction), entry.summary) == (
        "message",
        "mutual",
        "Said hello",
    )


def test_arabic_template_is_chosen_for_an_arabic_name(qtbot, make_window):
    window = make_window()
    mona = window.context.contacts.add(ContactData(given_name="منى", family_name="سالم"))
    dialog = OutreachDialog(window.parts, mona, Purpose.THANK, launcher=FakeLauncher())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ar"
    assert dialog.body.toPlainText().startswith("مرحبًا \u2068منى\u2069،")
    assert not dialog.mail_button.isEnabled() and not dialog.whatsapp_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.body.toPlainText().startswith("Hi \u2068منى\u2069,")


def test_ask_for_a_referral_records_the_ask_with_its_follow_up(qtbot, make_window):
    window = make_window()
    sara = _sara(window)
    jobs = window.context.jobs
    oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
    launcher = FakeLauncher()
    dialog = OutreachDialog(
        window.parts, sara, Purpose.REFERRAL, Extras(opening=jobs.opening(oid)), launcher
    )
    qtbot.addWidget(dialog)
    assert dialog.subject.text() == "A question about Data Scientist at Careem"
    dialog.follow_up.setDate(QDate.currentDate().addDays(10))
    steps = window.context.undo_stack.count()
    dialog.copy_button.click()
    assert launcher.copied and "Data Scientist" in launcher.copied[0]
    (ask,) = ledger_store.asks_for(sara)
    assert (ask.kind, ask.follow_up) == ("referral", dt.date.today() + dt.timedelta(days=10))
    assert ask.what == "Asked for a referral: Data Scientist"
    assert jobs.opening(oid).stage == Stage.REFERRAL
    assert window.context.undo_stack.count() == steps + 1  # ask, tie, move and log: one step
    window.actions_[ActionKey.UNDO].trigger()
    assert ledger_store.asks_for(sara) == [] and interaction_store.history(sara, 0, 10) == []


def test_edited_template_in_preferences_is_used(qtbot, make_window):
    from netdesk.ui.template_editor import TemplatesBox

    window = make_window()
    sara = _sara(window)
    box = TemplatesBox(window.settings)
    qtbot.addWidget(box)
    box.purpose.setCurrentIndex(box.purpose.findData("congratulate"))
    box.subject.setText("Mabrouk {first_name}!")
    box.body.setPlainText("Well done at {organization}.")
    box.goal.setValue(7)
    box.save()
    assert window.settings.weekly_goal == 7
    dialog = OutreachDialog(window.parts, sara, Purpose.CONGRATULATE, launcher=FakeLauncher())
    qtbot.addWidget(dialog)
    assert (dialog.subject.text(), dialog.body.toPlainText()) == (
        "Mabrouk Sara!",
        "Well done at Careem.",
    )
    box.restore_default()
    box.save()
    assert window.settings.outreach_template("congratulate", "en") is None


def test_share_something_logs_one_gave_interaction_per_checked_person(qtbot, make_window):
    window = make_window()
    contacts = window.context.contacts
    fans = [
        contacts.add(ContactData(given_name=n, can_help_with="data science"))
        for n in ("Sara", "Karim")
    ]
    contacts.add(ContactData(given_name="Omar", can_help_with="gardening"))
    launcher = FakeLauncher()
    dialog = ShareDialog(window.parts, launcher)
    qtbot.addWidget(dialog)
    dialog.link.setText("https://blog.example/data-science")
    dialog.line.setText("A fair look at data science salaries")
    qtbot.waitUntil(lambda: dialog.people.count() == 2, timeout=3000)
    assert sorted(dialog.checked()) == sorted(fans)
    dialog.share.click()
    assert launcher.copied == [
        "A fair look at data science salaries\nhttps://blog.example/data-science"
    ]
    for cid in fans:
        (entry,) = interaction_store.history(cid, 0, 10)
        assert str(entry.direction) == "gave"
        assert entry.summary == "Shared: A fair look at data science salaries"


def test_today_lists_and_opens_a_person(qtbot, make_window):
    window = make_window()
    sara = _sara(window)
    window.context.network.add_ask(sara, "Review my CV", follow_up=dt.date.today())
    window.actions_[ActionKey.TODAY].trigger()
    today = window.findChild(Today)
    assert today is not None
    qtbot.waitUntil(lambda: bool(today.items), timeout=3000)
    assert [(i.kind, i.id) for i in today.items] == [("follow_up", sara)]
    assert "Review my CV" in today.list.topLevelItem(0).text(2)
    qtbot.waitUntil(lambda: not today.goal.loading)
    assert "0 of 5 touches" in today.goal.words.text()
    today.list.setFocus()
    qtbot.keyClick(today.list, Qt.Key.Key_Return)
    assert window.current_id() == sara


def test_card_shows_the_tie_and_reaches_out(qtbot, make_window):
    window = make_window()
    sara = _sara(window)
    window.select_contact(sara)
    strip = window.findChild(CardStrip)
    assert strip is not None and strip.contact_id == sara
    assert strip.words.text() == "No tie yet · never in touch" and strip.reach.isEnabled()
    window.context.jobs.log_outreach(sara, Purpose.HELLO, "copy", "Hi")
    assert strip.words.text().endswith(" · last spoke today")
    assert "last spoke today" in strip.bars.toolTip()
    menu = window.actions_[ActionKey.REACH_OUT].menu()
    assert [a.text() for a in menu.actions()] == [
        "Say &Hello…",
        "&Congratulate…",
        "&Share…",
        "Ask for a &Referral…",
        "&Thank…",
    ]


def test_table_answers_the_strength_role_with_an_icon(qtbot, make_window):
    from netdesk.models.contact_table import ContactRole
    from netdesk.services.queries import SortColumn

    window = make_window()
    sara = _sara(window)
    window.context.jobs.log_outreach(sara, Purpose.HELLO, "copy", "Hi")
    model = window.contacts
    row = model.row_of(sara)
    strength = model.data(model.index(row, 0), ContactRole.STRENGTH)
    assert strength == window.context.jobs.strengths([sara])[sara].score > 0
    icon = model.data(model.index(row, SortColumn.LAST_CONTACT), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert model.data(model.index(row, SortColumn.NAME), Qt.ItemDataRole.DecorationRole) is None
    tip = model.data(model.index(row, SortColumn.LAST_CONTACT), Qt.ItemDataRole.ToolTipRole)
    assert "of 100): last spoke today" in tip
