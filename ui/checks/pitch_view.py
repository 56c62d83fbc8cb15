"""The greeting's pitch curve on the recording panel, with its axes: seconds across, semitones up.

The semitones are around the speaker's usual pitch (0 is their median), so a fall reads the same
for a low and a high voice; the seconds are the recording's own, as on the waveform above.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from auditor.i18n import decimal_text

log = logging.getLogger(__name__)

CURVE = QColor("#1F4E79")
GRID = QColor("#DDDDDD")
TEXT = QColor("#555555")
NICE_STEPS = (0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0)


def ticks(low: float, high: float, most: int) -> list[float]:
    """Return round values between low and high, at most `most` of them (at least the ends' step)."""
    span = max(high - low, 1e-6)
    step = next((s for s in NICE_STEPS if span / s <= most), NICE_STEPS[-1])
    first = math.ceil(low / step - 1e-9) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [round(first + n * step, 6) for n in range(max(count, 0))]


def tick_text(value: float, lang: str, signed: bool = False) -> str:
    """Return a tick's number: no decimals when whole, the language's decimal comma, a sign."""
    text = f"{value:.0f}" if abs(value - round(value)) < 1e-6 else f"{value:.1f}"
    if text in ("-0", "-0.0"):
        text = text[1:]
    if signed and value > 1e-6:
        text = "+" + text
    return decimal_text(text.replace("-", "\u2212"), lang)


class PitchView(QWidget):
    """Paint the greeting's pitch in semitones over time, with labelled axes."""

    def __init__(
        self,
        seconds: str = "s",
        semitones: str = "st",
        lang: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setMinimumHeight(80)
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.seconds_title, self.semitones_title, self.lang = seconds, semitones, lang
        self.times: list[float] = []
        self.values: list[float | None] = []

    def show_curve(self, times: list[float], values: list[float | None]) -> None:
        """Show a pitch curve (None where the voice is unvoiced)."""
        self.times, self.values = times, values
        self.update()

    def plot_area(self) -> QRectF:
        """Return the rectangle the curve is drawn in, inside the axes' labels."""
        metrics = self.fontMetrics()
        left = metrics.height() + 4 + metrics.horizontalAdvance("\u221210")
        bottom = metrics.height() + 4
        return QRectF(left + 4, 6, self.width() - left - 12, self.height() - bottom - 10)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        voiced = [(t, v) for t, v in zip(self.times, self.values, strict=False) if v is not None]
        if len(voiced) < 2:
            return
        t0, t1 = voiced[0][0], voiced[-1][0]
        low = min(v for _t, v in voiced) - 1
        high = max(v for _t, v in voiced) + 1
        area = self.plot_area()
        if area.width() < 20 or area.height() < 20:
            return

        def point(t: float, v: float) -> QPointF:
            return QPointF(
                area.left() + area.width() * (t - t0) / max(t1 - t0, 1e-6),
                area.top() + area.height() * (high - v) / (high - low),
            )

        self._axes(painter, area, (t0, t1), (low, high), point)
        painter.setPen(QPen(CURVE, 2))
        previous = None
        for t, v in zip(self.times, self.values, strict=False):
            if v is None:
                previous = None
                continue
            here = point(t, v)
            if previous is not None:
                painter.drawLine(previous, here)
            previous = here

    def _axes(
        self,
        painter: QPainter,
        area: QRectF,
        span: tuple[float, float],
        levels: tuple[float, float],
        point: Callable[[float, float], QPointF],
    ) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        rows = max(2, int(area.height() // (line * 1.6)))
        for value in ticks(levels[0], levels[1], min(rows, 5)):
            y = point(span[0], value).y()
            painter.setPen(QPen(GRID.darker(130) if abs(value) < 1e-6 else GRID, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(TEXT)
            label = QRectF(line + 2, y - line / 2, area.left() - line - 6, line)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, tick_text(value, self.lang, signed=True))
        columns = max(2, int(area.width() // metrics.horizontalAdvance("00,0 s  ")))
        top = area.bottom() + 3
        marks = ticks(span[0], span[1], min(columns, 8))
        for n, value in enumerate(marks):
            x = point(value, 0.0).x()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3))
            painter.setPen(TEXT)
            text = tick_text(value, self.lang)
            if n == len(marks) - 1:  # the unit once, on the last tick: "21 s"
                text = f"{text} {self.seconds_title}"
            width = metrics.horizontalAdvance(text)
            left = min(max(area.left(), x - width / 2), self.width() - width - 2)
            painter.drawText(QRectF(left, top, width + 1, line), Qt.AlignmentFlag.AlignLeft, text)
        painter.save()  # the semitones' title runs up the left edge
        painter.translate(1, area.center().y())
        painter.rotate(-90)
        title = metrics.elidedText(
            self.semitones_title, Qt.TextElideMode.ElideRight, int(area.height())
        )
        painter.drawText(
            QRectF(-area.height() / 2, 0, area.height(), line), Qt.AlignmentFlag.AlignCenter, title
        )
        painter.restore()
        painter.setPen(QPen(GRID.darker(150), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
