"""What every pane needs, injected once: the store, the editor, the language, tasks, change events."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from auditor.commands import AUDITS, PROFILE, Change, Command, Editor
from auditor.i18n import Translate, set_user_language, translator
from auditor.scoring import AuditScore
from auditor.service import score
from auditor.storage import Store
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class StoreEvents(QObject):
    """The broadcasts views refresh from, so that siblings never call each other.

    `changed` carries the `auditor.commands.Change` of every command, undo and redo: which audit,
    visits and items it touched, and which aspects (answers, findings, evidence...). A view
    refreshes only what the change concerns, so one keypress costs the same with 1 or 500 audits.
    """

    changed = Signal(object)  # auditor.commands.Change
    undo_changed = Signal()  # what Undo and Redo would do changed
    audits_changed = Signal()  # the whole list of audits must be read again (restore, demo)
    profile_changed = Signal()
    message_requested = Signal(str)  # a short note for the status bar ("Finding added to ...")


@dataclass
class AppContext:
    """Injected into panes and dialogs instead of globals."""

    store: Store
    tasks: TaskRunner
    lang: str = "en"
    events: StoreEvents = field(default_factory=StoreEvents)
    editor: Editor = field(init=False)
    _scores: dict[str, AuditScore] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # The core's own messages (a refused report target, a restore, a bundle's import) speak
        # the window's language, which is the workspace's preference, not the system's.
        set_user_language(self.lang)
        self.editor = Editor(self.store, lang=self.lang)
        self.editor.subscribe(self._announce)
        # Audits written outside this editor (the demo, a restore) are all read again.
        self.events.audits_changed.connect(self._scores.clear)

    def score(self, audit_id: str) -> AuditScore:
        """Return an audit's scores, computed once per change however many views show them."""
        scores = self._scores.get(audit_id)
        if scores is None:
            scores = self._scores[audit_id] = score(self.store, audit_id)
        return scores

    def replace_store(self, store: Store) -> None:
        """Work on another store from now on (a restored backup): undo steps do not carry over."""
        self.store = store
        self._scores.clear()
        self.editor = Editor(store, lang=self.lang)
        self.editor.subscribe(self._announce)
        self.events.undo_changed.emit()

    def _announce(self, change: Change) -> None:
        # May run on a worker (an import): Qt queues the signal to the GUI thread's receivers.
        for audit_id in change.audits:
            self._scores.pop(audit_id, None)
        if change.concerns(AUDITS):
            self._scores.clear()
        self.events.changed.emit(change)
        if change.concerns(PROFILE):
            self.events.profile_changed.emit()
        self.events.undo_changed.emit()

    @property
    def tr(self) -> Translate:
        """Return the translate function of the interface language."""
        return translator(self.lang)

    def run(self, command: Command) -> Change:
        """Run a command through the editor (raises its AuditorError when refused)."""
        return self.editor.run(command)
