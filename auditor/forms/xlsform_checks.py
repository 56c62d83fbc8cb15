"""Checks on a whole imported template: its show-if conditions and the TOML validator's rules."""

from __future__ import annotations

from dataclasses import dataclass

from auditor import conditions
from auditor.checklists import TemplateError, parse_template
from auditor.forms.cells import CellProblem, CellReader
from auditor.forms.sheets import Sheet
from auditor.forms.toml_writer import dump_toml_lines
from auditor.model import Template


@dataclass
class Origin:
    """Where an item came from, to name its cells when a later check refuses it."""

    row: int
    own_relevant: str | None
    group_relevant: list[tuple[int, str]]  # (row of the group, its relevant)


_COLUMN_OF_KEY = {
    "id": "name",
    "question": "label",
    "guidance": "hint",
    "options": "type",
    "section": "type",
}
for _key in [
    "weight",
    "critical",
    "dimension",
    "phase",
    "moment_of_truth",
    "on_fail",
    "check",
    "scale_max",
    "threshold",
    "pass_if",
    "unit",
    "relevant",
    "required",
    "type",
]:
    _COLUMN_OF_KEY[_key] = _key


def _reaches(graph: dict[str, list[str]], start: str, target: str) -> bool:
    """Return True when start's condition depends, directly or not, on target."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current == target:
            return True
        if current in seen:
            continue
        seen.add(current)
        todo.extend(graph.get(current, []))
    return False


def condition_problems(
    reader: CellReader, survey: Sheet, template: Template, origins: list[Origin]
) -> None:
    """Report every show-if condition that cannot be read or names a wrong field, at its cell."""
    graph: dict[str, list[str]] = {}
    for item in template.items:
        if item.relevant and readable(item.relevant):
            graph[item.id] = conditions.references(conditions.parse(item.relevant))
    reported: set[tuple[int, str]] = set()
    _ = reader._
    for problem in conditions.problem_list(template):
        index, name = problem.index, problem.name
        origin = origins[index]
        own = origin.own_relevant
        row = origin.row
        whose = "item"
        if name and not (own and readable(own) and name in conditions.names([own])):
            # The name comes from an enclosing group's condition: point at that group.
            group_row = next(
                (r for r, text in origin.group_relevant if name in conditions.names([text])),
                None,
            )
            if group_row is not None:
                row, whose = group_row, "group"
        reason = problem.message(_, whose)
        item_id = template.items[index].id
        if problem.kind == "later" and _reaches(graph, name, item_id):
            reason = _(
                "the condition names '{name}', whose own condition depends on '{item}': a cycle"
            ).format(name=name, item=item_id)
        if (row, reason) not in reported:  # a group's fault shows once, not once per item
            reported.add((row, reason))
            reader.fail(survey, row, "relevant", reason)


def validate(reader: CellReader, survey: Sheet, template: Template, origins: list[Origin]) -> str:
    """Check the template with the TOML validator too; return its TOML text."""
    text, starts = dump_toml_lines(template)
    try:
        parse_template(text, reader.path)
    except TemplateError as exc:
        lines = text.splitlines()
        for problem in exc.problems:
            index = sum(1 for start in starts if start <= problem.line) - 1
            if index < 0:
                reader.problems.append(
                    CellProblem(reader.path, 2, problem.message, "settings", "A2")
                )
                continue
            key = lines[problem.line - 1].split("=", 1)[0].strip() if problem.line else ""
            column = _COLUMN_OF_KEY.get(key, "type")
            row = origins[index].row
            col = survey.index(column)
            if col is None and column in survey.columns:
                col = min(survey.columns[column].langs.values(), default=None)
            reader.fail(survey, row, col if col is not None else "type", problem.message)
    return text


def readable(text: str) -> bool:
    """Return True when a condition can be read."""
    try:
        conditions.parse(text)
    except conditions.ConditionError:
        return False
    return True
