"""Write a Template as the project's TOML checklist format (what auditor.checklists reads back)."""

from __future__ import annotations

import math

from auditor.model import AnswerType, ChoiceOption, Item, Section, Template

LANGS = ("it", "en")
_CHOICE_TYPES = (AnswerType.CHOICE, AnswerType.SELECT_MULTIPLE)
_NUMBER_TYPES = (AnswerType.NUMBER, AnswerType.TIMER)


def toml_string(text: str) -> str:
    """Return text as a TOML basic string, escaping what TOML forbids raw (controls, DEL)."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def toml_number(value: float) -> str:
    """Return a finite number as TOML, whole numbers without a fraction (weight = 2)."""
    if not math.isfinite(value):
        raise ValueError(f"{value!r} cannot be written: template numbers are finite")
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _texts(texts: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{lang} = {toml_string(texts.get(lang, ''))}" for lang in LANGS) + " }"


def _option(option: ChoiceOption) -> str:
    return (
        f"  {{ id = {toml_string(option.id)}, label = {_texts(option.label)}, "
        f"points = {toml_number(option.points)} }},"
    )


def _section(section: Section) -> list[str]:
    return ["[[sections]]", f"id = {toml_string(section.id)}", f"title = {_texts(section.title)}"]


def _item(item: Item) -> list[str]:
    lines = ["[[items]]", f"id = {toml_string(item.id)}"]
    if item.section:
        lines.append(f"section = {toml_string(item.section)}")
    lines += [
        f"type = {toml_string(item.type.value)}",
        f"question = {_texts(item.question)}",
        f"guidance = {_texts(item.guidance)}",
        f"weight = {toml_number(item.weight)}",
        f"critical = {'true' if item.critical else 'false'}",
        f"dimension = {toml_string(item.dimension.value)}",
        f"phase = {toml_string(item.phase.value)}",
        f"moment_of_truth = {'true' if item.moment_of_truth else 'false'}",
    ]
    on_fail = [
        name
        for name, wanted in (
            ("note", item.require_note_on_fail),
            ("evidence", item.require_evidence_on_fail),
        )
        if wanted
    ]
    if on_fail:
        lines.append(f"on_fail = [{', '.join(toml_string(v) for v in on_fail)}]")
    if item.check is not None:
        lines.append(f"check = {toml_string(item.check)}")
    if item.type is AnswerType.SCALE:
        lines.append(f"scale_max = {item.scale_max}")
    if item.type in _CHOICE_TYPES:
        lines += ["options = [", *(_option(o) for o in item.options), "]"]
    if item.threshold is not None:
        lines.append(f"threshold = {toml_number(item.threshold)}")
    if item.pass_if != "at_most" or item.type in _NUMBER_TYPES:
        lines.append(f"pass_if = {toml_string(item.pass_if)}")
    # The parser's default unit is "s" for timers and "" otherwise: write it whenever it differs.
    if item.unit != ("s" if item.type is AnswerType.TIMER else "") or item.type in _NUMBER_TYPES:
        lines.append(f"unit = {toml_string(item.unit)}")
    if item.relevant is not None:
        lines.append(f"relevant = {toml_string(item.relevant)}")
    if item.required is not None:
        lines.append(f"required = {'true' if item.required else 'false'}")
    return lines


def dump_toml_lines(template: Template) -> tuple[str, list[int]]:
    """Return the TOML text and the 1-based line where each item's [[items]] block starts."""
    lines = [
        f"schema = {template.schema}",
        f"id = {toml_string(template.id)}",
        f"version = {toml_string(template.version)}",
        f"touchpoint = {toml_string(template.touchpoint.value)}",
        f"title = {_texts(template.title)}",
    ]
    if any(template.description.get(lang) for lang in LANGS):
        lines.append(f"description = {_texts(template.description)}")
    for section in template.sections:
        lines += ["", *_section(section)]
    starts: list[int] = []
    for item in template.items:
        lines.append("")
        starts.append(len(lines) + 1)
        lines += _item(item)
    return "\n".join(lines) + "\n", starts


def dump_toml(template: Template) -> str:
    """Return the template as TOML text that auditor.checklists.parse_template reads back equal."""
    return dump_toml_lines(template)[0]
