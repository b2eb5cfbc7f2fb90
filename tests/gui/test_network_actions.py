import datetime as dt

from icalendar import Calendar
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.store import ledger_store
from netdesk.ui import ask_dialog, event_dialog, network_actions, preferences
from netdesk.ui.actions import ActionKey
from netdesk.ui.tray import TrayReminder


def _overdue(window, name="Mona"):
    cid = window.context.contacts.add(ContactData(given_name=name, circle="mentor"))
    when = dt.datetime.combine(dt.date.today() - dt.timedelta(days=50), dt.time(9))
    window.context.interactions.log(InteractionData(when=when, summary="Lunch"), [cid])
    return cid


def test_network_menu_is_before_help(make_window):
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Network", "&Help"]


def test_record_ask_through_dialog(make_window, monkeypatch):
    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Karim"))
    window.select_contact(cid)

    class Auto(ask_dialog.AskDialog):
        def exec(self) -> int:
            self.what.setPlainText("Review my résumé for the data analyst role")
            self.accept()
            return int(self.result())

    monkeypatch.setattr(ask_dialog, "AskDialog", Auto)
    window.actions_[ActionKey.ASK].trigger()
    asks = ledger_store.asks_for(cid)
    assert [a.what for a in asks] == ["Review my résumé for the data analyst role"]
    assert not asks[0].is_offer


def test_met_at_event_through_dialog(make_window, monkeypatch):
    window = make_window()
    known = window.context.contacts.add(ContactData(given_name="Omar"))
    window.select_contact(known)

    class Auto(event_dialog.EventDialog):
        def exec(self) -> int:
            self.name.setText("Cairo ICT 2026")
            self.card_name.setText("Dina Fathy")
            self.card_org.setText("Valeo")
            self.add_person()
            self.accept()
            return int(self.result())

    monkeypatch.setattr(event_dialog, "EventDialog", Auto)
    window.actions_[ActionKey.MET].trigger()
    assert window.contacts.rowCount() == 2
    assert [e.name for e in ledger_store.events_for(known)] == ["Cairo ICT 2026"]


