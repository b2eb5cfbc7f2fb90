"""``--screenshot PNG``: save the main window once it has painted, then quit."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def schedule_screenshot(window: QWidget, path: str, delay_ms: int = 600) -> None:
    def shoot() -> None:
        window.grab().save(path)
        QApplication.quit()

    QTimer.singleShot(delay_ms, shoot)
