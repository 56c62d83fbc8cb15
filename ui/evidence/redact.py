"""Mark regions of an evidence image to blur (a face, a name badge) before it goes into a report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QRubberBand, QWidget

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]


class RedactableImage(QLabel):
    """Show a pixmap fitted to the widget; in marking mode a dragged rectangle becomes a box to blur.

    Boxes are in the image's own pixels (upright, as the auditor sees it), which is what
    auditor.imaging.clean_copy and the report expect.
    """

    box_drawn = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(200, 150))
        self.full: QPixmap | None = None
        self.boxes: list[Box] = []
        self.marking = False
        self._origin = QPoint()
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)

    def set_image(self, pixmap: QPixmap, boxes: list[Box]) -> None:
        """Show an image and the boxes already marked on it."""
        self.full = pixmap
        self.boxes = list(boxes)
        self.update()

    def set_marking(self, on: bool) -> None:
        """Turn rectangle marking on or off."""
        self.marking = on
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _frame(self) -> tuple[QRect, float]:
        """Return where the fitted image sits in the widget, and widget pixels per image pixel."""
        if self.full is None or self.full.isNull():
            return QRect(), 1.0
        scale = min(self.width() / self.full.width(), self.height() / self.full.height())
        w, h = int(self.full.width() * scale), int(self.full.height() * scale)
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h), scale

    def paintEvent(self, event: QPaintEvent) -> None:
        frame, scale = self._frame()
        if frame.isNull():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(frame, self.full)
        for x, y, w, h in self.boxes:
            # The screen shows where the blur goes; the report applies the real blur to the pixels.
            rect = QRect(
                frame.x() + int(x * scale),
                frame.y() + int(y * scale),
                int(w * scale),
                int(h * scale),
            )
            painter.fillRect(rect, QColor(90, 90, 90, 200))
            painter.setPen(QColor("white"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.marking and event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._band.setGeometry(QRect(self._origin, QSize()))
            self._band.show()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._band.isVisible():
            self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._band.isVisible():
            self._band.hide()
            box = self.to_image(QRect(self._origin, event.position().toPoint()).normalized())
            if box is not None:
                self.box_drawn.emit(box)
        super().mouseReleaseEvent(event)

    def to_image(self, rect: QRect) -> Box | None:
        """Return a widget rectangle as a box in image pixels, clipped to the image (None if empty)."""
        frame, scale = self._frame()
        clipped = rect.intersected(frame)
        if frame.isNull() or clipped.width() < 4 or clipped.height() < 4:
            return None
        return (
            int((clipped.x() - frame.x()) / scale),
            int((clipped.y() - frame.y()) / scale),
            int(clipped.width() / scale),
            int(clipped.height() / scale),
        )
