"""Check a template as the import would: written as TOML, read back by the core, conditions too.

The problems are the import's own messages, each tied to the item or section it concerns, so the
editor can show them beside it and refuse to save while there are any.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from auditor import conditions
from auditor.checklists import TemplateError, parse_template
from auditor.model import Template

log = logging.getLogger(__name__)

Target = tuple[str, int] | None  # ("item", index), ("section", index) or None: the template


@dataclass(frozen=True)
class Problem:
    """One reason the import would refuse the template, and what it concerns."""

    target: Target
    message: str


def toml_writer() -> Callable[[Template], str] | None:
    """Return the core's template writer (`dump_toml`), or None while it is not there."""
    try:
        from auditor.forms.toml_writer import dump_toml  # type: ignore[import-not-found]
    except ImportError:
        try:
            from auditor.forms import dump_toml  # type: ignore[import-not-found,no-redef]
        except ImportError:
            return None
    return dump_toml


def _targets(text: str) -> list[tuple[int, Target]]:
    """Return (first line, target) for each [[sections]] and [[items]] block of a TOML text."""
    found: list[tuple[int, Target]] = []
    counts = {"sections": -1, "items": -1}
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.match(r"^\s*\[\[\s*(sections|items)\s*\]\]", line)
        if match:
            kind = match.group(1)
            counts[kind] += 1
            found.append((number, ("section" if kind == "sections" else "item", counts[kind])))
        elif re.match(r"^\s*\[", line) and not re.match(r"^\s*\[\[?\s*(sections|items)\.", line):
            found.append((number, None))  # another table: back to the template itself
    return found


def _target_of(line: int, blocks: list[tuple[int, Target]], message: str, t: Template) -> Target:
    target: Target = None
    for start, block in blocks:
        if start <= line:
            target = block
    if target is None:  # a writer using inline arrays: the message names the item itself
        named = re.match(r"item '([^']+)'", message)
        ids = [item.id for item in t.items]
        if named and named.group(1) in ids:
            target = ("item", ids.index(named.group(1)))
    return target


def problems(template: Template, writer: Callable[[Template], str] | None = None) -> list[Problem]:
    """Return every reason the import would refuse this template (an empty list: it is valid)."""
    writer = writer or toml_writer()
    found: list[Problem] = []
    if writer is None:
        found.append(Problem(None, "the TOML writer (auditor.forms.dump_toml) is not installed"))
    else:
        try:
            text = writer(template)
        except Exception as exc:  # a writer's fault must not close the editor
            log.warning("the template writer failed", exc_info=True)
            found.append(Problem(None, f"cannot be written as TOML: {exc}"))
        else:
            try:
                parse_template(text, template.id or "template")
            except TemplateError as exc:
                blocks = _targets(text)
                found += [
                    Problem(_target_of(p.line, blocks, p.message, template), p.message)
                    for p in exc.problems
                ]
    seen = {p.message for p in found}
    for index, reason in conditions.problems(template):
        message = f"item '{template.items[index].id}': {reason}"
        if message not in seen and reason not in " ".join(seen):  # the parser may say it too
            found.append(Problem(("item", index), message))
    return found
