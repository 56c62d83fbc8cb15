"""The example spreadsheet of docs/templates.md imports, and matches what its script writes."""

from __future__ import annotations

import runpy
from pathlib import Path

from openpyxl import load_workbook

from auditor.forms import read_xlsform
from auditor.model import AnswerType

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"


def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Return every sheet's cell values, row by row."""
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()


def test_the_example_imports_as_its_template() -> None:
    script = runpy.run_path(str(EXAMPLES / "make_examples.py"), run_name="example")
    template = read_xlsform(EXAMPLES / "branch-visit.xlsx")
    assert template == script["TEMPLATE"]
    # What docs/templates.md promises the example shows.
    assert {i.type for i in template.items} >= {
        AnswerType.PHOTO, AnswerType.CHOICE, AnswerType.TIMER, AnswerType.NUMBER,
        AnswerType.SELECT_MULTIPLE, AnswerType.YES_NO, AnswerType.SCALE,
    }  # fmt: skip
    assert template.item("entrance_photo").required is True
    assert template.item("contact_written").relevant == "${card_given} = 'no'"
    assert template.item("card_given").relevant == "${mortgage_offered} = 'no'"


def test_the_example_spreadsheet_is_current(tmp_path: Path) -> None:
    script = runpy.run_path(str(EXAMPLES / "make_examples.py"), run_name="example")
    fresh = script["build"](tmp_path)
    assert cells(EXAMPLES / "branch-visit.xlsx") == cells(fresh), (
        "run python docs/examples/make_examples.py"
    )
