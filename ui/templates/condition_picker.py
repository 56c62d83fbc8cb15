"""The show-if picker: an earlier item, an operator and a value, or an expression typed by hand."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from auditor.i18n import Translate, pick
from auditor.model import Item
from ui.templates import editing, labels

log = logging.getLogger(__name__)


class ConditionPicker(QWidget):
    """Build `${item} op 'value'` from three lists; the text box shows it and takes any expression."""

    edited = Signal(object)  # the new condition text, or None for "always shown"

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = self.tr_ = tr
        self.lang = lang
        self.earlier: list[Item] = []
        self._loading = False
        self.source = QComboBox()
        self.source.setAccessibleName(_("Show only if this earlier item"))
        self.operator = QComboBox()
        self.operator.setAccessibleName(_("Operator"))
        self.value = QComboBox()
        self.value.setEditable(True)  # numbers and free values are typed
        self.value.setAccessibleName(_("Value"))
        self.value.setMinimumWidth(110)
        self.text = QLineEdit()
        self.text.setPlaceholderText(_("Always shown (or type an expression: ${item} = 'yes')"))
        self.text.setAccessibleName(_("Show-if expression"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.source, 3)
        row.addWidget(self.operator, 2)
        row.addWidget(self.value, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.source.activated.connect(self._source_picked)
        self.operator.activated.connect(lambda _i: self._picked())
        self.value.activated.connect(lambda _i: self._picked())
        self.value.lineEdit().textEdited.connect(lambda _t: self._picked())
        self.text.textEdited.connect(self._typed)

    def load(self, earlier: list[Item], relevant: str | None) -> None:
        """Show the condition of an item whose earlier items are `earlier`."""
        _ = self.tr_
        self._loading = True
        try:
            self.earlier = earlier
            self.source.clear()
            self.source.addItem(_("(always shown)"), "")
            for item in earlier:
                question = pick(item.question, self.lang) or ""
                self.source.addItem(f"{item.id} \u2014 {question}"[:70], item.id)
            if self.text.text() != (relevant or ""):
                self.text.setText(relevant or "")
            self._show_parts(relevant or "")
        finally:
            self._loading = False

    def _show_parts(self, text: str) -> None:
        parts = editing.simple_parts(text) if text else None
        ids = [item.id for item in self.earlier]
        if parts is None or parts[0] not in ids:
            # An expert's expression the lists cannot show: they stay on "always shown".
            self.source.setCurrentIndex(0)
            self._fill(None)
            return
        name, op, value = parts
        self.source.setCurrentIndex(ids.index(name) + 1)
        self._fill(self.earlier[ids.index(name)])
        self.operator.setCurrentIndex(max(0, self.operator.findData(op)))
        index = self.value.findData(value)
        if index >= 0:
            self.value.setCurrentIndex(index)
        else:
            self.value.setEditText(value)

    def _fill(self, item: Item | None) -> None:
        _ = self.tr_
        self.operator.clear()
        self.value.clear()
        enabled = item is not None
        self.operator.setEnabled(enabled)
        self.value.setEnabled(enabled)
        if item is None:
            return
        names = labels.operators(_)
        for op in editing.operators(item):
            self.operator.addItem(names[op], op)
        answers = labels.answer_values(_)
        options = {o.id: pick(o.label, self.lang) for o in item.options}
        for value in editing.values(item):
            shown = answers.get(value) if value in answers else options.get(value, value)
            self.value.addItem(f"{shown} ({value})" if shown and shown != value else value, value)

    def current_item(self) -> Item | None:
        """Return the earlier item the picker reads, if one is chosen."""
        index = self.source.currentIndex()
        return self.earlier[index - 1] if index > 0 else None

    def _source_picked(self, _index: int) -> None:
        self._fill(self.current_item())
        self._picked()

    def _picked(self) -> None:
        if self._loading:
            return
        item = self.current_item()
        if item is None:
            self._emit(None)
            return
        op = self.operator.currentData()
        index = self.value.currentIndex()
        typed = self.value.currentText()
        value = (
            self.value.itemData(index)
            if index >= 0 and self.value.itemText(index) == typed
            else typed
        )
        if not op or value in (None, ""):
            return  # not finished: the condition changes once all three are chosen
        self._emit(editing.expression(item, op, str(value)))

    def _emit(self, text: str | None) -> None:
        self.text.setText(text or "")
        self.edited.emit(text)

    def _typed(self, text: str) -> None:
        self._loading = True
        try:
            self._show_parts(text.strip())
        finally:
            self._loading = False
        self.edited.emit(text.strip() or None)
