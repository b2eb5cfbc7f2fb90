"""What the main window hands its features (``WindowParts``) and its card (``CardLedger``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStatusBar, QWidget

from netdesk.ui.window_parts import ContactsView, WindowParts

if TYPE_CHECKING:
    from netdesk.services.context import AppContext
    from netdesk.services.importer import ImportReport
    from netdesk.settings import Settings
    from netdesk.ui.contact_card import CardLedger
    from netdesk.ui.dialogs import Dialogs


class PartsSource(ContactsView, Protocol):
    """The main window as its features' ``WindowParts`` are made from it (the module does
    not import the window)."""

    settings: Settings
    dialogs: Dialogs
    language: str

    def show_due(self) -> None: ...

    def reload_everything(self) -> None: ...

    def selected_ids(self) -> list[int]: ...

    def show_contact_anywhere(self, contact_id: int) -> None: ...

    def statusBar(self) -> QStatusBar: ...


def parts_of(window: PartsSource, widget: QWidget) -> WindowParts:
    """``window`` as its features see it; ``widget`` (the window) parents their dialogs."""

    def show_imported(done: list[tuple[str, ImportReport]]) -> None:
        from netdesk.ui.import_result import show_imported

        show_imported(window, done)

    return WindowParts(
        widget=widget,
        context=window.context,
        settings=window.settings,
        dialogs=window.dialogs,
        language=window.language,
        selected_ids=window.selected_ids,
        current_id=window.current_id,
        in_trash=window.in_trash,
        listed_ids=window.contacts.ids,
        contact_total=window.sidebar_model.total,
        show_contact_anywhere=window.show_contact_anywhere,
        show_due=window.show_due,
        show_message=window.statusBar().showMessage,
        show_imported=show_imported,
        reload_everything=window.reload_everything,
        select_all=window.table.selectAll,
    )


def ledger(context: AppContext, contact_id: int, uid: str) -> CardLedger:
    """What the card shows beside the contact's own fields."""
    from netdesk.models.labels import format_date
    from netdesk.services import queries
    from netdesk.ui.contact_card import CardLedger, open_ask_day

    locale = QLocale()
    every = queries.asks_for(contact_id)
    asks = [a for a in every if a.status == "open" and not a.is_offer]
    events = queries.events_for(contact_id, count_attendees=False)
    org_id = context.contacts.organization_id(contact_id)
    colleagues = context.contacts.count_at_organization(org_id) - 1 if org_id else 0
    return CardLedger(
        balance=queries.balance(contact_id),
        open_asks=[(open_ask_day(a, locale), a.what) for a in asks],
        events=[(format_date(e.date, locale), e.name) for e in events],
        colleagues=max(0, colleagues),
        conflicts=tuple(context.contacts.open_conflicts(uid)),
        closed_asks=tuple(a for a in every if a.status != "open"),
    )
