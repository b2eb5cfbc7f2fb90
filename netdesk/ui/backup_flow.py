"""File → Back Up Now… and File → Restore from Backup…"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.translation import Context, fill

if TYPE_CHECKING:
    from netdesk.ui.window_parts import WindowParts


class Backup(Context):
    """The translation context of this module: lupdate reads ``Backup.tr(...)`` calls."""


def back_up_now(window: WindowParts) -> Path | None:
    from netdesk.services.storage import BackupError, backup_to

    name = f"NetDesk backup {dt.date.today().isoformat()}.sqlite3"
    start = Path(window.settings.last_directory or Path.home()) / name
    path = window.dialogs.save_file(
        window.widget,
        Backup.tr("Back Up Now"),
        str(start),
        Backup.tr("NetDesk backups (*.sqlite3)"),
    )
    if not path:
        return None
    try:
        target = backup_to(window.context.data_dir, Path(path))
    except BackupError as error:
        window.dialogs.warn(window.widget, Backup.tr("Backup Failed"), str(error))
        return None
    window.settings.last_directory = str(target.parent)
    window.show_message(fill(Backup.tr("Backed up to %1"), str(target)), 8000)
    return target


def restore_from_backup(window: WindowParts) -> bool:
    from netdesk.services.storage import BackupError, backups_dir, check_database

    context = window.context
    path = window.dialogs.open_file(
        window.widget,
        Backup.tr("Restore from Backup"),
        str(backups_dir(context.data_dir)),
        Backup.tr("NetDesk backups (*.sqlite3);;All files (*)"),
    )
    if not path:
        return False
    checked = check_database(Path(path))
    if not checked.ok:
        window.dialogs.warn(window.widget, Backup.tr("Cannot Restore"), checked.message)
        return False
    if not window.dialogs.confirm(
        window.widget,
        Backup.tr("Restore from Backup"),
        fill(
            Backup.tr(
                "Replace your current data with %1? The current data is kept as a backup first, "
                "so this can be reversed by restoring that one."
            ),
            Path(path).name,
        ),
        Backup.tr("Restore"),
    ):
        return False
    try:
        context.restore_database(Path(path))
        ok = True
    except BackupError as error:
        window.dialogs.warn(window.widget, Backup.tr("Cannot Restore"), str(error))
        ok = False
    window.reload_everything()
    if ok:
        window.show_message(fill(Backup.tr("Restored %1"), Path(path).name), 8000)
    return ok
