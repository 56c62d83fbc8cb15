"""The editor's undo: whole-template snapshots, and the keys that reach them from any field."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from auditor.model import Template
from ui.templates.editing import Selection

if TYPE_CHECKING:
    from ui.templates.editor import TemplateEditor

log = logging.getLogger(__name__)


class Snapshot(QUndoCommand):
    """One edit: the template before and after, and what was selected then."""

    def __init__(
        self,
        editor: TemplateEditor,
        before: tuple[Template, Selection],
        after: tuple[Template, Selection],
        text: str,
        merge: str,
    ):
        super().__init__(text)
        self.editor, self.before, self.after, self.merge = editor, before, after, merge
        self.first = True

    def redo(self) -> None:
        # The first run comes from a field being typed in: leave that field alone.
        self.editor.display(*self.after, reload_form=not (self.first and self.merge))
        self.first = False

    def undo(self) -> None:
        self.editor.display(*self.before, reload_form=True)

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing a question letter by letter is one step to undo, not one per letter.
        if not isinstance(other, Snapshot) or other.merge != self.merge:
            return False
        self.after = other.after
        return True


class UndoKeys(QObject):
    """Send Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) to the editor's undo stack, wherever the focus is.

    A separate object, not the editor itself: while the editor's widgets are being destroyed,
    their last events must not reach a half-destroyed editor.
    """

    def __init__(self, stack: QUndoStack, parent: QObject):
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(
            event, QKeyEvent
        ):
            return False
        step = None
        if event.matches(QKeySequence.StandardKey.Undo):
            step = self.stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
            event.keyCombination()
        ) in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            step = self.stack.redo
        if step is None:
            return False
        event.accept()  # a ShortcutOverride accepted: no window shortcut takes the key
        if kind == QEvent.Type.KeyPress:
            step()
        return True
