"""Render the app icon from ``resources/icons/netdesk.svg`` for every platform.

Writes into OUT (default ``build/icons``):

- ``hicolor/<n>x<n>/apps/io.netdesk.NetDesk.png`` for the freedesktop sizes, plus
  ``hicolor/scalable/apps/io.netdesk.NetDesk.svg``: the tree ``install.sh`` copies;
- ``netdesk.ico``: Windows, 16-256 px (small sizes as 32-bit DIBs, 256 px as PNG,
  the layout Windows' own tools write);
- ``netdesk.icns``: macOS, 16-1024 px as PNG entries (``icp4``... ``ic10``).

ICO and ICNS are written here rather than through ``QImageWriter``: Qt's ``ico``
writer stores one size only, and its ``icns`` plugin is not on every platform.
Qt's readers are used to check the result.

Run: python packaging/make_icons.py [--out DIR]     (the spec and ``make bundle`` call it)
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

from app_meta import APP_ID, ROOT

SVG = ROOT / "resources" / "icons" / "netdesk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# ICNS entry types holding PNG data, by pixel size (Retina variants share a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render_png(size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise SystemExit(f"cannot encode a {size} px PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _dib(png: bytes, size: int) -> bytes:
    """A 32-bit BGRA DIB with its AND mask, as an ICO entry stores small sizes."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [  # bottom-up rows of B, G, R, A bytes: 0xAARRGGBB little-endian
        b"".join(struct.pack("<I", image.pixel(x, y)) for x in range(size))
        for y in reversed(range(size))
    ]
    mask_row = ((size + 31) // 32) * 4
    mask = bytes(mask_row * size)  # all opaque: the alpha channel decides
    return header + b"".join(rows) + mask


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding every size in ``pngs`` (PNG for 256 px, DIB below)."""
    entries = [(size, pngs[size] if size >= 256 else _dib(pngs[size], size)) for size in pngs]
    offset = 6 + 16 * len(entries)
    directory = b""
    blobs = b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file with PNG entries for every type in ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def check_readable(path: Path, expected: int) -> None:
    """Read ``path`` back with Qt when it has a plugin for the format."""
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    if not reader.canRead():
        return  # no Qt plugin for this format here; the structure was still written by spec
    count = reader.imageCount()
    if count and count < expected:
        raise SystemExit(f"{path}: Qt reads {count} images, expected {expected}")
    if reader.read().isNull():
        raise SystemExit(f"{path}: Qt cannot decode it: {reader.errorString()}")


def make_icons(out: Path) -> list[Path]:
    """Write every icon file under ``out``; returns the files written."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    ico = out / "netdesk.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    check_readable(ico, len(ICO_SIZES))
    icns = out / "netdesk.icns"
    icns.write_bytes(icns_bytes(pngs))
    check_readable(icns, 1)
    png = out / "netdesk.png"
    png.write_bytes(pngs[256])
    written += [ico, icns, png]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args()
    for path in make_icons(args.out.resolve()):
        print(path.relative_to(args.out.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
