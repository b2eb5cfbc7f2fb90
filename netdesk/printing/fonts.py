"""The fonts shipped in ``resources/fonts`` and the font stack printed documents use."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from netdesk.printing.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
# Latin first: Noto Sans has no Arabic glyphs, so Arabic text falls through to Noto
# Sans Arabic while Latin letters, digits and punctuation keep the Latin design.
FONT_STACK = ("Noto Sans", "Noto Sans Arabic")

_families: list[str] | None = None


def ensure_fonts() -> list[str]:
    """Register the shipped fonts with Qt once per process.

    Returns:
        The family names registered, in ``FONT_FILES`` order without duplicates.

    Raises:
        RuntimeError: when no QGuiApplication exists (Qt's font database needs one).
    """
    global _families
    if _families is not None:
        return list(_families)
    if QGuiApplication.instance() is None:
        raise RuntimeError("ensure_fonts() needs a QGuiApplication")
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _families = families
    return list(families)


def document_font(point_size: float, *, bold: bool = False) -> QFont:
    """A font using the shipped font stack (call ``ensure_fonts`` first)."""
    font = QFont()
    font.setFamilies(list(FONT_STACK))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # Hinting distorts glyph widths at print resolution and shifts right-aligned text.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def ascent_px(point_size: float, *, arabic: bool, bold: bool = False) -> float:
    """Ascent of the first font of a line, in Qt's 96-dpi layout pixels.

    Qt top-aligns table cells, so a Latin cell next to an Arabic one (whose font has
    a much taller ascent) sits higher; this measure lets cells pad to a shared baseline.
    """
    font = QFont()
    font.setFamilies([FONT_STACK[1] if arabic else FONT_STACK[0]])
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setPixelSize(_REFERENCE_PX)
    return QFontMetricsF(font).ascent() * point_size * 96 / 72 / _REFERENCE_PX


_REFERENCE_PX = 1000
