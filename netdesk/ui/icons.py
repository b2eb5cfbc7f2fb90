"""NetDesk's icons: Lucide SVGs (resources/icons/lucide) drawn in the palette's colours.

Each icon is rasterised from its SVG at the size and device pixel ratio it is asked for,
so it stays crisp at 150 % and 200 %; in the palette's text colour (highlighted text when
selected, the disabled text colour when disabled) read when it is drawn, so a light or
dark theme applies without reloading; and, for the icons that point somewhere, mirrored
while the application is laid out right to left.
"""

from __future__ import annotations

import enum
from functools import cache, lru_cache

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from netdesk.resources import resource_path


class Icon(enum.Enum):
    """The icons NetDesk uses, by the Lucide file each is drawn from."""

    ALL = "users"
    DUE = "bell-ring"
    FAVOURITE = "star"
    RECENT = "clock-plus"
    TRASH = "trash-2"
    CIRCLE = "circle-dot"
    TAG = "tag"
    ORGANIZATION = "building-2"
    EXPANDED = "chevron-down"
    COLLAPSED = "chevron-right"
    MORE = "ellipsis"
    EMAIL = "mail"
    CALL = "phone"
    LOG = "message-square-plus"
    REACHED = "circle-check"
    SNOOZE = "alarm-clock-off"
    PRINT = "printer"
    NEW = "user-plus"
    EDIT = "pencil"
    OVERDUE = "clock-alert"
    SMART = "search"


# Icons that point along the reading direction: drawn mirrored right to left.
DIRECTIONAL = frozenset({Icon.COLLAPSED})


@cache
def svg_source(icon: Icon) -> bytes:
    """The icon's SVG as shipped (``stroke="currentColor"``, filled in when drawn)."""
    return resource_path("icons", "lucide", f"{icon.value}.svg").read_bytes()


def icon_color(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour an icon is drawn in for ``mode``, from the application palette."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


@lru_cache(maxsize=1024)
def _image(icon: Icon, color: str, width: int, height: int, mirrored: bool) -> QImage:
    """``icon`` rasterised by Qt's SVG image plugin at exactly ``width`` x ``height``
    device pixels (the QtSvg Python module is left out of the bundle)."""
    svg = svg_source(icon).replace(b"currentColor", color.encode("ascii"))
    buffer = QBuffer()
    buffer.setData(QByteArray(svg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(width, height))
    image = reader.read()
    return image.flipped(Qt.Orientation.Horizontal) if mirrored else image


def render(painter: QPainter, icon: Icon, rect: QRect, color: QColor | None = None) -> None:
    """Draw ``icon`` into ``rect`` of ``painter`` (mirrored right to left if directional),
    rasterised at the painter's device pixel ratio."""
    color = color or icon_color()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    mirrored = icon in DIRECTIONAL and QGuiApplication.isRightToLeft()
    # SVG colours carry no alpha: a translucent palette colour becomes the opacity.
    image = _image(
        icon,
        color.name(QColor.NameFormat.HexRgb),
        max(1, round(rect.width() * ratio)),
        max(1, round(rect.height() * ratio)),
        mirrored,
    )
    painter.save()
    painter.setOpacity(painter.opacity() * color.alphaF())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(rect, image)
    painter.restore()


# Engines cloned for Qt, alive until Qt deletes them (see ``_SvgEngine.clone``).
_clones: list[QIconEngine] = []


class _SvgEngine(QIconEngine):
    """Draws one icon anew at each size, scale and mode it is asked for, and keeps it."""

    def __init__(self, icon: Icon, color: QColor | None = None) -> None:
        super().__init__()
        self._icon = icon
        self._color = color
        self._pixmaps: dict[tuple[int, int, float, int, str, bool], QPixmap] = {}

    def clone(self) -> QIconEngine:
        # Qt owns the clone (a detached QIcon deletes it), but PySide leaves a Python-made
        # return value owned by Python: dropped here, it would be freed under the icon.
        # Kept until Qt has deleted it.
        _clones[:] = [kept for kept in _clones if shiboken6.isValid(kept)]
        twin = _SvgEngine(self._icon, self._color)
        _clones.append(twin)
        return twin

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if self._color is not None and mode == QIcon.Mode.Normal:
            return self._color
        return icon_color(mode)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        render(painter, self._icon, rect, self._colour(mode))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        color = self._colour(mode)
        rtl = self._icon in DIRECTIONAL and QGuiApplication.isRightToLeft()
        key = (size.width(), size.height(), scale, int(mode.value), color.name(), rtl)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        render(painter, self._icon, QRect(QPoint(0, 0), size), color)
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def iconName(self) -> str:
        return self._icon.value


def icon(which: Icon, color: QColor | None = None) -> QIcon:
    """A ``QIcon`` of ``which``, in the palette's colours (or ``color`` when normal)."""
    return QIcon(_SvgEngine(which, color))
