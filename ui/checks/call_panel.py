"""Placeholder until the call stopwatch lands."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class CallPanel(QWidget):
    def __init__(self, ctx: Any, clock: Any = None, parent: QWidget | None = None):
        super().__init__(parent)

    def set_audit(self, audit_id: str | None) -> None:
        pass

    def set_read_only(self, read_only: bool) -> None:
        pass

    def set_position(self, visit_id: str | None, item_id: str | None) -> None:
        pass
