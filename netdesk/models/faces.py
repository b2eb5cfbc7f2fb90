"""Faces for the contact list and card: the photo, or initials on a colour of their own.

Painting a face must cost a look-up, not a render: initials are drawn once per text,
colour, size and pixel ratio and kept (least recently used first out); a photo is read
and decoded only when a row showing it is painted, scaled down while decoding, and kept
per contact until that contact changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

# Backgrounds for initials, each dark enough for white text at WCAG AA (4.5:1 and more,
# checked by tests/unit/models/test_faces.py), and told apart by hue.
FACE_COLORS = (
    "#b3261e",  # red
    "#a0410d",  # rust
    "#7c5800",  # ochre
    "#3b6a00",  # green
    "#00695c",  # teal
    "#006780",  # petrol
    "#1f5fbf",  # blue
    "#4a4fb5",  # indigo
    "#6b3fa0",  # violet
    "#8e2a6e",  # plum
    "#5d5f5f",  # slate
    "#7a4f3a",  # brown
)
INITIALS_TEXT = "#ffffff"


def face_color(contact_id: int) -> QColor:
    """The same colour for a contact wherever it shows, spread across the palette:
    neighbouring ids (people imported together) differ."""
    return QColor(FACE_COLORS[(contact_id * 7) % len(FACE_COLORS)])


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Lru(Generic[K, V]):
    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._limit:
            self._items.popitem(last=False)

    def drop(self, test: Callable[[K], bool]) -> None:
        for key in [k for k in self._items if test(k)]:
            del self._items[key]

    def __len__(self) -> int:
        return len(self._items)


def _circle(size: int, ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    return pixmap, painter


def initials_pixmap(text: str, color: QColor, size: int, ratio: float, font: QFont) -> QPixmap:
    """A disc of ``color`` with ``text`` centred in white, ``size`` logical pixels wide."""
    pixmap, painter = _circle(size, ratio)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0, 0, size, size))
    face = QFont(font)
    face.setBold(True)
    face.setPixelSize(max(6, round(size * (0.36 if len(text) > 1 else 0.44))))
    painter.setFont(face)
    painter.setPen(QColor(INITIALS_TEXT))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def photo_pixmap(data: bytes, size: int, ratio: float) -> QPixmap | None:
    """``data`` decoded at the size shown (JPEG decodes scaled down), cropped to a disc."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    pixels = round(size * ratio)
    source = reader.size()
    if source.isValid() and not source.isEmpty():
        scaled = source.scaled(QSize(pixels, pixels), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        reader.setScaledSize(scaled)
    image: QImage = reader.read()
    if image.isNull():
        return None
    pixmap, painter = _circle(size, ratio)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    image.setDevicePixelRatio(ratio)
    # Centred: a portrait photo loses its top and bottom, not the face.
    x = (size - image.width() / ratio) / 2
    y = (size - image.height() / ratio) / 2
    painter.drawImage(QRectF(x, y, image.width() / ratio, image.height() / ratio), image)
    painter.end()
    return pixmap


class FaceCache:
    """The faces painted lately, by what they show.

    ``photo_source`` reads a contact's photo (the contact service's ``photo``).
    """

    INITIALS_LIMIT = 128
    PHOTO_LIMIT = 256

    def __init__(self, photo_source: Callable[[int], bytes | None]) -> None:
        self._photo_source = photo_source
        self._initials: _Lru[tuple[str, str, int, float], QPixmap] = _Lru(self.INITIALS_LIMIT)
        # A photo that fails to decode is remembered as None, and not read again.
        self._photos: _Lru[tuple[int, int, float], QPixmap | bool] = _Lru(self.PHOTO_LIMIT)

    def initials(self, text: str, color: QColor, size: int, ratio: float, font: QFont) -> QPixmap:
        key = (text, color.name(), size, ratio)
        pixmap = self._initials.get(key)
        if pixmap is None:
            pixmap = initials_pixmap(text, color, size, ratio, font)
            self._initials.put(key, pixmap)
        return pixmap

    def photo(self, contact_id: int, size: int, ratio: float) -> QPixmap | None:
        key = (contact_id, size, ratio)
        cached = self._photos.get(key)
        if cached is None:
            data = self._photo_source(contact_id)
            cached = (photo_pixmap(data, size, ratio) if data else None) or False
            self._photos.put(key, cached)
        return cached if isinstance(cached, QPixmap) else None

    def forget(self, contact_ids: Iterable[int]) -> None:
        """Photos of contacts that changed: read again when next painted."""
        gone = set(contact_ids)
        self._photos.drop(lambda key: key[0] in gone)

    def sizes(self) -> tuple[int, int]:
        """(initials kept, photos kept), for tests."""
        return len(self._initials), len(self._photos)
