"""Import and export questionnaires as XLSForm workbooks (the survey, choices and settings sheets).

What is read, the defaults and every message are described in docs/templates.md. In short: a group
is a section, `select_one` is a choice (or a yes/no item when its list holds exactly yes, no and
optionally na), `select_multiple` a multiple choice, `integer`/`decimal` a number (a timer with
`timer` = yes, a scale with `scale_max`), `text` text, `image` a photo, and a `note` becomes
guidance of the next question. Every problem is reported at once, each with its sheet and cell.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from auditor.checklists import TemplateError
from auditor.forms.cells import CellProblem
from auditor.forms.sheets import LANGS, Sheet, read_sheets
from auditor.forms.xlsform_checks import Origin, condition_problems, validate
from auditor.forms.xlsform_rows import Group, QuestionRows, join_texts
from auditor.forms.xlsform_writer import write_xlsform
from auditor.i18n import N_, user_translator
from auditor.model import (
    ChoiceOption,
    Item,
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


class _Reader(QuestionRows):
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
                self.say(sheet, number, "list_name", N_("a choice needs a list_name"))
                continue
            options = found.setdefault(list_name, [])
            if not name:
                self.say(
                    sheet,
                    number,
                    "name",
                    N_("a choice of list '{list}' needs a name"),
                    list=list_name,
                )
                continue
            if any(option.id == name for _, option in options):
                first = next(n for n, option in options if option.id == name)
                self.say(
                    sheet,
                    number,
                    "name",
                    N_("duplicate name '{name}' in list '{list}' (first in row {row})"),
                    name=name,
                    list=list_name,
                    row=first,
                )
            of_name = self._("points of '{name}'").format(name=name)
            points = self.number(sheet, number, values, "points", of_name)
            if points is not None and points < 0:
                self.say(
                    sheet,
                    number,
                    "points",
                    N_("points of '{name}' must not be negative"),
                    name=name,
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
            self.say(
                sheet,
                number,
                "form_id",
                N_("form_id {id} must be lowercase letters, digits, '_', '.', '-'"),
                id=repr(form_id),
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
            self.say(
                sheet,
                number if col is not None else 1,
                where,
                N_("no touchpoint: add a touchpoint column ({allowed})"),
                allowed=allowed,
            )
        else:
            try:
                kind = TouchpointKind(touchpoint)
            except ValueError:
                self.say(
                    sheet,
                    number,
                    "touchpoint",
                    N_("touchpoint {value} is not one of: {allowed}"),
                    value=repr(touchpoint),
                    allowed=allowed,
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
        stack: list[Group] = []
        group_rows: dict[str, int] = {}
        item_rows: dict[str, int] = {}
        notes: list[dict[str, str]] = []
        for number, values in sheet.rows:
            raw_type = " ".join(sheet.text(values, "type").split())
            name = sheet.text(values, "name")
            if not raw_type:
                if name:
                    self.say(sheet, number, "type", N_("'{name}' has no type"), name=name)
                continue
            kind = raw_type.lower().replace("begin_", "begin ").replace("end_", "end ")
            relevant = sheet.text(values, "relevant") or None
            if kind in ("begin group", "begin repeat"):
                repeat = kind == "begin repeat"
                if repeat:
                    self.say(
                        sheet,
                        number,
                        "type",
                        N_(
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
                stack.append(Group(name, number, relevant, repeat))
                continue
            if kind in ("end group", "end repeat"):
                if not stack:
                    self.say(
                        sheet,
                        number,
                        "type",
                        N_("'{type}' without a matching begin"),
                        type=raw_type,
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
            guidance = join_texts([last.guidance, *notes])
            items[-1] = dataclasses.replace(last, guidance=guidance)
        if not items and not self.problems:
            self.say(sheet, 1, "type", N_("the survey has no questions"))
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
            self.say(
                sheet,
                number,
                "name",
                N_("name '{name}' must be lowercase letters, digits, '_', '.', '-'"),
                name=name,
            )
            return False
        if name in seen:
            self.say(
                sheet,
                number,
                "name",
                N_("duplicate name '{name}' (first in row {row})"),
                name=name,
                row=seen[name],
            )
            return False
        seen[name] = number
        return True

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
                    user_translator()("the workbook has no survey sheet"),
                    "survey",
                    "A1",
                )
            ]
        )
    return _Reader(path, sheets).read()
