"""Generic checks of bundle values: bounded text, numbers, dates, JSON, and whole rows."""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from auditor.bundle.format import BundleError, refuse
from auditor.i18n import N_

MAX_INT = 2**53
MAX_TEXT = 200_000
MAX_SHORT = 1_000
MAX_JSON_DEPTH = 8
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")

Check = Callable[[Any, str], Any]


def fail(where: str, msgid: str, /, **fields: object) -> BundleError:
    """Return the refusal of a bundle whose value at `where` is wrong: `msgid` (marked N_, with a
    {where}) in the user's language, filled with `where` and `fields`."""
    return refuse(msgid, where=where, **fields)


def text(
    limit: int = MAX_TEXT, *, blank: bool = True, pattern: re.Pattern[str] | None = None
) -> Check:
    """Return a check for a bounded string (valid UTF-8, optionally non-blank or patterned)."""

    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise fail(where, N_("{where} must be text"))
        if len(value) > limit:
            raise fail(where, N_("{where} is longer than {limit} characters"), limit=limit)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise fail(where, N_("{where} is not valid Unicode text")) from None
        if not blank and not value.strip():
            raise fail(where, N_("{where} must not be empty"))
        if pattern is not None and not pattern.match(value):
            raise fail(where, N_("{where} is not a valid identifier"))
        return value

    return check


def integer(low: int = -MAX_INT, high: int = MAX_INT) -> Check:
    """Return a check for a whole number within [low, high] (booleans refused)."""

    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(where, N_("{where} must be a whole number"))
        if not low <= value <= high:
            raise fail(where, N_("{where} must be from {low} to {high}"), low=low, high=high)
        return value

    return check


def number(low: float, high: float) -> Check:
    """Return a check for a finite number within [low, high]."""

    def check(value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(where, N_("{where} must be a number"))
        if (
            (isinstance(value, int) and abs(value) >= MAX_INT)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            raise fail(
                where,
                N_("{where} must be a finite number from {low} to {high}"),
                low=low,
                high=high,
            )
        return float(value)

    return check


def boolean(value: Any, where: str) -> bool:
    """Check a true/false value."""
    if not isinstance(value, bool):
        raise fail(where, N_("{where} must be true or false"))
    return value


def one_of(*choices: str) -> Check:
    """Return a check for a string among `choices`."""

    def check(value: Any, where: str) -> str:
        if value not in choices or not isinstance(value, str):
            raise fail(where, N_("{where} must be one of {choices}"), choices=", ".join(choices))
        return value

    return check


def optional(inner: Check) -> Check:
    """Return a check accepting null or what `inner` accepts."""

    def check(value: Any, where: str) -> Any:
        return None if value is None else inner(value, where)

    return check


def timestamp(value: Any, where: str) -> str:
    """Check an ISO date-time."""
    text(64)(value, where)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise fail(where, N_("{where} is not an ISO date-time")) from None
    return value


ZONED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d:\d\d$")


def zoned_timestamp(value: Any, where: str) -> str:
    """Check an ISO date-time with its UTC offset (history entries come from many devices).

    Only the extended form the application writes: SQLite orders the history by julianday(at),
    which reads no compact form such as 20261102T090000+0000.
    """
    timestamp(value, where)
    if datetime.fromisoformat(value).tzinfo is None:
        raise fail(where, N_("{where} has no UTC offset"))
    if not ZONED.match(value):
        raise fail(where, N_("{where} is not written as YYYY-MM-DDTHH:MM:SS+HH:MM"))
    return value


def iso_date(value: Any, where: str) -> str:
    """Check an ISO date."""
    text(16)(value, where)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise fail(where, N_("{where} is not an ISO date")) from None
    return value


def plain_json(value: Any, where: str, depth: int = 0) -> None:
    """Check a decoded JSON value: finite numbers, safe integers, valid text, bounded depth."""
    if depth > MAX_JSON_DEPTH:
        raise fail(where, N_("{where} is nested too deeply"))
    if isinstance(value, dict):
        for key, item in value.items():
            text(MAX_SHORT)(key, where)
            plain_json(item, where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            plain_json(item, where, depth + 1)
    elif isinstance(value, str):
        text()(value, where)
    elif isinstance(value, float):
        number(-sys.float_info.max, sys.float_info.max)(value, where)
    elif isinstance(value, int) and not isinstance(value, bool):
        integer()(value, where)
    elif value is not None and not isinstance(value, bool):
        raise fail(where, N_("{where} holds an unsupported value"))


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def loads(data: bytes | str, where: str) -> Any:
    """Return decoded JSON, refusing NaN, Infinity and invalid text."""
    try:
        return json.loads(data, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise fail(where, N_("{where} is not valid JSON")) from None


def json_text(shape: Callable[[Any, str], None] | None = None, *, limit: int = MAX_TEXT) -> Check:
    """Return a check for a column holding JSON text (checked as JSON, then by `shape`)."""

    def check(value: Any, where: str) -> str:
        text(limit)(value, where)
        decoded = loads(value, where)
        plain_json(decoded, where)
        if shape is not None:
            shape(decoded, where)
        return value

    return check


def list_of_names(value: Any, where: str) -> None:
    """Check a JSON list of short strings."""
    if not isinstance(value, list) or not all(
        isinstance(v, str) and len(v) <= MAX_SHORT for v in value
    ):
        raise fail(where, N_("{where} must be a list of names"))


def an_object(value: Any, where: str) -> None:
    """Check a JSON object."""
    if not isinstance(value, dict):
        raise fail(where, N_("{where} must be an object"))


def regions(value: Any, where: str) -> None:
    """Check a JSON list of [x, y, width, height] pixel regions."""
    if not isinstance(value, list) or len(value) > 1000:
        raise fail(where, N_("{where} must be a list of regions"))
    for box in value:
        if not isinstance(box, list) or len(box) != 4:
            raise fail(where, N_("{where} must hold [x, y, width, height] regions"))
        for n, part in enumerate(box):
            integer(0 if n < 2 else 1, 1_000_000)(part, where)


def record(row: Any, spec: dict[str, Check], where: str) -> dict[str, Any]:
    """Check a row: exactly the keys of `spec`, each value by its check."""
    if not isinstance(row, dict):
        raise fail(where, N_("{where} must be an object"))
    if set(row) != set(spec):
        extra, missing = sorted(set(row) - set(spec)), sorted(set(spec) - set(row))
        raise fail(
            where,
            N_("{where} has unexpected keys {extra} or misses {missing}"),
            extra=extra[:5],
            missing=missing[:5],
        )
    return {key: check(row[key], f"{where}.{key}") for key, check in spec.items()}


def unique(rows: list[dict[str, Any]], keys: tuple[str, ...], where: str) -> set[Any]:
    """Refuse a key repeated among `rows`; return the keys seen (bare values for one column)."""
    seen: set[Any] = set()
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in seen:
            raise refuse(N_("{where} holds {key} twice"), where=where, key="/".join(map(str, key)))
        seen.add(key)
    return {k[0] for k in seen} if len(keys) == 1 else seen


def rows_of(doc: dict[str, Any], table: str, spec: dict[str, Check], limit: int) -> list[Any]:
    """Return a section's rows, each checked by `spec`, refusing more than `limit` of them."""
    rows = doc[table]
    if not isinstance(rows, list) or len(rows) > limit:
        raise refuse(N_("{table} must be a list of at most {limit} rows"), table=table, limit=limit)
    return [record(row, spec, f"{table}[{n}]") for n, row in enumerate(rows)]


ident = text(128, pattern=ID)
short_text = text(MAX_SHORT)
title_text = text(MAX_SHORT, blank=False)
