"""A client's locations from a CSV or XLSX file, with errors that point at the cell.

The first row names the columns, in English or Italian (name/nome, code/codice,
address/indirizzo, city/città, region/regione, channel/canale, active/attiva); only the name is
required, and columns of other names are left alone (a client's list often has a manager's name
or a phone number we do not keep). Every row is checked before anything is returned: a bad cell
refuses the file naming the file, the cell and the value. The result goes to `ImportLocations`,
which adds the new locations and updates the known ones in one step.
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditor.errors import ValidationError, file_reason
from auditor.i18n import Translate, translator
from auditor.model import Location, LocationChannel

log = logging.getLogger(__name__)

MAX_BYTES = 32 * 1024 * 1024
MAX_ROWS = 100_000
MAX_TEXT = 300

# Header words (accents and case ignored) -> field.
HEADERS = {
    "name": "name",
    "nome": "name",
    "location": "name",
    "punto vendita": "name",
    "sede": "name",
    "code": "code",
    "codice": "code",
    "address": "address",
    "indirizzo": "address",
    "city": "city",
    "citta": "city",
    "comune": "city",
    "region": "region",
    "regione": "region",
    "area": "region",
    "channel": "channel",
    "canale": "channel",
    "active": "active",
    "attiva": "active",
    "attivo": "active",
}
CHANNELS = {
    **{c.value: c for c in LocationChannel},
    "negozio": LocationChannel.STORE,
    "punto vendita": LocationChannel.STORE,
    "shop": None,  # refused with the list: "shop" is a touchpoint, not a channel
    "sito": LocationChannel.WEB,
    "telefono": LocationChannel.PHONE,
    "e-mail": LocationChannel.EMAIL,
    "posta elettronica": LocationChannel.EMAIL,
    "altro": LocationChannel.OTHER,
}
YES = {"1", "yes", "y", "true", "si", "s", "x", "vero", "attiva", "attivo", "active"}
NO = {"0", "no", "n", "false", "falso", "inactive", "inattiva", "inattivo"}


def _folded(text: str) -> str:
    """Return text without accents, case or extra spaces ("Città " -> "citta")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _cell_text(value: Any) -> str:
    """Return a cell as text: whole numbers without ".0", dates as ISO, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return " ".join(str(value).split())


def _xlsx_rows(path: Path, _: Translate) -> Iterator[list[Any]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(
            _("{file}: not a readable XLSX workbook ({reason})").format(
                file=path.name, reason=type(exc).__name__
            )
        ) from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _csv_rows(path: Path, data: bytes, _: Translate) -> Iterator[list[Any]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as exc:
        raise ValidationError(
            _("{file}: not a readable CSV file ({reason})").format(file=path.name, reason=exc)
        ) from None


def read_locations(path: Path | str, client_id: str, lang: str = "en") -> list[Location]:
    """Return the locations a CSV or XLSX file lists for a client, or refuse naming the bad cell."""
    _ = translator(lang)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(
            _("{file}: give a .csv or .xlsx file of locations").format(file=path.name)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("{file}: cannot read it ({reason})").format(
                file=path.name, reason=file_reason(exc, _)
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("{file}: the file is too large for a list of locations").format(file=path.name)
        )
    rows = _xlsx_rows(path, _) if suffix == ".xlsx" else _csv_rows(path, data, _)
    return _locations(path.name, rows, client_id, _)


def _where(file: str, column: int, row: int, _: Translate) -> str:
    return _("{file}, cell {cell}").format(file=file, cell=f"{column_letter(column)}{row}")


def _header(file: str, cells: list[Any], _: Translate) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = HEADERS.get(_folded(_cell_text(cell)))
        if field is None:
            continue
        if field in columns:
            raise ValidationError(
                _("{where}: a second \u201c{column}\u201d column").format(
                    where=_where(file, index, 1, _), column=_cell_text(cell)
                )
            )
        columns[field] = index
    if "name" not in columns:
        raise ValidationError(
            _("{file}: the first row must name the columns, with at least \u201cname\u201d").format(
                file=file
            )
        )
    return columns


def _locations(
    file: str, rows: Iterator[list[Any]], client_id: str, _: Translate
) -> list[Location]:
    header = next(rows, None)
    if header is None:
        raise ValidationError(_("{file}: the file is empty").format(file=file))
    columns = _header(file, header, _)
    found: list[Location] = []
    names: dict[str, int] = {}
    codes: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):
        if number > MAX_ROWS:
            raise ValidationError(
                _("{file}: more than {count} rows").format(file=file, count=MAX_ROWS)
            )
        values = {f: _cell_text(cells[i]) if i < len(cells) else "" for f, i in columns.items()}
        if not any(_cell_text(c) for c in cells):
            continue  # a blank line between groups

        def fail(field: str, message: str, row: int = number) -> ValidationError:
            return ValidationError(f"{_where(file, columns[field], row, _)}: {message}")

        for field, text in values.items():
            if len(text) > MAX_TEXT:
                raise fail(
                    field, _("the text is longer than {count} characters").format(count=MAX_TEXT)
                )
        name = values["name"]
        if not name:
            raise fail("name", _("the location has no name"))
        channel = LocationChannel.STORE
        if values.get("channel"):
            channel = CHANNELS.get(_folded(values["channel"]))
            if channel is None:
                raise fail(
                    "channel",
                    _("channel \u201c{value}\u201d is not one of {allowed}").format(
                        value=values["channel"], allowed=", ".join(LocationChannel)
                    ),
                )
        active = True
        if values.get("active"):
            word = _folded(values["active"])
            if word not in YES | NO:
                raise fail(
                    "active",
                    _("active \u201c{value}\u201d is not yes or no").format(value=values["active"]),
                )
            active = word in YES
        key = name.casefold()
        if key in names:
            raise fail(
                "name",
                _("\u201c{name}\u201d is already on row {row}").format(name=name, row=names[key]),
            )
        names[key] = number
        code = values.get("code", "")
        if code:
            if code in codes:
                raise fail(
                    "code",
                    _("code \u201c{code}\u201d is already on row {row}").format(
                        code=code, row=codes[code]
                    ),
                )
            codes[code] = number
        found.append(
            Location(
                client_id=client_id,
                name=name,
                code=code,
                address=values.get("address", ""),
                city=values.get("city", ""),
                region=values.get("region", ""),
                channel=channel,
                active=active,
            )
        )
    if not found:
        raise ValidationError(_("{file}: the file lists no locations").format(file=file))
    return found
