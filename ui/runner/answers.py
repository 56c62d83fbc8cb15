"""Answer controls, one per item type; each handles its own keys and asks for answers by signal."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate, pick
from auditor.model import NA, AnswerType, Item
from ui.runner.stopwatch import Stopwatch
from ui.widgets.debounce import DebouncedText
from ui.widgets.forms import text_box

log = logging.getLogger(__name__)

DIGITS = "1234567890"  # key "0" picks the tenth value of a 1..10 scale


class AnswerWidget(QWidget):
    """Base of the answer controls."""

    answer_requested = Signal(object)  # the value to record (None clears)

    def set_value(self, value: Any) -> None:
        """Show a stored value."""

    def key_pressed(self, key: str) -> bool:
        """Handle an answer key (y, n, a, 1-9, 0, t); return True when it was used."""
        return False

    def flush(self) -> None:
        """Commit anything typed but not yet saved."""

    def text_editor(self) -> QPlainTextEdit | None:
        """Return the box the answer is typed in, for items answered with text."""
        return None


class ButtonAnswers(AnswerWidget):
    """A row (or column) of large toggle buttons: yes/no/N.A., scale values or choice options."""

    def __init__(
        self,
        choices: list[tuple[Any, str, str, str]],
        vertical: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._keys: dict[str, Any] = {}
        self._buttons: dict[Any, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so a cleared answer shows no button checked
        layout: QBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for value, label, key, tone in choices:
            button = QPushButton(label if key in ("", label) else f"{label}   {key.upper()}")
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.setProperty("tone", tone)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the runner
            if vertical:
                button.setStyleSheet("text-align: left; padding-left: 14px;")
            button.clicked.connect(lambda _checked=False, v=value: self.answer_requested.emit(v))
            layout.addWidget(button)
            self._buttons[value] = button
            if key:
                self._keys[key] = value
        layout.addStretch(1)

    def set_value(self, value: Any) -> None:
        for candidate, button in self._buttons.items():
            button.setChecked(candidate == value)

    def key_pressed(self, key: str) -> bool:
        if key in self._keys:
            self.answer_requested.emit(self._keys[key])
            return True
        return False

    def button(self, value: Any) -> QPushButton:
        """Return the button recording `value` (tests click it)."""
        return self._buttons[value]


class MultiAnswers(AnswerWidget):
    """A column of toggle buttons, several on at once; each toggle records the whole list."""

    def __init__(self, item: Item, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._order = [o.id for o in item.options]
        self._value: Any = None
        self._keys = {DIGITS[i]: o.id for i, o in enumerate(item.options) if i < 9}
        self._buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        hint = QLabel(_("Tick every option that applies."))
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        for position, option in enumerate(item.options):
            label = pick(option.label, lang)
            key = DIGITS[position] if position < 9 else ""
            button = self._button(f"{label}   {key}" if key else label, "value")
            button.setStyleSheet("text-align: left; padding-left: 14px;")
            button.clicked.connect(lambda _checked=False, v=option.id: self.toggle(v))
            layout.addWidget(button)
            self._buttons[option.id] = button
        self.na_button = self._button(_("N.A.") + "   A", "na")
        self.na_button.clicked.connect(lambda: self.answer_requested.emit(NA))
        layout.addWidget(self.na_button)
        layout.addStretch(1)

    def _button(self, text: str, tone: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("answer", True)
        button.setProperty("tone", tone)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the runner
        return button

    def set_value(self, value: Any) -> None:
        self._value = value
        chosen = set(value) if isinstance(value, list) else set()
        for option_id, button in self._buttons.items():
            button.setChecked(option_id in chosen)
        self.na_button.setChecked(value == NA)

    def toggle(self, option_id: str) -> None:
        """Ask to record the stored selection with one option switched (none left clears)."""
        # Built from the stored answer, not the buttons: a click already flipped its button,
        # and a refused answer must leave the next toggle working from what the store holds.
        chosen = set(self._value) if isinstance(self._value, list) else set()
        chosen ^= {option_id}
        ordered = [o for o in self._order if o in chosen]
        self.set_value(self._value)  # the store's answer, until the change comes back
        self.answer_requested.emit(ordered or None)

    def key_pressed(self, key: str) -> bool:
        if key == "a":
            self.answer_requested.emit(NA)
            return True
        if key in self._keys:
            self.toggle(self._keys[key])
            return True
        return False

    def button(self, value: Any) -> QPushButton:
        """Return the button of an option id, or of "na" (tests click it)."""
        return self.na_button if value == NA else self._buttons[value]


class NumberAnswer(AnswerWidget):
    """A number saved on Enter or focus-out, with its pass rule; timers add a stopwatch."""

    def __init__(self, item: Item, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0, 1_000_000)
        self.spin.setDecimals(1)
        self.spin.setSuffix(f" {item.unit}" if item.unit else "")
        self.spin.setMinimumWidth(140)
        self.spin.setSpecialValueText("\u2014")  # the minimum shows as a dash until answered
        self.spin.setMinimum(-1)
        rule = (
            _("passes at most {threshold} {unit}")
            if item.pass_if == "at_most"
            else _("passes at least {threshold} {unit}")
        )
        hint = QLabel(rule.format(threshold=f"{item.threshold:g}", unit=item.unit))
        hint.setProperty("role", "muted")
        self.na_button = QPushButton(_("N.A.") + "   A")
        self.na_button.setProperty("answer", True)
        self.na_button.setProperty("tone", "na")
        self.na_button.setCheckable(True)
        self.na_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addWidget(hint)
        row.addStretch(1)
        row.addWidget(self.na_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stopwatch: Stopwatch | None = None
        if item.type == AnswerType.TIMER:
            self.stopwatch = Stopwatch(tr)
            layout.addWidget(self.stopwatch)
            self.stopwatch.stopped.connect(self._measured)
        layout.addLayout(row)
        self.spin.editingFinished.connect(self._commit)
        self.na_button.clicked.connect(lambda: self.answer_requested.emit(NA))
        self._shown: Any = None

    def set_value(self, value: Any) -> None:
        self._shown = value
        self.na_button.setChecked(value == NA)
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else -1
        self.spin.blockSignals(True)
        self.spin.setValue(number)
        self.spin.blockSignals(False)

    def key_pressed(self, key: str) -> bool:
        if key == "a":
            self.answer_requested.emit(NA)
            return True
        if key == "t" and self.stopwatch is not None:
            self.stopwatch.toggle()
            return True
        if key.isdigit():  # typing a number starts it in the field; Enter saves it and moves on
            self.spin.setFocus()
            self.spin.lineEdit().selectAll()
            self.spin.lineEdit().insert(key)
            return True
        return False

    def flush(self) -> None:
        if self.stopwatch is not None and self.stopwatch.running:
            self.stopwatch.toggle()  # leaving the item: the time measured so far is its answer
        elif self.spin.hasFocus():
            self._commit()

    def _measured(self, seconds: float) -> None:
        self.spin.setValue(seconds)
        self.answer_requested.emit(seconds)

    def _commit(self) -> None:
        value = self.spin.value()
        if value < 0 or value == self._shown:
            return
        self.answer_requested.emit(value)


class TextAnswer(AnswerWidget):
    """Free text, saved as you type (debounced) and on focus-out."""

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.editor = text_box()
        self.editor.setPlaceholderText(_("Type what you observed..."))
        self.editor.setMinimumHeight(90)
        self.saver = DebouncedText(self.editor)
        self.saver.text_committed.connect(
            lambda text, _new: self.answer_requested.emit(text or None)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if text != self.editor.toPlainText():
            self.saver.load(text)

    def flush(self) -> None:
        self.saver.flush()

    def text_editor(self) -> QPlainTextEdit | None:
        return self.editor


class PhotoAnswer(AnswerWidget):
    """Photo items are answered by their evidence below."""

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        label = QLabel(
            _(
                "Add the photo or screenshot below: paste it (Ctrl+V), drop it or capture the screen."
            )
        )
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        QVBoxLayout(self).addWidget(label)


def answer_keys(item: Item, tr: Translate) -> str:
    """Return the keys an item takes, for the status bar ("Y, N or A")."""
    _ = tr
    match item.type:
        case AnswerType.YES_NO:
            return _("Y, N or A")
        case AnswerType.SCALE:
            return _("1 to {high}, or A").format(high=min(item.scale_max, 10))
        case AnswerType.CHOICE:
            return _("1 to {high}, or A").format(high=min(len(item.options), 9))
        case AnswerType.SELECT_MULTIPLE:
            return _("1 to {high} to tick or untick options, or A").format(
                high=min(len(item.options), 9)
            )
        case AnswerType.NUMBER | AnswerType.TIMER:
            return _("a number, or A")
        case AnswerType.TEXT:
            return _("text typed in its box")
    return _("a photo added below")


def answer_widget_for(item: Item, tr: Translate, lang: str) -> AnswerWidget:
    """Return the answer control that fits the item's type."""
    _ = tr
    na = (NA, _("N.A."), "a", "na")
    match item.type:
        case AnswerType.YES_NO:
            return ButtonAnswers([("yes", _("Yes"), "y", "ok"), ("no", _("No"), "n", "fail"), na])
        case AnswerType.SCALE:
            keys = DIGITS[: item.scale_max] if item.scale_max < 10 else DIGITS
            return ButtonAnswers(
                [(v, str(v), keys[v - 1], "value") for v in range(1, item.scale_max + 1)] + [na]
            )
        case AnswerType.CHOICE:
            choices = [
                (o.id, pick(o.label, lang), DIGITS[i] if i < 9 else "", "value")
                for i, o in enumerate(item.options)
            ]
            return ButtonAnswers([*choices, na], vertical=True)
        case AnswerType.SELECT_MULTIPLE:
            return MultiAnswers(item, tr, lang)
        case AnswerType.NUMBER | AnswerType.TIMER:
            return NumberAnswer(item, tr)
        case AnswerType.TEXT:
            return TextAnswer(tr)
    return PhotoAnswer(tr)
