"""Strict validation of every value in a bundle: exact keys, types, enums, bounds, references."""

from __future__ import annotations

import json
import logging
import math
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from auditor.bundle.format import FORMAT, FORMAT_VERSION, refuse
from auditor.checks.call import EVENTS as CALL_EVENTS
from auditor.errors import ValidationError
from auditor.model import (
    AuditStatus,
    FindingStatus,
    LocationChannel,
    Severity,
    TouchpointKind,
    VisitStatus,
)
from auditor.recordings import AUDIO_MIMES, MAX_RECORDING_BYTES
from auditor.storage.review import MAX_COMMENT
from auditor.storage.schema import legacy_history, split_channel

log = logging.getLogger(__name__)

MAX_INT = 2**53
MAX_TEXT = 200_000
MAX_SHORT = 1_000
MAX_JSON_DEPTH = 8
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,127}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MIMES = ("image/jpeg", "image/png", "image/webp")
MAX_HISTORY_JSON = 4_000_000  # a 200,000-character text as JSON, escapes and all

Check = Callable[[Any, str], Any]


def _fail(where: str, what: str) -> Exception:
    return refuse(f"{where} {what}")


def text(
    limit: int = MAX_TEXT, *, blank: bool = True, pattern: re.Pattern[str] | None = None
) -> Check:
    """Return a check for a bounded string (valid UTF-8, optionally non-blank or patterned)."""

    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _fail(where, "must be text")
        if len(value) > limit:
            raise _fail(where, f"is longer than {limit} characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _fail(where, "is not valid Unicode text") from None
        if not blank and not value.strip():
            raise _fail(where, "must not be empty")
        if pattern is not None and not pattern.match(value):
            raise _fail(where, "is not a valid identifier")
        return value

    return check


def integer(low: int = -MAX_INT, high: int = MAX_INT) -> Check:
    """Return a check for a whole number within [low, high] (booleans refused)."""

    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(where, "must be a whole number")
        if not low <= value <= high:
            raise _fail(where, f"must be from {low} to {high}")
        return value

    return check


def number(low: float, high: float) -> Check:
    """Return a check for a finite number within [low, high]."""

    def check(value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(where, "must be a number")
        if (
            (isinstance(value, int) and abs(value) >= MAX_INT)
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            raise _fail(where, f"must be a finite number from {low} to {high}")
        return float(value)

    return check


def boolean(value: Any, where: str) -> bool:
    """Check a true/false value."""
    if not isinstance(value, bool):
        raise _fail(where, "must be true or false")
    return value


def one_of(*choices: str) -> Check:
    """Return a check for a string among `choices`."""

    def check(value: Any, where: str) -> str:
        if value not in choices or not isinstance(value, str):
            raise _fail(where, f"must be one of {', '.join(choices)}")
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
        raise _fail(where, "is not an ISO date-time") from None
    return value


ZONED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d:\d\d$")


def zoned_timestamp(value: Any, where: str) -> str:
    """Check an ISO date-time with its UTC offset (history entries come from many devices).

    Only the extended form the application writes: SQLite orders the history by julianday(at),
    which reads no compact form such as 20261102T090000+0000.
    """
    timestamp(value, where)
    if datetime.fromisoformat(value).tzinfo is None:
        raise _fail(where, "has no UTC offset")
    if not ZONED.match(value):
        raise _fail(where, "is not written as YYYY-MM-DDTHH:MM:SS+HH:MM")
    return value


def iso_date(value: Any, where: str) -> str:
    """Check an ISO date."""
    text(16)(value, where)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _fail(where, "is not an ISO date") from None
    return value


def plain_json(value: Any, where: str, depth: int = 0) -> None:
    """Check a decoded JSON value: finite numbers, safe integers, valid text, bounded depth."""
    if depth > MAX_JSON_DEPTH:
        raise _fail(where, "is nested too deeply")
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
        raise _fail(where, "holds an unsupported value")


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def loads(data: bytes | str, where: str) -> Any:
    """Return decoded JSON, refusing NaN, Infinity and invalid text."""
    try:
        return json.loads(data, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise _fail(where, "is not valid JSON") from None


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


def _list_of_text(value: Any, where: str) -> None:
    if not isinstance(value, list) or not all(
        isinstance(v, str) and len(v) <= MAX_SHORT for v in value
    ):
        raise _fail(where, "must be a list of names")


def _object(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise _fail(where, "must be an object")


def _boxes(value: Any, where: str) -> None:
    if not isinstance(value, list) or len(value) > 1000:
        raise _fail(where, "must be a list of regions")
    for box in value:
        if not isinstance(box, list) or len(box) != 4:
            raise _fail(where, "must hold [x, y, width, height] regions")
        for n, part in enumerate(box):
            integer(0 if n < 2 else 1, 1_000_000)(part, where)


def _refs(value: Any, where: str) -> None:
    if not isinstance(value, list) or len(value) > 100:
        raise _fail(where, "must be a list of checklists")
    for ref in value:
        if not isinstance(ref, list) or len(ref) != 2:
            raise _fail(where, "must hold [template id, version] pairs")
        text(128, pattern=ID)(ref[0], where)
        text(64, pattern=ID)(ref[1], where)


def record(row: Any, spec: dict[str, Check], where: str) -> dict[str, Any]:
    """Check a row: exactly the keys of `spec`, each value by its check."""
    if not isinstance(row, dict):
        raise _fail(where, "must be an object")
    if set(row) != set(spec):
        extra, missing = sorted(set(row) - set(spec)), sorted(set(spec) - set(row))
        raise _fail(where, f"has unexpected keys {extra[:5]} or misses {missing[:5]}")
    return {key: check(row[key], f"{where}.{key}") for key, check in spec.items()}


_id = text(128, pattern=ID)
_short = text(MAX_SHORT)
_title = text(MAX_SHORT, blank=False)

SPECS: dict[str, dict[str, Check]] = {
    "client": {
        "id": _id,
        "name": _title,
        "brands": json_text(_list_of_text),
        "website": _short,
        "phone": _short,
        "email": _short,
        "logo": boolean,
        "report_language": one_of("it", "en"),
        "created_at": timestamp,
        "updated_at": timestamp,
    },
    "templates": {
        "id": _id,
        "version": text(64, pattern=ID),
        "touchpoint": one_of(*TouchpointKind),
        "source": text(1_000_000, blank=False),
    },
    "audit": {
        "id": _id,
        "client_id": _id,
        "title": _title,
        "scenario": text(),
        "auditor": _short,
        "planned_date": optional(iso_date),
        "actual_date": optional(iso_date),
        "status": one_of(*AuditStatus),
        "created_at": timestamp,
        "updated_at": timestamp,
        "location_id": optional(_id),  # format 4 (issue 15): the audit's place in a programme
        "wave_id": optional(_id),
        "nickname": _short,
    },
    "visits": {
        "id": _id,
        "audit_id": _id,
        "kind": one_of(*TouchpointKind),
        "template_id": _id,
        "template_version": text(64, pattern=ID),
        "title": _short,
        "position": integer(0, 100_000),
        "visited_at": optional(timestamp),
        "channel": json_text(_object, limit=MAX_SHORT * 20),
        "weight": number(1e-9, 1e6),
        "nps": optional(integer(0, 10)),
        "csat": optional(integer(1, 5)),
        "ces": optional(integer(1, 7)),
        "status": one_of(*VisitStatus),
        "ended_at": optional(timestamp),  # format 4 (issue 15): typed visit details
        "place": _short,
        "contact": _short,
        "staff": _short,
    },
    # Format 4 (issue 15): the call stopwatch's log, the audit's location and wave, the client's
    # questionnaire.
    "call_events": {
        "visit_id": _id,
        "position": integer(0, 10_000),
        "kind": one_of(*CALL_EVENTS),
        "at_s": number(0, 1e12),  # the panel times with the wall clock
    },
    "locations": {
        "id": _id,
        "client_id": _id,
        "name": _title,
        "code": _short,
        "address": _short,
        "city": _short,
        "region": _short,
        "channel": one_of(*LocationChannel),
        "active": integer(0, 1),
        "created_at": timestamp,
        "updated_at": timestamp,
    },
    "waves": {
        "id": _id,
        "client_id": _id,
        "label": _title,
        "starts_on": optional(iso_date),
        "ends_on": optional(iso_date),
        "position": integer(-MAX_INT, MAX_INT),
        "created_at": timestamp,
        "updated_at": timestamp,
    },
    "programmes": {
        "client_id": _id,
        "questionnaire": json_text(_refs, limit=MAX_SHORT * 20),
        "updated_at": timestamp,
    },
    "answers": {
        "visit_id": _id,
        "item_id": _id,
        "value": json_text(),
        "note": text(),
        "answered_at": timestamp,
    },
    "history": {
        "id": _id,
        "audit_id": _id,
        "at": zoned_timestamp,
        "actor": _short,
        "device": _short,
        "action": text(64, blank=False),
        "visit_id": optional(_id),
        "item_id": optional(_id),
        "target": optional(_short),
        # Old and new values of any change (a whole text answer, a finding's fields): JSON text.
        "old": optional(json_text(limit=MAX_HISTORY_JSON)),
        "new": optional(json_text(limit=MAX_HISTORY_JSON)),
        "via": one_of("", "undo", "redo"),
    },
    "findings": {
        "id": _id,
        "audit_id": _id,
        "visit_id": optional(_id),
        "item_id": optional(_id),
        "title": _title,
        "severity": one_of(*Severity),
        "description": text(),
        "recommendation": text(),
        "status": one_of(*FindingStatus),
        "source": text(64),
        "created_at": timestamp,
        "updated_at": timestamp,
    },
    "finding_evidence": {"finding_id": _id, "evidence_id": _id, "position": integer(0, 100_000)},
    "evidence": {
        "id": _id,
        "audit_id": _id,
        "visit_id": optional(_id),
        "item_id": optional(_id),
        "caption": text(),
        "source": text(64),
        "filename": _short,
        "mime": one_of(*MIMES),
        "width": integer(1, 1_000_000),
        "height": integer(1, 1_000_000),
        "sha256": text(64, pattern=SHA256),
        "captured_at": optional(timestamp),
        "created_at": timestamp,
        "analysis": optional(json_text(_object, limit=4_000_000)),
        "redactions": json_text(_boxes),
    },
    "dismissed_suggestions": {"audit_id": _id, "fingerprint": _short, "dismissed_at": timestamp},
    # Format 3 (issue 16): reviewers' comments, for the agency only.
    "review_comments": {
        "id": _id,
        "audit_id": _id,
        "visit_id": optional(_id),
        "item_id": optional(_id),
        "text": text(MAX_COMMENT, blank=False),
        "author": _short,
        "resolved_at": optional(timestamp),
        "resolved_by": _short,
        "created_at": timestamp,
        "updated_at": timestamp,
    },
    # Format 4 (issue 18): call recordings (their bytes are members) and the audit's consent.
    "recordings": {
        "id": _id,
        "audit_id": _id,
        "visit_id": _id,
        "filename": _short,
        "mime": one_of(*AUDIO_MIMES),
        "sha256": text(64, pattern=SHA256),
        "size": integer(1, MAX_RECORDING_BYTES),
        "duration_s": number(1e-3, 24 * 3600),
        "analysis": optional(json_text(_object, limit=4_000_000)),
        "marks": json_text(_object, limit=MAX_TEXT),
        "created_at": timestamp,
    },
    "recording_consent": {
        "audit_id": _id,
        "permitted": integer(0, 1),
        "basis": one_of("asked", "rule"),
        "asked_at": timestamp,
        "actor": _short,
    },
}
LIMITS = {
    "templates": 100,
    "visits": 1_000,
    "answers": 200_000,
    "history": 1_000_000,
    "findings": 20_000,
    "finding_evidence": 100_000,
    "evidence": 9_000,
    "dismissed_suggestions": 100_000,
    "review_comments": 100_000,
    "recordings": 1_000,
    "recording_consent": 1,
    "call_events": 100_000,
    "locations": 1,
    "waves": 1,
    "programmes": 1,
}
SINCE = {
    "review_comments": 3,
    "recordings": 4,
    "recording_consent": 4,
    "call_events": 4,
    "locations": 4,
    "waves": 4,
    "programmes": 4,
}  # sections a bundle of an older format does not carry

# Format version 1 carried the answer log of schema 1-3 instead of `history`.
LEGACY_SPEC: dict[str, Check] = {
    "visit_id": _id,
    "item_id": _id,
    "value": optional(json_text()),
    "note": text(),
    "changed_at": timestamp,
}
LEGACY_LIMIT = 1_000_000

MANIFEST_SPEC: dict[str, Check] = {
    "format": one_of(FORMAT),
    "format_version": integer(1, MAX_INT),
    "created_at": timestamp,
    "app_version": text(64),
    "audit_id": _id,
    "client_copy": boolean,
    "members": lambda v, w: v,
}
MEMBER_SPEC: dict[str, Check] = {
    "name": text(600),
    "size": integer(0, MAX_INT),
    "sha256": text(64, pattern=SHA256),
}


def manifest(doc: Any) -> dict[str, Any]:
    """Return a checked manifest: known format, supported version, unique well-formed members."""
    if (
        isinstance(doc, dict)
        and doc.get("format") == FORMAT
        and isinstance(doc.get("format_version"), int)
        and not isinstance(doc.get("format_version"), bool)
        and doc["format_version"] > FORMAT_VERSION
    ):
        raise refuse(
            f"it uses bundle format {doc['format_version']}; update the application to read it"
        )
    checked = record(doc, MANIFEST_SPEC, "manifest")
    members = doc["members"]
    if not isinstance(members, list) or len(members) > 20_000:
        raise refuse("manifest.members must be a list")
    listed = [record(m, MEMBER_SPEC, f"manifest.members[{n}]") for n, m in enumerate(members)]
    if len({m["name"] for m in listed}) != len(listed):
        raise refuse("manifest.members names a member twice")
    checked["members"] = {m["name"]: m for m in listed}
    return checked


def _unique(rows: list[dict[str, Any]], keys: tuple[str, ...], where: str) -> set[Any]:
    seen: set[Any] = set()
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in seen:
            raise refuse(f"{where} holds {'/'.join(map(str, key))} twice")
        seen.add(key)
    return {k[0] for k in seen} if len(keys) == 1 else seen


def _rows(doc: dict[str, Any], table: str, spec: dict[str, Check], limit: int) -> list[Any]:
    rows = doc[table]
    if not isinstance(rows, list) or len(rows) > limit:
        raise refuse(f"{table} must be a list of at most {limit} rows")
    return [record(row, spec, f"{table}[{n}]") for n, row in enumerate(rows)]


def document(doc: Any, version: int = FORMAT_VERSION) -> dict[str, Any]:
    """Return a checked audit.json: every row by its spec, every reference inside the bundle.

    A version-1 document's `answer_history` comes back as `history` rows, converted exactly as
    the workspace migration converts the same log.
    """
    legacy = version < 2
    # A section newer than the bundle's format is optional there (checked alike when present).
    optional_sections = {table for table, since in SINCE.items() if version < since}
    absent = optional_sections - set(doc) if isinstance(doc, dict) else optional_sections
    sections = {"client", "audit", *LIMITS} - absent
    if legacy:
        sections = (sections - {"history"}) | {"answer_history"}
    if not isinstance(doc, dict) or set(doc) != sections:
        raise refuse("audit.json does not have the expected sections")
    out: dict[str, Any] = {
        "client": record(doc["client"], SPECS["client"], "client"),
        "audit": record(doc["audit"], _spec("audit", doc["audit"], version), "audit"),
    }
    for table, limit in LIMITS.items():
        if table in absent:
            out[table] = None  # not carried: the workspace keeps its own (storage.bulk)
        elif table == "visits" and version < PROGRAMME_FORMAT:
            out[table] = _old_visits(doc, limit, version)
        elif not (legacy and table == "history"):
            out[table] = _rows(doc, table, SPECS[table], limit)
    if version < PROGRAMME_FORMAT:
        _upgrade(out)
    audit_id = out["audit"]["id"]
    if out["audit"]["client_id"] != out["client"]["id"]:
        raise refuse("the audit names another client than the one in the bundle")
    templates = _unique(out["templates"], ("id", "version"), "templates")
    visits = _unique(out["visits"], ("id",), "visits")
    findings = _unique(out["findings"], ("id",), "findings")
    evidence = _unique(out["evidence"], ("id",), "evidence")
    _unique(out["answers"], ("visit_id", "item_id"), "answers")
    _unique(out["finding_evidence"], ("finding_id", "evidence_id"), "finding_evidence")
    _unique(out["dismissed_suggestions"], ("fingerprint",), "dismissed_suggestions")
    if legacy:
        log_rows = _rows(doc, "answer_history", LEGACY_SPEC, LEGACY_LIMIT)
        if any(row["visit_id"] not in visits for row in log_rows):
            raise refuse("answer_history refers to a visit the bundle does not carry")
        # A repeated log row gives the same entry id twice: the write keeps one, as the migration.
        out["history"] = list(legacy_history({**row, "audit_id": audit_id} for row in log_rows))
    else:
        _unique(out["history"], ("id",), "history")
    for table in ("visits", "history", "findings", "evidence", "dismissed_suggestions"):
        if any(row["audit_id"] != audit_id for row in out[table]):
            raise refuse(f"{table} holds rows of another audit")
    _review_comments(out.get("review_comments"), audit_id, visits)
    _programme(out, visits)
    _recordings(out.get("recordings"), out.get("recording_consent"), audit_id, visits)
    for row in out["visits"]:
        if (row["template_id"], row["template_version"]) not in templates:
            raise refuse(f"visit {row['id']} uses a checklist the bundle does not carry")
    # History entries may name visits deleted since: they are a record, not a reference.
    for table in ("answers", "findings", "evidence"):
        if any(row["visit_id"] is not None and row["visit_id"] not in visits for row in out[table]):
            raise refuse(f"{table} refers to a visit the bundle does not carry")
    for row in out["finding_evidence"]:
        if row["finding_id"] not in findings or row["evidence_id"] not in evidence:
            raise refuse("a finding links to evidence the bundle does not carry")
    return out


def _review_comments(rows: list[dict[str, Any]] | None, audit_id: str, visits: set[Any]) -> None:
    """Refuse review comments of another audit, on a visit not carried, or twice the same."""
    if rows is None:
        return
    _unique(rows, ("id",), "review_comments")
    for row in rows:
        if row["audit_id"] != audit_id:
            raise refuse("review_comments holds rows of another audit")
        if row["visit_id"] is not None and row["visit_id"] not in visits:
            raise refuse("review_comments refers to a visit the bundle does not carry")
        if row["item_id"] is not None and row["visit_id"] is None:
            raise refuse("review_comments names an item without its visit")


def _recordings(
    rows: list[dict[str, Any]] | None,
    consent: list[dict[str, Any]] | None,
    audit_id: str,
    visits: set[Any],
) -> None:
    """Refuse recordings of another audit, of a visit not carried, or twice the same; and consent."""
    for row in consent or []:
        if row["audit_id"] != audit_id:
            raise refuse("recording_consent holds rows of another audit")
    if rows is None:
        return
    _unique(rows, ("id",), "recordings")
    for row in rows:
        if row["audit_id"] != audit_id:
            raise refuse("recordings holds rows of another audit")
        if row["visit_id"] not in visits:
            raise refuse("recordings refers to a visit the bundle does not carry")


# Format 4 (issue 15) gave audits and visits these columns; an older bundle's rows lack them.
PROGRAMME_FORMAT = 4
_ADDED = {
    "audit": ("location_id", "wave_id", "nickname"),
    "visits": ("ended_at", "place", "contact", "staff"),
}


def _spec(table: str, row: Any, version: int) -> dict[str, Check]:
    """Return the spec of a row: before format 4, audits and visits may lack the new columns."""
    added = _ADDED[table]
    if version >= PROGRAMME_FORMAT or (isinstance(row, dict) and set(added) <= set(row)):
        return SPECS[table]
    return {k: c for k, c in SPECS[table].items() if k not in added}


def _old_visits(doc: dict[str, Any], limit: int, version: int) -> list[dict[str, Any]]:
    rows = doc["visits"]
    if not isinstance(rows, list) or len(rows) > limit:
        raise refuse(f"visits must be a list of at most {limit} rows")
    return [
        record(row, _spec("visits", row, version), f"visits[{n}]") for n, row in enumerate(rows)
    ]


def _upgrade(out: dict[str, Any]) -> None:
    """Give an older bundle's rows the columns of format 4, as migration m007 does a workspace.

    The visits' free-form channel gives up its URL or number, place and call log.
    """
    if "nickname" not in out["audit"]:
        out["audit"].update(location_id=None, wave_id=None, nickname="")
    events: list[dict[str, Any]] = []
    for row in out["visits"]:
        if "staff" in row:
            continue
        channel = json.loads(row["channel"])
        rest, contact, place, log_events = split_channel(channel)
        row.update(
            channel=json.dumps(rest, ensure_ascii=False),
            ended_at=None,
            place=place[:MAX_SHORT],
            contact=contact[:MAX_SHORT],
            staff="",
        )
        events += [
            {"visit_id": row["id"], "position": n, "kind": kind, "at_s": at}
            for n, (kind, at) in enumerate(log_events)
        ]
    if out["call_events"] is None:
        out["call_events"] = events
    for table in ("locations", "waves", "programmes"):
        if out[table] is None:
            out[table] = []


def _programme(out: dict[str, Any], visits: set[Any]) -> None:
    """Refuse call events of visits not carried, and a location or wave that is not the audit's."""
    from auditor.model import CallLogEvent
    from auditor.storage.calls import check_events

    by_visit: dict[str, list[dict[str, Any]]] = {}
    for row in out["call_events"]:
        if row["visit_id"] not in visits:
            raise refuse("call_events refers to a visit the bundle does not carry")
        by_visit.setdefault(row["visit_id"], []).append(row)
    for visit_id, rows in by_visit.items():
        rows.sort(key=lambda r: r["position"])
        if [r["position"] for r in rows] != list(range(len(rows))):
            raise refuse(f"the call log of visit {visit_id} has gaps or repeats")
        try:
            check_events([CallLogEvent(r["kind"], r["at_s"]) for r in rows])
        except ValidationError as exc:
            raise refuse(f"the call log of visit {visit_id} is impossible: {exc}") from None
    client_id, audit = out["client"]["id"], out["audit"]
    for table, column in (("locations", "location_id"), ("waves", "wave_id")):
        rows = out[table]
        if any(row["client_id"] != client_id for row in rows):
            raise refuse(f"{table} holds rows of another client")
        if [row["id"] for row in rows] != ([audit[column]] if audit[column] else []):
            raise refuse(f"{table} does not carry exactly the audit's {column}")
    for row in out["waves"]:
        if row["starts_on"] and row["ends_on"] and row["starts_on"] > row["ends_on"]:
            raise refuse(f"wave {row['id']} ends before it starts")
    if any(row["client_id"] != client_id for row in out["programmes"]):
        raise refuse("programmes holds rows of another client")
