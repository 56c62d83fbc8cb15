"""Answers from a CSV file (`auditor answers import`): the answers export's columns, read back.

Every row names an item as `auditor answer` does (AUDIT, TOUCHPOINT, ITEM) and gives its value in
the item's own terms. All rows are checked before anything is written, and a bad row refuses the
whole file naming its line; the good file becomes one `Batch` of `SetAnswer` commands: one
transaction, one undo step, each answer in the audit's history.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from auditor import lookup
from auditor.answertypes import MAX_TEXT, is_text
from auditor.commands import Batch, SetAnswer
from auditor.commands.base import locate
from auditor.errors import AuditorError, ValidationError
from auditor.i18n import N_, plural, translator
from auditor.model import Visit
from auditor.storage import Store

log = logging.getLogger(__name__)

REQUIRED = ("audit", "touchpoint", "item", "value")
MAX_BYTES = 64 * 1024 * 1024  # an answers file of a whole programme is a few megabytes


@dataclass(frozen=True)
class AnswerLine:
    """One row of the file: where it starts, the item it names, its value and note as typed."""

    line: int
    audit: str
    touchpoint: str
    item: str
    value: str
    note: str | None  # None: the file has no note column (notes are kept)


def read_answer_lines(path: Path, lang: str = "en") -> list[AnswerLine]:
    """Return the rows of an answers CSV (UTF-8, with or without a byte-order mark; , or ;)."""
    _ = translator(lang)
    path = Path(path)
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("{file}: the file is too large to be an answers file").format(file=path.name)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("{file}: the file is not UTF-8 text; save it as CSV UTF-8").format(file=path.name)
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except StopIteration:
        raise ValidationError(_("{file}: the file is empty").format(file=path.name)) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(
            _("{file}, line 1: the columns {missing} are missing (the file needs {needed})").format(
                file=path.name, missing=", ".join(missing), needed=", ".join(REQUIRED)
            )
        )
    where = {name: header.index(name) for name in (*REQUIRED, "note") if name in header}
    lines = []
    start = reader.line_num + 1
    for row in reader:
        number, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue  # a blank line, as spreadsheets leave at the end

        def cell(name: str, row: list[str] = row) -> str:
            index = where[name]
            return row[index] if index < len(row) else ""

        lines.append(
            AnswerLine(
                number,
                cell("audit").strip(),
                cell("touchpoint").strip(),
                cell("item").strip(),
                cell("value"),
                cell("note") if "note" in where else None,
            )
        )
    return lines


def answer_commands(
    store: Store, lines: list[AnswerLine], file_name: str, lang: str = "en"
) -> list[SetAnswer]:
    """Return a SetAnswer per row, each row checked as the command will check it.

    Refuses the first bad row (naming the file and its line, and how many more are bad).
    """
    _ = translator(lang)
    visits: dict[tuple[str, str], tuple[str, Visit]] = {}
    commands: list[SetAnswer] = []
    errors: list[str] = []
    for line in lines:
        try:
            commands.append(_command(store, line, visits, lang))
        except AuditorError as exc:
            errors.append(
                _("{file}, line {line}: {problem}").format(
                    file=file_name, line=line.line, problem=exc
                )
            )
    if errors:
        more = len(errors) - 1
        n_ = plural(lang)
        suffix = " " + (
            n_(
                "({count} more row refused; nothing was imported)",
                "({count} more rows refused; nothing was imported)",
                more,
            ).format(count=more)
            if more
            else _("(nothing was imported)")
        )
        raise ValidationError(errors[0] + suffix)
    return commands


def _command(
    store: Store, line: AnswerLine, visits: dict[tuple[str, str], tuple[str, Visit]], lang: str
) -> SetAnswer:
    _ = translator(lang)
    for name in ("audit", "touchpoint", "item"):
        if not getattr(line, name):
            raise ValidationError(_("the {column} cell is empty").format(column=name))
    key = (line.audit.lower(), line.touchpoint.lower())
    if key not in visits:
        audit_id = store.audits.resolve_id(line.audit)
        visits[key] = (audit_id, lookup.resolve_visit(store, audit_id, line.touchpoint, lang))
    _audit_id, visit = visits[key]
    where = locate(store, visit.id, line.item, _, lang, editable=False)
    lookup.check_editable(store, where, lang)
    value = lookup.parse_answer(where, line.value, lang) if line.value.strip() else None
    if line.note is not None and not is_text(line.note):
        raise ValidationError(
            f"{where.describe(_, lang)}: "
            + _("a note is text of at most {count} characters").format(count=MAX_TEXT)
        )
    return SetAnswer(visit.id, where.item.id, value, line.note)  # type: ignore[union-attr]


def import_batch(commands: list[SetAnswer]) -> Batch:
    """Return the one-step command that records every answer of the file."""
    return Batch(commands, N_("Import answers"))
