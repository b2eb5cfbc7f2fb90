"""What features may use of the main window, so that none of them imports it.

Actions and flows (import, export, print, backup, the Network dialogs) get a
``WindowParts``: the services, settings and dialogs, a parent widget, and a few
callables into the window (Vorta's ``profile_provider`` shape). The few helpers that
drive the table itself (keyboard, the import result) get a ``ContactsView``. The
window builds both; no feature module imports ``netdesk.ui.main_window``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QListView, QTableView, QWidget

    from netdesk.models.contact_table import ContactTableModel
    from netdesk.models.sidebar import SidebarModel
    from netdesk.services.context import AppContext
    from netdesk.services.importer import ImportReport
    from netdesk.settings import Settings
    from netdesk.ui.dialogs import Dialogs
    from netdesk.ui.notice_bar import NoticeBar
    from netdesk.ui.timeline_view import TimelineView


@dataclass(frozen=True, slots=True)
class WindowParts:
    """The main window as features see it.

    Attributes:
        widget: parent of every dialog and action a feature makes (the window).
        selected_ids: the contacts selected in the table, in table order.
        current_id: the contact the card shows, if any.
        in_trash: whether the table shows the Trash.
        listed_ids: every contact the table lists (its search and filter applied).
        contact_total: how many contacts there are (outside the Trash).
        show_contact_anywhere: select a contact, leaving a filter that hides them.
        show_due: switch the table to the Due view.
        show_message: a passing word in the status bar (text, milliseconds).
        show_imported: put the people of finished imports (file name, report) in view.
        reload_everything: re-read every view after the database file was replaced.
        select_all: select every row of the table.
    """

    widget: QWidget
    context: AppContext
    settings: Settings
    dialogs: Dialogs
    language: str
    selected_ids: Callable[[], list[int]]
    current_id: Callable[[], int | None]
    in_trash: Callable[[], bool]
    listed_ids: Callable[[], list[int]]
    contact_total: Callable[[], int]
    show_contact_anywhere: Callable[[int], None]
    show_due: Callable[[], None]
    show_message: Callable[[str, int], None]
    show_imported: Callable[[list[tuple[str, ImportReport]]], None]
    reload_everything: Callable[[], None]
    select_all: Callable[[], None]


class ContactsView(Protocol):
    """The table side of the window, for the helpers that steer it."""

    context: AppContext
    search: QLineEdit
    sidebar: QListView
    sidebar_model: SidebarModel
    contacts: ContactTableModel
    table: QTableView
    timeline_view: TimelineView
    notice: NoticeBar

    def search_now(self) -> None: ...

    def select_contact(self, contact_id: int) -> bool: ...

    def current_id(self) -> int | None: ...

    def in_trash(self) -> bool: ...
