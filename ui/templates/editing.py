"""Pure edits of a template (no Qt): add, remove, move, rename, and show-if expressions.

The editor keeps one immutable `Template` and replaces it on every edit, so undo is a matter of
keeping the template before and after. Items are kept grouped by section, in section order:
the tree shows them that way, and a template read in any order becomes that order on load.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

from auditor import conditions
from auditor.model import AnswerType, Item, Section, Template
from ui.templates.catalogue import blank_item, unique_id

log = logging.getLogger(__name__)

Selection = tuple[str, int] | None  # ("item", index in items) or ("section", index in sections)

# Operators the picker offers, per type of the item the condition reads.
EQUALITY = ("=", "!=")
ORDER = ("=", "!=", "<", "<=", ">", ">=")
SELECTED, NOT_SELECTED = "selected", "not selected"


def grouped(template: Template) -> Template:
    """Return the template with its items grouped by section, in section order (stable)."""
    order = {s.id: n for n, s in enumerate(template.sections)}
    items = sorted(template.items, key=lambda item: order.get(item.section, -1))
    return dataclasses.replace(template, items=tuple(items))


def groups(template: Template) -> list[str]:
    """Return the section ids items may belong to, "" (no section) first when it is used."""
    ids = [s.id for s in template.sections]
    known = set(ids)
    if not ids or any(item.section not in known for item in template.items):
        return ["", *ids]
    return ids


def set_item(template: Template, index: int, **changes: Any) -> Template:
    """Return the template with one item's fields changed."""
    items = list(template.items)
    old = items[index]
    items[index] = dataclasses.replace(old, **changes)
    result = dataclasses.replace(template, items=tuple(items))
    if "id" in changes and changes["id"] != old.id:
        result = _rename_references(result, old.id, changes["id"])
    return result


def _rename_references(template: Template, old: str, new: str) -> Template:
    # A condition naming the renamed item keeps naming it, as a spreadsheet's formulas would.
    pattern = re.compile(r"\$\{\s*" + re.escape(old) + r"\s*\}")
    items = tuple(
        dataclasses.replace(item, relevant=pattern.sub("${" + new + "}", item.relevant))
        if item.relevant
        else item
        for item in template.items
    )
    return dataclasses.replace(template, items=items)


def set_section(template: Template, index: int, **changes: Any) -> Template:
    """Return the template with one section changed (a new id moves its items along)."""
    sections = list(template.sections)
    old = sections[index]
    sections[index] = dataclasses.replace(old, **changes)
    items = template.items
    if "id" in changes and changes["id"] != old.id:
        items = tuple(
            dataclasses.replace(item, section=changes["id"]) if item.section == old.id else item
            for item in items
        )
    return dataclasses.replace(template, sections=tuple(sections), items=items)


def set_template(template: Template, **changes: Any) -> Template:
    """Return the template with header fields (id, title, touchpoint...) changed."""
    return dataclasses.replace(template, **changes)


def add_item(template: Template, selection: Selection) -> tuple[Template, int]:
    """Add a blank item after the selected item (or at the end of the selected section)."""
    new_id = unique_id(f"item_{len(template.items) + 1}", (i.id for i in template.items))
    items = list(template.items)
    if selection and selection[0] == "item":
        index = selection[1] + 1
        section = items[selection[1]].section
    else:
        if selection and selection[0] == "section":
            section = template.sections[selection[1]].id
        else:
            section = template.sections[-1].id if template.sections else ""
        index = max((n + 1 for n, i in enumerate(items) if i.section == section), default=None)
        if index is None:  # an empty section: after the items of the sections before it
            index = _group_start(template, section)
    items.insert(index, blank_item(new_id, section))
    return dataclasses.replace(template, items=tuple(items)), index


def _group_start(template: Template, section: str) -> int:
    order = groups(template)
    before = set(order[: order.index(section)]) if section in order else set()
    return sum(1 for item in template.items if item.section in before)


def add_section(template: Template, selection: Selection) -> tuple[Template, int]:
    """Add an empty section after the selected one (or the selected item's), else at the end."""
    ids = [s.id for s in template.sections]
    new_id = unique_id(f"section_{len(ids) + 1}", ids)
    index = len(ids)
    if selection and selection[0] == "section":
        index = selection[1] + 1
    elif selection and selection[0] == "item":
        current = template.items[selection[1]].section
        index = ids.index(current) + 1 if current in ids else 0
    sections = list(template.sections)
    sections.insert(index, Section(new_id, {"it": "", "en": ""}))
    return grouped(dataclasses.replace(template, sections=tuple(sections))), index


