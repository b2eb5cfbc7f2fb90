"""Actions on the selected contacts: add, edit, log, tag, delete, reached out, snooze."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Circle, Direction, InteractionKind
from netdesk.models.labels import circle_label, kind_label
from netdesk.ui.actions import (
    ActionKey,
    ActionState,
    add_action,
    make_action,
    on_selection,
)
from netdesk.ui.window_parts import WindowParts


class ContactActions:
    """The translation context of this module: lupdate reads ``ContactActions.tr(...)`` calls."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("ContactActions", text, disambiguation, n)


# Handlers ----------------------------------------------------------------------------------
# The dialogs are imported when first opened: the first paint does not need them.
def new_contact(parts: WindowParts) -> None:
    from netdesk.ui.contact_dialog import ContactDialog

    dialog = ContactDialog(parent=parts.widget, dialogs=parts.dialogs)
    if dialog.exec() == QDialog.DialogCode.Accepted and (data := dialog.contact()):
        new_id = parts.context.contacts.add(data)
        # Shown even when the search or the sidebar's filter would hide the new person.
        parts.show_contact_anywhere(new_id)


def edit_contact(parts: WindowParts) -> None:
    cid = parts.current_id()
    if cid is None:
        return
    from netdesk.ui.contact_dialog import ContactDialog

    contacts = parts.context.contacts
    dialog = ContactDialog(contacts.get(cid), parent=parts.widget, dialogs=parts.dialogs)
    if dialog.exec() == QDialog.DialogCode.Accepted and (data := dialog.contact()):
        contacts.update(cid, data)


def log_interaction(parts: WindowParts) -> None:
    from netdesk.ui.interaction_dialog import InteractionDialog

    ids = parts.selected_ids()
    dialog = InteractionDialog(parts.context.contacts, ids, parent=parts.widget)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        parts.context.interactions.log(dialog.interaction(), dialog.participants())


def delete_contacts(parts: WindowParts) -> None:
    ids = parts.selected_ids()
    if not ids:
        return
    contacts = parts.context.contacts
    if parts.in_trash():
        text = ContactActions.tr(
            "Delete %n contact(s) for good? This cannot be undone.", "", len(ids)
        )
        forever = ContactActions.tr("Delete Forever")
        if parts.dialogs.confirm(parts.widget, forever, text, forever):
            contacts.delete_forever(ids)
        return
    names = contacts.rows(ids[:3])
    listed = ", ".join(names[i].display_name for i in ids[:3] if i in names)
    text = (
        ContactActions.tr("Delete %n contact(s)?", "", len(ids))
        + "\n"
        + listed
        + ("…" if len(ids) > 3 else "")
        + "\n\n"
        + ContactActions.tr(
            "They stay in the Trash for 30 days; Edit → Undo brings them back at once.",
        )
    )
    if parts.dialogs.confirm(
        parts.widget,
        ContactActions.tr("Delete Contacts"),
        text,
        ContactActions.tr("Delete"),
    ):
        contacts.delete(ids)


def restore_from_trash(parts: WindowParts) -> None:
    ids = parts.selected_ids()
    if ids and parts.in_trash():
        parts.context.contacts.restore_from_trash(ids)


def tag_selected(parts: WindowParts) -> None:
    ids = parts.selected_ids()
    tag = parts.dialogs.ask_text(
        parts.widget,
        ContactActions.tr("Tag Contacts"),
        ContactActions.tr("Tag for %n contact(s):", "", len(ids)),
    )
    if ids and tag and tag.strip():
        parts.context.contacts.add_tag(ids, tag.strip())


def reached_out(parts: WindowParts, kind: InteractionKind) -> None:
    """Log a quick outreach to each selected contact, as one undo step."""
    ids = parts.selected_ids()
    if not ids:
        return
    stack = parts.context.undo_stack
    stack.beginMacro(ContactActions.tr("Reached out to %n contact(s)", "", len(ids)))
    try:
        now = dt.datetime.now().replace(second=0, microsecond=0)
        summary = ContactActions.tr("Reached out")
        for cid in ids:
            parts.context.interactions.log(
                InteractionData(when=now, kind=kind, direction=Direction.GAVE, summary=summary),
                [cid],
            )
    finally:
        stack.endMacro()


def snooze(parts: WindowParts, days: int) -> None:
    ids = parts.selected_ids()
    if ids:
        until = dt.date.today() + dt.timedelta(days=days) if days else None
        parts.context.contacts.snooze(ids, until)


def set_circle(parts: WindowParts, circle: str) -> None:
    ids = parts.selected_ids()
    if ids:
        parts.context.contacts.set_circle(ids, circle)


