"""``--screenshot PNG``: save the main window once it has painted, then quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.io.atomic import write_bytes


def png_bytes(picture: QImage | QPixmap) -> bytes:
    """``picture`` as PNG, for :func:`netdesk.io.atomic.write_bytes`."""
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ValueError(f"the image cannot be saved as PNG: {writer.errorString()}")
    return bytes(buffer.data().data())


def schedule_screenshot(window: QWidget, path: str, delay_ms: int = 600) -> None:
    def shoot() -> None:
        write_bytes(Path(path), png_bytes(window.grab()))
        QApplication.quit()

    QTimer.singleShot(delay_ms, shoot)
