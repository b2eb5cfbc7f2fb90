"""The staged start: the first frame is the real table, and the rest of the window (menus'
items, toolbar buttons, card, timeline) arrives after it without moving what it showed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData
from netdesk.services.context import AppContext, create_context
from netdesk.settings import Settings
from netdesk.ui.first_menus import MenuKey
from netdesk.ui.first_paint import after_first_paint
from netdesk.ui.main_window import MainWindow

from .conftest import FakeDialogs


def _context(tmp_path: Path) -> AppContext:
    context = create_context(tmp_path / "data")
    for name in ("Amal", "Bassam", "Carla"):
        context.contacts.add(ContactData(given_name=name, family_name="Haddad"))
    # Due for a catch-up: the banner over the table.
    late = context.contacts.add(ContactData(given_name="Dana", cadence_days=30))
    soon = dt.date.today() - dt.timedelta(days=3)
    Contact.update(next_due=soon).where(Contact.id == late).execute()
    return context


def _leave_a_layout(context: AppContext) -> None:
    """A window closed by the user with the card column made wide and the timeline tall."""
    window = MainWindow(context, Settings(context.data_dir), "en", FakeDialogs())
    window.resize(1200, 760)
    window.splitter.setSizes([170, 560, 470])
    window.right_splitter.setSizes([380, 330])
    window.sidebar_model.refresh()  # the counts, and who was due, are remembered
    window.save_state()
    window.deleteLater()


def _layout(window: MainWindow) -> dict[str, object]:
    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    return {
        "table": place(window.table),
        "banner": place(window.banner) if window.banner.isVisible() else None,
        "search": place(window.search),
        "sidebar": place(window.sidebar),
        "menu bar": window.menuBar().height(),
        "menus": [m.title() for m in window.menus.values()],
        "splitter": window.splitter.sizes(),
        "right": window.right_splitter.sizes(),
        "header": [window.table.columnWidth(c) for c in range(window.contacts.columnCount())],
    }


def test_the_rest_arrives_without_moving_the_first_frame(qtbot, tmp_path):
    context = _context(tmp_path)
    _leave_a_layout(context)
    window = MainWindow(context, Settings(context.data_dir), "en", FakeDialogs(), staged=True)
    qtbot.addWidget(window)
    first: dict[str, object] = {}
    status: list[str] = []

    def at_first_paint() -> None:
        assert not window.built
        first.update(_layout(window))
        first["rows"] = window.contacts.rowCount()
        status.append(window.status.text())

    after_first_paint(window.table.viewport(), at_first_paint)
    window.show()
    qtbot.waitUntil(lambda: window.built and window.current_id() is not None)
    qtbot.waitUntil(lambda: window.sidebar_model.total() == 4)  # the counts are in
    assert first["rows"] == 4
    assert first["banner"] is not None
    # Not "of 0" while the total is being counted.
    assert status == ["4 contacts shown"]
    assert first["menus"] == ["&File", "&Edit", "&Contacts", "&View", "&Network", "&Help"]
    assert first == {**_layout(window), "rows": 4}
    # The rest is there: the menus' items, the toolbar's buttons, the card of the first row.
    assert window.menus[MenuKey.FILE].actions()
    assert window.toolbar.actions()[0].text()
    assert window.card.isVisible() and window.timeline_view.isVisible()
    assert window.current_id() == window.contacts.id_at(0)
    window.close()
    context.close()


def test_what_needs_the_whole_window_waits_for_it(qtbot, tmp_path):
    context = _context(tmp_path)
    window = MainWindow(context, Settings(context.data_dir), "en", FakeDialogs(), staged=True)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.when_built(lambda: ran.append("first"))
    window.when_built(lambda: ran.append("second"))
    assert ran == [] and not window.built
    window.show()
    qtbot.waitUntil(lambda: window.built)
    assert ran == ["first", "second"]
    window.when_built(lambda: ran.append("at once"))
    assert ran == ["first", "second", "at once"]
    window.close()
    context.close()


def test_an_unstaged_window_is_whole_when_made(qtbot, tmp_path):
    context = _context(tmp_path)
    window = MainWindow(context, Settings(context.data_dir), "en", FakeDialogs())
    qtbot.addWidget(window)
    assert window.built
    assert window.menus[MenuKey.EDIT].actions()
    assert window.right_splitter.widget(0) is window.card
    window.close()
    context.close()


def test_an_empty_network_is_built_behind_its_welcome(qtbot, tmp_path):
    """A new user's first window shows the welcome, whose table never paints: the rest of
    the window (menus' items, the waiters such as --screenshot) must still arrive."""
    context = create_context(tmp_path / "data")
    window = MainWindow(context, Settings(context.data_dir), "en", FakeDialogs(), staged=True)
    qtbot.addWidget(window)
    ran: list[str] = []
    window.when_built(lambda: ran.append("built"))
    window.show()
    qtbot.waitUntil(lambda: window.built)
    assert window.showing_welcome()
    assert ran == ["built"]
    assert window.menus[MenuKey.EDIT].actions()
    window.close()
    context.close()
