"""Round trips: TOML and XLSForm exports read back as the same template, built-ins and random."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from auditor.checklists import builtin_templates, parse_template
from auditor.forms import dump_toml, read_xlsform, write_xlsform
from auditor.model import Template
from tests.auditor.forms.strategies import templates


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.id)
def test_builtin_templates_survive_toml_and_xlsform(template: Template, tmp_path: Path) -> None:
    assert parse_template(dump_toml(template)) == template
    write_xlsform(template, tmp_path / "form.xlsx")
    assert read_xlsform(tmp_path / "form.xlsx") == template


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(templates())
def test_random_templates_survive_toml(template: Template) -> None:
    assert parse_template(dump_toml(template)) == template


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(templates())
def test_random_templates_survive_xlsform(template: Template) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        write_xlsform(template, path)
        back = read_xlsform(path)
    assert back == template
    # What the import keeps as the template's text is the TOML of the same template.
    assert parse_template(back.source) == template


def test_toml_strings_escape_what_toml_forbids() -> None:
    template = builtin_templates()[0]
    item = template.items[0]
    odd = {"it": 'a "quoted" \\ back\nline\ttab \x7f del', "en": "emoji 😀 «»"}
    changed = Template(
        **{**template.__dict__, "items": (type(item)(**{**item.__dict__, "question": odd}),)}
    )
    text = dump_toml(changed)
    assert '"a \\"quoted\\" \\\\ back\\nline\\ttab \\u007F del"' in text
    assert parse_template(text) == changed


def test_a_template_whose_sections_are_split_cannot_be_an_xlsform(tmp_path: Path) -> None:
    template = next(t for t in builtin_templates() if len(t.sections) >= 2)
    first, *rest = template.items
    split = Template(**{**template.__dict__, "items": (*rest, first)})
    with pytest.raises(ValueError, match="are not together"):
        write_xlsform(split, tmp_path / "f.xlsx")
