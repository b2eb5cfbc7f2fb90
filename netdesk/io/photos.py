"""Contact photos are kept as small thumbnails, whatever size they arrive in."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter

THUMBNAIL_PX = 256
THUMBNAIL_MAX_BYTES = 96 * 1024


def bounded_photo(data: bytes | None) -> bytes | None:
    """A JPEG or PNG of at most 256 px a side; None for bytes that are not an image.

    Small images that already fit are kept byte for byte, so a round trip through
    export and import does not degrade them.
    """
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if (
        image.width() <= THUMBNAIL_PX
        and image.height() <= THUMBNAIL_PX
        and len(data) <= THUMBNAIL_MAX_BYTES
    ):
        return data
    scaled = image.scaled(
        THUMBNAIL_PX,
        THUMBNAIL_PX,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    fmt = "PNG" if scaled.hasAlphaChannel() else "JPEG"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt.encode()))
    writer.setQuality(85)
    if not writer.write(scaled):
        return None
    return bytes(QByteArray(buffer.data()).data())