def toggle_favourite(parts: WindowParts) -> None:
    ids = parts.selected_ids()
    if not ids:
        return
    rows = parts.context.contacts.rows(ids)
    make = not all(r.favourite for r in rows.values())

    def change(data: ContactData) -> None:
        data.favourite = make

    parts.context.contacts.modify_many(ids, change, ContactActions.tr("Favourite"))


def find_duplicates(parts: WindowParts) -> None:
    from netdesk.ui.duplicates_dialog import review_duplicates

    review_duplicates(parts)


# Enabled-state rules -----------------------------------------------------------------------
def _delete_rule(action: QAction, state: ActionState) -> None:
    action.setEnabled(state.selected)
    action.setText(
        ContactActions.tr("&Delete Forever…") if state.trash else ContactActions.tr("&Delete")
    )


def _untrash_rule(action: QAction, state: ActionState) -> None:
    action.setEnabled(state.selected and state.trash)
    action.setVisible(state.trash)


# Factories ---------------------------------------------------------------------------------
@add_action(ActionKey.NEW)
def _new(parts: WindowParts) -> QAction:
    text = ContactActions.tr("&New Contact…")
    return make_action(parts, text, lambda: new_contact(parts), QKeySequence.StandardKey.New)


@add_action(ActionKey.EDIT, on_selection)
def _edit(parts: WindowParts) -> QAction:
    text = ContactActions.tr("&Edit Contact…")
    return make_action(parts, text, lambda: edit_contact(parts), "Ctrl+E")


@add_action(ActionKey.LOG)
def _log(parts: WindowParts) -> QAction:
    text = ContactActions.tr("&Log Interaction…")
    return make_action(parts, text, lambda: log_interaction(parts), "Ctrl+L")


@add_action(ActionKey.DELETE, _delete_rule)
def _delete(parts: WindowParts) -> QAction:
    text = ContactActions.tr("&Delete")
    return make_action(parts, text, lambda: delete_contacts(parts), QKeySequence.StandardKey.Delete)


@add_action(ActionKey.UNTRASH, _untrash_rule)
def _untrash(parts: WindowParts) -> QAction:
    text = ContactActions.tr("Restore from &Trash")
    return make_action(parts, text, lambda: restore_from_trash(parts))


@add_action(ActionKey.TAG, on_selection)
def _tag(parts: WindowParts) -> QAction:
    text = ContactActions.tr("&Tag Selected…")
    return make_action(parts, text, lambda: tag_selected(parts), "Ctrl+T")


@add_action(ActionKey.FAVOURITE, on_selection)
def _favourite(parts: WindowParts) -> QAction:
    text = ContactActions.tr("Toggle &Favourite")
    return make_action(parts, text, lambda: toggle_favourite(parts), "Ctrl+D")


@add_action(ActionKey.DUPLICATES)
def _duplicates(parts: WindowParts) -> QAction:
    text = ContactActions.tr("Find &Duplicates…")
    return make_action(parts, text, lambda: find_duplicates(parts))


@add_action(ActionKey.REACHED, on_selection)
def _reached(parts: WindowParts) -> QAction:
    menu = QMenu(ContactActions.tr("&Reached Out"), parts.widget)
    menu.setToolTip(ContactActions.tr("Log that you reached out, and reset the reminder"))
    for kind in (
        InteractionKind.MESSAGE,
        InteractionKind.CALL,
        InteractionKind.EMAIL,
        InteractionKind.MEETING,
        InteractionKind.SOCIAL,
    ):
        act = menu.addAction(kind_label(kind.value))
        act.triggered.connect(lambda _c=False, k=kind: reached_out(parts, k))
    return menu.menuAction()


@add_action(ActionKey.SNOOZE, on_selection)
def _snooze(parts: WindowParts) -> QAction:
    menu = QMenu(ContactActions.tr("&Snooze"), parts.widget)
    for days, label in (
        (7, ContactActions.tr("For a Week")),
        (30, ContactActions.tr("For a Month")),
        (0, ContactActions.tr("Wake Up")),
    ):
        act = menu.addAction(label)
        act.triggered.connect(lambda _c=False, d=days: snooze(parts, d))
    return menu.menuAction()


@add_action(ActionKey.CIRCLE)
def _circle(parts: WindowParts) -> QAction:
    menu = QMenu(ContactActions.tr("Set &Circle"), parts.widget)
    for circle in Circle:
        act = menu.addAction(circle_label(circle.value))
        act.triggered.connect(lambda _c=False, v=circle.value: set_circle(parts, v))
    return menu.menuAction()
