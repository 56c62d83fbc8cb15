"""A small undo stack of core calls: each entry knows how to put the store back as it was."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UndoEntry:
    """One undoable change: what it was, how to revert it, and where it happened."""

    label: str
    revert: Callable[[], None]
    audit_id: str
    visit_id: str | None = None
    item_id: str | None = None


class UndoStack(QObject):
    """Keep the last changes made through the window; undo() reverts the newest one."""

    can_undo_changed = Signal(bool)
    undone = Signal(object)  # the UndoEntry just reverted, so views can show where
    limit = 100

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[UndoEntry] = []

    def push(self, entry: UndoEntry) -> None:
        """Remember a change that was just committed."""
        self._entries.append(entry)
        del self._entries[: -self.limit]
        self.can_undo_changed.emit(True)

    def can_undo(self) -> bool:
        """Return True when there is something to undo."""
        return bool(self._entries)

    def peek(self) -> UndoEntry | None:
        """Return the change undo() would revert, if any."""
        return self._entries[-1] if self._entries else None

    def undo(self) -> UndoEntry | None:
        """Revert the newest change (the caller handles core errors) and return it."""
        if not self._entries:
            return None
        entry = self._entries.pop()
        try:
            entry.revert()
        except Exception:
            self._entries.append(entry)  # still there: the user may fix the cause and retry
            raise
        finally:
            self.can_undo_changed.emit(bool(self._entries))
        log.debug("undone: %s", entry.label)
        self.undone.emit(entry)
        return entry

    def clear(self) -> None:
        """Forget every change (another workspace or a reopened audit)."""
        self._entries.clear()
        self.can_undo_changed.emit(False)
