"""A stopwatch for timer items: start, stop, and the seconds become the answer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from auditor.i18n import Translate

log = logging.getLogger(__name__)


def format_seconds(seconds: float) -> str:
    """Return seconds as m:ss.d."""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes)}:{rest:04.1f}"


class Stopwatch(QWidget):
    """Large running time with one Start/Stop button (key T) and a reset."""

    stopped = Signal(float)  # seconds measured, emitted when the watch stops
    running_changed = Signal(bool)

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._start_text, self._stop_text = _("Start  T"), _("Stop  T")
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show)
        self.display = QLabel(format_seconds(0))
        self.display.setStyleSheet("font-size: 34px; font-weight: 600; font-family: monospace;")
        self.toggle_button = QPushButton(self._start_text)
        self.toggle_button.setProperty("answer", True)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reset_button = QPushButton(_("Reset"))
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addSpacing(16)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.toggle_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)

    @property
    def running(self) -> bool:
        """Return True while the watch runs."""
        return self._tick.isActive()

    def elapsed(self) -> float:
        """Return the seconds measured so far."""
        return self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0

    def toggle(self) -> None:
        """Start the watch, or stop it and report the time."""
        if self.running:
            self._tick.stop()
            seconds = round(self.elapsed(), 1)
            self._show()
            self.toggle_button.setText(self._start_text)
            self.running_changed.emit(False)
            self.stopped.emit(seconds)
        else:
            self._clock.start()
            self._tick.start()
            self.toggle_button.setText(self._stop_text)
            self.running_changed.emit(True)

    def reset(self) -> None:
        """Stop without reporting and show zero."""
        self._tick.stop()
        self._clock.invalidate()
        self.toggle_button.setText(self._start_text)
        self.display.setText(format_seconds(0))
        self.running_changed.emit(False)

    def _show(self) -> None:
        self.display.setText(format_seconds(self.elapsed()))
