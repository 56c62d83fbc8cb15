"""The last net under the window: an error no handler caught is shown, never lost in silence.

PySide6 prints an exception raised in a slot to the terminal and carries on: the auditor, who
sees no terminal, would believe the click had worked. `install` routes such errors to a message
box: the core's refusals (AuditorError: a full disk, a refused value) as the core words them,
anything else as an unexpected error that says its name. Each is logged with its trace.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from auditor.errors import AuditorError
from auditor.i18n import user_translator
from ui.widgets import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def report(parent: QWidget | None, exc: BaseException) -> None:
    """Show an error that reached the event loop, in the user's language."""
    _ = user_translator()
    if isinstance(exc, AuditorError):
        messages.error(parent, _("Not done"), str(exc))
        return
    messages.error(
        parent,
        _("Unexpected error"),
        _(
            "The last action stopped on an unexpected error and may not be complete; what was"
            " saved before it is safe.\n\n{detail}"
        ).format(detail=f"{type(exc).__name__}: {exc}"),
    )


def install(parent: Callable[[], QWidget | None]) -> Callable[[], None]:
    """Route uncaught errors to `report` (over the window `parent()` returns); return the undo."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, trace)
            return
        log.error("uncaught error", exc_info=(kind, exc, trace))
        if showing:  # a message box runs its own event loop: one box at a time
            return
        showing = True
        try:
            report(parent(), exc)
        finally:
            showing = False

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
