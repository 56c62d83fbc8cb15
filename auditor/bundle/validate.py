"""Strict validation of every value in a bundle: exact keys, types, enums, bounds, references.

The generic value checks live in validate_fields and the format-4 sections in validate_programme;
their public names stay importable from here.
"""

from __future__ import annotations

import logging
from typing import Any

from auditor.bundle.format import FORMAT, FORMAT_VERSION, refuse
from auditor.bundle.validate_fields import (
    ID,
    MAX_INT,
    MAX_JSON_DEPTH,
    MAX_SHORT,
    MAX_TEXT,
    SHA256,
    ZONED,
    Check,
    an_object,
    boolean,
    integer,
    iso_date,
    json_text,
    list_of_names,
    loads,
    number,
    one_of,
    optional,
    plain_json,
    record,
    regions,
    rows_of,
    text,
    timestamp,
    unique,
    zoned_timestamp,
)
from auditor.bundle.validate_fields import ident as _id
from auditor.bundle.validate_fields import short_text as _short
from auditor.bundle.validate_fields import title_text as _title
from auditor.bundle.validate_programme import (
    ADDED,
    PROGRAMME_FORMAT,
    PROGRAMME_SPECS,
    RECORDING_SPECS,
    check_programme,
    check_recordings,
    upgrade,
)
from auditor.i18n import N_
from auditor.model import AuditStatus, FindingStatus, Severity, TouchpointKind, VisitStatus
from auditor.storage.review import MAX_COMMENT
from auditor.storage.schema import legacy_history

__all__ = [
    "ID",
    "LEGACY_LIMIT",
    "LEGACY_SPEC",
    "LIMITS",
    "MANIFEST_SPEC",
    "MAX_HISTORY_JSON",
    "MAX_INT",
    "MAX_JSON_DEPTH",
    "MAX_SHORT",
    "MAX_TEXT",
    "MEMBER_SPEC",
    "MIMES",
    "PROGRAMME_FORMAT",
    "SHA256",
    "SINCE",
    "SPECS",
    "ZONED",
    "Check",
    "boolean",
    "document",
    "integer",
    "iso_date",
    "json_text",
    "loads",
    "manifest",
    "number",
    "one_of",
    "optional",
    "plain_json",
    "record",
    "text",
    "timestamp",
    "zoned_timestamp",
]

log = logging.getLogger(__name__)

MIMES = ("image/jpeg", "image/png", "image/webp")
MAX_HISTORY_JSON = 4_000_000  # a 200,000-character text as JSON, escapes and all

