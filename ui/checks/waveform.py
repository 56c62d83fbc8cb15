"""The recording's waveform with its marks (rings, answer, holds, speech); the pitch is pitch_view.

The auditor corrects a mark by dragging it, or by selecting it (M, Shift+M) and nudging it with
the arrows (Shift: a whole second); each correction is reported as the new marks, which the panel
saves as one command (nudges in a row merge into one undo step).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from auditor.report.recording_detail import envelope, pitch_curve, ring_spans
from ui.checks.pitch_view import PitchView

log = logging.getLogger(__name__)

__all__ = ["PitchView", "WaveformView", "envelope", "pitch_curve", "ring_spans"]

GRAB_PX = 6  # how near a mark the pointer must be to drag it
COLOURS = {
    "wave": QColor("#5A6B7B"),
    "ring": QColor(255, 196, 0, 90),
    "hold": QColor(164, 38, 44, 60),
    "answer": QColor("#1F7A3A"),
    "agent": QColor("#1F4E79"),
    "auditor": QColor("#B08A2E"),
    "greeting": QColor(31, 78, 121, 40),
    "cursor": QColor("#222222"),
    "selected": QColor("#E07B00"),
}


@dataclass(frozen=True)
class Mark:
    """A draggable mark: the answer, or one end of a hold."""

    kind: str  # "answer", "hold_start", "hold_end"
    index: int  # the hold's position (0 for the answer)


class WaveformView(QWidget):
    """Paint the waveform and the marks; drag or nudge the answer and the holds' ends."""

    marks_edited = Signal(dict, bool)  # new marks, continues (a nudge right after another)
    cursor_moved = Signal(float)  # seconds: where playback starts

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(64)  # shrinks on a small screen; the marks stay draggable
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.duration = 0.0
        self.step = 0.0
        self.lows: list[float] = []
        self.highs: list[float] = []
        self.rings: list[tuple[float, float]] = []
        self.metrics: dict[str, Any] = {}
        self.cursor = 0.0
        self.selected: Mark | None = None
        self._dragging: Mark | None = None
        self._nudged = False

    # --- data ------------------------------------------------------------------------------

    def show_recording(self, analysis: dict[str, Any] | None, metrics: dict[str, Any]) -> None:
        """Show a recording's envelope and its (corrected) metrics."""
        self.step, self.lows, self.highs = envelope(analysis)
        self.rings = ring_spans(analysis)
        self.metrics = metrics
        self.duration = float(metrics.get("duration_s") or 0.0)
        if self.selected is not None and self.selected not in self.marks():
            self.selected = None
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self.show_recording(None, {})

    def marks(self) -> list[Mark]:
        """Return the draggable marks in time order of kind: the answer, then each hold's ends."""
        found = [Mark("answer", 0)] if self.metrics.get("answer_s") is not None else []
        for n, _hold in enumerate(self.metrics.get("holds") or []):
            found += [Mark("hold_start", n), Mark("hold_end", n)]
        return found

    def time_of(self, mark: Mark) -> float:
        """Return where a mark stands, in seconds."""
        if mark.kind == "answer":
            return float(self.metrics["answer_s"])
        hold = self.metrics["holds"][mark.index]
        return float(hold["start_s" if mark.kind == "hold_start" else "end_s"])

    def moved(self, mark: Mark, seconds: float) -> dict[str, Any]:
        """Return the marks (answer and holds) with one mark moved to `seconds`, kept in order."""
        seconds = round(min(max(0.0, seconds), self.duration), 2)
        marks: dict[str, Any] = {
            "answer_s": self.metrics.get("answer_s"),
            "holds": [dict(h) for h in self.metrics.get("holds") or []],
        }
        if mark.kind == "answer":
            marks["answer_s"] = seconds
        else:
            hold = marks["holds"][mark.index]
            if mark.kind == "hold_start":
                hold["start_s"] = min(seconds, hold["end_s"] - 0.1)
            else:
                hold["end_s"] = max(seconds, hold["start_s"] + 0.1)
        return marks

    # --- geometry --------------------------------------------------------------------------

    def _x(self, seconds: float) -> float:
        return 4 + (self.width() - 8) * (seconds / self.duration if self.duration else 0.0)

    def _seconds(self, x: float) -> float:
        width = max(1, self.width() - 8)
        return min(max(0.0, (x - 4) / width * self.duration), self.duration)

    def _near(self, x: float) -> Mark | None:
        best = None
        for mark in self.marks():
            distance = abs(self._x(self.time_of(mark)) - x)
            if distance <= GRAB_PX and (best is None or distance < best[0]):
                best = (distance, mark)
        return best[1] if best else None

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.duration:
            return
        height = self.height()
        lane = 12  # the speech lane under the wave
        middle = (height - lane) / 2
        for start, end in self.rings:
            painter.fillRect(self._span(start, end, 0, height - lane), COLOURS["ring"])
        greeting = self.metrics.get("greeting")
        if greeting:
            span = self._span(greeting["start_s"], greeting["end_s"], 0, height - lane)
            painter.fillRect(span, COLOURS["greeting"])
        for hold in self.metrics.get("holds") or []:
            painter.fillRect(
                self._span(hold["start_s"], hold["end_s"], 0, height - lane), COLOURS["hold"]
            )
        if self.highs and self.step:
            top = max(max(self.highs), -min(self.lows)) or 1.0
            path = QPainterPath()
            for n, (low, high) in enumerate(zip(self.lows, self.highs, strict=True)):
                x = self._x(n * self.step)
                path.moveTo(QPointF(x, middle - high / top * (middle - 4)))
                path.lineTo(QPointF(x, middle - low / top * (middle - 4)))
            painter.setPen(QPen(COLOURS["wave"], 1))
            painter.drawPath(path)
        for segment in self.metrics.get("segments") or []:
            colour = COLOURS.get(segment.get("speaker", ""), COLOURS["wave"])
            span = self._span(segment["start_s"], segment["end_s"], height - lane + 2, lane - 4)
            painter.fillRect(span, colour)
        # The answer last: where a hold starts as the call is answered, its line stays seen.
        for mark in sorted(self.marks(), key=lambda m: m.kind == "answer"):
            x = self._x(self.time_of(mark))
            colour = COLOURS["answer"] if mark.kind == "answer" else QColor("#A4262C")
            width = 3 if mark == self.selected else 2
            painter.setPen(QPen(COLOURS["selected"] if mark == self.selected else colour, width))
            painter.drawLine(QPointF(x, 0), QPointF(x, height - lane))
        painter.setPen(QPen(COLOURS["cursor"], 1, Qt.PenStyle.DashLine))
        x = self._x(self.cursor)
        painter.drawLine(QPointF(x, 0), QPointF(x, height))
        if self.hasFocus():
            painter.setPen(QPen(COLOURS["selected"], 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def _span(self, start: float, end: float, top: float, height: float) -> QRectF:
        left = self._x(start)
        return QRectF(left, top, max(1.0, self._x(end) - left), height)

    # --- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        self._dragging = self._near(x)
        if self._dragging is not None:
            self.selected = self._dragging
        else:
            self.cursor = self._seconds(x)
            self.cursor_moved.emit(self.cursor)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            cursor = (
                Qt.CursorShape.SizeHorCursor
                if self._near(event.position().x())
                else Qt.CursorShape.ArrowCursor
            )
            self.setCursor(cursor)
            return
        preview = self.moved(self._dragging, self._seconds(event.position().x()))
        self.metrics = {**self.metrics, **preview}
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            return
        mark, self._dragging = self._dragging, None
        self.marks_edited.emit(self.moved(mark, self._seconds(event.position().x())), False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        marks = self.marks()
        if key == Qt.Key.Key_M and marks:
            # M selects the next mark, Shift+M the one before (Tab keeps moving the focus).
            index = marks.index(self.selected) if self.selected in marks else -1
            back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.selected = marks[(index + (-1 if back else 1)) % len(marks)]
            self._nudged = False
            self.update()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            big = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            delta = (1.0 if big else 0.1) * (-1 if key == Qt.Key.Key_Left else 1)
            if self.selected is not None:
                marks_now = self.moved(self.selected, self.time_of(self.selected) + delta)
                self.marks_edited.emit(marks_now, self._nudged)
                self._nudged = True
            else:
                self.cursor = min(max(0.0, self.cursor + delta), self.duration)
                self.cursor_moved.emit(self.cursor)
                self.update()
            return
        if key == Qt.Key.Key_Escape and self.selected is not None:
            self.selected = None
            self.update()
            return
        super().keyPressEvent(event)
