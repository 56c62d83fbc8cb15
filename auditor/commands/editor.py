"""The one way a workspace changes: run a command, keep its undo and redo, tell who listens.

`Editor.run(command)` validates and applies the command in one transaction together with its
history entries, keeps its inverse for undo, and calls every listener with the `Change` it made.
The window, the command line and the importer all hold an Editor over the same store.
"""

from __future__ import annotations

import getpass
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from auditor.commands.base import Change, Command, Tx
from auditor.storage import Store

log = logging.getLogger(__name__)

Listener = Callable[[Change], None]


@cache
def login_name() -> str:
    """Return the computer account's name ("" where there is none, as in some containers)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def this_device() -> str:
    """Return the name of this computer, as the history records where a change was made."""
    return platform.node() or "unknown"


@dataclass
class _Step:
    run: Command  # what undo runs (the inverse) or what redo runs (the inverse of that inverse)
    label: str  # the name of what the user did
    merge_key: object = None


# Redo runs the inverse of the inverse undo ran, rather than the original command: it puts back
# exactly what undo took away, and the undo stack never holds a command's input (a photo's bytes).


class Editor:
    """Run commands against a store, with undo, redo and change notifications."""

    limit = 200  # undo steps kept

    def __init__(
        self, store: Store, *, actor: str | None = None, device: str | None = None, lang: str = "en"
    ) -> None:
        self.store = store
        self._actor = actor
        self._adopted = False
        self.device = device if device is not None else this_device()
        self.lang = lang
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._listeners: list[Listener] = []

    @property
    def actor(self) -> str:
        """Return who is making changes: the user's name (their profile), else the login name.

        A history entry without a name says nothing about who made it. The first time, a name an
        older workspace kept in its profile becomes the user's (auditor.userprofile).
        """
        from auditor.userprofile import adopt_workspace_profile, user_profile

        if self._actor is not None:
            return self._actor
        if not self._adopted:
            self._adopted = True
            return adopt_workspace_profile(self.store).name or login_name()
        return user_profile().name or login_name()

    @actor.setter
    def actor(self, name: str | None) -> None:
        self._actor = name

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every command, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- running ------------------------------------------------------------------------------

    def _apply(self, command: Command, via: str) -> tuple[Change, Command | None, bool]:
        actor = self.actor
        with self.store.lock:
            tx = Tx(self.store, actor=actor, device=self.device, via=via, lang=self.lang)
            with self.store.transaction():
                inverse = command.apply(tx)
                self.store.history.add(tx.entries)
            change = tx.change(command.label)
        did_something = bool(change.aspects or tx.entries)
        return change, inverse, did_something

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def run(self, command: Command) -> Change:
        """Apply a command (one transaction), remember how to undo it, and announce the change.

        Raises the command's AuditorError, with nothing written, when it is refused.
        """
        change, inverse, did_something = self._apply(command, "")
        if inverse is None:
            if did_something:
                # Not undoable (an import): earlier steps may no longer fit what the store holds.
                self._undo.clear()
                self._redo.clear()
        elif did_something:
            key = command.merge_key()
            if not (
                key is not None and self._undo and command.merges_with(self._undo[-1].merge_key)
            ):
                self._undo.append(_Step(inverse, command.label, key))
                del self._undo[: -self.limit]
            # else: a note typed in several saves is one step: the first save's inverse stays.
            self._redo.clear()
        log.debug("ran %s", command.label)
        if did_something:
            self._notify(change)
        return change

    def undo(self) -> Change | None:
        """Take back the newest change (a new history entry, never an erasure)."""
        return self._step(self._undo, self._redo, "undo")

    def redo(self) -> Change | None:
        """Do again the change undo took back."""
        return self._step(self._redo, self._undo, "redo")

    def _step(self, source: list[_Step], target: list[_Step], via: str) -> Change | None:
        """Run the top step of `source` and keep its inverse on `target` (undo and redo alike)."""
        if not source:
            return None
        step = source[-1]
        change, again, _ = self._apply(step.run, via)  # refused: the step stays where it was
        source.pop()
        if again is not None:
            target.append(_Step(again, step.label))
        change = Change(
            step.label,
            change.audits,
            change.visits,
            change.items,
            change.aspects,
            via,
            change.result,
        )
        self._notify(change)
        return change

    # --- state --------------------------------------------------------------------------------

    def can_undo(self) -> bool:
        """Return True when there is something to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Return True when there is something to redo."""
        return bool(self._redo)

    def undo_label(self) -> str | None:
        """Return the label of what undo would take back (English, marked for translation)."""
        return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        """Return the label of what redo would do again."""
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        """Forget every undo and redo step (another workspace was opened)."""
        self._undo.clear()
        self._redo.clear()