def test_export_follow_ups(make_window, tmp_path):
    window = make_window()
    _overdue(window)
    window.dialogs.save_path = str(tmp_path / "follow")
    target = network_actions.export_follow_ups(window.parts)
    assert target is not None
    assert target == tmp_path / "follow.ics"
    calendar = Calendar.from_ical(target.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert [str(e["SUMMARY"]) for e in events] == ["Catch up with Mona"]


def test_preferences_change_default_cadence(make_window, monkeypatch):
    window = make_window()

    class Auto(preferences.PreferencesDialog):
        def exec(self) -> int:
            self.cadence["classmate"].setValue(45)
            self.accept()
            return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(preferences, "PreferencesDialog", Auto)
    window.actions_[ActionKey.PREFERENCES].trigger()
    cid = window.context.contacts.add(ContactData(given_name="Old friend", circle="classmate"))
    assert window.context.contacts.get(cid).cadence_days == 45
    assert window.settings.cadence_defaults()["classmate"] == 45


def test_tray_reminds_once_a_day(make_window):
    window = make_window()
    tray = TrayReminder(window, QIcon())
    today = dt.date.today()
    assert not tray.remind_if_due(today)  # nobody is due
    _overdue(window)
    assert tray.remind_if_due(today)
    assert not tray.remind_if_due(today)
    assert tray.remind_if_due(today + dt.timedelta(days=1))
    window.settings.tray_reminder = False
    assert not tray.remind_if_due(today + dt.timedelta(days=2))


def test_banner_on_start_when_people_are_due(qtbot, make_window):
    window = make_window()
    _overdue(window)
    window.close()
    window.context.close()
    again = make_window()
    # The counts come right after the first paint.
    qtbot.wait_until(again.banner.isVisible)
    assert again.sidebar_model.total() == 1
    assert again.banner.label.text().startswith("1 contact overdue for a catch-up.")


def test_record_introduction(make_window, monkeypatch):
    from netdesk.models.timeline import TimelineRole
    from netdesk.ui import introduction_dialog

    window = make_window()
    svc = window.context.contacts
    hany = svc.add(ContactData(given_name="Hany"))
    dina = svc.add(ContactData(given_name="Dina"))

    class Auto(introduction_dialog.IntroductionDialog):
        def exec(self) -> int:
            self.by_me.setChecked(True)
            self.first.add(hany)
            self.second.add(dina)
            self.accept()
            return int(self.result())

    monkeypatch.setattr(introduction_dialog, "IntroductionDialog", Auto)
    window.actions_[ActionKey.INTRO].trigger()
    intros = ledger_store.introductions_for(hany)
    assert [(i.introducer, i.first, i.second) for i in intros] == [("", "Hany", "Dina")]
    window.select_contact(dina)
    assert window.timeline.index(1).data(TimelineRole.SUMMARY) == "I introduced Hany and Dina"
    window.actions_[ActionKey.UNDO].trigger()
    window.select_contact(dina)
    assert window.timeline.rowCount() == 0


def test_introduction_needs_two_different_people(qtbot, make_window):
    from netdesk.ui.introduction_dialog import IntroductionDialog

    window = make_window()
    a = window.context.contacts.add(ContactData(given_name="A"))
    dialog = IntroductionDialog(window.context, [a])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.text() == "Choose one person in each field."
    dialog.second.add(a)
    dialog.accept()
    assert dialog.error.text() == "Choose two different people."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_timeline_menu_deletes_an_interaction(make_window):
    from netdesk.models.timeline import TimelineRole

    window = make_window()
    cid = window.context.contacts.add(ContactData(given_name="Rami"))
    window.context.interactions.log(
        InteractionData(when=dt.datetime(2026, 1, 2, 9), summary="Call"), [cid]
    )
    window.select_contact(cid)
    entry = window.timeline.index(1)
    assert entry.data(TimelineRole.SUMMARY) == "Call"
    menu = window.keys.timeline_menu(entry)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["&Log Interaction…", "Edit This Interaction…", "Delete This Interaction"]
    menu.actions()[2].trigger()
    assert window.timeline.rowCount() == 0
    window.actions_[ActionKey.UNDO].trigger()
    assert window.timeline.rowCount() == 2


def test_who_i_know_where(qtbot, make_window):
    from netdesk.ui.organizations_dialog import OrganizationsDialog

    window = make_window()
    svc = window.context.contacts
    sara = svc.add(ContactData(given_name="Sara", organization="Fawry"))
    svc.add(ContactData(given_name="Omar", organization="Fawry", job_title="CTO"))
    data = svc.get(sara)
    data.organization = "Careem"
    svc.update(sara, data)
    dialog = OrganizationsDialog(window.parts)
    qtbot.addWidget(dialog)
    # Opens at once, the organisations read on a worker.
    assert dialog.loading and dialog.model.rowCount() == 0
    assert dialog.people.item(0).text() == "Loading…"
    with qtbot.wait_signal(dialog.loaded):
        pass
    assert dialog.model.rowCount() == 2 and dialog.people.count() == 0
    dialog.search.setText("faw")
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    texts = [
        dialog.people.item(i).text().replace("\u2068", "").replace("\u2069", "")
        for i in range(dialog.people.count())
    ]
    assert texts == ["Works there now", "Omar — CTO", "Used to work there", "Sara"]
    window.search.setText("omar")
    window._apply_search()
    dialog._on_person(dialog.people.item(3))
    assert window.current_id() == sara


def test_who_i_know_where_is_one_window_that_follows_edits_and_closes(qtbot, make_window):
    from PySide6.QtWidgets import QDialogButtonBox

    from netdesk.models.organizations import OrgColumn
    from netdesk.ui.organizations_dialog import OrganizationsDialog

    window = make_window()
    svc = window.context.contacts
    sara = svc.add(ContactData(given_name="Sara", organization="Fawry"))
    window.actions_[ActionKey.WHERE].trigger()
    (dialog,) = window.findChildren(OrganizationsDialog)
    assert dialog.isVisible()
    qtbot.wait_until(lambda: not dialog.loading)
    window.actions_[ActionKey.WHERE].trigger()
    assert window.findChildren(OrganizationsDialog) == [dialog]
    assert len([w for w in window.findChildren(type(dialog)) if w.isVisible()]) == 1
    dialog.table.selectRow(0)
    # Sara moves on while the window is open: Fawry now counts her under "Used to be".
    data = svc.get(sara)
    data.organization = "Careem"
    svc.update(sara, data)

    def used_to_be(name: str) -> str | None:
        for row in range(dialog.model.rowCount()):
            if dialog.model.index(row, OrgColumn.NAME).data() == name:
                return str(dialog.model.index(row, OrgColumn.FORMER).data())
        return None

    qtbot.wait_until(lambda: used_to_be("Fawry") == "1")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()
