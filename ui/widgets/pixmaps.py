"""Turn stored image bytes into pixmaps and draw the small state marks the lists use."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

log = logging.getLogger(__name__)


def pixmap_from_bytes(data: bytes) -> QPixmap:
    """Return a pixmap of encoded image bytes (thumbnails only, never originals)."""
    image = QImage.fromData(QByteArray(data))
    return QPixmap.fromImage(image)


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
