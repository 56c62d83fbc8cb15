"""The built-in checklists load, are complete in both languages, and broken files are refused precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.checklists import TemplateError, builtin_templates, load_template_file, parse_template
from auditor.checks.registry import CHECKS
from auditor.model import AnswerType, TouchpointKind

VALID_HEAD = """schema = 1
id = "x"
version = "1.0.0"
touchpoint = "phone"
title = { it = "T", en = "T" }
"""
ITEM = """
[[items]]
id = "a"
type = "yes_no"
question = { it = "Domanda", en = "Question" }
guidance = { it = "Guida", en = "Guidance" }
dimension = "functional"
phase = "activation"
"""


def test_every_touchpoint_has_a_complete_builtin_checklist():
    templates = builtin_templates()
    assert sorted(t.touchpoint for t in templates) == sorted(TouchpointKind)
    for template in templates:
        assert 12 <= len(template.items) <= 25, template.id
        assert len({i.id for i in template.items}) == len(template.items)
        assert any(i.critical for i in template.items) and any(i.moment_of_truth for i in template.items)
        assert {i.dimension.value for i in template.items} == {"functional", "emotional"}, template.id
        for item in template.items:
            for text in (item.question, item.guidance):
                assert text["it"].strip() and text["en"].strip() and text["it"] != text["en"], item.id
            assert item.check is None or item.check in CHECKS
            if item.type in (AnswerType.NUMBER, AnswerType.TIMER):
                assert item.threshold is not None


def test_builtin_files_validate_one_by_one():
    for path in sorted((Path(__file__).resolve().parents[2] / "checklists").glob("*.toml")):
        assert load_template_file(path).id == path.stem


@pytest.mark.parametrize("body, line, message", [
    (VALID_HEAD + "surprise = 1\n" + ITEM, 6, "unknown key 'surprise'"),
    (VALID_HEAD + ITEM.replace('"yes_no"', '"maybe"'), 9, "type"),
    (VALID_HEAD + ITEM.replace('it = "Domanda", ', ""), 10, "question"),
    (VALID_HEAD + ITEM + 'check = "nope"\n', 14, "check 'nope' is not a known automated check"),
    (VALID_HEAD + ITEM + ITEM, 16, "item id 'a' is used more than once"),
    (VALID_HEAD + ITEM.replace('"yes_no"', '"choice"'), 7, "needs at least two options"),
    (VALID_HEAD + ITEM + "threshold = 3\n", 14, "'threshold' only applies to number and timer items"),
    (VALID_HEAD + "title = broken\n", 6, "not valid TOML"),
])
def test_broken_templates_name_file_line_and_problem(body, line, message):
    with pytest.raises(TemplateError) as caught:
        parse_template(body, "broken.toml")
    first = str(caught.value.problems[0])
    assert first.startswith(f"broken.toml:{line}: ") and message in first, first
