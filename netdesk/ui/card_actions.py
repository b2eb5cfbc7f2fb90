"""Contacts → Add from Business Card… and Edit → My Card…: their actions and flows.

A scan reads the images on a pool thread behind a progress dialog, then the proposal
dialog shows what was read; the contact is added as an import would (merged with the
person already known, one undo step).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QProgressDialog

from netdesk.translation import Context, fill
from netdesk.ui.actions import ActionKey, add_action, make_action

if TYPE_CHECKING:
    from netdesk.domain.contact_data import ContactData
    from netdesk.services.cards import CardScan
    from netdesk.ui.window_parts import WindowParts


class Cards(Context):
    """The translation context of this module: lupdate reads ``Cards.tr(...)`` calls."""


@add_action(ActionKey.ADD_FROM_CARD)
def _add_from_card(parts: WindowParts) -> QAction:
    return make_action(parts, Cards.tr("Add from &Business Card…"), lambda: add_from_card(parts))


@add_action(ActionKey.MY_CARD)
def _my_card(parts: WindowParts) -> QAction:
    return make_action(parts, Cards.tr("&My Card…"), lambda: show_my_card(parts))


def image_filter() -> str:
    from netdesk.services.cards import IMAGE_SUFFIXES

    patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
    return fill(Cards.tr("Card images (%1);;All files (*)"), patterns)


def choose_images(parts: WindowParts) -> list[str]:
    return parts.dialogs.open_files(
        parts.widget,
        Cards.tr("Choose the Card's Front (and Back)"),
        parts.settings.last_directory,
        image_filter(),
    )


def scan_with_progress(parts: WindowParts, paths: list[str]) -> CardScan | None:
    """The card read in the background behind a progress dialog; None if cancelled or
    unreadable (the user has been told why)."""
    from netdesk.services.background import Task
    from netdesk.services.cards import CardScanError, scan_files

    region = parts.context.contacts.region
    arabic = parts.language == "ar"
    progress = QProgressDialog(
        Cards.tr("Reading the card…"), Cards.tr("Cancel"), 0, 0, parts.widget
    )
    progress.setWindowTitle(Cards.tr("Business Card"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    results: list[CardScan] = []
    errors: list[Exception] = []
    task = Task(
        lambda _cancel: scan_files(paths, region, arabic),
        parent=parts.widget,
        success=results.append,
        failure=errors.append,
        finished=progress.reset,
    ).run_in_background()
    progress.exec()
    progress.close()
    if not (results or errors):
        task.cancel()
        return None
    if errors:
        reason = str(errors[0]) if isinstance(errors[0], CardScanError) else repr(errors[0])
        parts.dialogs.warn(parts.widget, Cards.tr("Cannot Read the Card"), reason)
        return None
    return results[0]


def propose(parts: WindowParts, paths: list[str]) -> ContactData | None:
    """Scan ``paths`` and let the user correct the proposal; the contact, or None."""
    from netdesk.ui.card_proposal import CardProposalDialog

    scan = scan_with_progress(parts, paths)
    if scan is None:
        return None
    dialog = CardProposalDialog(scan, parts.widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.contact()


def add_from_card(parts: WindowParts, paths: list[str] | None = None) -> None:
    from netdesk.services.cards import add_card_contact
    from netdesk.services.storage import BackupError, DiskFullError

    paths = paths if paths is not None else choose_images(parts)
    if not paths:
        return
    parts.settings.last_directory = str(Path(paths[0]).parent)
    contact = propose(parts, paths)
    if contact is None:
        return
    source = Path(paths[0]).name
    try:
        report = add_card_contact(parts.context, contact, source)
    except (BackupError, DiskFullError) as error:
        parts.dialogs.warn(
            parts.widget,
            Cards.tr("Card Not Added"),
            fill(Cards.tr("Nothing was added: %1"), str(error)),
        )
        return
    parts.show_imported([(source, report)])


def scan_for_event(parts: WindowParts) -> ContactData | None:
    """The "Scan Card…" button of Met People at an Event: the corrected contact."""
    paths = choose_images(parts)
    if not paths:
        return None
    parts.settings.last_directory = str(Path(paths[0]).parent)
    return propose(parts, paths)


def show_my_card(parts: WindowParts) -> None:
    from netdesk.ui.my_card_dialog import MyCardDialog

    MyCardDialog(parts).exec()
