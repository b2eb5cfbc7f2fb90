"""Who is due: the banner, the sidebar, the Due view and the dashboard say one number."""

from __future__ import annotations

import datetime as dt

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.models.sidebar import SidebarKind
from netdesk.services.stats import health


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
