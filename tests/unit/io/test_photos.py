import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter

from netdesk.io.photos import THUMBNAIL_PX, bounded_photo


def encode(image: QImage, fmt: bytes) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(fmt)).write(image)
    return bytes(QByteArray(buffer.data()).data())


def test_large_photo_becomes_bounded_thumbnail(qapp):
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    data = encode(image, b"PNG")
    thumb = bounded_photo(data)
    assert thumb is not None
    back = QImage.fromData(thumb)
    assert (back.width(), back.height()) == (THUMBNAIL_PX, THUMBNAIL_PX // 2)
    assert thumb[:3] == b"\xff\xd8\xff"  # no alpha: stored as JPEG


def test_small_photo_kept_byte_for_byte(qapp):
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("gold"))
    data = encode(image, b"JPEG")
    assert bounded_photo(data) == data


@pytest.mark.qt_log_ignore("Unsupported marker type", "Corrupt JPEG")
def test_not_an_image_is_dropped(qapp):
    assert bounded_photo(b"\xff\xd8\xff not really a jpeg") is None
    assert bounded_photo(b"") is None
    assert bounded_photo(None) is None
