"""Save typed text shortly after the typing stops, and at once on focus-out or when asked."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

log = logging.getLogger(__name__)


class DebouncedText(QObject):
    """Watch a text editor and emit text_committed(text, new_edit) when the text should be saved.

    new_edit is True for the first commit since the text was (re)loaded, so one typing session
    becomes one undo step.
    """

    text_committed = Signal(str, bool)
    delay_ms = 600

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.delay_ms)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        self._dirty = False
        self._session_started = False
        editor.textChanged.connect(self._typed)
        editor.installEventFilter(self)

    def load(self, text: str) -> None:
        """Show stored text without treating it as a change (flush pending typing first)."""
        self.flush()
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self._session_started = False

    def flush(self) -> None:
        """Commit pending typing now."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            new_edit = not self._session_started
            self._session_started = True
            self.text_committed.emit(self.editor.toPlainText(), new_edit)

    def _typed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self._session_started = False
        return False
