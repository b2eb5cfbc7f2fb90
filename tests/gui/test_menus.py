"""The menus, toolbar and context menus as laid out from the action registry."""

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from netdesk.domain.contact_data import ContactData
from netdesk.ui import actions as registry
from netdesk.ui.actions import ActionKey
from netdesk.ui.menus import MENUS, TABLE_MENU, TOOLBAR, TRASH_MENU

Std = QKeySequence.StandardKey
# What the menu bar held before the registry: (text, shortcut) per item, "-" a separator.
Item = tuple[str, "str | QKeySequence.StandardKey"] | str
EXPECTED: list[tuple[str, list[Item]]] = [
    ("&File", [("&New Contact…", Std.New), ("&Import…", "Ctrl+I"),
               ("&Export…", "Ctrl+Shift+E"), "-",
               ("&Capture Conversations…", "Ctrl+Shift+I"),
               ("Capture from Calendar &Accounts…", ""),
               ("Remove Captured Con&versations…", ""), "-",
               ("&Print Contact Summary…", Std.Print),
               ("Export Summary as P&DF…", "Ctrl+Shift+P"), ("Print &List…", ""), "-",
               ("&Back Up Now…", ""), ("&Restore from Backup…", ""), "-",
               ("&Quit", Std.Quit)]),
    ("&Edit", [("&Undo", Std.Undo), ("&Redo", Std.Redo), "-", ("Select &All", Std.SelectAll),
               ("&Delete", Std.Delete), ("Restore from &Trash", ""), "-",
               ("&Preferences…", Std.Preferences)]),
    ("&Contacts", [("&Edit Contact…", "Ctrl+E"), ("&Log Interaction…", "Ctrl+L"),
                   ("&Tag Selected…", "Ctrl+T"), ("Toggle &Favourite", "Ctrl+D"),
                   ("Find &Duplicates…", ""), ("&Reached Out", ""), ("&Snooze", ""),
                   ("Set &Circle", "")]),
    ("&Network", [("Who Is &Due…", "Ctrl+0"), ("Met People at an &Event…", "Ctrl+Shift+M"), "-",
                  ("Record an &Ask…", ""), ("Record an &Offer…", ""),
                  ("Record an &Introduction…", ""), ("&Give and Ask…", ""),
                  ("Who I Know &Where…", "Ctrl+Shift+W"), "-", ("Network &Health…", ""),
                  ("Export Follow-ups to &Calendar…", "")]),
    ("&Help", [("&About NetDesk", ""), ("Third-Party &Licences…", "")]),
]  # fmt: skip


def _items(menu: QMenu) -> list[object]:
    return ["-" if a.isSeparator() else (a.text(), a.shortcut().toString()) for a in menu.actions()]


def _expected(items: list[Item]) -> list[object]:
    return [i if isinstance(i, str) else (i[0], QKeySequence(i[1]).toString()) for i in items]


def test_menu_bar_keeps_every_item_shortcut_and_order(make_window):
    window = make_window()
    got = [(a.text(), _items(a.menu())) for a in window.menuBar().actions()]
    assert got == [(title, _expected(items)) for title, items in EXPECTED]
    snooze = window.actions_[ActionKey.SNOOZE].menu()
    assert [a.text() for a in snooze.actions()] == ["For a Week", "For a Month", "Wake Up"]


def test_toolbar_is_built_from_its_keys(make_window):
    window = make_window()
    bar = window.findChild(QToolBar, "mainToolbar")
    shown = [a for a in bar.actions() if a.text()]
    assert shown == [window.actions_[key] for key in TOOLBAR if key is not None]


def test_every_registered_action_is_somewhere_and_every_key_registered(make_window):
    window = make_window()
    laid_out = {key for layout in MENUS.values() for key in layout if key is not None}
    assert laid_out == set(ActionKey)
    assert all(isinstance(window.actions_[key], QAction) for key in ActionKey)
    assert {k for k in (*TABLE_MENU, *TRASH_MENU) if k is not None} <= laid_out


def test_an_action_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="twice"):
        registry.add_action(ActionKey.NEW)(lambda parts: QAction())


def test_enabled_state_follows_the_selection_and_the_view(make_window):
    window = make_window()
    a = window.actions_
    for key in (ActionKey.EDIT, ActionKey.ASK, ActionKey.REACHED, ActionKey.DELETE):
        assert not a[key].isEnabled(), key
    cid = window.context.contacts.add(ContactData(given_name="Nour"))
    window.select_contact(cid)
    for key in (ActionKey.EDIT, ActionKey.ASK, ActionKey.OFFER, ActionKey.REACHED,
                ActionKey.SNOOZE, ActionKey.EXPORT_PDF, ActionKey.DELETE):  # fmt: skip
        assert a[key].isEnabled(), key
    assert a[ActionKey.REACHED].menu().isEnabled()
    assert not a[ActionKey.UNTRASH].isVisible()


def test_the_window_is_built_without_loading_the_importer(tmp_path):
    # Actions and flows are registered with the window; what they need loads when used.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from netdesk.services.context import create_context\n"
        "from netdesk.settings import Settings\n"
        "from netdesk.ui.main_window import MainWindow\n"
        f"data = Path({str(tmp_path / 'data')!r})\n"
        "window = MainWindow(create_context(data), Settings(data), 'en')\n"
        "print(sorted(m for m in sys.modules if m.startswith('netdesk.services.importer')"
        " or m.endswith(('_flow', 'dialog'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
