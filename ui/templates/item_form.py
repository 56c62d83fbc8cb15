"""The forms beside the tree: one item's fields, or one section's id and titles."""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate
from auditor.model import AnswerType, ChoiceOption, Dimension, Item, Phase, Section
from ui.templates import labels
from ui.templates.condition_picker import ConditionPicker
from ui.widgets.forms import text_box

log = logging.getLogger(__name__)

CHOICES = (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE)
MEASURED = (AnswerType.NUMBER, AnswerType.TIMER)


def _combo(names: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for value, name in names.items():
        box.addItem(name, value)
    return box


def _pair(tr: Translate, it: QWidget, en: QWidget) -> QWidget:
    """Return the Italian and English fields side by side, each labelled."""
    _ = tr
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for name, field in ((_("IT"), it), (_("EN"), en)):
        tag = QLabel(name)
        tag.setProperty("role", "muted")
        tag.setBuddy(field)
        layout.addWidget(tag)
        layout.addWidget(field, 1)
    return row


class OptionsTable(QWidget):
    """The options of a choice item: id, Italian and English label, points; add and remove."""

    edited = Signal(object)  # tuple[ChoiceOption, ...]

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_("Id"), _("Italian"), _("English"), _("Points")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (3, 56)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(150)
        self.add_button = QPushButton(_("Add option"))
        self.remove_button = QPushButton(_("Remove option"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _cell: self._emit())
        self.add_button.clicked.connect(self.add_option)
        self.remove_button.clicked.connect(self.remove_option)

    def load(self, options: tuple[ChoiceOption, ...]) -> None:
        """Show these options."""
        self._loading = True
        try:
            self.table.setRowCount(len(options))
            for row, option in enumerate(options):
                cells = (
                    option.id,
                    option.label.get("it", ""),
                    option.label.get("en", ""),
                    f"{option.points:g}",
                )
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        finally:
            self._loading = False

    def options(self) -> tuple[ChoiceOption, ...]:
        """Return the options as the table shows them."""
        result = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                for c in range(4)
            ]
            try:
                points = float(texts[3].replace(",", "."))
            except ValueError:
                points = math.nan  # the import's check says what is wrong with it
            result.append(ChoiceOption(texts[0], {"it": texts[1], "en": texts[2]}, points))
        return tuple(result)

    def add_option(self) -> None:
        """Add an option at the end, with the next free id, and start editing its label."""
        ids = {o.id for o in self.options()}
        n = self.table.rowCount() + 1
        while f"option_{n}" in ids:
            n += 1
        self.load((*self.options(), ChoiceOption(f"option_{n}", {"it": "", "en": ""}, 0)))
        self._emit()
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)

    def remove_option(self) -> None:
        """Remove the option of the current row."""
        row = self.table.currentRow()
        if row < 0:
            return
        options = list(self.options())
        del options[row]
        self.load(tuple(options))
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.options())


