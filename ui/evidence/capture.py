"""Capture a region of the screen: hide the window, grab the screen, drag a rectangle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from ui.widgets import theme

log = logging.getLogger(__name__)


def span(a: QPoint, b: QPoint) -> QRect:
    """Return the rectangle between two corners, its size being the distance between them."""
    return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()), abs(a.y() - b.y()))


class CaptureOverlay(QWidget):
    """A dimmed full-screen picture of the screen: drag a rectangle to capture, Esc cancels."""

    region_selected = Signal(QImage)
    cancelled = Signal()

    def __init__(self, shot: QPixmap, hint: str, parent: QWidget | None = None):
        super().__init__(
            parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.shot = shot
        self.hint = hint
        self._origin: QPoint | None = None
        self._rect = QRect()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)

    def selection(self) -> QRect:
        """Return the rectangle dragged so far, in widget coordinates."""
        return QRect(self._rect)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.shot)
        painter.fillRect(self.rect(), QColor(20, 24, 32, 130))
        if not self._rect.isNull():
            ratio = self.shot.devicePixelRatio() or 1.0
            source = QRect(
                int(self._rect.x() * ratio),
                int(self._rect.y() * ratio),
                int(self._rect.width() * ratio),
                int(self._rect.height() * ratio),
            )
            painter.drawPixmap(self._rect, self.shot, source)
            painter.setPen(QPen(QColor(theme.ACCENT), 2))
            painter.drawRect(self._rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor("white"))
        painter.drawText(
            self.rect().adjusted(0, 24, 0, 0), Qt.AlignmentFlag.AlignHCenter, self.hint
        )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._rect = QRect(self._origin, self._origin)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._rect = span(self._origin, event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._origin is None:
            return
        self._rect = span(self._origin, event.position().toPoint())
        self._origin = None
        if self._rect.width() < 4 or self._rect.height() < 4:  # a click, not a drag: keep waiting
            self._rect = QRect()
            self.update()
            return
        self.region_selected.emit(self.cropped())
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            self.close()
        else:
            super().keyPressEvent(event)

    def cropped(self) -> QImage:
        """Return the selected part of the screen at full resolution."""
        ratio = self.shot.devicePixelRatio() or 1.0
        scale_x = self.shot.width() / ratio / max(self.width(), 1)
        scale_y = self.shot.height() / ratio / max(self.height(), 1)
        r = self._rect
        source = QRect(
            round(r.x() * scale_x * ratio),
            round(r.y() * scale_y * ratio),
            round(r.width() * scale_x * ratio),
            round(r.height() * scale_y * ratio),
        )
        return self.shot.copy(source).toImage()


class ScreenCapture(QObject):
    """Run one capture: hide the window, grab its screen, show the overlay, then the window."""

    captured = Signal(QImage)

    def __init__(self, hint: str, parent: QObject | None = None):
        super().__init__(parent)
        self.hint = hint
        self.overlay: CaptureOverlay | None = None
        self._window: QWidget | None = None

    def start(self, window: QWidget) -> None:
        """Hide `window` and grab the screen once it is gone."""
        self._window = window
        window.hide()
        QGuiApplication.processEvents()
        QTimer.singleShot(300, self._grab)  # let the compositor remove the window first

    def _grab(self) -> None:
        screen = (
            self._window.screen() if self._window else None
        ) or QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0)
        self.overlay = CaptureOverlay(shot, self.hint)
        self.overlay.setGeometry(screen.geometry())
        self.overlay.region_selected.connect(self._done)
        self.overlay.cancelled.connect(lambda: self._done(None))
        self.overlay.showFullScreen()
        self.overlay.activateWindow()
        self.overlay.setFocus()

    def _done(self, image: QImage | None) -> None:
        if self._window is not None:
            self._window.show()
            self._window.activateWindow()
        if image is not None and not image.isNull():
            self.captured.emit(image)
