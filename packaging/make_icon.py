"""Make ``resources/icons/lotsendesk.ico`` (16–256 px) from ``lotsendesk.svg`` for the Windows executable.

Run after changing the SVG: ``uv run python packaging/make_icon.py``. Qt renders each size from the SVG itself
(crisp small sizes instead of one downscaled bitmap); Pillow (already installed with reportlab) writes the .ico.
"""

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG as a PNG of size × size pixels with a transparent background."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"SVG nicht lesbar: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "lotsendesk.svg"
    images = [Image.open(io.BytesIO(render(svg, size))) for size in SIZES]
    target = ICONS / "lotsendesk.ico"
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"{target} geschrieben ({', '.join(str(s) for s in SIZES)} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
