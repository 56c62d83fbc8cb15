"""The sections format 4 added to a bundle: programme, call log and recordings.

Their row specs, the upgrade that gives an older bundle's rows the format-4 columns, and the
checks of their references inside the bundle.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.bundle.format import refuse
from auditor.bundle.validate_fields import (
    ID,
    MAX_INT,
    MAX_SHORT,
    MAX_TEXT,
    SHA256,
    Check,
    an_object,
    fail,
    integer,
    iso_date,
    json_text,
    number,
    one_of,
    optional,
    text,
    timestamp,
    unique,
)
from auditor.bundle.validate_fields import ident as _id
from auditor.bundle.validate_fields import short_text as _short
from auditor.bundle.validate_fields import title_text as _title
from auditor.checks.call import EVENTS as CALL_EVENTS
from auditor.errors import ValidationError
from auditor.i18n import N_
from auditor.model import LocationChannel
from auditor.recordings import AUDIO_MIMES, MAX_RECORDING_BYTES
from auditor.storage.schema import split_channel

# Format 4 (issue 15) gave audits and visits these columns; an older bundle's rows lack them.
PROGRAMME_FORMAT = 4
ADDED = {
    "audit": ("location_id", "wave_id", "nickname"),
    "visits": ("ended_at", "place", "contact", "staff"),
}


def checklist_refs(value: Any, where: str) -> None:
    """Check a JSON list of [template id, version] pairs (a programme's questionnaire)."""
    if not isinstance(value, list) or len(value) > 100:
        raise fail(where, N_("{where} must be a list of checklists"))
    for ref in value:
        if not isinstance(ref, list) or len(ref) != 2:
            raise fail(where, N_("{where} must hold [template id, version] pairs"))
        text(128, pattern=ID)(ref[0], where)
        text(64, pattern=ID)(ref[1], where)


# Format 4 (issue 15): the call stopwatch's log, the audit's location and wave, the client's
# questionnaire.
PROGRAMME_SPECS: dict[str, dict[str, Check]] = {
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
        "questionnaire": json_text(checklist_refs, limit=MAX_SHORT * 20),
        "updated_at": timestamp,
    },
}

# Format 4 (issue 18): call recordings (their bytes are members) and the audit's consent.
RECORDING_SPECS: dict[str, dict[str, Check]] = {
    "recordings": {
        "id": _id,
        "audit_id": _id,
        "visit_id": _id,
        "filename": _short,
        "mime": one_of(*AUDIO_MIMES),
        "sha256": text(64, pattern=SHA256),
        "size": integer(1, MAX_RECORDING_BYTES),
        "duration_s": number(1e-3, 24 * 3600),
        "analysis": optional(json_text(an_object, limit=4_000_000)),
        "marks": json_text(an_object, limit=MAX_TEXT),
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


def upgrade(out: dict[str, Any]) -> None:
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


def check_programme(out: dict[str, Any], visits: set[Any]) -> None:
    """Refuse call events of visits not carried, and a location or wave that is not the audit's."""
    from auditor.model import CallLogEvent
    from auditor.storage.calls import check_events

    by_visit: dict[str, list[dict[str, Any]]] = {}
    for row in out["call_events"]:
        if row["visit_id"] not in visits:
            raise refuse(
                N_("{table} refers to a visit the bundle does not carry"), table="call_events"
            )
        by_visit.setdefault(row["visit_id"], []).append(row)
    for visit_id, rows in by_visit.items():
        rows.sort(key=lambda r: r["position"])
        if [r["position"] for r in rows] != list(range(len(rows))):
            raise refuse(N_("the call log of visit {id} has gaps or repeats"), id=visit_id)
        try:
            check_events([CallLogEvent(r["kind"], r["at_s"]) for r in rows])
        except ValidationError as exc:
            raise refuse(
                N_("the call log of visit {id} is impossible: {reason}"), id=visit_id, reason=exc
            ) from None
    client_id, audit = out["client"]["id"], out["audit"]
    for table, column in (("locations", "location_id"), ("waves", "wave_id")):
        rows = out[table]
        if any(row["client_id"] != client_id for row in rows):
            raise refuse(N_("{table} holds rows of another client"), table=table)
        if [row["id"] for row in rows] != ([audit[column]] if audit[column] else []):
            raise refuse(
                N_("{table} does not carry exactly the audit's {column}"),
                table=table,
                column=column,
            )
    for row in out["waves"]:
        if row["starts_on"] and row["ends_on"] and row["starts_on"] > row["ends_on"]:
            raise refuse(N_("wave {id} ends before it starts"), id=row["id"])
    if any(row["client_id"] != client_id for row in out["programmes"]):
        raise refuse(N_("{table} holds rows of another client"), table="programmes")


def check_recordings(
    rows: list[dict[str, Any]] | None,
    consent: list[dict[str, Any]] | None,
    audit_id: str,
    visits: set[Any],
) -> None:
    """Refuse recordings of another audit, of a visit not carried, or twice the same; and consent."""
    for row in consent or []:
        if row["audit_id"] != audit_id:
            raise refuse(N_("{table} holds rows of another audit"), table="recording_consent")
    if rows is None:
        return
    unique(rows, ("id",), "recordings")
    for row in rows:
        if row["audit_id"] != audit_id:
            raise refuse(N_("{table} holds rows of another audit"), table="recordings")
        if row["visit_id"] not in visits:
            raise refuse(
                N_("{table} refers to a visit the bundle does not carry"), table="recordings"
            )
