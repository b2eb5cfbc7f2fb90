"""The Network menu: tending the network rather than editing the address book."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from netdesk.ui.dashboard import DashboardDialog
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.network_view import NetworkViewDialog
    from netdesk.ui.organizations_dialog import OrganizationsDialog


class NetworkActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._dashboard: DashboardDialog | None = None
        self._organizations: OrganizationsDialog | None = None
        self._network_view: NetworkViewDialog | None = None
        self.due = self._action(self.tr("Who Is &Due…"), window.show_due, "Ctrl+0")
        self.met = self._action(
            self.tr("Met People at an &Event…"), self.met_at_event, "Ctrl+Shift+M"
        )
        self.ask = self._action(self.tr("Record an &Ask…"), lambda: self.record_ask(False))
        self.offer = self._action(self.tr("Record an &Offer…"), lambda: self.record_ask(True))
        self.intro = self._action(self.tr("Record an &Introduction…"), self.record_introduction)
        self.ledger = self._action(self.tr("&Give and Ask…"), self.show_network_view)
        self.where = self._action(
            self.tr("Who I Know &Where…"), self.show_organizations, "Ctrl+Shift+W"
        )
        self.health = self._action(self.tr("Network &Health…"), self.show_dashboard)
        self.calendar = self._action(
            self.tr("Export Follow-ups to &Calendar…"), self.export_follow_ups
        )
        self.preferences = self._action(self.tr("&Preferences…"), self.show_preferences)
        self.preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        menu = window.menuBar().addMenu(self.tr("&Network"))
        self.menu = menu
        for action in (
            self.due,
            self.met,
            None,
            self.ask,
            self.offer,
            self.intro,
            self.ledger,
            self.where,
            None,
            self.health,
            self.calendar,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        # Keep Help last in the menu bar.
        help_action = window.actions_.help_menu.menuAction()
        window.menuBar().removeAction(help_action)
        window.menuBar().addAction(help_action)
        window.actions_.edit_menu.addSeparator()
        window.actions_.edit_menu.addAction(self.preferences)
        window.table.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def update_enabled(self) -> None:
        one = self.window.current_id() is not None
        self.ask.setEnabled(one)
        self.offer.setEnabled(one)

    def met_at_event(self) -> None:
        from netdesk.ui.event_dialog import EventDialog

        dialog = EventDialog(self.window.context.contacts, self.window.selected_ids(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply(self.window.context)

    def record_ask(self, is_offer: bool) -> None:
        from netdesk.ui.ask_dialog import AskDialog

        cid = self.window.current_id()
        if cid is None:
            return
        name = self.window.context.contacts.get(cid).best_name()
        dialog = AskDialog(name, is_offer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply(self.window.context.network, cid)

    def record_introduction(self) -> None:
        from netdesk.ui.introduction_dialog import IntroductionDialog

        dialog = IntroductionDialog(self.window.context, self.window.selected_ids(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()

    def show_organizations(self) -> None:
        from netdesk.ui.organizations_dialog import OrganizationsDialog

        # One window, brought forward: each press of the shortcut used to open another copy.
        if self._organizations is None:
            self._organizations = OrganizationsDialog(self.window)
        self._organizations.show()
        self._organizations.raise_()
        self._organizations.activateWindow()

    def show_dashboard(self) -> None:
        from netdesk.ui.dashboard import DashboardDialog

        if self._dashboard is None:
            self._dashboard = DashboardDialog(self.window.context, self.window)
        self._dashboard.show()
        self._dashboard.raise_()
        self._dashboard.activateWindow()

    def show_network_view(self) -> None:
        from netdesk.ui.network_view import NetworkViewDialog

        if self._network_view is None:
            self._network_view = NetworkViewDialog(self.window.context, self.window)
        self._network_view.show()
        self._network_view.raise_()
        self._network_view.activateWindow()

    def show_preferences(self) -> None:
        from netdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window, self.window.language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.context.contacts.cadence_defaults = self.window.settings.cadence_defaults()

    def export_follow_ups(self) -> Path | None:
        from netdesk.io.ical_export import Wording
        from netdesk.paths import write_output
        from netdesk.services.exporter import follow_ups_ics

        wording = Wording(
            summary=lambda name: self.tr("Catch up with %1").replace("%1", name),
            last_contact=lambda day: (
                self.tr("Last contact: %1").replace("%1", day.isoformat())
                if day
                else self.tr("Never contacted yet.")
            ),
            cadence=lambda n: self.tr("Keep in touch every %n day(s).", "", n),
            calendar_name=self.tr("NetDesk follow-ups"),
        )
        data, count = follow_ups_ics(dt.date.today(), wording)
        base = Path(self.window.settings.last_directory or Path.home())
        path = self.window.dialogs.save_file(
            self.window,
            self.tr("Export Follow-ups to Calendar"),
            str(base / "netdesk-follow-ups.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return None
        target = Path(path if path.lower().endswith(".ics") else path + ".ics")
        try:
            write_output(target, data, self.window.context.data_dir)
        except OSError as error:
            self.window.dialogs.warn(
                self.window, self.tr("Cannot Export"), f"{target}: {error.strerror or error}"
            )
            return None
        self.window.statusBar().showMessage(
            self.tr("%n follow-up(s) exported to %1", "", count).replace("%1", str(target)), 8000
        )
        return target
