from PySide6.QtWidgets import QWidget

from netdesk.domain.contact_data import ContactData
from netdesk.ui.follow_changes import FollowChanges


def test_one_refresh_per_burst_and_none_while_hidden(qtbot, make_window):
    window = make_window()
    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    follow = FollowChanges(view, lambda: calls.append(1), window.context)
    view.show()
    qtbot.wait_exposed(view)
    svc = window.context.contacts
    a = svc.add(ContactData(given_name="A"))
    svc.add_tag([a], "x")
    qtbot.wait_until(lambda: calls == [1])  # two changes, one refresh
    view.hide()
    svc.add(ContactData(given_name="B"))
    qtbot.wait_until(lambda: follow.stale)
    assert calls == [1]
    view.show()
    assert calls == [1, 1]
    assert not follow.stale
