"""Draws the application icon (a page with a revision mark) into resources/icons/.

PNG at several sizes and a Windows .ico; the macOS .icns is made from the PNGs by
`iconutil` in the macOS build (packaging/build-macos.sh).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = [16, 32, 48, 64, 128, 256, 512]


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    p.setPen(QPen(QColor("#1f3a5f"), 2 * s))
    p.setBrush(QColor("#fdfdfb"))
    p.drawRoundedRect(QRectF(12 * s, 6 * s, 40 * s, 52 * s), 3 * s, 3 * s)
    p.setPen(QPen(QColor("#9aa5b1"), 2.2 * s))
    for y in (16, 22, 40, 46):
        p.drawLine(QPointF(18 * s, y * s), QPointF(46 * s, y * s))
    p.setPen(QPen(QColor("#c0392b"), 2.6 * s))
    p.drawLine(QPointF(18 * s, 28 * s), QPointF(40 * s, 28 * s))
    p.setPen(QPen(QColor("#1e8449"), 3 * s))
    p.drawLine(QPointF(18 * s, 34 * s), QPointF(46 * s, 34 * s))
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"amendtool-{size}.png"))
    draw(256).save(str(OUT / "amendtool.png"))
    if not draw(256).save(str(OUT / "amendtool.ico")):
        print("no ICO writer in this Qt; the Windows build makes one", file=sys.stderr)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
