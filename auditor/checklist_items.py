"""Read the [[items]] of a checklist template: keys, answer types, options, show-if and required.

Split from auditor.checklists (which documents the format); the template-level reading, the
file:line locator and the public functions stay there.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from auditor import conditions
from auditor.checks.registry import CHECKS
from auditor.i18n import N_
from auditor.model import (
    AnswerType,
    ChoiceOption,
    Dimension,
    Item,
    Phase,
    Template,
    TouchpointKind,
)

if TYPE_CHECKING:
    from auditor.checklists import _Validator

log = logging.getLogger(__name__)

ITEM_KEYS = {
    "id",
    "section",
    "type",
    "question",
    "guidance",
    "weight",
    "critical",
    "dimension",
    "phase",
    "moment_of_truth",
    "on_fail",
    "check",
    "scale_max",
    "options",
    "threshold",
    "pass_if",
    "unit",
    "relevant",
    "required",
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# Checks whose result is a measured value written into a number or timer answer.
VALUE_CHECKS = frozenset(
    spec.id
    for spec in CHECKS.values()
    if spec.module in ("auditor.checks.call", "auditor.checks.reply")
)
OPTION_TYPES = (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE)


class ItemReader:
    """Read and check the items of one template, reporting faults through its validator."""

    def __init__(self, validator: _Validator):
        self.v = validator

    def items(self, raw: Any, section_ids: set[str]) -> list[Item]:
        if not isinstance(raw, list) or not raw:
            self.v.say(
                N_("items must be a non-empty array of tables ([[items]])"), None, 0, "items"
            )
            return []
        items: list[Item] = []
        placed: list[int] = []  # the [[items]] entry of each item read, for its line
        seen: dict[str, int] = {}
        for index, entry in enumerate(raw):
            item = self.item(entry, index, section_ids)
            if item is None:
                continue
            if item.id in seen:
                self.v.say(
                    N_("item id '{id}' is used more than once (first in item {first})"),
                    "items",
                    index,
                    "id",
                    id=item.id,
                    first=seen[item.id] + 1,
                )
            seen[item.id] = index
            items.append(item)
            placed.append(index)
        self.conditions(items, placed)
        return items

    def conditions(self, items: list[Item], placed: list[int]) -> None:
        """Report show-if conditions that cannot be read or name a wrong field, on their line."""
        if not any(item.relevant for item in items):
            return
        # conditions.problems reads only the items; the rest of the template is not needed here.
        shell = Template("", "", TouchpointKind.PHONE, {}, {}, (), tuple(items))
        for position, reason in conditions.problems(shell):
            item = items[position]
            self.v.say(
                N_("item '{id}': {reason}"),
                "items",
                placed[position],
                "relevant",
                id=item.id,
                reason=reason,
            )

    def item(self, entry: Any, index: int, section_ids: set[str]) -> Item | None:
        T = "items"
        if not isinstance(entry, dict):
            self.v.say(N_("an item must be a table"), T, index)
            return None
        item_id = entry.get("id")
        label = (
            self.v._("item '{id}'").format(id=item_id)
            if isinstance(item_id, str)
            else self.v._("item {number}").format(number=index + 1)
        )
        if not isinstance(item_id, str) or not ID_RE.match(item_id):
            self.v.say(
                N_("{label}: id must be lowercase letters, digits, '_', '.', '-'"),
                T,
                index,
                "id",
                label=label,
            )
        for key in sorted(set(entry) - ITEM_KEYS):
            self.v.say(N_("{label}: unknown key '{key}'"), T, index, key, label=label, key=key)
        for key in ("type", "question", "guidance", "dimension", "phase"):
            if key not in entry:
                self.v.say(
                    N_("{label}: missing required key '{key}'"), T, index, label=label, key=key
                )
        if any(k not in entry for k in ("type", "question", "guidance", "dimension", "phase")):
            return None
        answer_type = self.v.enum(AnswerType, entry["type"], f"{label}: type", T, index, "type")
        question = self.v.bilingual(entry["question"], f"{label}: question", T, index, "question")
        guidance = self.v.bilingual(entry["guidance"], f"{label}: guidance", T, index, "guidance")
        dimension = self.v.enum(
            Dimension, entry["dimension"], f"{label}: dimension", T, index, "dimension"
        )
        phase = self.v.enum(Phase, entry["phase"], f"{label}: phase", T, index, "phase")
        section = entry.get("section", "")
        if not isinstance(section, str):  # a list here would crash the set lookup below
            self.v.say(N_("{label}: section must be a string"), T, index, "section", label=label)
            section = ""
        if section and section not in section_ids:
            self.v.say(
                N_("{label}: section '{section}' is not declared in [[sections]]"),
                T,
                index,
                "section",
                label=label,
                section=section,
            )
        weight = self.v.number(
            entry.get("weight", 1), f"{label}: weight", T, index, "weight", positive=True
        )
        critical = self.v.boolean(
            entry.get("critical", False), f"{label}: critical", T, index, "critical"
        )
        mot = self.v.boolean(
            entry.get("moment_of_truth", False),
            f"{label}: moment_of_truth",
            T,
            index,
            "moment_of_truth",
        )
        on_fail = entry.get("on_fail", [])
        if not isinstance(on_fail, list) or any(v not in ("note", "evidence") for v in on_fail):
            self.v.say(
                N_('{label}: on_fail must be a list of "note" and/or "evidence"'),
                T,
                index,
                "on_fail",
                label=label,
            )
            on_fail = []
        check = entry.get("check")
        if check is not None and not isinstance(check, str):
            self.v.say(N_("{label}: check must be a string"), T, index, "check", label=label)
            check = None
        if check is not None and check not in CHECKS:
            self.v.say(
                N_("{label}: check '{check}' is not a known automated check (known: {known})"),
                T,
                index,
                "check",
                label=label,
                check=check,
                known=", ".join(sorted(CHECKS)),
            )
        elif check in VALUE_CHECKS and answer_type not in (AnswerType.NUMBER, AnswerType.TIMER):
            # These checks write a measured number into the answer (the call stopwatch fills them).
            self.v.say(
                N_(
                    "{label}: check '{check}' measures a number, so the item must be a number or timer item, not {type}"
                ),
                T,
                index,
                "check",
                label=label,
                check=check,
                type=answer_type.value,
            )
        scale_max = 5
        options: tuple[ChoiceOption, ...] = ()
        threshold: float | None = None
        pass_if = entry.get("pass_if", "at_most")
        if answer_type is AnswerType.SCALE:
            scale_max = entry.get("scale_max", 5)
            if (
                isinstance(scale_max, bool)
                or not isinstance(scale_max, int)
                or not 2 <= scale_max <= 10
            ):
                self.v.say(
                    N_("{label}: scale_max must be a whole number from 2 to 10"),
                    T,
                    index,
                    "scale_max",
                    label=label,
                )
                scale_max = 5
        elif answer_type in OPTION_TYPES:
            options = self.options(entry.get("options"), label, index, answer_type)
        elif answer_type in (AnswerType.NUMBER, AnswerType.TIMER):
            if "threshold" not in entry:
                self.v.say(
                    N_("{label}: a {type} item needs a 'threshold' to pass"),
                    T,
                    index,
                    label=label,
                    type=answer_type.value,
                )
            else:
                threshold = self.v.number(
                    entry["threshold"], f"{label}: threshold", T, index, "threshold"
                )
            if pass_if not in ("at_most", "at_least"):
                self.v.say(
                    N_('{label}: pass_if must be "at_most" or "at_least"'),
                    T,
                    index,
                    "pass_if",
                    label=label,
                )
        if "scale_max" in entry and answer_type is not AnswerType.SCALE:
            self.v.say(
                N_("{label}: 'scale_max' only applies to scale items"),
                T,
                index,
                "scale_max",
                label=label,
            )
        if "options" in entry and answer_type not in OPTION_TYPES:
            self.v.say(
                N_("{label}: 'options' only applies to choice and select_multiple items"),
                T,
                index,
                "options",
                label=label,
            )
        if "threshold" in entry and answer_type not in (AnswerType.NUMBER, AnswerType.TIMER):
            self.v.say(
                N_("{label}: 'threshold' only applies to number and timer items"),
                T,
                index,
                "threshold",
                label=label,
            )
        unit = entry.get("unit", "s" if answer_type is AnswerType.TIMER else "")
        if not isinstance(unit, str):
            self.v.say(N_("{label}: unit must be a string"), T, index, "unit", label=label)
            unit = ""
        relevant = entry.get("relevant")
        if relevant is not None and (not isinstance(relevant, str) or not relevant.strip()):
            self.v.say(
                N_("{label}: relevant must be a condition such as \"${{greeting}} = 'no'\""),
                T,
                index,
                "relevant",
                label=label,
            )
            relevant = None
        required = entry.get("required")
        if required is not None:
            required = self.v.boolean(required, f"{label}: required", T, index, "required")
        return Item(
            id=str(item_id),
            question=question,
            guidance=guidance,
            type=answer_type,
            dimension=dimension,
            phase=phase,
            section=str(section),
            weight=weight,
            critical=critical,
            moment_of_truth=mot,
            require_note_on_fail="note" in on_fail,
            require_evidence_on_fail="evidence" in on_fail,
            scale_max=scale_max,
            options=options,
            threshold=threshold,
            pass_if=str(pass_if),
            unit=unit,
            check=check,
            relevant=relevant,
            required=required,
        )

    def options(
        self, raw: Any, label: str, index: int, answer_type: AnswerType
    ) -> tuple[ChoiceOption, ...]:
        if not isinstance(raw, list) or len(raw) < 2:
            self.v.say(
                N_("{label}: a {type} item needs at least two options"),
                "items",
                index,
                "options",
                label=label,
                type=answer_type.value,
            )
            return ()
        options: list[ChoiceOption] = []
        for entry in raw:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                self.v.say(
                    N_("{label}: every option needs an 'id' string"),
                    "items",
                    index,
                    "options",
                    label=label,
                )
                continue
            points = self.v.number(
                entry.get("points"),
                self.v._("{label}: option '{id}' points").format(label=label, id=entry["id"]),
                "items",
                index,
                "options",
            )
            text = self.v.bilingual(
                entry.get("label"),
                self.v._("{label}: option '{id}' label").format(label=label, id=entry["id"]),
                "items",
                index,
                "options",
            )
            if points < 0:
                self.v.say(
                    N_("{label}: option '{id}' has negative points"),
                    "items",
                    index,
                    "options",
                    label=label,
                    id=entry["id"],
                )
            options.append(ChoiceOption(entry["id"], text, points))
        if options and max(o.points for o in options) <= 0:
            self.v.say(
                N_("{label}: at least one option must be worth more than 0 points"),
                "items",
                index,
                "options",
                label=label,
            )
        ids = [o.id for o in options]
        if len(set(ids)) != len(ids):
            self.v.say(
                N_("{label}: option ids must be unique"), "items", index, "options", label=label
            )
        return tuple(options)
