"""Draw Packstation's icon with Qt and write the Windows .ico and the window-icon PNG.

    .venv/bin/pip install pillow   # only for this script (writes the multi-size .ico)
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icon.py

Writes ``resources/packstation.ico`` (16-256 px; the exe, the installer, Add/Remove
Programs) and ``packstation/resources/icon.png`` (256 px; the window and taskbar icon).
Both are committed: a build never runs this. The drawing is bold on purpose: a parcel
with a tick, readable at 16 px in a taskbar.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
ICO = ROOT / "resources" / "packstation.ico"
PNG = ROOT / "packstation" / "resources" / "icon.png"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1d4ed8"))  # the bench's "busy" blue
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # A parcel: front face, lid and the tape down the middle.
    p.setBrush(QColor("#f5d9a8"))
    p.setPen(QPen(QColor("#7c4a12"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.drawRect(QRectF(48, 92, 160, 124))
    lid = QPainterPath(QPointF(40, 92))
    for x, y in ((64, 52), (192, 52), (216, 92)):
        lid.lineTo(x, y)
    lid.closeSubpath()
    p.drawPath(lid)
    p.drawLine(QPointF(128, 52), QPointF(128, 136))
    # The tick: done, shipped.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#15803d"))
    p.drawEllipse(QPointF(184, 188), 56, 56)
    p.setPen(QPen(QColor("#ffffff"), 18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    tick = QPainterPath(QPointF(156, 190))
    tick.lineTo(176, 210)
    tick.lineTo(212, 168)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data().data())


def main() -> int:
    from PIL import Image  # pillow: writes every size into one .ico

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: Image.open(io.BytesIO(png_bytes(draw(size)))) for size in SIZES}
    PNG.parent.mkdir(parents=True, exist_ok=True)
    PNG.write_bytes(png_bytes(draw(256)))
    ICO.parent.mkdir(parents=True, exist_ok=True)
    big = images[256]
    big.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES],
             append_images=[images[s] for s in SIZES if s != 256])
    print(f"wrote {ICO.relative_to(ROOT)} ({', '.join(map(str, SIZES))} px) and "
          f"{PNG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
