"""The main window by keyboard: new contact, search to results, Enter, Tab, menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.text import isolate
from netdesk.models.timeline import TimelineRole
from netdesk.ui.actions import ActionKey
from netdesk.ui.contact_dialog import ContactDialog
from netdesk.ui.interaction_dialog import InteractionDialog


def on_modal(handle: Callable[[QDialog], None], seen: list[QDialog]) -> None:
    """Run ``handle`` on the next modal dialog once it is shown (from inside its exec)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(dialog)
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_new_contact_takes_typing_in_the_name_and_shows_it_past_a_search(qtbot, make_window):
    window = make_window()
    window.context.contacts.add(ContactData(given_name="Omar"))
    window.search.setText("Omar")
    window.search_now()
    seen: list[QDialog] = []

    def type_a_person(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.focusWidget() is dialog.given
        qtbot.keyClicks(dialog.focusWidget(), "Salma")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "Haddad")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    on_modal(type_a_person, seen)
    window.actions_[ActionKey.NEW].trigger()
    assert len(seen) == 1
    current = window.current_id()
    assert current is not None
    person = window.context.contacts.get(current)
    assert (person.given_name, person.family_name) == ("Salma", "Haddad")
    assert window.search.text() == ""


def _window_with(make_window, *names: str):
    window = make_window()
    ids = [window.context.contacts.add(ContactData(given_name=n)) for n in names]
    window.activateWindow()
    window.raise_()
    return window, ids


def test_down_from_search_goes_into_the_results(qtbot, make_window):
    window, _ids = _window_with(make_window, "Omar Farouk", "Omar Said", "Layla")
    qtbot.wait_active(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Omar")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0
    assert window.contacts.rowCount() == 2
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1


def test_enter_in_search_and_on_a_row_opens_the_contact(qtbot, make_window):
    window, ids = _window_with(make_window, "Omar Farouk", "Layla")
    seen: list[QDialog] = []
    on_modal(lambda d: d.reject(), seen)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Layla")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert len(seen) == 1 and isinstance(seen[0], ContactDialog)
    assert seen[0].given.text() == "Layla"
    on_modal(lambda d: d.reject(), seen)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(seen) == 2 and isinstance(seen[1], ContactDialog)
    assert window.current_id() == ids[1]


def test_tab_leaves_the_table(qtbot, make_window):
    window, _ids = _window_with(make_window, "A", "B")
    qtbot.wait_active(window)
    window.table.setFocus()
    window.table.setCurrentIndex(window.contacts.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not window.table
    assert window.table.currentIndex().column() == 0


def test_find_shortcut_focuses_search(qtbot, make_window):
    from PySide6.QtGui import QAction, QKeySequence

    window, _ids = _window_with(make_window, "A")
    window.table.setFocus()
    find = QKeySequence(QKeySequence.StandardKey.Find)
    (action,) = [a for a in window.findChildren(QAction) if find in a.shortcuts()]
    action.trigger()
    assert window.focusWidget() is window.search


def test_table_context_menu_has_the_everyday_actions(make_window):
    window, ids = _window_with(make_window, "A", "B")
    menu = window.keys.table_menu(window.contacts.index(1, 0))
    assert window.current_id() == ids[1]
    a = window.actions_
    actions = menu.actions()
    for key in (ActionKey.EDIT, ActionKey.LOG, ActionKey.PRINT_SUMMARY, ActionKey.DELETE):
        assert a[key] in actions and a[key].isEnabled()
    menus = [act.menu() for act in actions if act.menu() is not None]
    assert a[ActionKey.REACHED].menu() in menus and a[ActionKey.SNOOZE].menu() in menus


def test_a_timeline_entry_can_be_edited_and_the_edit_undone(qtbot, make_window):
    window, ids = _window_with(make_window, "Omar", "Layla")
    service = window.context.interactions
    service.log(InteractionData(when=dt.datetime(2026, 3, 1, 10), summary="Coffee"), [ids[0]])
    window.select_contact(ids[0])
    qtbot.wait_until(lambda: window.timeline.rowCount() >= 1)
    row = next(
        r
        for r in range(window.timeline.rowCount())
        if isinstance(window.timeline.index(r, 0).data(TimelineRole.ID), int)
    )
    index = window.timeline.index(row, 0)
    seen: list[QDialog] = []

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, InteractionDialog)
        assert dialog.summary.text() == "Coffee"
        dialog.summary.setText("Coffee at the conference")
        dialog.picker.add(ids[1])
        dialog.accept()

    on_modal(change, seen)
    menu = window.keys.timeline_menu(index)
    edit = next(act for act in menu.actions() if "Edit" in act.text())
    edit.trigger()
    interaction = index.data(TimelineRole.ID)
    data, people = service.get(interaction)
    assert data.summary == "Coffee at the conference"
    assert data.when == dt.datetime(2026, 3, 1, 10)
    assert sorted(people) == sorted(ids)
    window.actions_[ActionKey.UNDO].trigger()
    data, people = service.get(interaction)
    assert (data.summary, people) == ("Coffee", [ids[0]])


def test_each_view_keeps_its_own_sort(qtbot, make_window):
    from netdesk.models.sidebar import SidebarKind
    from netdesk.services.queries import SortColumn

    window, _ids = _window_with(make_window, "Zaid", "Amal")
    model = window.sidebar_model
    model.refresh()

    def go(kind: SidebarKind) -> None:
        window.sidebar.setCurrentIndex(model.index(model.row_of(kind, None)))

    go(SidebarKind.ALL)
    window.table.sortByColumn(SortColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert window.contacts.index(0, 0).data() == isolate("Zaid")
    go(SidebarKind.DUE)
    assert window.contacts.query.sort is SortColumn.NEXT_DUE
    assert window.table.horizontalHeader().sortIndicatorSection() == SortColumn.NEXT_DUE
    go(SidebarKind.ALL)
    assert (window.contacts.query.sort, window.contacts.query.descending) == (SortColumn.NAME, True)
    assert window.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    go(SidebarKind.FAVOURITES)
    assert (window.contacts.query.sort, window.contacts.query.descending) == (
        SortColumn.NAME,
        False,
    )
