"""Who is due: the banner, the sidebar, the Due view and the dashboard say one number."""

from __future__ import annotations

import datetime as dt

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.text import without_bidi_controls
from netdesk.models.sidebar import SidebarKind
from netdesk.models.timeline import TimelineRole
from netdesk.store import ledger_store
from netdesk.store.stats import health


def test_one_number_everywhere_and_the_banner_follows_a_log(qtbot, make_window):
    window = make_window()
    svc = window.context.contacts
    today = dt.date.today()
    ids = [svc.add(ContactData(given_name=f"P{i}", cadence_days=30)) for i in range(4)]
    for cid, days in zip(ids, (-10, 0, 3, 40), strict=True):
        Contact.update(next_due=today + dt.timedelta(days=days)).where(Contact.id == cid).execute()
    window.sidebar_model.refresh()
    model = window.sidebar_model
    due_row = model.row_of(SidebarKind.DUE, None)
    assert model.item(due_row).count == 2
    assert "2 contacts overdue" in window.banner.label.text()
    assert health(today).overdue == 2
    window.show_due()
    assert window.contacts.rowCount() == 2
    window.context.interactions.log(InteractionData(when=dt.datetime.now(), summary="Hi"), [ids[0]])
    qtbot.wait_until(lambda: model.item(model.row_of(SidebarKind.DUE, None)).count == 1)
    assert "1 contact overdue" in window.banner.label.text()
    assert window.overdue_count() == 1


def test_an_ask_to_chase_makes_its_person_due_and_its_outcome_shows(qtbot, make_window):
    window = make_window()
    svc, network = window.context.contacts, window.context.network
    today = dt.date.today()
    mona = svc.add(ContactData(given_name="Mona"))  # no cadence: never due on her own
    svc.add(ContactData(given_name="Karim"))
    network.add_ask(mona, "Referral at Fawry", follow_up=today + dt.timedelta(days=3))
    network.add_ask(mona, "Intro to their data lead", follow_up=today)
    model = window.sidebar_model

    def due() -> int:
        row = model.row_of(SidebarKind.DUE, None)
        return 0 if row is None else model.item(row).count

    qtbot.wait_until(lambda: due() == 1)
    assert "1 contact overdue" in window.banner.label.text()
    assert health(today).overdue == 1
    window.show_due()
    assert window.contacts.rowCount() == 1
    assert window.contacts.id_at(0) == mona
    window.select_contact(mona)
    assert "follow up" in window.card._rows["open_asks"].text()
    (intro,) = [a for a in ledger_store.asks_for(mona) if a.what.startswith("Intro")]
    network.set_ask_status(intro, "done", "Coffee booked with Hany")
    # Still chased for the referral in three days: due then, not now.
    qtbot.wait_until(lambda: due() == 0)
    assert svc.rows([mona])[mona].next_due == today + dt.timedelta(days=3)
    window.select_contact(mona)
    closed = window.card._rows["closed_asks"].text()
    assert "Intro to their data lead" in closed and "Coffee booked with Hany" in closed
    timeline = [
        without_bidi_controls(str(window.timeline.index(r).data(TimelineRole.SUMMARY)))
        for r in range(window.timeline.rowCount())
    ]
    assert "Asked: Intro to their data lead — outcome: Coffee booked with Hany" in timeline
    assert window.timeline_title.text() == "Timeline — 0 interactions"  # asks are not