def remove(template: Template, selection: Selection) -> tuple[Template, Selection]:
    """Remove the selected item, or the selected section with its items."""
    if selection is None:
        return template, None
    kind, index = selection
    if kind == "item":
        items = template.items[:index] + template.items[index + 1 :]
        after: Selection = ("item", min(index, len(items) - 1)) if items else None
        return dataclasses.replace(template, items=items), after
    gone = template.sections[index].id
    sections = template.sections[:index] + template.sections[index + 1 :]
    items = tuple(item for item in template.items if item.section != gone)
    after = ("section", min(index, len(sections) - 1)) if sections else None
    return dataclasses.replace(template, sections=sections, items=items), after


def move(template: Template, selection: Selection, delta: int) -> tuple[Template, Selection]:
    """Move the selection one place up (-1) or down (+1); an item crosses into the next section."""
    if selection is None:
        return template, None
    kind, index = selection
    if kind == "section":
        target = index + delta
        if not 0 <= target < len(template.sections):
            return template, selection
        sections = list(template.sections)
        sections[index], sections[target] = sections[target], sections[index]
        moved = grouped(dataclasses.replace(template, sections=tuple(sections)))
        return moved, ("section", target)
    items = list(template.items)
    item = items[index]
    neighbour = index + delta
    if 0 <= neighbour < len(items) and items[neighbour].section == item.section:
        items[index], items[neighbour] = items[neighbour], items[index]
        return dataclasses.replace(template, items=tuple(items)), ("item", neighbour)
    order = groups(template)
    position = order.index(item.section) if item.section in order else 0
    if not 0 <= position + delta < len(order):
        return template, selection
    # The first item of a section moving up becomes the last of the section before (and so on).
    items[index] = dataclasses.replace(item, section=order[position + delta])
    return dataclasses.replace(template, items=tuple(items)), selection


def arrange(template: Template, layout: list[tuple[int | None, list[int]]]) -> Template:
    """Return the template in the order of a tree: (section index or None, item indices) rows."""
    sections: list[Section] = []
    items: list[Item] = []
    for section_index, item_indices in layout:
        section_id = "" if section_index is None else template.sections[section_index].id
        if section_index is not None:
            sections.append(template.sections[section_index])
        items += [dataclasses.replace(template.items[i], section=section_id) for i in item_indices]
    return dataclasses.replace(template, sections=tuple(sections), items=tuple(items))


# --- show-if expressions -------------------------------------------------------------------


def operators(item: Item) -> tuple[str, ...]:
    """Return the operators the picker offers for a condition reading this item."""
    if item.type is AnswerType.SELECT_MULTIPLE:
        return (SELECTED, NOT_SELECTED)
    if item.type in (AnswerType.SCALE, AnswerType.NUMBER, AnswerType.TIMER):
        return ORDER
    return EQUALITY


def values(item: Item) -> list[str]:
    """Return the values the picker offers for a condition reading this item."""
    if item.type is AnswerType.YES_NO:
        return ["yes", "no", "na"]
    if item.type in (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE):
        return [o.id for o in item.options] + ["na"]
    if item.type is AnswerType.SCALE:
        return [str(v) for v in range(1, item.scale_max + 1)] + ["na"]
    return []


def expression(item: Item, op: str, value: str) -> str:
    """Return the XLSForm expression of "item op value" (numbers unquoted for number items)."""
    ref = "${" + item.id + "}"
    quoted = "'" + value.replace("'", "") + "'"
    if op == SELECTED:
        return f"selected({ref}, {quoted})"
    if op == NOT_SELECTED:
        return f"not(selected({ref}, {quoted}))"
    numeric = re.fullmatch(r"-?\d+(\.\d+)?", value) is not None
    if numeric and item.type in (AnswerType.SCALE, AnswerType.NUMBER, AnswerType.TIMER):
        return f"{ref} {op} {value}"
    return f"{ref} {op} {quoted}"


def simple_parts(text: str) -> tuple[str, str, str] | None:
    """Return (item id, operator, value) when an expression is one the picker can show."""
    try:
        node = conditions.parse(text)
    except conditions.ConditionError:
        return None
    negated = isinstance(node, conditions.Not)
    inner = node.operand if negated else node
    if isinstance(inner, conditions.Selected):
        return inner.ref.name, NOT_SELECTED if negated else SELECTED, inner.value
    if (
        not negated
        and isinstance(inner, conditions.Compare)
        and isinstance(inner.left, conditions.Ref)
        and isinstance(inner.right, conditions.Literal)
    ):
        value = inner.right.value
        shown = f"{value:g}" if isinstance(value, float) else value
        return inner.left.name, inner.op, shown
    return None
