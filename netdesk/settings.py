"""Typed access to user preferences, stored beside the data so a data folder is portable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._s = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

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
    def last_directory(self) -> str:
        return str(self._s.value("files/last_directory", ""))

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._s.setValue("files/last_directory", value)

    def sync(self) -> None:
        self._s.sync()
