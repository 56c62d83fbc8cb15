"""One checklist item, large and calm: question, guidance, answer controls, note and evidence."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import pick
from auditor.model import Item
from ui.context import AppContext
from ui.evidence.importer import Scope
from ui.evidence.strip import EvidenceStrip
from ui.runner.answers import AnswerWidget, answer_widget_for
from ui.runner.session import VisitSession
from ui.widgets.debounce import DebouncedText
from ui.widgets.forms import text_box

log = logging.getLogger(__name__)

# Keys held with these are commands (Ctrl+V, Ctrl+Enter), never text typed into an answer.
_COMMANDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ItemView(QWidget):
    """Show and answer the current item; every change goes to the core at once."""

    answer_requested = Signal(str, object)  # item id, value
    note_changed = Signal(str, str, bool)  # item id, text, first save of this editing session
    step_requested = Signal(int)  # +1 next item, -1 previous item

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.item: Item | None = None
        self.answer_widget: AnswerWidget | None = None
        self.read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.position = QLabel()
        self.position.setProperty("role", "muted")
        self.marks = QLabel()
        self.marks.setProperty("role", "critical")
        self.mot = QLabel(_("\u2605 moment of truth"))
        self.mot.setStyleSheet("color: #2f5d8a; font-weight: 600;")
        self.question = QLabel()
        self.question.setProperty("role", "question")
        self.question.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setProperty("role", "guidance")
        self.guidance.setWordWrap(True)
        self.answer_box = QVBoxLayout()
        self.requirement = QLabel()
        self.requirement.setProperty("role", "warning")
        self.requirement.setWordWrap(True)
        self.requirement.hide()
        note_label = QLabel(_("Note"))
        note_label.setProperty("role", "muted")
        self.note = text_box()
        self.note.setPlaceholderText(
            _("What exactly happened? Saved as you type. Esc returns to the answer keys.")
        )
        self.note.setFixedHeight(88)
        self.note.installEventFilter(self)
        self.note_saver = DebouncedText(self.note)
        self.strip = EvidenceStrip(ctx, shortcut_scope=self)

        top = QHBoxLayout()
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.mot)
        top.addWidget(self.marks)
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 22, 28, 22)
        inner.setSpacing(12)
        inner.addLayout(top)
        inner.addWidget(self.question)
        inner.addWidget(self.guidance)
        inner.addSpacing(6)
        inner.addLayout(self.answer_box)
        inner.addWidget(self.requirement)
        inner.addSpacing(4)
        inner.addWidget(note_label)
        inner.addWidget(self.note)
        inner.addWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)

        self.note_saver.text_committed.connect(self._note_committed)

    def show_item(self, session: VisitSession, index: int) -> None:
        """Show item `index` of the session's checklist (commits pending typing first)."""
        _ = self.ctx.tr
        self.flush()
        item = session.items[index]
        changed = self.item is None or item.id != self.item.id
        self.item = item
        lang = self.ctx.lang
        section = next(
            (pick(s.title, lang) for s in session.template.sections if s.id == item.section), ""
        )
        where = _("Item {number} of {count}").format(number=index + 1, count=len(session.items))
        self.position.setText(f"{section} \u00b7 {where}" if section else where)
        self.marks.setText(_("critical"))
        self.marks.setVisible(item.critical)
        self.mot.setVisible(item.moment_of_truth)
        self.question.setText(pick(item.question, lang))
        self.guidance.setText(pick(item.guidance, lang))
        if changed:
            self._build_answer(item)
            self.strip.set_scope(Scope(session.audit_id, session.visit.id, item.id))
        self.refresh(session)

    def refresh(self, session: VisitSession) -> None:
        """Show the stored answer, note and requirements of the current item."""
        if self.item is None:
            return
        _ = self.ctx.tr
        if self.answer_widget is not None:
            self.answer_widget.set_value(session.value(self.item.id))
        note = session.note(self.item.id)
        if note != self.note.toPlainText() and not self.note.hasFocus():
            self.note_saver.load(note)
        needs = session.needs(self.item)
        texts = {
            "note": _("This failed item needs a note saying what happened."),
            "evidence": _("This failed item needs evidence: add a photo or a screenshot below."),
        }
        self.requirement.setText("\n".join(f"\u26a0 {texts[n]}" for n in needs))
        self.requirement.setVisible(bool(needs))

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes."""
        self.read_only = read_only
        if self.answer_widget is not None:
            self.answer_widget.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self.strip.set_read_only(read_only)

    def focus_answer(self) -> None:
        """Put the focus where the item is answered: a text item's box, else the item itself."""
        editor = self.answer_widget.text_editor() if self.answer_widget is not None else None
        if editor is not None and not self.read_only:
            editor.setFocus()
        else:
            self.setFocus()

    def key_pressed(self, key: str) -> bool:
        """Pass an answer key to the answer control."""
        if self.read_only or self.answer_widget is None:
            return False
        return self.answer_widget.key_pressed(key)

    def flush(self) -> None:
        """Commit the note and any typed answer now."""
        self.note_saver.flush()
        if self.answer_widget is not None:
            self.answer_widget.flush()

    def _build_answer(self, item: Item) -> None:
        if self.answer_widget is not None:
            self.answer_widget.setParent(None)
            self.answer_widget.deleteLater()
        self.answer_widget = answer_widget_for(item, self.ctx.tr, self.ctx.lang)
        self.answer_widget.setEnabled(not self.read_only)
        self.answer_widget.answer_requested.connect(self._answer_requested)
        editor = self.answer_widget.text_editor()
        if editor is not None:
            editor.installEventFilter(self)  # Esc returns to the answer keys, as from the note
        self.answer_box.addWidget(self.answer_widget)

    def _answer_requested(self, value: Any) -> None:
        if self.item is not None and not self.read_only:
            self.answer_requested.emit(self.item.id, value)

    def _note_committed(self, text: str, new_edit: bool) -> None:
        if self.item is not None and not self.read_only:
            self.note_changed.emit(self.item.id, text, new_edit)

    def _typed_text_box(self, event: QKeyEvent) -> QPlainTextEdit | None:
        """Return the text item's box when `event` is a character typed for it."""
        editor = self.answer_widget.text_editor() if self.answer_widget is not None else None
        if editor is None or self.read_only:
            return None
        text = event.text()
        return editor if text and text.isprintable() and not event.modifiers() & _COMMANDS else None

    def event(self, event: QEvent) -> bool:
        # On a text item every character is text: claiming the keys here stops the runner's
        # answer shortcuts (Y, N, A...) from acting on them before the box has the focus.
        if event.type() == QEvent.Type.ShortcutOverride and self._typed_text_box(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self._typed_text_box(event)
        if editor is not None:
            # Keys typed as the item arrived belong in its box, in order: none is lost.
            editor.setFocus()
            QApplication.sendEvent(
                editor,
                QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()),
            )
            return
        # Handled here, before the scroll area around the view uses the arrows to scroll.
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
        if event.key() in steps and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.step_requested.emit(steps[event.key()])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.step_requested.emit(1)  # Enter delivered here while the box has the focus
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self.answer_widget.text_editor() if self.answer_widget is not None else None
        if (
            watched in (self.note, editor)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.setFocus()  # back to the answer keys
            return True
        return False
