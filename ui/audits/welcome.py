"""What an empty workspace shows: start a new audit or explore the demo."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext

log = logging.getLogger(__name__)


class WelcomeView(QWidget):
    """A calm first page with the two ways to begin."""

    new_audit_requested = Signal()
    demo_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(560)
        title = QLabel(_("Welcome to the audit desk"))
        title.setProperty("role", "question")
        text = QLabel(
            _(
                "Your workspace has no audits yet. Start a new audit for a client, or open the demo "
                "audit to see a complete mystery-shopping journey with findings and evidence."
            )
        )
        text.setWordWrap(True)
        text.setProperty("role", "guidance")
        self.new_button = QPushButton(_("New audit..."))
        self.new_button.setProperty("primary", True)
        self.demo_button = QPushButton(_("Open the demo audit"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(_("Building the demo audit..."))
        self.busy_label.setProperty("role", "muted")
        self.busy_label.hide()

        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(14)
        for widget in (title, text, self.new_button, self.demo_button, self.busy_label, self.busy):
            inner.addWidget(widget)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its plain size
        # hint, and the wrapped text would lose the lines its width needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.new_button.clicked.connect(self.new_audit_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def set_busy(self, busy: bool) -> None:
        """Show that the demo is being built, and keep the buttons from starting it twice."""
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.new_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
