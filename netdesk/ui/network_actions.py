"""The Network menu: tending the network rather than editing the address book."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from netdesk.translation import Context, fill
from netdesk.ui.actions import ActionKey, add_action, make_action, on_current
from netdesk.ui.window_parts import WindowParts


class NetworkActions(Context):
    """The translation context of this module: lupdate reads ``NetworkActions.tr(...)`` calls."""


W = TypeVar("W", bound=QWidget)


def bring_forward(parent: QWidget, kind: type[W], make: Callable[[], W]) -> W:
    """The one ``kind`` window of ``parent``, made on first use, brought forward: each
    press of a shortcut used to open another copy."""
    found = parent.findChild(kind)
    window = found if found is not None else make()
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def met_at_event(parts: WindowParts) -> None:
    from netdesk.ui.card_actions import scan_for_event
    from netdesk.ui.event_dialog import EventDialog

    dialog = EventDialog(
        parts.context.contacts,
        parts.selected_ids(),
        parts.widget,
        scan=lambda: scan_for_event(parts),
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.apply(parts.context)


def record_ask(parts: WindowParts, is_offer: bool) -> None:
    from netdesk.ui.ask_dialog import AskDialog

    cid = parts.current_id()
    if cid is None:
        return
    name = parts.context.contacts.get(cid).best_name()
    dialog = AskDialog(name, is_offer, parts.widget)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.apply(parts.context.network, cid)


def record_introduction(parts: WindowParts) -> None:
    from netdesk.ui.introduction_dialog import IntroductionDialog

    dialog = IntroductionDialog(parts.context, parts.selected_ids(), parts.widget)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.apply()


def show_organizations(parts: WindowParts) -> None:
    from netdesk.ui.organizations_dialog import OrganizationsDialog

    bring_forward(parts.widget, OrganizationsDialog, lambda: OrganizationsDialog(parts))


def show_dashboard(parts: WindowParts) -> None:
    from netdesk.ui.dashboard import DashboardDialog

    bring_forward(
        parts.widget, DashboardDialog, lambda: DashboardDialog(parts.context, parts.widget)
    )


def show_network_view(parts: WindowParts) -> None:
    from netdesk.ui.network_view import NetworkViewDialog

    bring_forward(
        parts.widget, NetworkViewDialog, lambda: NetworkViewDialog(parts.context, parts.widget)
    )


def export_follow_ups(parts: WindowParts) -> Path | None:
    from netdesk.io.ical_export import Wording
    from netdesk.paths import write_output
    from netdesk.services.exporter import follow_ups_ics
    from netdesk.ui.job_progress import wait_with_progress

    wording = Wording(
        summary=lambda name: fill(NetworkActions.tr("Catch up with %1"), name),
        last_contact=lambda day: (
            fill(NetworkActions.tr("Last contact: %1"), day.isoformat())
            if day
            else NetworkActions.tr("Never contacted yet.")
        ),
        cadence=lambda n: NetworkActions.tr("Keep in touch every %n day(s).", "", n),
        calendar_name=NetworkActions.tr("NetDesk follow-ups"),
    )
    base = Path(parts.settings.last_directory or Path.home())
    path = parts.dialogs.save_file(
        parts.widget,
        NetworkActions.tr("Export Follow-ups to Calendar"),
        str(base / "netdesk-follow-ups.ics"),
        NetworkActions.tr("iCalendar files (*.ics)"),
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".ics") else path + ".ics")
    today, data_dir = dt.date.today(), parts.context.data_dir

    def export(_cancel: threading.Event) -> int:
        # Everyone due in the next 90 days, written out: seconds in a large network.
        data, count = follow_ups_ics(today, wording)
        write_output(target, data, data_dir)
        return count

    title = NetworkActions.tr("Export Follow-ups to Calendar")
    outcome = wait_with_progress(parts.widget, title, NetworkActions.tr("Exporting…"), export)
    if isinstance(outcome.error, OSError):
        parts.dialogs.warn(
            parts.widget,
            NetworkActions.tr("Cannot Export"),
            f"{target}: {outcome.error.strerror or outcome.error}",
        )
        return None
    if outcome.error is not None:
        raise outcome.error
    if outcome.result is None:
        return None  # cancelled
    count = outcome.result
    parts.show_message(
        fill(NetworkActions.tr("%n follow-up(s) exported to %1", "", count), str(target)),
        8000,
    )
    return target


@add_action(ActionKey.DUE)
def _due(parts: WindowParts) -> QAction:
    return make_action(
        parts,
        NetworkActions.tr("Who Is &Due…"),
        parts.show_due,
        "Ctrl+0",
    )


@add_action(ActionKey.MET)
def _met(parts: WindowParts) -> QAction:
    text = NetworkActions.tr("Met People at an &Event…")
    return make_action(parts, text, lambda: met_at_event(parts), "Ctrl+Shift+M")


@add_action(ActionKey.ASK, on_current)
def _ask(parts: WindowParts) -> QAction:
    return make_action(
        parts,
        NetworkActions.tr("Record an &Ask…"),
        lambda: record_ask(parts, False),
    )


@add_action(ActionKey.OFFER, on_current)
def _offer(parts: WindowParts) -> QAction:
    return make_action(
        parts,
        NetworkActions.tr("Record an &Offer…"),
        lambda: record_ask(parts, True),
    )


@add_action(ActionKey.INTRO)
def _intro(parts: WindowParts) -> QAction:
    text = NetworkActions.tr("Record an &Introduction…")
    return make_action(parts, text, lambda: record_introduction(parts))


@add_action(ActionKey.LEDGER)
def _ledger(parts: WindowParts) -> QAction:
    return make_action(
        parts,
        NetworkActions.tr("&Give and Ask…"),
        lambda: show_network_view(parts),
    )


@add_action(ActionKey.WHERE)
def _where(parts: WindowParts) -> QAction:
    text = NetworkActions.tr("Who I Know &Where…")
    return make_action(parts, text, lambda: show_organizations(parts), "Ctrl+Shift+W")


@add_action(ActionKey.HEALTH)
def _health(parts: WindowParts) -> QAction:
    return make_action(
        parts,
        NetworkActions.tr("Network &Health…"),
        lambda: show_dashboard(parts),
    )


@add_action(ActionKey.CALENDAR)
def _calendar(parts: WindowParts) -> QAction:
    text = NetworkActions.tr("Export Follow-ups to &Calendar…")
    return make_action(parts, text, lambda: export_follow_ups(parts))
