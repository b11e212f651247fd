"""Render the app icon (resources/icons/enquiry-desk.svg) for the installers, with Qt, at build time.

    python installer/make_icons.py OUT_DIR

writes OUT_DIR/enquiry-desk.png (256 px, Linux), enquiry-desk.ico (Windows: 16-256 px) and
enquiry-desk.icns (macOS: 16-1024 px). Both containers hold PNG images, which Windows (Vista on)
and macOS (10.7 on) read; no binary is kept in the repository.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "enquiry-desk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType of each PNG size in an .icns file (Apple's icon family types).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render(size: int) -> bytes:
    """The icon as PNG bytes, `size` x `size` pixels, transparent around the drawing."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: header, one directory entry per size, then the PNG images."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return head + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b""
    for ostype, size in ICNS_TYPES:
        png = images[size]
        body += ostype.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*ICO_SIZES, *(size for _type, size in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    (out / "enquiry-desk.png").write_bytes(images[256])
    (out / "enquiry-desk.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (out / "enquiry-desk.icns").write_bytes(icns(images))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
