"""Import and export questionnaires as XLSForm workbooks (the survey, choices and settings sheets).

What is read, the defaults and every message are described in docs/templates.md. In short: a group
is a section, `select_one` is a choice (or a yes/no item when its list holds exactly yes, no and
optionally na), `select_multiple` a multiple choice, `integer`/`decimal` a number (a timer with
`timer` = yes, a scale with `scale_max`), `text` text, `image` a photo, and a `note` becomes
guidance of the next question. Every problem is reported at once, each with its sheet and cell.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor import conditions
from auditor.checklists import TemplateError
from auditor.forms.cells import CellProblem, CellReader
from auditor.forms.sheets import LANGS, Sheet, cell_text, read_sheets
from auditor.forms.xlsform_checks import Origin, condition_problems, readable, validate
from auditor.forms.xlsform_writer import write_xlsform
from auditor.i18n import translator, user_language
from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Section,
    Template,
    TouchpointKind,
)

__all__ = ["CellProblem", "read_xlsform", "write_xlsform"]

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# ODK metadata rows record the device and the times, not an answer: skipped.
_METADATA = {
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
    "username", "email", "audit", "start-geopoint", "caseid",
}  # fmt: skip
_UNSUPPORTED = {
    "date", "time", "datetime", "geopoint", "geotrace", "geoshape", "audio", "video", "file",
    "barcode", "acknowledge", "calculate", "hidden", "range", "rank", "background-audio",
    "trigger", "xml-external", "csv-external", "select_one_from_file",
    "select_multiple_from_file", "begin loop", "end loop",
}  # fmt: skip
SUPPORTED_TYPES = (
    "select_one LIST, select_multiple LIST, integer, decimal, text, image, note, "
    "begin group, end group"
)


@dataclass
class _Group:
    name: str
    row: int
    relevant: str | None
    repeat: bool = False


class _Reader(CellReader):
    def __init__(self, path: Path, sheets: dict[str, Sheet]):
        super().__init__(str(path))
        self.stem = path.stem
        self.survey = sheets["survey"]
        self.choices = sheets.get("choices")
        self.settings = sheets.get("settings")

    # --- choices and settings --------------------------------------------------------------

    def lists(self) -> dict[str, list[tuple[int, ChoiceOption]]]:
        sheet = self.choices
        found: dict[str, list[tuple[int, ChoiceOption]]] = {}
        if sheet is None:
            return found
        for number, values in sheet.rows:
            list_name = sheet.text(values, "list_name")
            name = sheet.text(values, "name")
            if not list_name and not name:
                continue
            if not list_name:
                self.fail(sheet, number, "list_name", self._("a choice needs a list_name"))
                continue
            options = found.setdefault(list_name, [])
            if not name:
                self.fail(
                    sheet,
                    number,
                    "name",
                    self._("a choice of list '{list}' needs a name").format(list=list_name),
                )
                continue
            if any(option.id == name for _, option in options):
                first = next(n for n, option in options if option.id == name)
                self.fail(
                    sheet,
                    number,
                    "name",
                    self._("duplicate name '{name}' in list '{list}' (first in row {row})").format(
                        name=name, list=list_name, row=first
                    ),
                )
            of_name = self._("points of '{name}'").format(name=name)
            points = self.number(sheet, number, values, "points", of_name)
            if points is not None and points < 0:
                self.fail(
                    sheet,
                    number,
                    "points",
                    self._("points of '{name}' must not be negative").format(name=name),
                )
            label = self.texts(
                sheet,
                number,
                values,
                "label",
                self._("the label of choice '{name}'").format(name=name),
            )
            options.append(
                (number, ChoiceOption(name, label or {"it": "", "en": ""}, points or 0.0))
            )
        return found

    def setting_texts(self, base: str, what: str, default: str) -> dict[str, str]:
        sheet = self.settings
        if sheet is None or not sheet.rows or not self.has_text(sheet, sheet.rows[0][1], base):
            return {lang: default for lang in LANGS}
        number, values = sheet.rows[0]
        return self.texts(sheet, number, values, base, what) or {lang: default for lang in LANGS}

    def template_head(self) -> dict[str, Any]:
        sheet = self.settings
        number, values = sheet.rows[0] if sheet and sheet.rows else (2, ())
        form_id = sheet.text(values, "form_id") if sheet else ""
        if not form_id:
            form_id = re.sub(r"[^a-z0-9_.-]+", "_", self.stem.lower()).strip("_.-") or "form"
        elif not _ID_RE.match(form_id):
            self.fail(
                sheet,
                number,
                "form_id",
                self._("form_id {id} must be lowercase letters, digits, '_', '.', '-'").format(
                    id=repr(form_id)
                ),
            )
        version = (sheet.text(values, "version") if sheet else "") or "1.0.0"
        touchpoint = sheet.text(values, "touchpoint").lower() if sheet else ""
        allowed = ", ".join(kind.value for kind in TouchpointKind)
        kind = TouchpointKind.WEBSITE
        if sheet is None:
            self.problems.append(
                CellProblem(
                    self.path,
                    1,
                    self._("no settings sheet: it names the touchpoint ({allowed})").format(
                        allowed=allowed
                    ),
                    "settings",
                    "A1",
                )
            )
        elif not touchpoint:
            col = sheet.index("touchpoint")
            # Without the column, name the first free header cell, where it belongs.
            where = col if col is not None else sheet.width
            self.fail(
                sheet,
                number if col is not None else 1,
                where,
                self._("no touchpoint: add a touchpoint column ({allowed})").format(
                    allowed=allowed
                ),
            )
        else:
            try:
                kind = TouchpointKind(touchpoint)
            except ValueError:
                self.fail(
                    sheet,
                    number,
                    "touchpoint",
                    self._("touchpoint {value} is not one of: {allowed}").format(
                        value=repr(touchpoint), allowed=allowed
                    ),
                )
        return {
            "id": form_id,
            "version": version,
            "touchpoint": kind,
            "title": self.setting_texts("form_title", "form_title", form_id),
            "description": self.setting_texts("description", "description", ""),
        }

    # --- the survey --------------------------------------------------------------------------

    def survey_rows(
        self, lists: dict[str, list[tuple[int, ChoiceOption]]]
    ) -> tuple[list[Section], list[Item], list[Origin]]:
        sheet = self.survey
        sections: list[Section] = []
        items: list[Item] = []
        origins: list[Origin] = []
        stack: list[_Group] = []
        group_rows: dict[str, int] = {}
        item_rows: dict[str, int] = {}
        notes: list[dict[str, str]] = []
        for number, values in sheet.rows:
            raw_type = " ".join(sheet.text(values, "type").split())
            name = sheet.text(values, "name")
            if not raw_type:
                if name:
                    self.fail(
                        sheet, number, "type", self._("'{name}' has no type").format(name=name)
                    )
                continue
            kind = raw_type.lower().replace("begin_", "begin ").replace("end_", "end ")
            relevant = sheet.text(values, "relevant") or None
            if kind in ("begin group", "begin repeat"):
                repeat = kind == "begin repeat"
                if repeat:
                    self.fail(
                        sheet,
                        number,
                        "type",
                        self._(
                            "repeats are not supported: an audit answers each item once "
                            "(use a group, or one item per occurrence)"
                        ),
                    )
                elif self.check_name(sheet, number, name, group_rows, "group"):
                    title = self.texts(
                        sheet,
                        number,
                        values,
                        "label",
                        self._("the label of group '{name}'").format(name=name),
                    )
                    sections.append(Section(name, title or {"it": "", "en": ""}))
                if relevant and not repeat:
                    self.readable(sheet, number, relevant)
                stack.append(_Group(name, number, relevant, repeat))
                continue
            if kind in ("end group", "end repeat"):
                if not stack:
                    self.fail(
                        sheet,
                        number,
                        "type",
                        self._("'{type}' without a matching begin").format(type=raw_type),
                    )
                else:
                    stack.pop()
                continue
            words = raw_type.split()
            base = words[0].lower()
            if base in _METADATA:
                continue
            if base == "note":
                note = self.texts(sheet, number, values, "label", self._("the note"))
                if note:
                    notes.append(note)
                continue
            answer = self.answer_type(sheet, number, values, words, lists)
            if answer is None:
                continue
            answer_type, options = answer
            if not self.check_name(sheet, number, name, item_rows, "question"):
                continue
            item = self.item(sheet, number, values, name, answer_type, options, notes, stack)
            notes = []
            if item is not None:
                items.append(item)
                group_conditions = [
                    (g.row, g.relevant) for g in stack if g.relevant and not g.repeat
                ]
                origins.append(Origin(number, relevant, group_conditions))
        for group in stack:
            message = (
                self._("repeat '{name}' is not closed (no 'end repeat')")
                if group.repeat
                else self._("group '{name}' is not closed (no 'end group')")
            )
            self.fail(sheet, group.row, "type", message.format(name=group.name))
        if notes and items:
            # Notes after the last question still say something about it.
            last = items[-1]
            guidance = _join([last.guidance, *notes])
            items[-1] = dataclasses.replace(last, guidance=guidance)
        if not items and not self.problems:
            self.fail(sheet, 1, "type", self._("the survey has no questions"))
        return sections, items, origins

    def check_name(
        self, sheet: Sheet, number: int, name: str, seen: dict[str, int], what: str
    ) -> bool:
        if not name:
            needs = (
                self._("a group needs a name")
                if what == "group"
                else self._("a question needs a name")
            )
            self.fail(sheet, number, "name", needs)
            return False
        if not _ID_RE.match(name):
            self.fail(
                sheet,
                number,
                "name",
                self._("name '{name}' must be lowercase letters, digits, '_', '.', '-'").format(
                    name=name
                ),
            )
            return False
        if name in seen:
            self.fail(
                sheet,
                number,
                "name",
                self._("duplicate name '{name}' (first in row {row})").format(
                    name=name, row=seen[name]
                ),
            )
            return False
        seen[name] = number
        return True

    def readable(self, sheet: Sheet, number: int, text: str) -> bool:
        try:
            conditions.parse(text)
        except conditions.ConditionError as exc:
            self.fail(
                sheet,
                number,
                "relevant",
                self._("cannot read the condition at character {position}: {reason}").format(
                    position=exc.position + 1, reason=exc
                ),
            )
            return False
        return True

    def answer_type(
        self,
        sheet: Sheet,
        number: int,
        values: tuple[Any, ...],
        words: list[str],
        lists: dict[str, list[tuple[int, ChoiceOption]]],
    ) -> tuple[AnswerType, tuple[ChoiceOption, ...]] | None:
        base = words[0].lower()
        if base in ("select_one", "select_multiple"):
            if len(words) != 2:
                message = (
                    self._("'{type}' needs one list name (or_other is not supported)")
                    if "or_other" in words
                    else self._("'{type}' needs one list name")
                )
                self.fail(sheet, number, "type", message.format(type=base))
                return None
            list_name = words[1]
            if list_name not in lists:
                self.fail(
                    sheet,
                    number,
                    "type",
                    self._("list '{list}' is not in the choices sheet").format(list=list_name),
                )
                return None
            options = tuple(option for _, option in lists[list_name])
            ids = {option.id for option in options}
            if base == "select_one" and ids in ({"yes", "no"}, {"yes", "no", "na"}):
                return AnswerType.YES_NO, ()
            if options and max(o.points for o in options) <= 0:
                self.fail(
                    sheet,
                    number,
                    "type",
                    self._(
                        "no choice of list '{list}' is worth points: a {type} is scored by "
                        "the choices' points column"
                    ).format(list=list_name, type=base),
                )
                return None
            return (
                AnswerType.CHOICE if base == "select_one" else AnswerType.SELECT_MULTIPLE
            ), options
        if base in ("integer", "decimal"):
            if sheet.text(values, "scale_max"):
                if base != "integer":
                    self.fail(
                        sheet,
                        number,
                        "scale_max",
                        self._("scale_max applies to integer rows only"),
                    )
                    return None
                return AnswerType.SCALE, ()
            if self.flag(sheet, number, values, "timer", "timer"):
                return AnswerType.TIMER, ()
            return AnswerType.NUMBER, ()
        if base in ("text", "image"):
            return (AnswerType.TEXT if base == "text" else AnswerType.PHOTO), ()
        if base in _UNSUPPORTED or " ".join(words).lower() in _UNSUPPORTED:
            self.fail(
                sheet,
                number,
                "type",
                self._(
                    'type "{type}" is not supported by the audit desk (supported: {supported})'
                ).format(type=words[0], supported=SUPPORTED_TYPES),
            )
        else:
            self.fail(sheet, number, "type", self._('unknown type "{type}"').format(type=words[0]))
        return None

    def item(
        self,
        sheet: Sheet,
        number: int,
        values: tuple[Any, ...],
        name: str,
        answer_type: AnswerType,
        options: tuple[ChoiceOption, ...],
        notes: list[dict[str, str]],
        stack: list[_Group],
    ) -> Item:
        empty = {lang: "" for lang in LANGS}
        of_label = self._("the label of '{name}'").format(name=name)
        question = self.texts(sheet, number, values, "label", of_label) or empty
        hint = None
        if self.has_text(sheet, values, "hint"):
            of_hint = self._("the hint of '{name}'").format(name=name)
            hint = self.texts(sheet, number, values, "hint", of_hint) or empty
        # Guidance is required in a template; a question without hint or note repeats itself.
        guidance = _join([*notes, *([hint] if hint else [])]) if notes or hint else dict(question)
        weight = self.number(sheet, number, values, "weight", "weight")
        if weight is not None and not math.isnan(weight) and weight <= 0:
            self.fail(
                sheet,
                number,
                "weight",
                self._("weight must be greater than 0, not {value}").format(
                    value=cell_text(sheet.value(values, "weight"))
                ),
            )
        numeric = answer_type in (AnswerType.NUMBER, AnswerType.TIMER)
        threshold = self.number(sheet, number, values, "threshold", "threshold")
        if threshold is not None and not numeric:
            self.fail(
                sheet,
                number,
                "threshold",
                self._("threshold applies to integer and decimal rows only"),
            )
        elif threshold is None and numeric:
            self.fail(
                sheet,
                number,
                "threshold",
                self._(
                    "'{name}' is a number: it needs a threshold to pass (the threshold column)"
                ).format(name=name),
            )
        pass_if = sheet.text(values, "pass_if").lower() or "at_most"
        if numeric and pass_if not in ("at_most", "at_least"):
            self.fail(
                sheet,
                number,
                "pass_if",
                self._("pass_if must be at_most or at_least, not {value}").format(
                    value=repr(pass_if)
                ),
            )
        timer = self.flag(sheet, number, values, "timer", "timer")
        if timer and not numeric:
            self.fail(
                sheet, number, "timer", self._("timer applies to integer and decimal rows only")
            )
        scale_max = 5
        if answer_type is AnswerType.SCALE:
            value = self.number(sheet, number, values, "scale_max", "scale_max")
            if value is not None and not math.isnan(value):
                if not value.is_integer() or not 2 <= value <= 10:
                    self.fail(
                        sheet,
                        number,
                        "scale_max",
                        self._("scale_max must be a whole number from 2 to 10"),
                    )
                else:
                    scale_max = int(value)
        on_fail = [v for v in re.split(r"[\s,;]+", sheet.text(values, "on_fail").lower()) if v]
        if any(v not in ("note", "evidence") for v in on_fail):
            self.fail(sheet, number, "on_fail", self._("on_fail must name note and/or evidence"))
        unit_raw = sheet.value(values, "unit")
        unit = cell_text(unit_raw) if unit_raw is not None else ""
        if not unit:
            unit = "s" if answer_type is AnswerType.TIMER else ""
        own = sheet.text(values, "relevant") or None
        parts = [g.relevant for g in stack if g.relevant and not g.repeat]
        if own is not None and self.readable(sheet, number, own):
            parts.append(own)
        usable = [p for p in parts if readable(p)]
        relevant = (
            None
            if not usable
            else usable[0]
            if len(usable) == 1
            else " and ".join(f"({p})" for p in usable)
        )
        return Item(
            id=name,
            question=question,
            guidance=guidance,
            type=answer_type,
            dimension=self.enum(
                sheet, number, values, "dimension", Dimension, Dimension.FUNCTIONAL
            ),
            phase=self.enum(sheet, number, values, "phase", Phase, Phase.ACTIVATION),
            section=next((g.name for g in reversed(stack) if not g.repeat), ""),
            weight=1.0 if weight is None or math.isnan(weight) else weight,
            critical=bool(self.flag(sheet, number, values, "critical", "critical")),
            moment_of_truth=bool(
                self.flag(sheet, number, values, "moment_of_truth", "moment_of_truth")
            ),
            require_note_on_fail="note" in on_fail,
            require_evidence_on_fail="evidence" in on_fail,
            scale_max=scale_max,
            options=options,
            threshold=None
            if threshold is None or math.isnan(threshold) or not numeric
            else threshold,
            pass_if=pass_if,
            unit=unit,
            check=sheet.text(values, "check") or None,
            relevant=relevant,
            required=self.flag(sheet, number, values, "required", "required"),
        )

    def read(self) -> Template:
        lists = self.lists()
        head = self.template_head()
        sections, items, origins = self.survey_rows(lists)
        template = Template(sections=tuple(sections), items=tuple(items), schema=1, **head)
        if not self.problems:
            condition_problems(self, self.survey, template, origins)
        if not self.problems:
            text = validate(self, self.survey, template, origins)
        if self.problems:
            raise TemplateError(self.problems)
        return dataclasses.replace(template, source=text)


def _join(texts: list[dict[str, str]]) -> dict[str, str]:
    return {lang: "\n\n".join(t[lang] for t in texts if t.get(lang)) for lang in LANGS}


def read_xlsform(path: Path | str) -> Template:
    """Return the template an XLSForm workbook describes, or raise TemplateError with every fault."""
    path = Path(path)
    sheets = read_sheets(path)
    if "survey" not in sheets:
        raise TemplateError(
            [
                CellProblem(
                    str(path),
                    1,
                    translator(user_language())("the workbook has no survey sheet"),
                    "survey",
                    "A1",
                )
            ]
        )
    return _Reader(path, sheets).read()
