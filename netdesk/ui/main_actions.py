"""The main window's menus, toolbar actions and what they do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from netdesk import __version__
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.models.labels import kind_label

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow


class MainActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        stack = w.context.undo_stack
        self.new = self._action(
            self.tr("&New Contact…"), self.new_contact, QKeySequence.StandardKey.New
        )
        self.edit = self._action(
            self.tr("&Edit Contact…"), self.edit_contact, QKeySequence("Ctrl+E")
        )
        self.log = self._action(
            self.tr("&Log Interaction…"), self.log_interaction, QKeySequence("Ctrl+L")
        )
        self.delete = self._action(
            self.tr("&Delete"), self.delete_contacts, QKeySequence.StandardKey.Delete
        )
        self.untrash = self._action(self.tr("Restore from &Trash"), self.restore_from_trash)
        self.tag = self._action(
            self.tr("&Tag Selected…"), self.tag_selected, QKeySequence("Ctrl+T")
        )
        self.favourite = self._action(
            self.tr("Toggle &Favourite"), self.toggle_favourite, QKeySequence("Ctrl+D")
        )
        self.import_ = self._action(self.tr("&Import…"), self.import_files, QKeySequence("Ctrl+I"))
        self.export = self._action(
            self.tr("&Export…"), self.export_contacts, QKeySequence("Ctrl+Shift+E")
        )
        self.duplicates = self._action(self.tr("Find &Duplicates…"), self.find_duplicates)
        self.backup = self._action(self.tr("&Back Up Now…"), self.back_up_now)
        self.restore = self._action(self.tr("&Restore from Backup…"), self.restore_backup)
        self.print_summary = self._action(
            self.tr("&Print Contact Summary…"), self.print_summaries, QKeySequence.StandardKey.Print
        )
        self.export_pdf = self._action(
            self.tr("Export Summary as P&DF…"),
            self.export_summary_pdf,
            QKeySequence("Ctrl+Shift+P"),
        )
        self.print_list = self._action(self.tr("Print &List…"), self.print_contact_list)
        self.quit = self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.about = self._action(self.tr("&About NetDesk"), self.show_about)
        self.licenses = self._action(self.tr("Third-Party &Licences…"), self.show_licenses)
        self.undo = stack.createUndoAction(w, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(w, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.select_all = self._action(
            self.tr("Select &All"), w.table.selectAll, QKeySequence.StandardKey.SelectAll
        )
        menubar = w.menuBar()
        file_menu = menubar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.import_)
        file_menu.addAction(self.export)
        file_menu.addSeparator()
        file_menu.addAction(self.print_summary)
        file_menu.addAction(self.export_pdf)
        file_menu.addAction(self.print_list)
        file_menu.addSeparator()
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.file_menu = file_menu
        edit_menu = menubar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all)
        edit_menu.addAction(self.delete)
        edit_menu.addAction(self.untrash)
        contacts = menubar.addMenu(self.tr("&Contacts"))
        for action in (self.edit, self.log, self.tag, self.favourite):
            contacts.addAction(action)
        contacts.addAction(self.duplicates)
        self.reached = QMenu(self.tr("&Reached Out"), w)
        self.reached.setToolTip(self.tr("Log that you reached out, and reset the reminder"))
        for kind in (
            InteractionKind.MESSAGE,
            InteractionKind.CALL,
            InteractionKind.EMAIL,
            InteractionKind.MEETING,
            InteractionKind.SOCIAL,
        ):
            act = self.reached.addAction(kind_label(kind.value))
            act.triggered.connect(lambda _c=False, k=kind: self.reached_out(k))
        contacts.addMenu(self.reached)
        snooze = QMenu(self.tr("&Snooze"), w)
        for days, label in ((7, self.tr("For a Week")), (30, self.tr("For a Month"))):
            act = snooze.addAction(label)
            act.triggered.connect(lambda _c=False, d=days: self.snooze(d))
        wake = snooze.addAction(self.tr("Wake Up"))
        wake.triggered.connect(lambda _c=False: self.snooze(0))
        contacts.addMenu(snooze)
        self.snooze_menu = snooze
        circles = QMenu(self.tr("Set &Circle"), w)
        for value, label in w.circle_names():
            act = circles.addAction(label)
            act.triggered.connect(lambda _c=False, v=value: self.set_circle(v))
        contacts.addMenu(circles)
        self.contacts_menu = contacts
        help_menu = menubar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        help_menu.addAction(self.about)
        help_menu.addAction(self.licenses)
        w.table.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.update_enabled()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def update_enabled(self) -> None:
        selected = bool(self.window.table.selectionModel().selectedRows())
        trash = self.window.in_trash()
        for action in (self.edit, self.tag, self.favourite, self.print_summary, self.export_pdf):
            action.setEnabled(selected and not trash)
        self.delete.setEnabled(selected)
        self.delete.setText(self.tr("&Delete Forever…") if trash else self.tr("&Delete"))
        self.untrash.setEnabled(selected and trash)
        self.untrash.setVisible(trash)
        self.reached.setEnabled(selected and not trash)
        self.snooze_menu.setEnabled(selected and not trash)

    # Handlers ----------------------------------------------------------------------------
    # The dialogs are imported when first opened: the first paint does not need them.
    def new_contact(self) -> None:
        from netdesk.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(parent=self.window, dialogs=self.window.dialogs)
        if dialog.exec() == QDialog.DialogCode.Accepted and (data := dialog.contact()):
            new_id = self.window.context.contacts.add(data)
            # Shown even when the search or the sidebar's filter would hide the new person.
            self.window.show_contact_anywhere(new_id)

    def edit_contact(self) -> None:
        cid = self.window.current_id()
        if cid is None:
            return
        from netdesk.ui.contact_dialog import ContactDialog

        dialog = ContactDialog(
            self.window.context.contacts.get(cid), parent=self.window, dialogs=self.window.dialogs
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and (data := dialog.contact()):
            self.window.context.contacts.update(cid, data)

    def log_interaction(self) -> None:
        from netdesk.ui.interaction_dialog import InteractionDialog

        ids = self.window.selected_ids()
        dialog = InteractionDialog(self.window.context.contacts, ids, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.context.interactions.log(dialog.interaction(), dialog.participants())

    def delete_contacts(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        if self.window.in_trash():
            text = self.tr("Delete %n contact(s) for good? This cannot be undone.", "", len(ids))
            if self.window.dialogs.confirm(
                self.window, self.tr("Delete Forever"), text, self.tr("Delete Forever")
            ):
                self.window.context.contacts.delete_forever(ids)
            return
        names = self.window.context.contacts.rows(ids[:3])
        listed = ", ".join(names[i].display_name for i in ids[:3] if i in names)
        text = (
            self.tr("Delete %n contact(s)?", "", len(ids))
            + "\n"
            + listed
            + ("…" if len(ids) > 3 else "")
            + "\n\n"
            + self.tr("They stay in the Trash for 30 days; Edit → Undo brings them back at once.")
        )
        if self.window.dialogs.confirm(
            self.window, self.tr("Delete Contacts"), text, self.tr("Delete")
        ):
            self.window.context.contacts.delete(ids)

    def restore_from_trash(self) -> None:
        ids = self.window.selected_ids()
        if ids and self.window.in_trash():
            self.window.context.contacts.restore_from_trash(ids)

    def tag_selected(self) -> None:
        ids = self.window.selected_ids()
        tag = self.window.dialogs.ask_text(
            self.window, self.tr("Tag Contacts"), self.tr("Tag for %n contact(s):", "", len(ids))
        )
        if ids and tag and tag.strip():
            self.window.context.contacts.add_tag(ids, tag.strip())

    def reached_out(self, kind: InteractionKind) -> None:
        """Log a quick outreach to each selected contact, as one undo step."""
        ids = self.window.selected_ids()
        if not ids:
            return
        stack = self.window.context.undo_stack
        stack.beginMacro(self.tr("Reached out to %n contact(s)", "", len(ids)))
        try:
            now = dt.datetime.now().replace(second=0, microsecond=0)
            for cid in ids:
                self.window.context.interactions.log(
                    InteractionData(
                        when=now,
                        kind=kind,
                        direction=Direction.GAVE,
                        summary=self.tr("Reached out"),
                    ),
                    [cid],
                )
        finally:
            stack.endMacro()

    def snooze(self, days: int) -> None:
        ids = self.window.selected_ids()
        if ids:
            until = dt.date.today() + dt.timedelta(days=days) if days else None
            self.window.context.contacts.snooze(ids, until)

    def set_circle(self, circle: str) -> None:
        ids = self.window.selected_ids()
        if ids:
            self.window.context.contacts.set_circle(ids, circle)

    def toggle_favourite(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        rows = self.window.context.contacts.rows(ids)
        make = not all(r.favourite for r in rows.values())

        def change(data: ContactData) -> None:
            data.favourite = make

        self.window.context.contacts.modify_many(ids, change, self.tr("Favourite"))

    def import_files(self) -> None:
        from netdesk.ui.import_flow import run_import

        run_import(self.window)

    def back_up_now(self) -> None:
        from netdesk.ui.backup_flow import back_up_now

        back_up_now(self.window)

    def restore_backup(self) -> None:
        from netdesk.ui.backup_flow import restore_from_backup

        restore_from_backup(self.window)

    def export_contacts(self) -> None:
        from netdesk.ui.export_flow import export_contacts

        export_contacts(self.window)

    def find_duplicates(self) -> None:
        from netdesk.ui.duplicates_dialog import review_duplicates

        review_duplicates(self.window)

    def print_summaries(self) -> None:
        from netdesk.ui.print_flow import print_summaries

        print_summaries(self.window)

    def export_summary_pdf(self) -> None:
        from netdesk.ui.print_flow import export_summary_pdf

        export_summary_pdf(self.window)

    def print_contact_list(self) -> None:
        from netdesk.ui.print_flow import print_list

        print_list(self.window)

    def show_licenses(self) -> None:
        from netdesk.ui.licenses_dialog import LicensesDialog

        LicensesDialog(self.window).exec()

    def show_about(self) -> None:
        import html

        path = html.escape(str(self.window.context.data_dir))
        text = (
            self.tr(
                "<h3>NetDesk %1</h3><p>Keep your professional network and tend it.</p>"
                "<p>Your data lives in:<br><code>%2</code></p>"
                "<p>NetDesk is free software (GPL-3.0-or-later). It ships Qt and PySide6 "
                "(LGPL-3.0), the Noto fonts (SIL OFL 1.1) and other libraries: see Help → "
                "Third-Party Licences.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", path)
        )
        self.window.dialogs.about(self.window, self.tr("About NetDesk"), text)