class ItemForm(QWidget):
    """Every field of one item; each edit is reported as {field: value} with a merge key."""

    edited = Signal(object, str)  # {field: value} for dataclasses.replace, and what was edited

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._loading = False
        self.problems = QLabel()
        self.problems.setProperty("role", "warning")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.item_id = QLineEdit()
        self.type = _combo(labels.answer_types(_))
        self.question_it, self.question_en = QLineEdit(), QLineEdit()
        self.guidance_it, self.guidance_en = text_box(), text_box()
        for box in (self.guidance_it, self.guidance_en):
            box.setFixedHeight(48)
        self.options = OptionsTable(tr)
        self.scale_max = QSpinBox()
        self.scale_max.setRange(2, 10)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(-1, 1_000_000)
        self.threshold.setDecimals(1)
        self.threshold.setSpecialValueText("\u2014")  # the minimum: no threshold yet
        self.pass_if = _combo({"at_most": _("passes at most"), "at_least": _("passes at least")})
        self.unit = QLineEdit()
        self.unit.setMaximumWidth(70)
        measured = QWidget()
        row = QHBoxLayout(measured)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pass_if)
        row.addWidget(self.threshold)
        row.addWidget(QLabel(_("unit")))
        row.addWidget(self.unit)
        row.addStretch(1)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.critical = QCheckBox(_("Critical"))
        self.moment_of_truth = QCheckBox(_("Moment of truth"))
        self.dimension = _combo(labels.dimensions(_))
        self.phase = _combo(labels.phases(_))
        self.note_on_fail = QCheckBox(_("a note"))
        self.evidence_on_fail = QCheckBox(_("evidence"))
        self.required = QComboBox()
        for text, value in (
            (_("As the type decides"), None),
            (_("Required"), True),
            (_("Optional"), False),
        ):
            self.required.addItem(text, value)
        self.condition = ConditionPicker(tr, lang)

        scoring = QWidget()
        row = QHBoxLayout(scoring)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weight, self.critical, self.moment_of_truth):
            row.addWidget(widget)
        row.addStretch(1)
        journey = QWidget()
        row = QHBoxLayout(journey)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dimension, 1)
        row.addWidget(self.phase, 1)
        on_fail = QWidget()
        row = QHBoxLayout(on_fail)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.note_on_fail, self.evidence_on_fail):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(QLabel(_("Answer")))
        row.addWidget(self.required)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, QWidget] = {
            "id": self.item_id,
            "type": self.type,
            "question": _pair(tr, self.question_it, self.question_en),
            "guidance": _pair(tr, self.guidance_it, self.guidance_en),
            "options": self.options,
            "scale": self.scale_max,
            "measured": measured,
            "weight": scoring,
            "journey": journey,
            "on_fail": on_fail,
            "condition": self.condition,
        }
        names = {
            "id": _("Id"),
            "type": _("T&ype"),
            "question": _("&Question"),
            "guidance": _("&Guidance"),
            "options": _("Options"),
            "scale": _("Scale up to"),
            "measured": _("Passes when"),
            "weight": _("&Weight"),
            "journey": _("Dimension, phase"),
            "on_fail": _("On failure, require"),
            "condition": _("&Show only if"),
        }
        for key, field in self.rows.items():
            self.form.addRow(names[key], field)
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):  # Alt+letter jumps to the row's first field
                label.setBuddy(_first_field(field))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._connect()

    def _connect(self) -> None:
        def send(key: str, value: Any) -> None:
            if not self._loading:
                self.edited.emit({key: value}, key)

        self.item_id.textEdited.connect(lambda text: send("id", text.strip()))
        self.type.activated.connect(lambda _i: self._type_changed())
        for key, it, en in (("question", self.question_it, self.question_en),):
            it.textEdited.connect(lambda _t, k=key, a=it, b=en: send(k, _texts(a, b)))
            en.textEdited.connect(lambda _t, k=key, a=it, b=en: send(k, _texts(a, b)))
        for box in (self.guidance_it, self.guidance_en):
            box.textChanged.connect(
                lambda: send("guidance", _texts(self.guidance_it, self.guidance_en))
            )
        self.options.edited.connect(lambda options: send("options", options))
        self.scale_max.valueChanged.connect(lambda v: send("scale_max", v))
        self.threshold.valueChanged.connect(lambda v: send("threshold", None if v < 0 else v))
        self.pass_if.activated.connect(lambda _i: send("pass_if", self.pass_if.currentData()))
        self.unit.textEdited.connect(lambda text: send("unit", text))
        self.weight.valueChanged.connect(lambda v: send("weight", v))
        self.critical.toggled.connect(lambda on: send("critical", on))
        self.moment_of_truth.toggled.connect(lambda on: send("moment_of_truth", on))
        self.dimension.activated.connect(
            lambda _i: send("dimension", Dimension(self.dimension.currentData()))
        )
        self.phase.activated.connect(lambda _i: send("phase", Phase(self.phase.currentData())))
        self.note_on_fail.toggled.connect(lambda on: send("require_note_on_fail", on))
        self.evidence_on_fail.toggled.connect(lambda on: send("require_evidence_on_fail", on))
        self.required.activated.connect(lambda _i: send("required", self.required.currentData()))
        self.condition.edited.connect(lambda text: send("relevant", text))

    def _type_changed(self) -> None:
        if self._loading:
            return
        kind = AnswerType(self.type.currentData())
        changes: dict[str, Any] = {"type": kind}
        current = self.options.options()
        if kind in CHOICES and len(current) < 2:
            # A choice needs two options to be valid: start with two to fill in.
            changes["options"] = (
                *current,
                *(
                    ChoiceOption(f"option_{n}", {"it": "", "en": ""}, 1 if n == 1 else 0)
                    for n in range(len(current) + 1, 3)
                ),
            )
        elif kind not in CHOICES:
            changes["options"] = ()
        if kind is AnswerType.TIMER and not self.unit.text():
            changes["unit"] = "s"
        if kind not in MEASURED:
            changes["threshold"] = None
        self.edited.emit(changes, "type")

    def load(self, item: Item, earlier: list[Item], problems: list[str]) -> None:
        """Show an item (whose earlier items the condition may read) and its problems."""
        self._loading = True
        try:
            _set_text(self.item_id, item.id)
            self.type.setCurrentIndex(self.type.findData(item.type.value))
            _set_text(self.question_it, item.question.get("it", ""))
            _set_text(self.question_en, item.question.get("en", ""))
            _set_text(self.guidance_it, item.guidance.get("it", ""))
            _set_text(self.guidance_en, item.guidance.get("en", ""))
            if item.options != self.options.options():
                self.options.load(item.options)
            self.scale_max.setValue(item.scale_max)
            self.threshold.setValue(-1 if item.threshold is None else item.threshold)
            self.pass_if.setCurrentIndex(max(0, self.pass_if.findData(item.pass_if)))
            _set_text(self.unit, item.unit)
            self.weight.setValue(item.weight)
            self.critical.setChecked(item.critical)
            self.moment_of_truth.setChecked(item.moment_of_truth)
            self.dimension.setCurrentIndex(self.dimension.findData(item.dimension.value))
            self.phase.setCurrentIndex(self.phase.findData(item.phase.value))
            self.note_on_fail.setChecked(item.require_note_on_fail)
            self.evidence_on_fail.setChecked(item.require_evidence_on_fail)
            self.required.setCurrentIndex(max(0, self.required.findData(item.required)))
            self.condition.load(earlier, item.relevant)
            for key, visible in (
                ("options", item.type in CHOICES),
                ("scale", item.type is AnswerType.SCALE),
                ("measured", item.type in MEASURED),
            ):
                self.form.setRowVisible(self.rows[key], visible)
        finally:
            self._loading = False
        self.show_problems(problems)

    def show_problems(self, problems: list[str]) -> None:
        """Show the import's problems with this item above its fields."""
        self.problems.setText("\n".join(f"\u26a0 {p}" for p in problems))
        self.problems.setVisible(bool(problems))


