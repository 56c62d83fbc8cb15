"""Read XLSForm cells as template values, reporting each fault at its sheet and cell."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from auditor.checklists import TemplateProblem
from auditor.forms.sheets import LANG_NAMES, LANGS, Sheet, cell_text
from auditor.i18n import N_, context, user_language, user_translator

_TRUE = {"yes", "true", "true()", "1", "y", "sì", "si"}
_FALSE = {"no", "false", "false()", "0", "n"}
# A language's name (LANG_NAMES) inside a sentence: Italian writes it in lowercase there.
IN_A_SENTENCE = "language, in a sentence"


@dataclass(frozen=True)
class CellProblem(TemplateProblem):
    """A fault in an XLSForm, at one cell; `str()` is `FILE:SHEET!CELL: message`."""

    sheet: str = ""
    cell: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.sheet}!{self.cell}: {self.message}"


class CellReader:
    """Turn cells into texts, numbers, flags and enum values; collect every problem."""

    def __init__(self, path: str):
        self.path = path
        # The agency reads these in its window's language (the column names stay XLSForm's).
        self._ = user_translator()
        self.pgettext = context(user_language())
        self.problems: list[TemplateProblem] = []
        self.reported_columns: set[tuple[str, str, str]] = set()

    def fail(self, sheet: Sheet, row: int, key: str | int | None, message: str) -> None:
        cell = sheet.cell(row, key)
        self.problems.append(CellProblem(self.path, row, message, sheet.name, cell))

    def say(
        self, sheet: Sheet, row: int, key: str | int | None, msgid: str, /, **fields: object
    ) -> None:
        """Report a problem in the user's language: `msgid` (marked N_) filled with `fields`."""
        self.fail(sheet, row, key, self._(msgid).format(**fields))

    def texts(
        self, sheet: Sheet, number: int, values: tuple[Any, ...], base: str, what: str
    ) -> dict[str, str] | None:
        """Return a text in both languages, or None (reported) when one is missing."""
        _ = self._
        column = sheet.columns.get(base)
        if column is None:
            return None
        found: dict[str, str] = {}
        ok = True
        for lang in LANGS:
            col = column.langs.get(lang, column.plain)
            if col is None:
                ok = False
                key = (sheet.name, base, lang)
                if key not in self.reported_columns:  # once per sheet, not once per row
                    self.reported_columns.add(key)
                    first = min(
                        [
                            *column.langs.values(),
                            *([column.plain] if column.plain is not None else []),
                        ]
                    )
                    self.fail(
                        sheet,
                        1,
                        first,
                        _("no {language} {base} column: add '{column}'").format(
                            base=base,
                            language=self.pgettext(IN_A_SENTENCE, LANG_NAMES[lang]),
                            column=f"{base}::{'Italiano' if lang == 'it' else 'English'} ({lang})",
                        ),
                    )
                continue
            text = cell_text(values[col] if col < len(values) else None)
            if not text.strip():
                ok = False
                declared = column.names.get(lang) if lang in column.langs else None
                message = (
                    _("{what} is empty in {column}").format(what=what, column=declared)
                    if declared
                    else _("{what} is empty ({language})").format(
                        what=what, language=self.pgettext(IN_A_SENTENCE, LANG_NAMES[lang])
                    )
                )
                self.fail(sheet, number, col, message)
            found[lang] = text
        return found if ok else None

    def has_text(self, sheet: Sheet, values: tuple[Any, ...], base: str) -> bool:
        column = sheet.columns.get(base)
        if column is None:
            return False
        cols = [*column.langs.values(), *([column.plain] if column.plain is not None else [])]
        return any(cell_text(values[c] if c < len(values) else None).strip() for c in cols)

    def number(
        self, sheet: Sheet, number: int, values: tuple[Any, ...], key: str, what: str
    ) -> float | None:
        raw = sheet.value(values, key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = float(raw)
        else:
            try:
                value = float(str(raw).strip().replace(",", "."))
            except ValueError:
                value = math.nan
        if not math.isfinite(value):
            self.say(
                sheet,
                number,
                key,
                N_("{what} must be a number, not {value}"),
                what=what,
                value=repr(cell_text(raw)),
            )
            return math.nan
        return value

    def flag(
        self, sheet: Sheet, number: int, values: tuple[Any, ...], key: str, what: str
    ) -> bool | None:
        raw = sheet.value(values, key)
        text = cell_text(raw).strip().lower()
        if not text:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        self.say(
            sheet,
            number,
            key,
            N_("{what} must be yes or no, not {value}"),
            what=what,
            value=repr(cell_text(raw)),
        )
        return None

    def enum(
        self,
        sheet: Sheet,
        number: int,
        values: tuple[Any, ...],
        key: str,
        kind: type,
        default: Any,
    ) -> Any:
        text = sheet.text(values, key).lower()
        if not text:
            return default
        try:
            return kind(text)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            self.say(
                sheet,
                number,
                key,
                N_("{key} {value} is not one of: {allowed}"),
                key=key,
                value=repr(text),
                allowed=allowed,
            )
            return default

    # --- choices and settings --------------------------------------------------------------
