"""The parts of the main window that its first frame does not show, built after it.

Each step is one turn of the event loop (``MainWindow._build_next``): the actions with
the menus' items and the toolbar's buttons, then the card and the timeline in the room
the first frame kept for them, then the keys and the rest of the wiring.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QWidget

from netdesk.ui.window_parts import ContactsView

if TYPE_CHECKING:
    from netdesk.models.timeline import TimelineModel
    from netdesk.ui.actions import Actions
    from netdesk.ui.contact_card import ContactCard
    from netdesk.ui.empty_state import EmptyState
    from netdesk.ui.first_menus import MenuKey
    from netdesk.ui.keyboard import TableKeys
    from netdesk.ui.timeline_view import TimelineView
    from netdesk.ui.window_parts import WindowParts


class WindowBeingBuilt(ContactsView, Protocol):
    """The main window as its later parts see it (the module does not import the window)."""

    parts: WindowParts
    actions_: Actions
    menus: dict[MenuKey, QMenu]
    right_splitter: QSplitter
    empty: EmptyState
    timeline: TimelineModel
    card: ContactCard
    timeline_view: TimelineView
    timeline_title: QLabel
    timeline_box: QWidget
    keys: TableKeys

    def show_organization(self, name: str) -> None: ...

    def update_actions(self) -> None: ...

    def finish_building(self) -> None: ...


def steps(window: WindowBeingBuilt) -> list[Callable[[], object]]:
    """Each short enough for a turn of its own (loading the modules that register the
    actions is one)."""
    return [
        lambda: importlib.import_module("netdesk.ui.menus"),
        lambda: build_actions(window),
        lambda: build_card(window),
        lambda: wire(window),
        window.finish_building,
    ]


def build_actions(window: WindowBeingBuilt) -> None:
    """The rest of the actions, into the menus the first frame showed by title."""
    from netdesk.ui.menus import fill_menus

    window.actions_.complete()
    fill_menus(window.menus, window.actions_)


def build_card(window: WindowBeingBuilt) -> None:
    """The card and the timeline, each in the place its stand-in kept."""
    from netdesk.ui.card_strip import CardStrip
    from netdesk.ui.contact_actions import edit_contact
    from netdesk.ui.contact_card import ContactCard
    from netdesk.ui.menus import card_actions
    from netdesk.ui.theme import SPACE_M
    from netdesk.ui.timeline_view import TimelineView
    from netdesk.ui.window_widgets import column

    card = window.card = ContactCard()
    card.organization_requested.connect(window.show_organization)
    card.conflict_resolved.connect(window.context.contacts.resolve_conflict)
    card.setAccessibleName(QCoreApplication.translate("MainWindow", "Selected contact"))
    card.edit_requested.connect(lambda: edit_contact(window.parts))
    card.set_actions(card_actions(window.actions_))
    strip = CardStrip(window.parts)
    card.host(strip, strip.show_contact)
    window.timeline_view = TimelineView()
    window.timeline_view.setObjectName("timeline")
    window.timeline_view.setModel(window.timeline)
    window.timeline_title = QLabel()
    window.timeline_title.setObjectName("timelineTitle")
    # Kept on the window: the binding of ``replaceWidget`` leaves the new widget owned by
    # its Python wrapper, which would delete it when a local name went away.
    timeline_box = window.timeline_box = column(
        window.timeline_title, window.timeline_view, margins=(SPACE_M, SPACE_M)
    )
    _replace(window, 0, card)
    _replace(window, 1, timeline_box)


def _replace(window: WindowBeingBuilt, index: int, widget: QWidget) -> None:
    stand_in = window.right_splitter.replaceWidget(index, widget)
    if stand_in is not None:
        stand_in.deleteLater()


def wire(window: WindowBeingBuilt) -> None:
    """The keys, the jobs' progress, and the signals that need the actions."""
    from netdesk.ui.app_actions import import_files
    from netdesk.ui.contact_actions import edit_contact, new_contact
    from netdesk.ui.job_progress import show_job_progress
    from netdesk.ui.keyboard import TableKeys

    parts = window.parts
    window.keys = TableKeys(window, window.actions_, parts.widget)
    show_job_progress(window.context.contacts.jobs, parts.widget)
    window.table.doubleClicked.connect(lambda _i: edit_contact(parts))
    window.empty.add_requested.connect(lambda: new_contact(parts))
    window.empty.import_requested.connect(lambda: import_files(parts))
    window.table.selectionModel().selectionChanged.connect(lambda *_: window.update_actions())
