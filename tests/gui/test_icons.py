"""The icon set: every icon ships, draws crisp at the pixel ratio asked, in the palette's
colour, and the directional ones turn round right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from netdesk.resources import resource_path
from netdesk.ui.icons import DIRECTIONAL, Icon, icon


def _ink(image: QImage) -> tuple[int, int]:
    """Painted pixels in the left and in the right half."""
    half = image.width() // 2
    left = right = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 0:
                if x < half:
                    left += 1
                else:
                    right += 1
    return left, right


@pytest.fixture
def red_text(qapp) -> Iterator[None]:
    before = QGuiApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#cc0000"))
    QGuiApplication.setPalette(palette)
    yield
    QGuiApplication.setPalette(before)


def test_every_icon_ships_with_its_licence(qapp) -> None:
    folder = resource_path("icons", "lucide")
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    sources = resource_path("icons", "SOURCES.md").read_text(encoding="utf-8")
    for which in Icon:
        assert (folder / f"{which.value}.svg").is_file(), which
        assert which.value in sources, which
        image = icon(which).pixmap(QSize(24, 24), 1.0).toImage()
        assert sum(_ink(image)) > 20, which
    # Nothing shipped that is not used.
    assert {p.stem for p in folder.glob("*.svg")} == {which.value for which in Icon}


def test_drawn_at_the_pixel_ratio_asked(qapp) -> None:
    for ratio in (1.0, 1.5, 2.0):
        pixmap = icon(Icon.ALL).pixmap(QSize(16, 16), ratio)
        assert pixmap.devicePixelRatio() == ratio
        assert pixmap.size() == QSize(round(16 * ratio), round(16 * ratio))


def test_tinted_with_the_palette(red_text) -> None:
    image = icon(Icon.TAG).pixmap(QSize(24, 24), 2.0).toImage()
    solid = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert solid and all(c.red() > 150 and c.green() < 40 for c in solid)
    disabled = icon(Icon.TAG).pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert sum(_ink(disabled)) > 0


def _tip(image: QImage) -> float:
    """Where the middle row is inked, on average: the point of a chevron."""
    y = image.height() // 2
    xs = [x for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0]
    return sum(xs) / len(xs)


def test_directional_icons_turn_round_right_to_left(qapp) -> None:
    assert Icon.COLLAPSED in DIRECTIONAL
    chevron = icon(Icon.COLLAPSED)
    assert _tip(chevron.pixmap(QSize(24, 24), 1.0).toImage()) > 13  # ">" points right
    star_ltr = _ink(icon(Icon.FAVOURITE).pixmap(QSize(24, 24), 1.0).toImage())
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        tip = _tip(chevron.pixmap(QSize(24, 24), 1.0).toImage())
        # Others do not turn: a star is a star either way.
        star_rtl = _ink(icon(Icon.FAVOURITE).pixmap(QSize(24, 24), 1.0).toImage())
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert tip < 11  # "<": it points the way an Arabic reader reads
    assert star_rtl == star_ltr


_DETACH = """
import gc
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netdesk.ui.icons import Icon, icon
first = icon(Icon.ALL)
shared = QIcon(first)
first.addPixmap(QPixmap(16, 16))  # detaches: Qt clones the engine
gc.collect()
assert not first.pixmap(16).isNull() and not shared.pixmap(16).isNull()
"""


def test_an_icon_detached_by_qt_keeps_its_engine(tmp_path) -> None:
    """Qt clones an icon's engine when a shared icon changes; a clone freed by Python
    while Qt still holds it crashed the process (in a child, so a crash fails this test)."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DETACH], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
