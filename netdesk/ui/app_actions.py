"""File, Edit and Help actions: import, export, print, back up, undo, preferences, about.

The flows behind them are imported when first used: the first paint does not need them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from netdesk import __version__
from netdesk.ui.actions import ActionKey, add_action, make_action, on_selection
from netdesk.ui.window_parts import WindowParts


class AppActions:
    """The translation context of this module: lupdate reads ``AppActions.tr(...)`` calls."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate("AppActions", text, disambiguation, n)


def import_files(parts: WindowParts) -> None:
    from netdesk.ui.import_flow import run_import

    run_import(parts)


def show_preferences(parts: WindowParts) -> None:
    from netdesk.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(parts.settings, parts.widget, parts.language)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        parts.context.contacts.cadence_defaults = parts.settings.cadence_defaults()


def show_licenses(parts: WindowParts) -> None:
    from netdesk.ui.licenses_dialog import LicensesDialog

    LicensesDialog(parts.widget).exec()


def show_about(parts: WindowParts) -> None:
    path = html.escape(str(parts.context.data_dir))
    text = (
        AppActions.tr(
            "<h3>NetDesk %1</h3><p>Keep your professional network and tend it.</p>"
            "<p>Your data lives in:<br><code>%2</code></p>"
            "<p>NetDesk is free software (GPL-3.0-or-later). It ships Qt and PySide6 "
            "(LGPL-3.0), the Noto fonts (SIL OFL 1.1) and other libraries: see Help → "
            "Third-Party Licences.</p>",
        )
        .replace("%1", __version__)
        .replace("%2", path)
    )
    title = AppActions.tr("About NetDesk")
    parts.dialogs.about(parts.widget, title, text)


# File --------------------------------------------------------------------------------------
@add_action(ActionKey.IMPORT)
def _import(parts: WindowParts) -> QAction:
    text = AppActions.tr("&Import…")
    return make_action(parts, text, lambda: import_files(parts), "Ctrl+I")


@add_action(ActionKey.EXPORT)
def _export(parts: WindowParts) -> QAction:
    def export() -> None:
        from netdesk.ui.export_flow import export_contacts

        export_contacts(parts)

    text = AppActions.tr("&Export…")
    return make_action(parts, text, export, "Ctrl+Shift+E")


@add_action(ActionKey.PRINT_SUMMARY, on_selection)
def _print_summary(parts: WindowParts) -> QAction:
    def print_summaries() -> None:
        from netdesk.ui.print_flow import print_summaries

        print_summaries(parts)

    text = AppActions.tr("&Print Contact Summary…")
    return make_action(parts, text, print_summaries, QKeySequence.StandardKey.Print)


@add_action(ActionKey.EXPORT_PDF, on_selection)
def _export_pdf(parts: WindowParts) -> QAction:
    def export_summary_pdf() -> None:
        from netdesk.ui.print_flow import export_summary_pdf

        export_summary_pdf(parts)

    text = AppActions.tr("Export Summary as P&DF…")
    return make_action(parts, text, export_summary_pdf, "Ctrl+Shift+P")


@add_action(ActionKey.PRINT_LIST)
def _print_list(parts: WindowParts) -> QAction:
    def print_list() -> None:
        from netdesk.ui.print_flow import print_list

        print_list(parts)

    text = AppActions.tr("Print &List…")
    return make_action(parts, text, print_list)


@add_action(ActionKey.BACKUP)
def _backup(parts: WindowParts) -> QAction:
    def back_up() -> None:
        from netdesk.ui.backup_flow import back_up_now

        back_up_now(parts)

    text = AppActions.tr("&Back Up Now…")
    return make_action(parts, text, back_up)


@add_action(ActionKey.RESTORE)
def _restore(parts: WindowParts) -> QAction:
    def restore() -> None:
        from netdesk.ui.backup_flow import restore_from_backup

        restore_from_backup(parts)

    text = AppActions.tr("&Restore from Backup…")
    return make_action(parts, text, restore)


@add_action(ActionKey.QUIT)
def _quit(parts: WindowParts) -> QAction:
    text = AppActions.tr("&Quit")
    return make_action(parts, text, parts.widget.close, QKeySequence.StandardKey.Quit)


# Edit --------------------------------------------------------------------------------------
@add_action(ActionKey.UNDO)
def _undo(parts: WindowParts) -> QAction:
    text = AppActions.tr("&Undo")
    action = parts.context.undo_stack.createUndoAction(parts.widget, text)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    return action


@add_action(ActionKey.REDO)
def _redo(parts: WindowParts) -> QAction:
    text = AppActions.tr("&Redo")
    action = parts.context.undo_stack.createRedoAction(parts.widget, text)
    action.setShortcut(QKeySequence.StandardKey.Redo)
    return action


@add_action(ActionKey.SELECT_ALL)
def _select_all(parts: WindowParts) -> QAction:
    text = AppActions.tr("Select &All")
    return make_action(parts, text, parts.select_all, QKeySequence.StandardKey.SelectAll)


@add_action(ActionKey.PREFERENCES)
def _preferences(parts: WindowParts) -> QAction:
    text = AppActions.tr("&Preferences…")
    return make_action(
        parts, text, lambda: show_preferences(parts), QKeySequence.StandardKey.Preferences
    )


# Help --------------------------------------------------------------------------------------
@add_action(ActionKey.ABOUT)
def _about(parts: WindowParts) -> QAction:
    text = AppActions.tr("&About NetDesk")
    return make_action(parts, text, lambda: show_about(parts))


@add_action(ActionKey.LICENSES)
def _licenses(parts: WindowParts) -> QAction:
    text = AppActions.tr("Third-Party &Licences…")
    return make_action(parts, text, lambda: show_licenses(parts))
