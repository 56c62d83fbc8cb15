"""Run a template as the runner would, without a workspace: answers live only in the dialog."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor import conditions
from auditor.i18n import Translate, pick
from auditor.model import Template
from ui.runner.answers import AnswerWidget, answer_widget_for

log = logging.getLogger(__name__)


class PreviewDialog(QDialog):
    """Step through the items; an item whose show-if fails is skipped and greyed in the list."""

    def __init__(self, template: Template, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = self.tr_ = tr
        self.template = template
        self.lang = lang
        self.values: dict[str, Any] = {}
        self.index = 0
        self.answer: AnswerWidget | None = None
        self.setWindowTitle(_("Preview: {title}").format(title=pick(template.title, lang)))
        self.resize(900, 560)
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys answer, as in the runner
        self.items.setMaximumWidth(300)
        self.position = QLabel()
        self.position.setProperty("role", "muted")
        self.question = QLabel()
        self.question.setProperty("role", "question")
        self.question.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setProperty("role", "guidance")
        self.guidance.setWordWrap(True)
        self.answer_box = QVBoxLayout()
        self.previous_button = QPushButton(_("Previous") + "   PgUp")
        self.next_button = QPushButton(_("Next") + "   PgDn")
        close = QPushButton(_("Close"))
        for button in (self.previous_button, self.next_button, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        note = QLabel(_("A preview: nothing is saved."))
        note.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(close)
        page = QVBoxLayout()
        page.addWidget(self.position)
        page.addWidget(self.question)
        page.addWidget(self.guidance)
        page.addLayout(self.answer_box)
        page.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.items)
        body.addLayout(page, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        close.clicked.connect(self.accept)
        self._show()

    def hidden(self) -> set[str]:
        """Return the ids of the items the answers so far hide."""
        try:
            return conditions.hidden_items(self.template, self.values)
        except conditions.ConditionError:
            return set()  # a condition the editor already flags: show everything meanwhile

    def visible(self) -> list[int]:
        """Return the indices of the items shown with the answers so far."""
        hidden = self.hidden()
        return [n for n, item in enumerate(self.template.items) if item.id not in hidden]

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) shown item."""
        shown = self.visible()
        later = [n for n in shown if (n > self.index if delta > 0 else n < self.index)]
        if later:
            self.index = later[0] if delta > 0 else later[-1]
            self._show()

    def _show(self) -> None:
        _ = self.tr_
        hidden = self.hidden()
        self.items.clear()
        for item in self.template.items:
            row = QListWidgetItem(pick(item.question, self.lang) or item.id)
            if item.id in hidden:
                row.setForeground(QColor("#9aa0a8"))
                row.setText(row.text() + "  " + _("(hidden)"))
            self.items.addItem(row)
        if not self.template.items:
            return
        self.items.setCurrentRow(self.index)
        item = self.template.items[self.index]
        shown = self.visible()
        where = shown.index(self.index) + 1 if self.index in shown else 0
        self.position.setText(
            _("Item {n} of {total}").format(n=where, total=len(shown))
            + (f" \u00b7 {pick(s.title, self.lang)}" if (s := self._section(item.section)) else "")
        )
        self.question.setText(pick(item.question, self.lang))
        self.guidance.setText(pick(item.guidance, self.lang))
        if self.answer is not None:
            self.answer_box.removeWidget(self.answer)
            self.answer.deleteLater()
        self.answer = answer_widget_for(item, self.tr_, self.lang)
        self.answer.set_value(self.values.get(item.id))
        self.answer.answer_requested.connect(lambda value, i=item.id: self.record(i, value))
        self.answer_box.addWidget(self.answer)

    def _section(self, section_id: str) -> Any:
        return next((s for s in self.template.sections if s.id == section_id), None)

    def record(self, item_id: str, value: Any) -> None:
        """Keep an answer for the preview and show which items it hides or reveals."""
        self.values[item_id] = value
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(+1)
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif (
            self.answer is not None
            and event.text()
            and self.answer.key_pressed(event.text().lower())
        ):
            return
        else:
            super().keyPressEvent(event)
