"""Where every action appears: menu bar, toolbar and the table's context menu.

The one place that lays actions out, by their keys (``netdesk.ui.actions``). Importing
it imports the modules that register the actions.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from netdesk.translation import Context
from netdesk.ui import app_actions, capture_actions, contact_actions, network_actions
from netdesk.ui.actions import ActionKey as A
from netdesk.ui.actions import Actions


class Menus(Context):
    """The translation context of this module: lupdate reads ``Menus.tr(...)`` calls."""


FEATURES = (
    app_actions,
    capture_actions,
    contact_actions,
    network_actions,
)  # they register on import

Layout = tuple[A | None, ...]  # None: a separator


class MenuKey(enum.Enum):
    FILE = enum.auto()
    EDIT = enum.auto()
    CONTACTS = enum.auto()
    NETWORK = enum.auto()
    HELP = enum.auto()


MENUS: dict[MenuKey, Layout] = {
    MenuKey.FILE: (A.NEW, A.IMPORT, A.EXPORT, None,
                   A.CAPTURE, A.CAPTURE_CALENDARS, A.REMOVE_CAPTURED, None,
                   A.PRINT_SUMMARY, A.EXPORT_PDF, A.PRINT_LIST, None, A.BACKUP, A.RESTORE, None,
                   A.QUIT),
    MenuKey.EDIT: (A.UNDO, A.REDO, None, A.SELECT_ALL, A.DELETE, A.UNTRASH, None, A.PREFERENCES),
    MenuKey.CONTACTS: (A.EDIT, A.LOG, A.TAG, A.FAVOURITE, A.DUPLICATES, A.REACHED, A.SNOOZE,
                       A.CIRCLE),
    MenuKey.NETWORK: (A.DUE, A.MET, None, A.ASK, A.OFFER, A.INTRO, A.LEDGER, A.WHERE, None,
                      A.HEALTH, A.CALENDAR),
    MenuKey.HELP: (A.ABOUT, A.LICENSES),
}  # fmt: skip
TOOLBAR: Layout = (A.NEW, A.LOG, A.REACHED, A.DELETE)
TABLE_MENU: Layout = (A.EDIT, A.LOG, A.REACHED, A.SNOOZE, None, A.PRINT_SUMMARY, A.EXPORT_PDF,
                      None, A.FAVOURITE, A.TAG, None, A.DELETE)  # fmt: skip
TRASH_MENU: Layout = (A.UNTRASH, A.DELETE)
TIMELINE_MENU: Layout = (A.LOG,)


def menu_title(key: MenuKey) -> str:
    return {
        MenuKey.FILE: Menus.tr("&File"),
        MenuKey.EDIT: Menus.tr("&Edit"),
        MenuKey.CONTACTS: Menus.tr("&Contacts"),
        MenuKey.NETWORK: Menus.tr("&Network"),
        MenuKey.HELP: Menus.tr("&Help"),
    }[key]


def fill(menu: QMenu | QToolBar, layout: Layout, actions: Actions) -> None:
    for key in layout:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[key])


def build_menu_bar(bar: QMenuBar, actions: Actions) -> dict[MenuKey, QMenu]:
    """The menu bar; its menus by key, for what adds to them later (sync)."""
    menus = {}
    for key, layout in MENUS.items():
        menus[key] = bar.addMenu(menu_title(key))
        fill(menus[key], layout, actions)
    return menus


def build_toolbar(bar: QToolBar, actions: Actions) -> None:
    fill(bar, TOOLBAR, actions)
    for key in filter(None, TOOLBAR):
        # A submenu opens at once from its button rather than hiding behind an arrow.
        button = bar.widgetForAction(actions[key])
        if isinstance(button, QToolButton) and actions[key].menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)


def context_menu(parent: QWidget, layout: Layout, actions: Actions) -> QMenu:
    menu = QMenu(parent)
    fill(menu, layout, actions)
    return menu
