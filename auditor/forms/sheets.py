"""Read the sheets of an XLSForm workbook into rows and language-aware columns, with cell names."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from auditor.checklists import TemplateError, TemplateProblem
from auditor.i18n import user_translator

LANGS = ("it", "en")
LANG_NAMES = {"it": "Italian", "en": "English"}
# A language column without a "(code)" still counts when its name is one of these.
_NAMED_LANGS = {
    "italiano": "it",
    "italian": "it",
    "it": "it",
    "english": "en",
    "inglese": "en",
    "en": "en",
}
_LANG_HEADER = re.compile(r"^(?P<base>[^:]+)::\s*(?P<lang>.*?)\s*$")
_CODE = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\s*\)\s*$")
# Older ODK forms spell a few columns with a space.
_ALIASES = {"list name": "list_name"}


def cell_text(value: Any) -> str:
    """Return a cell's value as text (whole numbers without '.0', empty for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def language_code(name: str) -> str | None:
    """Return 'it' or 'en' for a declared language such as 'Italiano (it)', else None."""
    match = _CODE.search(name)
    code = match.group(1).lower().split("-")[0].split("_")[0] if match else None
    if code is None:
        code = _NAMED_LANGS.get(name.strip().lower())
    return code if code in LANGS else None


@dataclass
class Column:
    """A column base (label, hint...): its plain column and its columns per language."""

    plain: int | None = None
    langs: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # lang -> declared name, for messages


@dataclass
class Sheet:
    """One sheet: its name as written, its columns by lowercase header, and its rows."""

    name: str
    columns: dict[str, Column]
    rows: list[tuple[int, tuple[Any, ...]]]  # (1-based row number, cell values)
    width: int = 0  # columns in the header row

    def index(self, key: str) -> int | None:
        """Return the 0-based column of a plain header, or None when the sheet lacks it."""
        column = self.columns.get(key)
        return column.plain if column else None

    def value(self, values: tuple[Any, ...], key: str) -> Any:
        """Return the raw value of a plain column in a row (None when absent or empty)."""
        col = self.index(key)
        return values[col] if col is not None and col < len(values) else None

    def text(self, values: tuple[Any, ...], key: str) -> str:
        """Return a plain column's value as stripped text."""
        return cell_text(self.value(values, key)).strip()

    def cell(self, row: int, key: str | int | None, fallback: str = "type") -> str:
        """Return the cell name ('C14') of a column in a row, or of the fallback column."""
        col = key if isinstance(key, int) else self.index(key) if key else None
        if col is None:
            col = self.index(fallback)
        return f"{get_column_letter((col or 0) + 1)}{row}"


def _sheet(name: str, rows: list[tuple[Any, ...]]) -> Sheet:
    header = rows[0] if rows else ()
    columns: dict[str, Column] = {}
    for col, raw in enumerate(header):
        text = cell_text(raw).strip()
        if not text:
            continue
        match = _LANG_HEADER.match(text)
        base = (match.group("base") if match else text).strip().lower()
        base = _ALIASES.get(base, base)
        column = columns.setdefault(base, Column())
        if match is None:
            if column.plain is None:
                column.plain = col
            continue
        declared = match.group("lang")
        code = language_code(declared)
        if code is not None and code not in column.langs:
            column.langs[code] = col
            column.names[code] = declared
    numbered = [(number, tuple(values)) for number, values in enumerate(rows[1:], start=2)]
    width = max((col + 1 for col, raw in enumerate(header) if cell_text(raw).strip()), default=0)
    return Sheet(name, columns, numbered, width)


def read_sheets(path: Path) -> dict[str, Sheet]:
    """Return the workbook's sheets by lowercase name, or raise TemplateError if it is unreadable."""
    _ = user_translator()
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise TemplateError(
            [
                TemplateProblem(
                    str(path), 0, _("an XLSForm must be an .xlsx workbook (save it as .xlsx)")
                )
            ]
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise TemplateError([TemplateProblem(str(path), 0, _("no such file"))]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or _("not a readable .xlsx workbook")
        raise TemplateError([TemplateProblem(str(path), 0, reason)]) from None
    try:
        sheets: dict[str, Sheet] = {}
        for worksheet in workbook.worksheets:
            # Some writers record a wrong sheet size; reading without it reads every row.
            worksheet.reset_dimensions()
            rows = list(worksheet.iter_rows(values_only=True))
            sheets.setdefault(worksheet.title.strip().lower(), _sheet(worksheet.title, rows))
        return sheets
    finally:
        workbook.close()
