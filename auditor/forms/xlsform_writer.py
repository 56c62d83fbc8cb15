"""Write a Template as an XLSForm workbook that read_xlsform reads back equal."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from auditor.model import AnswerType, ChoiceOption, Item, Template

LANG_COLUMNS = {"it": "Italiano (it)", "en": "English (en)"}
SURVEY_COLUMNS = [
    "type",
    "name",
    *(f"label::{name}" for name in LANG_COLUMNS.values()),
    *(f"hint::{name}" for name in LANG_COLUMNS.values()),
    "required",
    "relevant",
    "weight",
    "critical",
    "dimension",
    "phase",
    "moment_of_truth",
    "threshold",
    "pass_if",
    "unit",
    "timer",
    "scale_max",
    "on_fail",
    "check",
]
CHOICE_COLUMNS = ["list_name", "name", *(f"label::{n}" for n in LANG_COLUMNS.values()), "points"]
YES_NO_LABELS = (
    ("yes", {"it": "Sì", "en": "Yes"}),
    ("no", {"it": "No", "en": "No"}),
    ("na", {"it": "Non applicabile", "en": "Not applicable"}),
)
_WIDE = {"label", "hint", "relevant", "form_title", "description"}


def _number(value: float) -> float | int | str:
    """Return a number as a cell value that reads back exactly."""
    value = float(value)
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    # openpyxl writes 15 significant digits; a float needing 17 is kept exact as text.
    return value if float(f"{value:.15g}") == value else repr(value)


def _section_order(template: Template) -> list[str]:
    """Return the sections in writing order, or raise ValueError if groups cannot express it."""
    runs: list[str] = []
    for item in template.items:
        if item.section and (not runs or runs[-1] != item.section):
            if item.section in runs:
                raise ValueError(
                    f"the items of section '{item.section}' are not together: an XLSForm group "
                    "holds its items in one run"
                )
            runs.append(item.section)
    declared = [s.id for s in template.sections]
    if [s for s in declared if s in runs] != runs:
        raise ValueError("the sections are declared in another order than their items come")
    return declared


def _yes_no_list(template: Template) -> str:
    taken = {
        i.id for i in template.items if i.type in (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE)
    }
    name, n = "yes_no", 1
    while name in taken:
        name, n = f"yes_no_{n}", n + 1
    return name


def _item_row(item: Item, yes_no: str) -> dict[str, Any]:
    numeric = item.type in (AnswerType.NUMBER, AnswerType.TIMER)
    type_cell = {
        AnswerType.YES_NO: f"select_one {yes_no}",
        AnswerType.CHOICE: f"select_one {item.id}",
        AnswerType.SELECT_MULTIPLE: f"select_multiple {item.id}",
        AnswerType.SCALE: "integer",
        AnswerType.NUMBER: "decimal",
        AnswerType.TIMER: "decimal",
        AnswerType.TEXT: "text",
        AnswerType.PHOTO: "image",
    }[item.type]
    on_fail = [
        n
        for n, on in (
            ("note", item.require_note_on_fail),
            ("evidence", item.require_evidence_on_fail),
        )
        if on
    ]
    row: dict[str, Any] = {
        "type": type_cell,
        "name": item.id,
        "required": None if item.required is None else ("yes" if item.required else "no"),
        "relevant": item.relevant,
        "weight": _number(item.weight),
        "critical": "yes" if item.critical else None,
        "dimension": item.dimension.value,
        "phase": item.phase.value,
        "moment_of_truth": "yes" if item.moment_of_truth else None,
        "threshold": None if item.threshold is None else _number(item.threshold),
        "pass_if": item.pass_if if numeric or item.pass_if != "at_most" else None,
        "unit": item.unit or None,
        "timer": "yes" if item.type is AnswerType.TIMER else None,
        "scale_max": item.scale_max if item.type is AnswerType.SCALE else None,
        "on_fail": " ".join(on_fail) or None,
        "check": item.check,
    }
    for lang, name in LANG_COLUMNS.items():
        row[f"label::{name}"] = item.question.get(lang, "")
        row[f"hint::{name}"] = item.guidance.get(lang, "")
    return row


def _put(sheet: Any, row: int, col: int, value: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value!r} cannot be written: template numbers are finite")
    cell = sheet.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a label starting with '=' is text, not a formula


def _fill(sheet: Any, columns: list[str], rows: list[dict[str, Any]]) -> None:
    bold = Font(bold=True)
    for col, name in enumerate(columns, start=1):
        sheet.cell(row=1, column=col, value=name).font = bold
        base = name.split("::")[0]
        sheet.column_dimensions[get_column_letter(col)].width = 40 if base in _WIDE else 14
    for number, values in enumerate(rows, start=2):
        for col, name in enumerate(columns, start=1):
            _put(sheet, number, col, values.get(name))
    sheet.freeze_panes = "A2"


def _choice_rows(list_name: str, options: tuple[ChoiceOption, ...]) -> list[dict[str, Any]]:
    rows = []
    for option in options:
        row: dict[str, Any] = {
            "list_name": list_name,
            "name": option.id,
            "points": _number(option.points),
        }
        for lang, name in LANG_COLUMNS.items():
            row[f"label::{name}"] = option.label.get(lang, "")
        rows.append(row)
    return rows


def write_xlsform(template: Template, path: Path | str) -> None:
    """Write the template as an XLSForm workbook (survey, choices, settings) at path."""
    order = _section_order(template)
    titles = {s.id: s.title for s in template.sections}
    yes_no = _yes_no_list(template)
    survey: list[dict[str, Any]] = []
    choices: list[dict[str, Any]] = []
    written: set[str] = set()
    current = ""

    def open_group(section_id: str) -> None:
        row: dict[str, Any] = {"type": "begin group", "name": section_id}
        for lang, name in LANG_COLUMNS.items():
            row[f"label::{name}"] = titles[section_id].get(lang, "")
        survey.append(row)
        written.add(section_id)

    def empty_groups_before(section_id: str | None) -> None:
        # Sections without items keep their place among the others.
        stop = order.index(section_id) if section_id else len(order)
        for other in order[:stop]:
            if other not in written and not any(i.section == other for i in template.items):
                open_group(other)
                survey.append({"type": "end group"})

    for item in template.items:
        if item.section != current:
            if current:
                survey.append({"type": "end group"})
            if item.section:
                empty_groups_before(item.section)
                open_group(item.section)
            current = item.section
        survey.append(_item_row(item, yes_no))
        if item.type in (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE):
            choices += _choice_rows(item.id, item.options)
    if current:
        survey.append({"type": "end group"})
    empty_groups_before(None)
    if any(i.type is AnswerType.YES_NO for i in template.items):
        for name, label in YES_NO_LABELS:
            choices += _choice_rows(yes_no, (ChoiceOption(name, label, 0.0),))
        for row in choices[-3:]:
            row["points"] = None
    settings: dict[str, Any] = {
        "form_id": template.id,
        "version": template.version,
        "form_title": template.title.get("en", ""),
        "touchpoint": template.touchpoint.value,
    }
    settings_columns = ["form_id", "version", "form_title"]
    for lang, name in LANG_COLUMNS.items():
        settings_columns.append(f"form_title::{name}")
        settings[f"form_title::{name}"] = template.title.get(lang, "")
    if any(template.description.values()):
        for lang, name in LANG_COLUMNS.items():
            settings_columns.append(f"description::{name}")
            settings[f"description::{name}"] = template.description.get(lang, "")
    settings_columns.append("touchpoint")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "survey"
    _fill(sheet, SURVEY_COLUMNS, survey)
    _fill(workbook.create_sheet("choices"), CHOICE_COLUMNS, choices)
    _fill(workbook.create_sheet("settings"), settings_columns, [settings])
    workbook.save(Path(path))
