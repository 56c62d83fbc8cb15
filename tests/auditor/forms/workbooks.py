"""Write small XLSForm workbooks for the tests, row by row as a person would type them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

IT, EN = "label::Italiano (it)", "label::English (en)"
SURVEY_HEAD = ["type", "name", IT, EN, "relevant"]
YES_NO = [
    ["list_name", "name", IT, EN, "points"],
    ["yn", "yes", "Sì", "Yes", None],
    ["yn", "no", "No", "No", None],
    ["yn", "na", "N.A.", "N/A", None],
]
SETTINGS = [
    ["form_id", "version", "form_title", "touchpoint"],
    ["shop_visit", "2", "Visita", "shop"],
]


def workbook(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings: list[list[Any]] | None = None,
) -> Path:
    """Write the sheets (first row the header) to path and return it."""
    book = Workbook()
    sheets = [("survey", survey), ("choices", YES_NO if choices is None else choices)]
    sheets.append(("settings", SETTINGS if settings is None else settings))
    book.active.title = "survey"
    for name, rows in sheets:
        sheet = book["survey"] if name == "survey" else book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def question(name: str, relevant: str | None = None, kind: str = "select_one yn") -> list[Any]:
    """Return a survey row with both labels."""
    return [kind, name, f"Domanda {name}", f"Question {name}", relevant]
