"""Where every action appears: menu bar, toolbar and the table's context menu.

The one place that lays actions out, by their keys (``netdesk.ui.actions``). Importing
it imports the modules that register the actions.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from netdesk.ui import (
    app_actions,
    capture_actions,
    contact_actions,
    contact_list,
    job_actions,
    network_actions,
)
from netdesk.ui import card_actions as business_card_actions
from netdesk.ui.actions import ActionKey as A
from netdesk.ui.actions import Actions
from netdesk.ui.first_menus import ICONS as ICONS
from netdesk.ui.first_menus import TOOLBAR as TOOLBAR
from netdesk.ui.first_menus import Layout as Layout
from netdesk.ui.first_menus import MenuKey as MenuKey
from netdesk.ui.first_menus import add_menus, fill, set_icons

FEATURES = (
    app_actions,
    business_card_actions,
    capture_actions,
    contact_actions,
    contact_list,
    network_actions,
    job_actions,
)  # they register on import

MENUS: dict[MenuKey, Layout] = {
    MenuKey.FILE: (A.NEW, A.IMPORT, A.EXPORT, None,
                   A.CAPTURE, A.CAPTURE_CALENDARS, A.REMOVE_CAPTURED, None,
                   A.PRINT_SUMMARY, A.EXPORT_PDF, A.PRINT_LIST, None, A.BACKUP, A.RESTORE, None,
                   A.QUIT),
    MenuKey.EDIT: (A.UNDO, A.REDO, None, A.SELECT_ALL, A.DELETE, A.UNTRASH, None, A.MY_CARD,
                   A.PREFERENCES),
    MenuKey.CONTACTS: (A.EDIT, A.ADD_FROM_CARD, A.LOG, A.TAG, A.FAVOURITE, A.DUPLICATES,
                       A.REACHED, A.SNOOZE, A.CIRCLE, None, A.REACH_OUT),
    MenuKey.VIEW: (A.TWO_LINE_ROWS,),
    MenuKey.NETWORK: (A.DUE, A.TODAY, A.MET, None, A.ASK, A.OFFER, A.INTRO, A.LEDGER, A.WHERE,
                      None, A.JOBS, A.SHARE, None, A.HEALTH, A.CALENDAR),
    MenuKey.HELP: (A.ABOUT, A.LICENSES),
}  # fmt: skip
TABLE_MENU: Layout = (A.EDIT, A.LOG, A.REACHED, A.REACH_OUT, A.SNOOZE, None, A.PRINT_SUMMARY,
                      A.EXPORT_PDF, None, A.FAVOURITE, A.TAG, None, A.DELETE)  # fmt: skip
# The contact card's quick actions, beside its email and call buttons.
CARD_ACTIONS: Layout = (A.LOG, A.REACHED, A.SNOOZE, A.PRINT_SUMMARY)
TRASH_MENU: Layout = (A.UNTRASH, A.DELETE)
TIMELINE_MENU: Layout = (A.LOG,)


def build_menu_bar(bar: QMenuBar, actions: Actions) -> dict[MenuKey, QMenu]:
    """The menu bar; its menus by key, for what adds to them later (sync)."""
    return fill_menus(add_menus(bar), actions)


def fill_menus(menus: dict[MenuKey, QMenu], actions: Actions) -> dict[MenuKey, QMenu]:
    """The actions into the menus the first frame showed by title (``add_menus``)."""
    set_icons(actions)
    for key, layout in MENUS.items():
        fill(menus[key], layout, actions)
    return menus


def card_actions(actions: Actions) -> list[QAction]:
    """The actions the contact card offers as buttons, in order."""
    return [actions[key] for key in CARD_ACTIONS if key is not None]


def context_menu(parent: QWidget, layout: Layout, actions: Actions) -> QMenu:
    menu = QMenu(parent)
    fill(menu, layout, actions)
    return menu
