"""The data folder's database as a whole, for the windows and start-up: check it, back
it up, restore it.

The work is done in ``netdesk.db``; the UI reaches it through here, as it reaches
records through the other services (the import-linter contracts in pyproject.toml
forbid ``netdesk.ui`` importing ``netdesk.db`` or ``netdesk.store``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdesk.db.connection import DiskFullError
from netdesk.db.health import Status, check_database
from netdesk.db.preflight import check_data_folder, remove_stale_temp_files, restore_blocker
from netdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from netdesk.db.backup import (
        BackupError,
        backup_before_migration,
        backup_to,
        backups_dir,
        daily_backup,
        latest_good_backup,
    )
    from netdesk.db.restore import restore

# Backups and restores load when first used, after the window has painted.
_LATER = {
    "BackupError": "netdesk.db.backup",
    "backup_before_migration": "netdesk.db.backup",
    "backup_to": "netdesk.db.backup",
    "backups_dir": "netdesk.db.backup",
    "daily_backup": "netdesk.db.backup",
    "latest_good_backup": "netdesk.db.backup",
    "restore": "netdesk.db.restore",
}

__getattr__ = lazy_exports(__name__, _LATER)


__all__ = [
    "BackupError",
    "DiskFullError",
    "Status",
    "backup_before_migration",
    "backup_to",
    "backups_dir",
    "check_data_folder",
    "check_database",
    "daily_backup",
    "latest_good_backup",
    "remove_stale_temp_files",
    "restore",
    "restore_blocker",
]
