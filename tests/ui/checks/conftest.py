"""Checks pane fixtures: the pane on the test audit, with the runner's position signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from ui.checks.pane import ChecksPane
from ui.context import AppContext


class Position(QObject):
    """Stand-in for the runner's position signal (visit id, item id)."""

    changed = Signal(str, str)


@pytest.fixture
def position() -> Position:
    """Return an emitter of checklist positions."""
    return Position()


@pytest.fixture
def pane(qtbot, ctx: AppContext, audit_id: str, position: Position) -> ChecksPane:
    """Return the Checks pane showing the test audit."""
    widget = ChecksPane(ctx, position.changed)
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    return widget
