"""The last page of a touchpoint: the customer metrics the shopper gives (NPS, CSAT, CES)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate
from auditor.model import Visit

log = logging.getLogger(__name__)

METRICS = (("nps", 0, 10), ("csat", 1, 5), ("ces", 1, 7))


class MetricsPage(QWidget):
    """One row of buttons per metric; clicking saves, clicking the chosen value again clears it."""

    metric_requested = Signal(str, object)  # "nps" | "csat" | "ces", value or None

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        title = QLabel(_("How did this touchpoint feel, as a customer?"))
        title.setProperty("role", "question")
        title.setWordWrap(True)
        intro = QLabel(
            _(
                "Answer as the customer you played. These figures close the touchpoint and appear "
                "in the report."
            )
        )
        intro.setProperty("role", "guidance")
        intro.setWordWrap(True)
        questions = {
            "nps": _(
                "NPS: how likely would you recommend the company to a friend? (0 = not at all, 10 = extremely)"
            ),
            "csat": _(
                "CSAT: how satisfied are you with this contact? (1 = very unsatisfied, 5 = very satisfied)"
            ),
            "ces": _(
                "CES: how easy was it to get what you needed? (1 = very difficult, 7 = very easy)"
            ),
        }
        self.buttons: dict[str, dict[int, QPushButton]] = {}
        self._values: dict[str, int | None] = {}
        card = QFrame()
        card.setProperty("role", "card")
        grid = QGridLayout(card)
        grid.setContentsMargins(28, 22, 28, 22)
        grid.setVerticalSpacing(10)
        grid.addWidget(title, 0, 0)
        grid.addWidget(intro, 1, 0)
        for number, (name, low, high) in enumerate(METRICS):
            label = QLabel(questions[name])
            label.setWordWrap(True)
            label.setProperty("role", "guidance")
            row = QHBoxLayout()
            group = QButtonGroup(self)
            group.setExclusive(False)
            self.buttons[name] = {}
            for value in range(low, high + 1):
                button = QPushButton(str(value))
                button.setCheckable(True)
                button.setProperty("answer", True)
                button.setProperty("tone", "value")
                button.setStyleSheet("min-width: 40px;")
                button.clicked.connect(lambda _c=False, n=name, v=value: self._clicked(n, v))
                group.addButton(button)
                row.addWidget(button)
                self.buttons[name][value] = button
            row.addStretch(1)
            grid.addWidget(label, 2 + number * 2, 0)
            grid.addLayout(row, 3 + number * 2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_visit(self, visit: Visit) -> None:
        """Show the visit's stored metrics."""
        for name, *_range in METRICS:
            value = getattr(visit, name)
            self._values[name] = value
            for candidate, button in self.buttons[name].items():
                button.setChecked(candidate == value)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes."""
        for row in self.buttons.values():
            for button in row.values():
                button.setEnabled(not read_only)

    def _clicked(self, name: str, value: int) -> None:
        self.metric_requested.emit(name, None if self._values.get(name) == value else value)
