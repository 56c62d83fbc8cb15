"""Turn stored image bytes into pixmaps and draw the small state marks the lists use."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImageReader, QPainter, QPixmap

log = logging.getLogger(__name__)


def pixmap_from_bytes(data: bytes, fit: QSize | None = None, ratio: float = 1.0) -> QPixmap:
    """Return a pixmap of encoded image bytes (thumbnails only, never originals).

    With `fit`, the image is decoded straight to fit that size (in device-independent pixels, at
    the screen's pixel ratio), never enlarged: a list then paints it as it is, where scaling a
    360 px thumbnail on every paint cost half of a scroll step.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    size = reader.size()
    if fit is not None and size.isValid():
        target = fit * ratio
        if size.width() > target.width() or size.height() > target.height():
            reader.setScaledSize(size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def dot_icon(color: str, size: int = 12) -> QIcon:
    """Return a round coloured dot, the state mark of list rows."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)