class SectionForm(QWidget):
    """A section's id and its Italian and English titles."""

    edited = Signal(object, str)  # as ItemForm.edited

    def __init__(self, tr: Translate, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._loading = False
        self.problems = QLabel()
        self.problems.setProperty("role", "warning")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.section_id = QLineEdit()
        self.title_it, self.title_en = QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(_("Section id"), self.section_id)
        form.addRow(_("Section &title"), _pair(tr, self.title_it, self.title_en))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addStretch(1)
        for label in self.findChildren(QLabel):
            if label.text() == _("Section &title"):
                label.setBuddy(self.title_it)
        self.section_id.textEdited.connect(lambda text: self._send("id", text.strip()))
        for field in (self.title_it, self.title_en):
            field.textEdited.connect(
                lambda _t: self._send("title", _texts(self.title_it, self.title_en))
            )

    def _send(self, key: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit({key: value}, key)

    def load(self, section: Section, problems: list[str]) -> None:
        """Show a section and its problems."""
        self._loading = True
        try:
            _set_text(self.section_id, section.id)
            _set_text(self.title_it, section.title.get("it", ""))
            _set_text(self.title_en, section.title.get("en", ""))
        finally:
            self._loading = False
        self.problems.setText("\n".join(f"\u26a0 {p}" for p in problems))
        self.problems.setVisible(bool(problems))


def _texts(it: QWidget, en: QWidget) -> dict[str, str]:
    return {"it": _text_of(it), "en": _text_of(en)}


def _text_of(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()  # type: ignore[attr-defined]


def _set_text(field: QWidget, text: str) -> None:
    # Setting the same text again would move the cursor of the field being typed in.
    if _text_of(field) == text:
        return
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)  # type: ignore[attr-defined]


def _first_field(container: QWidget) -> QWidget:
    if container.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return container
    for child in container.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(child, QLabel):
            return child
    return container
