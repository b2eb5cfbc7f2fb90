"""The main window's actions, registered by the features that own them.

Each action is made by one small factory tagged ``@add_action(ActionKey.X)`` (the shape
of Picard's ``ui/mainwindow/actions.py``); ``netdesk.ui.menus`` lays menus, toolbar and
context menus out from lists of these keys. A new feature adds a key, registers its
factory in its own module and names the key in a menu: the window is not edited.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from netdesk.ui.window_parts import WindowParts


class ActionKey(enum.Enum):
    # File
    NEW = enum.auto()
    IMPORT = enum.auto()
    CAPTURE = enum.auto()
    CAPTURE_CALENDARS = enum.auto()
    REMOVE_CAPTURED = enum.auto()
    EXPORT = enum.auto()
    PRINT_SUMMARY = enum.auto()
    EXPORT_PDF = enum.auto()
    PRINT_LIST = enum.auto()
    BACKUP = enum.auto()
    RESTORE = enum.auto()
    QUIT = enum.auto()
    # Edit
    UNDO = enum.auto()
    REDO = enum.auto()
    SELECT_ALL = enum.auto()
    DELETE = enum.auto()
    UNTRASH = enum.auto()
    MY_CARD = enum.auto()
    PREFERENCES = enum.auto()
    # Contacts
    EDIT = enum.auto()
    ADD_FROM_CARD = enum.auto()
    LOG = enum.auto()
    TAG = enum.auto()
    FAVOURITE = enum.auto()
    DUPLICATES = enum.auto()
    REACHED = enum.auto()
    SNOOZE = enum.auto()
    CIRCLE = enum.auto()
    # View
    TWO_LINE_ROWS = enum.auto()
    # Network
    DUE = enum.auto()
    MET = enum.auto()
    ASK = enum.auto()
    OFFER = enum.auto()
    INTRO = enum.auto()
    LEDGER = enum.auto()
    WHERE = enum.auto()
    HEALTH = enum.auto()
    CALENDAR = enum.auto()
    # Job search and reaching out (ui/job_actions.py)
    JOBS = enum.auto()
    TODAY = enum.auto()
    SHARE = enum.auto()
    REACH_OUT = enum.auto()
    # Help
    ABOUT = enum.auto()
    LICENSES = enum.auto()


@dataclass(frozen=True, slots=True)
class ActionState:
    """What the actions' enabled state depends on."""

    selected: bool  # rows are selected in the table
    trash: bool  # the table shows the Trash
    current: bool  # the card shows a contact


Factory = Callable[[WindowParts], QAction]
Rule = Callable[[QAction, ActionState], None]

_FACTORIES: dict[ActionKey, Factory] = {}
_RULES: dict[ActionKey, Rule] = {}


def add_action(key: ActionKey, rule: Rule | None = None) -> Callable[[Factory], Factory]:
    """Register ``factory`` as the maker of action ``key``; ``rule`` keeps it enabled
    (or shown, or worded) as the selection and the view change."""

    def register(factory: Factory) -> Factory:
        if key in _FACTORIES:
            raise ValueError(f"{key} is registered twice")
        _FACTORIES[key] = factory
        if rule is not None:
            _RULES[key] = rule
        return factory

    return register


def set_enabled(action: QAction, on: bool) -> None:
    """Enable ``action``, or the submenu it opens (which enables its action with it)."""
    menu = action.menu()
    (menu if isinstance(menu, QMenu) else action).setEnabled(on)


def on_selection(action: QAction, state: ActionState) -> None:
    """For the selected contacts, outside the Trash."""
    set_enabled(action, state.selected and not state.trash)


def on_current(action: QAction, state: ActionState) -> None:
    """For the contact the card shows."""
    set_enabled(action, state.current)


def make_action(
    parts: WindowParts,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action of the window: its shortcut works wherever the focus is in it."""
    action = QAction(text, parts.widget)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    parts.widget.addAction(action)
    return action


class Actions:
    """Every registered action, made once for one window."""

    def __init__(self, parts: WindowParts) -> None:
        self._parts = parts
        self._actions: dict[ActionKey, QAction] = {}
        self.complete()

    def complete(self) -> None:
        """Make the actions registered since (the window makes its toolbar's before the
        modules of the others are loaded)."""
        for key, factory in _FACTORIES.items():
            if key not in self._actions:
                self._actions[key] = factory(self._parts)

    def __contains__(self, key: ActionKey) -> bool:
        return key in self._actions

    def __getitem__(self, key: ActionKey) -> QAction:
        return self._actions[key]

    def update(self, state: ActionState) -> None:
        for key, rule in _RULES.items():
            if key in self._actions:
                rule(self._actions[key], state)
