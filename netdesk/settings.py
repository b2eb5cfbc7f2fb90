"""Typed access to user preferences, stored beside the data so a data folder is portable."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from netdesk.paths import SETTINGS_FILENAME


class Settings:
    def __init__(self, data_dir: Path) -> None:
        path = data_dir / SETTINGS_FILENAME
        # Qt writes the file anew with the umask's mode (0644) but keeps the mode of one
        # that exists: start it private.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    def window_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/{name}")

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self._s.setValue(f"window/{name}", state)

    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """ "system" (follow the desktop's light or dark), "light" or "dark"."""
        value = str(self._s.value("ui/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value)

    @property
    def hijri(self) -> bool:
        """Show the Hijri date beside the Gregorian one (Arabic interface only)."""
        return str(self._s.value("ui/hijri", "false")).lower() == "true"

    @hijri.setter
    def hijri(self, value: bool) -> None:
        self._s.setValue("ui/hijri", "true" if value else "false")

    @property
    def list_two_lines(self) -> bool:
        """The contact list shows title · organisation under each name (else as columns)."""
        return str(self._s.value("ui/list_two_lines", "true")).lower() == "true"

    @list_two_lines.setter
    def list_two_lines(self, value: bool) -> None:
        self._s.setValue("ui/list_two_lines", "true" if value else "false")

    @property
    def sidebar_collapsed(self) -> list[str]:
        """The sidebar sections the user folded away."""
        return [s for s in str(self._s.value("ui/sidebar_collapsed", "")).split(",") if s]

    @sidebar_collapsed.setter
    def sidebar_collapsed(self, value: list[str]) -> None:
        self._s.setValue("ui/sidebar_collapsed", ",".join(value))

    @property
    def last_directory(self) -> str:
        return str(self._s.value("files/last_directory", ""))

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._s.setValue("files/last_directory", value)

    def cadence_defaults(self) -> dict[str, int | None]:
        """Per-circle default cadence: the user's overrides over the built-in table."""
        from netdesk.domain.cadence import DEFAULT_CADENCE

        out = {str(k): v for k, v in DEFAULT_CADENCE.items()}
        self._s.beginGroup("cadence")
        try:
            for key in self._s.childKeys():
                value = int(str(self._s.value(key, 0)) or 0)
                out[key] = value or None
        except ValueError:
            pass
        finally:
            self._s.endGroup()
        return out

    def set_cadence_default(self, circle: str, days: int | None) -> None:
        self._s.setValue(f"cadence/{circle}", days or 0)

    @property
    def tray_reminder(self) -> bool:
        return str(self._s.value("reminders/tray", "true")).lower() == "true"

    @tray_reminder.setter
    def tray_reminder(self, value: bool) -> None:
        self._s.setValue("reminders/tray", "true" if value else "false")

    @property
    def last_reminder(self) -> str:
        return str(self._s.value("reminders/last", ""))

    @last_reminder.setter
    def last_reminder(self, value: str) -> None:
        self._s.setValue("reminders/last", value)

    @property
    def summary_full_history(self) -> bool:
        """Printed summaries list every interaction, not only the newest (the brief)."""
        return str(self._s.value("print/full_history", "false")).lower() == "true"

    @summary_full_history.setter
    def summary_full_history(self, value: bool) -> None:
        self._s.setValue("print/full_history", "true" if value else "false")

    def outreach_template(self, purpose: str, language: str) -> tuple[str, str] | None:
        """The user's (subject, body) for a reach-out message, or None for the default."""
        key = f"outreach/{language}_{purpose}"
        subject, body = self._s.value(f"{key}_subject"), self._s.value(f"{key}_body")
        if subject is None or body is None:
            return None
        return str(subject), str(body)

    def set_outreach_template(
        self, purpose: str, language: str, text: tuple[str, str] | None
    ) -> None:
        key = f"outreach/{language}_{purpose}"
        if text is None:
            self._s.remove(f"{key}_subject")
            self._s.remove(f"{key}_body")
        else:
            self._s.setValue(f"{key}_subject", text[0])
            self._s.setValue(f"{key}_body", text[1])

    @property
    def last_overdue(self) -> int:
        """Who was due when the window last counted: the first frame shows the due banner
        (if any) where the count will put it, so the table does not move when it comes."""
        try:
            return max(0, int(str(self._s.value("window/last_overdue", 0))))
        except ValueError:
            return 0

    @last_overdue.setter
    def last_overdue(self, value: int) -> None:
        self._s.setValue("window/last_overdue", int(value))

    @property
    def weekly_goal(self) -> int:
        """People to reach each week (the dashboard's and Today's goal)."""
        try:
            return max(0, int(str(self._s.value("outreach/weekly_goal", 5))))
        except ValueError:
            return 5

    @weekly_goal.setter
    def weekly_goal(self, value: int) -> None:
        self._s.setValue("outreach/weekly_goal", int(value))

    @property
    def smart_lists(self) -> list[tuple[str, str]]:
        """Saved searches (name, search text), in the order they were saved."""
        try:
            saved = json.loads(str(self._s.value("search/smart_lists", "[]")))
        except ValueError:
            return []
        if not isinstance(saved, list):
            return []
        return [
            (str(item[0]), str(item[1]))
            for item in saved
            if isinstance(item, list) and len(item) == 2
        ]

    @smart_lists.setter
    def smart_lists(self, value: list[tuple[str, str]]) -> None:
        # JSON, not a QSettings list: an INI file keeps no difference between a list
        # of one item and a plain value.
        self._s.setValue("search/smart_lists", json.dumps(value, ensure_ascii=False))
        self._s.sync()

    def sync(self) -> None:
        self._s.sync()
