"""Faces: colours readable under white initials, pixmaps kept, photos read only when painted."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter

from netdesk.domain.contact_data import ContactData
from netdesk.models.contact_table import ContactTableModel
from netdesk.models.faces import (
    FACE_COLORS,
    INITIALS_TEXT,
    FaceCache,
    face_color,
    photo_pixmap,
)


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def test_every_face_colour_holds_white_initials_at_wcag_aa() -> None:
    white = _luminance(QColor(INITIALS_TEXT))
    for name in FACE_COLORS:
        ratio = (white + 0.05) / (_luminance(QColor(name)) + 0.05)
        assert ratio >= 4.5, (name, ratio)


def test_colour_is_stable_and_neighbours_differ() -> None:
    assert face_color(41) == face_color(41)
    colours = {face_color(i).name() for i in range(1, 13)}
    assert len(colours) == len(FACE_COLORS)
    assert all(face_color(i) != face_color(i + 1) for i in range(100))


def _jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"jpg")).write(image)
    return bytes(buffer.data().data())


def test_photo_is_decoded_at_the_size_shown(qapp) -> None:
    pixmap = photo_pixmap(_jpeg(1200, 1600), 32, 2.0)
    assert pixmap is not None
    assert pixmap.size() == QSize(64, 64) and pixmap.devicePixelRatio() == 2.0
    # Cropped to a disc: the corners are transparent, the middle is the photo.
    image = pixmap.toImage()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 32).alpha() == 255
    assert photo_pixmap(b"not an image", 32, 1.0) is None


def test_initials_are_drawn_once_per_key_and_the_cache_is_bounded(qapp) -> None:
    cache = FaceCache(lambda _id: None)
    font = QFont()
    first = cache.initials("SA", QColor("#1f5fbf"), 28, 1.0, font)
    assert cache.initials("SA", QColor("#1f5fbf"), 28, 1.0, font) is first
    assert cache.initials("SA", QColor("#1f5fbf"), 28, 2.0, font) is not first
    for n in range(FaceCache.INITIALS_LIMIT + 50):
        cache.initials(str(n), QColor("#1f5fbf"), 28, 1.0, font)
    assert cache.sizes()[0] == FaceCache.INITIALS_LIMIT


def test_photos_are_read_when_painted_and_again_after_a_change(qapp) -> None:
    reads: list[int] = []
    photo = _jpeg(64, 64)

    def source(contact_id: int) -> bytes | None:
        reads.append(contact_id)
        return photo if contact_id == 1 else None

    cache = FaceCache(source)
    assert cache.photo(1, 28, 1.0) is not None
    assert cache.photo(1, 28, 1.0) is not None
    assert cache.photo(2, 28, 1.0) is None
    assert cache.photo(2, 28, 1.0) is None  # a missing photo is not read again
    assert reads == [1, 2]
    cache.forget([1])
    cache.photo(1, 28, 1.0)
    assert reads == [1, 2, 1]


def test_the_table_reads_no_photo_until_a_face_is_painted(qapp, context, people) -> None:
    svc = context.contacts
    data = svc.get(people["sara"])
    data.photo = _jpeg(200, 200)
    svc.update(people["sara"], data)
    read: list[int] = []
    original = svc.photo

    def counted(cid: int) -> bytes | None:
        read.append(cid)
        photo: bytes | None = original(cid)
        return photo

    svc.photo = counted
    model = ContactTableModel(svc)
    model.refresh()
    for number in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.index(number, column).data()
    assert read == []
    row = model.row_data(model.row_of(people["sara"]) or 0)
    assert row is not None and row.has_photo
    assert row.given_name == "Sara" and row.family_name == "Ali"
    assert model.faces.photo(row.id, 28, 1.0) is not None
    assert read == [people["sara"]]
    # Changing the contact drops the kept photo; it is read again when next painted.
    svc.update(people["sara"], ContactData(given_name="Sara", family_name="Ali"))
    assert model.faces.photo(row.id, 28, 1.0) is None
