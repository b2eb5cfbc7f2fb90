"""The contact table and timeline by keyboard and by right-click.

From the search field Down goes into the results and Enter opens the first (or current)
match; Enter on a row opens it; Tab leaves the table and the timeline instead of walking
their cells; the table and the timeline have context menus, and a timeline entry can be
edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMenu

from netdesk.models.timeline import TimelineRole
from netdesk.ui.actions import ActionKey, Actions
from netdesk.ui.menus import TABLE_MENU, TIMELINE_MENU, TRASH_MENU, context_menu
from netdesk.ui.window_parts import ContactsView

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TableKeys(QObject):
    """Installs itself on ``window``'s search field, table and timeline."""

    def __init__(self, window: ContactsView, actions: Actions, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.actions = actions
        window.search.installEventFilter(self)
        window.table.installEventFilter(self)
        window.timeline_view.installEventFilter(self)
        window.table.setTabKeyNavigation(False)
        window.timeline_view.setTabKeyNavigation(False)
        window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.table.customContextMenuRequested.connect(self._on_table_menu)
        window.timeline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.timeline_view.customContextMenuRequested.connect(self._on_timeline_menu)
        window.timeline_view.doubleClicked.connect(self.edit_interaction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        key = event.key()
        if watched is self.window.search and plain and (key == Qt.Key.Key_Down or key in ENTER):
            self.window.search_now()
            return self._enter_results(open_it=key in ENTER)
        elif watched is self.window.table and plain and key in ENTER:
            if self.window.table.currentIndex().isValid():
                self.actions[ActionKey.EDIT].trigger()
                return True
        elif watched is self.window.timeline_view and plain and key in ENTER:
            index = self.window.timeline_view.currentIndex()
            if index.isValid():
                self.edit_interaction(index)
                return True
        return super().eventFilter(watched, event)

    def _enter_results(self, *, open_it: bool) -> bool:
        window = self.window
        if window.contacts.rowCount() == 0:
            return False
        table = window.table
        # The best match: what was just typed decides, not a row chosen before the search.
        table.selectionModel().setCurrentIndex(
            window.contacts.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if open_it:
            self.actions[ActionKey.EDIT].trigger()
        return True

    # Menus -------------------------------------------------------------------------------
    def _on_table_menu(self, pos: QPoint) -> None:
        menu = self.table_menu(self.window.table.indexAt(pos))
        menu.exec(self.window.table.viewport().mapToGlobal(pos))

    def _on_timeline_menu(self, pos: QPoint) -> None:
        view = self.window.timeline_view
        self.timeline_menu(view.indexAt(pos)).exec(view.viewport().mapToGlobal(pos))

    def table_menu(self, index: QModelIndex) -> QMenu:
        """What can be done with the row under the mouse (selected first, if it was not)."""
        window = self.window
        table = window.table
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        layout = TRASH_MENU if window.in_trash() else TABLE_MENU
        return context_menu(table.window(), layout, self.actions)

    def timeline_menu(self, index: QModelIndex) -> QMenu:
        """Log another interaction, or edit or delete the one under the mouse (undoable)."""
        window = self.window
        menu = context_menu(window.timeline_view.window(), TIMELINE_MENU, self.actions)
        interaction = index.data(TimelineRole.ID) if index.isValid() else None
        if isinstance(interaction, int):
            edit = menu.addAction(self.tr("Edit This Interaction…"))
            edit.triggered.connect(lambda _c=False: self.edit_interaction(index))
            delete = menu.addAction(self.tr("Delete This Interaction"))
            delete.triggered.connect(
                lambda _c=False: window.context.interactions.delete(interaction)
            )
        return menu

    def edit_interaction(self, index: QModelIndex) -> None:
        interaction = index.data(TimelineRole.ID) if index.isValid() else None
        if not isinstance(interaction, int):
            return
        from netdesk.ui.interaction_dialog import InteractionDialog

        service = self.window.context.interactions
        data, participants = service.get(interaction)
        parent = self.window.timeline_view.window()
        dialog = InteractionDialog(self.window.context.contacts, participants, parent)
        dialog.set_interaction(data)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            service.edit(interaction, dialog.interaction(), dialog.participants())
