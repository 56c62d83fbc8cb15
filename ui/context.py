"""What every pane needs, injected once: the store, the language, the task runner, change events."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from auditor.i18n import Translate, translator
from auditor.storage import Store
from ui.tasks import TaskRunner
from ui.undo import UndoStack

log = logging.getLogger(__name__)


class StoreEvents(QObject):
    """One broadcast after any change, so views refresh without calling each other."""

    audit_changed = Signal(str)  # audit id whose data changed (answers, findings, evidence, status)
    audits_changed = Signal()  # the list of audits or clients changed
    profile_changed = Signal()
    message_requested = Signal(str)  # a short note for the status bar ("Finding added to ...")


@dataclass
class AppContext:
    """Injected into panes and dialogs instead of globals."""

    store: Store
    tasks: TaskRunner
    lang: str = "en"
    events: StoreEvents = field(default_factory=StoreEvents)
    undo: UndoStack = field(default_factory=UndoStack)

    @property
    def tr(self) -> Translate:
        """Return the translate function of the interface language."""
        return translator(self.lang)

    def changed(self, audit_id: str) -> None:
        """Tell every view that an audit's data changed (and the audits list with it)."""
        self.events.audit_changed.emit(audit_id)
        self.events.audits_changed.emit()
