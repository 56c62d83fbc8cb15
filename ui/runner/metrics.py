"""The last page of a touchpoint: the customer metrics the shopper gives (NPS, CSAT, CES)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
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
TYPING_MS = 1200  # a second digit this soon after the first makes one number ("1", "0": 10)
# Keys the page uses itself while it has the focus, before the runner's shortcuts see them.
OWN_KEYS = {
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
}


class MetricsPage(QWidget):
    """One row of buttons per metric; clicking saves, clicking the chosen value again clears it.

    Keyboard: Up and Down (or Tab) move between the rows, digits pick a value (1 then 0 is 10),
    Left and Right step it, Delete clears it, Enter goes to the next row and after the last one
    asks to complete the visit.
    """

    metric_requested = Signal(str, object)  # "nps" | "csat" | "ces", value or None
    done_requested = Signal()  # Enter on the last row

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
        self.labels: dict[str, QLabel] = {}
        self.row = 0  # the metric the keys act on
        self._visit_id = ""
        self.read_only = False
        self._typed = ""
        self._typed_clock = QElapsedTimer()
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
            self.labels[name] = label
            row = QHBoxLayout()
            group = QButtonGroup(self)
            group.setExclusive(False)
            self.buttons[name] = {}
            for value in range(low, high + 1):
                button = QPushButton(str(value))
                button.setCheckable(True)
                button.setProperty("answer", True)
                button.setProperty("tone", "value")
                # Narrow: NPS's eleven buttons fit beside the item list on a 1024-pixel screen.
                button.setStyleSheet("min-width: 30px; padding: 6px 4px;")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the page
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
        self._mark_row()

    def show_visit(self, visit: Visit) -> None:
        """Show the visit's stored metrics."""
        if visit.id != self._visit_id:
            self._visit_id = visit.id
            self.set_row(0)  # a new visit's page starts at its first question
        for name, *_range in METRICS:
            value = getattr(visit, name)
            self._values[name] = value
            for candidate, button in self.buttons[name].items():
                button.setChecked(candidate == value)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes."""
        self.read_only = read_only
        for row in self.buttons.values():
            for button in row.values():
                button.setEnabled(not read_only)

    def _clicked(self, name: str, value: int) -> None:
        self.metric_requested.emit(name, None if self._values.get(name) == value else value)

    def set_row(self, row: int) -> None:
        """Make metric `row` (0 NPS, 1 CSAT, 2 CES) the one the keys act on."""
        self.row = max(0, min(row, len(METRICS) - 1))
        self._typed = ""
        self._mark_row()

    def key_pressed(self, key: str) -> bool:
        """Pick a value of the current row with a digit; return True when it was used."""
        name, low, high = METRICS[self.row]
        if not key.isdigit() or self.read_only:
            return False
        recent = self._typed_clock.isValid() and self._typed_clock.elapsed() < TYPING_MS
        typed = self._typed + key if recent and self._typed else key
        if not low <= int(typed) <= high:
            typed = key
        self._typed = typed
        self._typed_clock.start()
        if not low <= int(typed) <= high:
            return False
        if self._values.get(name) != int(typed):
            self._values[name] = int(typed)  # shown at once; the store's value follows
            self.metric_requested.emit(name, int(typed))
        return True

    def event(self, event: QEvent) -> bool:
        # Digits, Enter and the arrows are this page's own while it has the focus: the runner's
        # shortcuts would otherwise take them for item answers and item moves.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and (event.key() in OWN_KEYS or event.text().isdigit())
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.text().isdigit():
            self.key_pressed(event.text())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.row < len(METRICS) - 1:
                self.set_row(self.row + 1)
            else:
                self.done_requested.emit()
        elif key == Qt.Key.Key_Down and self.row < len(METRICS) - 1:
            self.set_row(self.row + 1)
        elif key == Qt.Key.Key_Up and self.row > 0:
            self.set_row(self.row - 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            name = METRICS[self.row][0]
            if not self.read_only and self._values.get(name) is not None:
                self._values[name] = None
                self.metric_requested.emit(name, None)
        else:
            super().keyPressEvent(event)  # Up on the first row: back to the last item

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab walk the three rows before leaving the page.
        row = self.row + (1 if next else -1)
        if self.hasFocus() and 0 <= row < len(METRICS):
            self.set_row(row)
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._mark_row()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark_row()

    def _step(self, step: int) -> None:
        name, low, high = METRICS[self.row]
        current = self._values.get(name)
        value = (low if step > 0 else high) if current is None else current + step
        if not self.read_only and low <= value <= high and value != current:
            self._values[name] = value
            self.metric_requested.emit(name, value)

    def _mark_row(self) -> None:
        # The row the keys act on is marked, as a focused field would be.
        for number, (name, *_range) in enumerate(METRICS):
            current = number == self.row and self.hasFocus()
            label = self.labels[name]
            label.setProperty("current", current)
            label.setStyleSheet(
                "border-left: 4px solid #2f5d8a; padding-left: 8px; font-weight: 600;"
                if current
                else "border-left: 4px solid transparent; padding-left: 8px;"
            )
