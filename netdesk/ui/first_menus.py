"""What the first frame shows of the menus and the toolbar: the menu bar's menus by title
(empty until ``netdesk.ui.menus`` loads the modules that register their actions and fills
them) and the toolbar's buttons, whose actions (``contact_actions``) are cheap to load."""

from __future__ import annotations

import enum

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton

from netdesk.translation import Context
from netdesk.ui.actions import ActionKey as A
from netdesk.ui.actions import Actions
from netdesk.ui.icons import Icon, icon


class Menus(Context):
    """The translation context of the menus: lupdate reads ``Menus.tr(...)`` calls."""


class MenuKey(enum.Enum):
    FILE = enum.auto()
    EDIT = enum.auto()
    CONTACTS = enum.auto()
    VIEW = enum.auto()
    NETWORK = enum.auto()
    HELP = enum.auto()


Layout = tuple[A | None, ...]  # None: a separator

TOOLBAR: Layout = (A.NEW, A.LOG, A.REACHED, A.DELETE)
# The icon each action shows in the toolbar, the card and the menus.
ICONS = {
    A.NEW: Icon.NEW,
    A.EDIT: Icon.EDIT,
    A.LOG: Icon.LOG,
    A.REACHED: Icon.REACHED,
    A.SNOOZE: Icon.SNOOZE,
    A.PRINT_SUMMARY: Icon.PRINT,
    A.DELETE: Icon.TRASH,
    A.FAVOURITE: Icon.FAVOURITE,
    A.TAG: Icon.TAG,
    A.DUE: Icon.DUE,
}


def menu_title(key: MenuKey) -> str:
    return {
        MenuKey.FILE: Menus.tr("&File"),
        MenuKey.EDIT: Menus.tr("&Edit"),
        MenuKey.CONTACTS: Menus.tr("&Contacts"),
        MenuKey.VIEW: Menus.tr("&View"),
        MenuKey.NETWORK: Menus.tr("&Network"),
        MenuKey.HELP: Menus.tr("&Help"),
    }[key]


def add_menus(bar: QMenuBar) -> dict[MenuKey, QMenu]:
    """Every menu of the bar, empty, in order."""
    return {key: bar.addMenu(menu_title(key)) for key in MenuKey}


def fill(
    menu: QMenu | QToolBar, layout: Layout, actions: Actions, before: QAction | None = None
) -> None:
    """The actions of ``layout`` into ``menu``, at the end or ``before`` an action of it."""
    for key in layout:
        if key is None:
            menu.insertSeparator(before) if before else menu.addSeparator()
        elif before is not None:
            menu.insertAction(before, actions[key])
        else:
            menu.addAction(actions[key])


def set_icons(actions: Actions) -> None:
    """The icons of the actions made so far."""
    for key, which in ICONS.items():
        if key in actions:
            actions[key].setIcon(icon(which))


def build_toolbar(bar: QToolBar, actions: Actions, before: QAction | None = None) -> None:
    fill(bar, TOOLBAR, actions, before)
    for key in filter(None, TOOLBAR):
        button = bar.widgetForAction(actions[key])
        if isinstance(button, QToolButton) and actions[key].menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
