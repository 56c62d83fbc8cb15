"""The runner's keyboard map, in one place: answer keys, moving, jumping, findings, completing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# y/n/a answer yes/no/N.A., digits pick a scale value or a choice, t runs the stopwatch.
ANSWER_KEYS = "ynat1234567890"


def bind(owner: QWidget, sequence: str, slot: Callable[[], Any]) -> QShortcut:
    """Bind a key to a slot while focus is inside `owner` (text fields keep their letters)."""
    shortcut = QShortcut(QKeySequence(sequence), owner, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


def bind_runner_keys(
    owner: QWidget,
    answer_key: Callable[[str], Any],
    next_item: Callable[[], Any],
    previous_item: Callable[[], Any],
    next_unanswered: Callable[[], Any],
    new_finding: Callable[[], Any],
    complete: Callable[[], Any],
) -> list[QShortcut]:
    """Install the runner's shortcuts on `owner` and return them."""
    shortcuts = [
        bind(owner, key.upper() if key.isalpha() else key, lambda k=key: answer_key(k))
        for key in ANSWER_KEYS
    ]
    shortcuts += [bind(owner, s, next_item) for s in ("Return", "Enter", "PgDown")]
    shortcuts.append(bind(owner, "PgUp", previous_item))
    shortcuts += [bind(owner, s, next_unanswered) for s in ("U", "Ctrl+J")]
    shortcuts.append(bind(owner, "F", new_finding))
    shortcuts.append(bind(owner, "Ctrl+Return", complete))
    return shortcuts