SPECS: dict[str, dict[str, Check]] = {
    "client": {
        "id": _id,
        "name": _title,
        "brands": json_text(list_of_names),
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
        "channel": json_text(an_object, limit=MAX_SHORT * 20),
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
    **PROGRAMME_SPECS,
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
        "analysis": optional(json_text(an_object, limit=4_000_000)),
        "redactions": json_text(regions),
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
    **RECORDING_SPECS,
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
            N_("it uses bundle format {version}; update the application to read it"),
            version=doc["format_version"],
        )
    checked = record(doc, MANIFEST_SPEC, "manifest")
    members = doc["members"]
    if not isinstance(members, list) or len(members) > 20_000:
        raise refuse(N_("manifest.members must be a list"))
    listed = [record(m, MEMBER_SPEC, f"manifest.members[{n}]") for n, m in enumerate(members)]
    if len({m["name"] for m in listed}) != len(listed):
        raise refuse(N_("manifest.members names a member twice"))
    checked["members"] = {m["name"]: m for m in listed}
    return checked


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
        raise refuse(N_("audit.json does not have the expected sections"))
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
            out[table] = rows_of(doc, table, SPECS[table], limit)
    if version < PROGRAMME_FORMAT:
        upgrade(out)
    audit_id = out["audit"]["id"]
    if out["audit"]["client_id"] != out["client"]["id"]:
        raise refuse(N_("the audit names another client than the one in the bundle"))
    templates = unique(out["templates"], ("id", "version"), "templates")
    visits = unique(out["visits"], ("id",), "visits")
    findings = unique(out["findings"], ("id",), "findings")
    evidence = unique(out["evidence"], ("id",), "evidence")
    unique(out["answers"], ("visit_id", "item_id"), "answers")
    unique(out["finding_evidence"], ("finding_id", "evidence_id"), "finding_evidence")
    # a finding's images stand in one order: two at one place would read back in another
    unique(out["finding_evidence"], ("finding_id", "position"), "finding_evidence")
    unique(out["dismissed_suggestions"], ("fingerprint",), "dismissed_suggestions")
    if legacy:
        log_rows = rows_of(doc, "answer_history", LEGACY_SPEC, LEGACY_LIMIT)
        if any(row["visit_id"] not in visits for row in log_rows):
            raise refuse(
                N_("{table} refers to a visit the bundle does not carry"), table="answer_history"
            )
        # A repeated log row gives the same entry id twice: the write keeps one, as the migration.
        out["history"] = list(legacy_history({**row, "audit_id": audit_id} for row in log_rows))
    else:
        unique(out["history"], ("id",), "history")
    for table in ("visits", "history", "findings", "evidence", "dismissed_suggestions"):
        if any(row["audit_id"] != audit_id for row in out[table]):
            raise refuse(N_("{table} holds rows of another audit"), table=table)
    _review_comments(out.get("review_comments"), audit_id, visits)
    check_programme(out, visits)
    check_recordings(out.get("recordings"), out.get("recording_consent"), audit_id, visits)
    for row in out["visits"]:
        if (row["template_id"], row["template_version"]) not in templates:
            raise refuse(N_("visit {id} uses a checklist the bundle does not carry"), id=row["id"])
    # History entries may name visits deleted since: they are a record, not a reference.
    for table in ("answers", "findings", "evidence"):
        if any(row["visit_id"] is not None and row["visit_id"] not in visits for row in out[table]):
            raise refuse(N_("{table} refers to a visit the bundle does not carry"), table=table)
    for row in out["finding_evidence"]:
        if row["finding_id"] not in findings or row["evidence_id"] not in evidence:
            raise refuse(N_("a finding links to evidence the bundle does not carry"))
    return out


def _review_comments(rows: list[dict[str, Any]] | None, audit_id: str, visits: set[Any]) -> None:
    """Refuse review comments of another audit, on a visit not carried, or twice the same."""
    if rows is None:
        return
    unique(rows, ("id",), "review_comments")
    for row in rows:
        if row["audit_id"] != audit_id:
            raise refuse(N_("{table} holds rows of another audit"), table="review_comments")
        if row["visit_id"] is not None and row["visit_id"] not in visits:
            raise refuse(
                N_("{table} refers to a visit the bundle does not carry"), table="review_comments"
            )
        if row["item_id"] is not None and row["visit_id"] is None:
            raise refuse(N_("{table} names an item without its visit"), table="review_comments")


def _spec(table: str, row: Any, version: int) -> dict[str, Check]:
    """Return the spec of a row: before format 4, audits and visits may lack the new columns."""
    added = ADDED[table]
    if version >= PROGRAMME_FORMAT or (isinstance(row, dict) and set(added) <= set(row)):
        return SPECS[table]
    return {k: c for k, c in SPECS[table].items() if k not in added}


def _old_visits(doc: dict[str, Any], limit: int, version: int) -> list[dict[str, Any]]:
    rows = doc["visits"]
    if not isinstance(rows, list) or len(rows) > limit:
        raise refuse(
            N_("{table} must be a list of at most {limit} rows"), table="visits", limit=limit
        )
    return [
        record(row, _spec("visits", row, version), f"visits[{n}]") for n, row in enumerate(rows)
    ]
