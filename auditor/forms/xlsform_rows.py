"""The rows of an XLSForm's survey that become items: their answer type, texts, scoring and
show-if condition, each fault reported at its cell (read by auditor/forms/xlsform.py)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from auditor import conditions
from auditor.forms.cells import CellReader
from auditor.forms.sheets import LANGS, Sheet, cell_text
from auditor.forms.xlsform_checks import readable
from auditor.i18n import N_
from auditor.model import AnswerType, ChoiceOption, Dimension, Item, Phase

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
class Group:
    """A group or repeat the survey has opened and not yet closed."""

    name: str
    row: int
    relevant: str | None
    repeat: bool = False


class QuestionRows(CellReader):
    """Read one survey row into an item, or report why it cannot be one."""

    def readable(self, sheet: Sheet, number: int, text: str) -> bool:
        try:
            conditions.parse(text)
        except conditions.ConditionError as exc:
            self.say(
                sheet,
                number,
                "relevant",
                N_("cannot read the condition at character {position}: {reason}"),
                position=exc.position + 1,
                reason=exc,
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
                self.say(
                    sheet,
                    number,
                    "type",
                    N_("list '{list}' is not in the choices sheet"),
                    list=list_name,
                )
                return None
            options = tuple(option for _, option in lists[list_name])
            ids = {option.id for option in options}
            if base == "select_one" and ids in ({"yes", "no"}, {"yes", "no", "na"}):
                return AnswerType.YES_NO, ()
            if options and max(o.points for o in options) <= 0:
                self.say(
                    sheet,
                    number,
                    "type",
                    N_(
                        "no choice of list '{list}' is worth points: a {type} is scored by "
                        "the choices' points column"
                    ),
                    list=list_name,
                    type=base,
                )
                return None
            return (
                AnswerType.CHOICE if base == "select_one" else AnswerType.SELECT_MULTIPLE
            ), options
        if base in ("integer", "decimal"):
            if sheet.text(values, "scale_max"):
                if base != "integer":
                    self.say(
                        sheet, number, "scale_max", N_("scale_max applies to integer rows only")
                    )
                    return None
                return AnswerType.SCALE, ()
            if self.flag(sheet, number, values, "timer", "timer"):
                return AnswerType.TIMER, ()
            return AnswerType.NUMBER, ()
        if base in ("text", "image"):
            return (AnswerType.TEXT if base == "text" else AnswerType.PHOTO), ()
        if base in _UNSUPPORTED or " ".join(words).lower() in _UNSUPPORTED:
            self.say(
                sheet,
                number,
                "type",
                N_('type "{type}" is not supported by the audit desk (supported: {supported})'),
                type=words[0],
                supported=SUPPORTED_TYPES,
            )
        else:
            self.say(sheet, number, "type", N_('unknown type "{type}"'), type=words[0])
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
        stack: list[Group],
    ) -> Item:
        empty = {lang: "" for lang in LANGS}
        of_label = self._("the label of '{name}'").format(name=name)
        question = self.texts(sheet, number, values, "label", of_label) or empty
        hint = None
        if self.has_text(sheet, values, "hint"):
            of_hint = self._("the hint of '{name}'").format(name=name)
            hint = self.texts(sheet, number, values, "hint", of_hint) or empty
        # Guidance is required in a template; a question without hint or note repeats itself.
        guidance = (
            join_texts([*notes, *([hint] if hint else [])]) if notes or hint else dict(question)
        )
        weight = self.number(sheet, number, values, "weight", "weight")
        if weight is not None and not math.isnan(weight) and weight <= 0:
            self.say(
                sheet,
                number,
                "weight",
                N_("weight must be greater than 0, not {value}"),
                value=cell_text(sheet.value(values, "weight")),
            )
        numeric = answer_type in (AnswerType.NUMBER, AnswerType.TIMER)
        threshold = self.number(sheet, number, values, "threshold", "threshold")
        if threshold is not None and not numeric:
            self.say(
                sheet, number, "threshold", N_("threshold applies to integer and decimal rows only")
            )
        elif threshold is None and numeric:
            self.say(
                sheet,
                number,
                "threshold",
                N_("'{name}' is a number: it needs a threshold to pass (the threshold column)"),
                name=name,
            )
        pass_if = sheet.text(values, "pass_if").lower() or "at_most"
        if numeric and pass_if not in ("at_most", "at_least"):
            self.say(
                sheet,
                number,
                "pass_if",
                N_("pass_if must be at_most or at_least, not {value}"),
                value=repr(pass_if),
            )
        timer = self.flag(sheet, number, values, "timer", "timer")
        if timer and not numeric:
            self.say(sheet, number, "timer", N_("timer applies to integer and decimal rows only"))
        scale_max = 5
        if answer_type is AnswerType.SCALE:
            value = self.number(sheet, number, values, "scale_max", "scale_max")
            if value is not None and not math.isnan(value):
                if not value.is_integer() or not 2 <= value <= 10:
                    self.say(
                        sheet,
                        number,
                        "scale_max",
                        N_("scale_max must be a whole number from 2 to 10"),
                    )
                else:
                    scale_max = int(value)
        on_fail = [v for v in re.split(r"[\s,;]+", sheet.text(values, "on_fail").lower()) if v]
        if any(v not in ("note", "evidence") for v in on_fail):
            self.say(sheet, number, "on_fail", N_("on_fail must name note and/or evidence"))
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


def join_texts(texts: list[dict[str, str]]) -> dict[str, str]:
    """Return several bilingual texts as one, a blank line between them (notes and a hint)."""
    return {lang: "\n\n".join(t[lang] for t in texts if t.get(lang)) for lang in LANGS}
