"""Convert between table rows and domain dataclasses (the only place that knows both)."""

from __future__ import annotations

import json
import logging
import math
from datetime import date, datetime
from typing import Any

from auditor.errors import ValidationError
from auditor.i18n import N_, user_says
from auditor.model import (
    Answer,
    Audit,
    AuditStatus,
    Client,
    Evidence,
    Finding,
    FindingStatus,
    Location,
    LocationChannel,
    Severity,
    TouchpointKind,
    Visit,
    VisitStatus,
    Wave,
)

log = logging.getLogger(__name__)


def ts(value: datetime | None) -> str | None:
    """Return an ISO timestamp for storage."""
    return value.isoformat() if value is not None else None


def parse_ts(value: str | None) -> datetime | None:
    """Return a stored ISO timestamp as a datetime."""
    return datetime.fromisoformat(value) if value else None


def iso_date(value: date | None) -> str | None:
    """Return an ISO date for storage."""
    return value.isoformat() if value is not None else None


def parse_date(value: str | None) -> date | None:
    """Return a stored ISO date as a date."""
    return date.fromisoformat(value) if value else None


def dump_value(value: Any) -> str:
    """Return an answer value as JSON, refusing values JSON cannot carry faithfully."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(user_says(N_("an answer must be a finite number")))
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**53:
        raise ValidationError(user_says(N_("an answer number is too large")))
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise ValidationError(
            user_says(N_("cannot store an answer of type {type}"), type=type(value).__name__)
        ) from None


def load_value(text: str | None) -> Any:
    """Return an answer value stored as JSON."""
    return None if text is None else json.loads(text)


def client_row(client: Client) -> dict[str, Any]:
    """Return the row of a client (timestamps added by the caller)."""
    return {
        "id": client.id,
        "name": client.name.strip(),
        "brands": json.dumps(client.brands, ensure_ascii=False),
        "website": client.website,
        "phone": client.phone,
        "email": client.email,
        "logo": client.logo,
        "report_language": client.report_language,
    }


def client_from(row: dict[str, Any]) -> Client:
    """Return a Client from its row."""
    return Client(
        id=row["id"],
        name=row["name"],
        brands=json.loads(row["brands"]),
        website=row["website"],
        phone=row["phone"],
        email=row["email"],
        logo=row["logo"],
        report_language=row["report_language"],
    )


def audit_row(audit: Audit) -> dict[str, Any]:
    """Return the row of an audit."""
    return {
        "id": audit.id,
        "client_id": audit.client_id,
        "title": audit.title.strip(),
        "scenario": audit.scenario,
        "auditor": audit.auditor,
        "planned_date": iso_date(audit.planned_date),
        "actual_date": iso_date(audit.actual_date),
        "status": AuditStatus(audit.status).value,
        "created_at": ts(audit.created_at),
        "updated_at": ts(audit.updated_at),
        "location_id": audit.location_id or None,
        "wave_id": audit.wave_id or None,
        "nickname": audit.nickname,
    }


def audit_from(row: dict[str, Any]) -> Audit:
    """Return an Audit from its row."""
    return Audit(
        id=row["id"],
        client_id=row["client_id"],
        title=row["title"],
        scenario=row["scenario"],
        auditor=row["auditor"],
        planned_date=parse_date(row["planned_date"]),
        actual_date=parse_date(row["actual_date"]),
        status=AuditStatus(row["status"]),
        created_at=parse_ts(row["created_at"]),
        updated_at=parse_ts(row["updated_at"]),
        location_id=row.get("location_id"),
        wave_id=row.get("wave_id"),
        nickname=row.get("nickname") or "",
    )


def visit_row(visit: Visit) -> dict[str, Any]:
    """Return the row of a visit."""
    return {
        "id": visit.id,
        "audit_id": visit.audit_id,
        "kind": TouchpointKind(visit.kind).value,
        "template_id": visit.template_id,
        "template_version": visit.template_version,
        "title": visit.title,
        "position": visit.position,
        "visited_at": ts(visit.visited_at),
        "channel": json.dumps(visit.channel, ensure_ascii=False, allow_nan=False),
        "weight": float(visit.weight),
        "nps": visit.nps,
        "csat": visit.csat,
        "ces": visit.ces,
        "status": VisitStatus(visit.status).value,
        "ended_at": ts(visit.ended_at),
        "place": visit.place,
        "contact": visit.contact,
        "staff": visit.staff,
    }


def visit_from(row: dict[str, Any]) -> Visit:
    """Return a Visit from its row."""
    return Visit(
        id=row["id"],
        audit_id=row["audit_id"],
        kind=TouchpointKind(row["kind"]),
        template_id=row["template_id"],
        template_version=row["template_version"],
        title=row["title"],
        position=row["position"],
        visited_at=parse_ts(row["visited_at"]),
        channel=json.loads(row["channel"]),
        weight=row["weight"],
        nps=row["nps"],
        csat=row["csat"],
        ces=row["ces"],
        status=VisitStatus(row["status"]),
        ended_at=parse_ts(row.get("ended_at")),
        place=row.get("place") or "",
        contact=row.get("contact") or "",
        staff=row.get("staff") or "",
    )


def location_row(location: Location) -> dict[str, Any]:
    """Return the row of a location (timestamps added by the caller)."""
    return {
        "id": location.id,
        "client_id": location.client_id,
        "name": " ".join(location.name.split()),
        "code": location.code.strip(),
        "address": location.address.strip(),
        "city": location.city.strip(),
        "region": location.region.strip(),
        "channel": LocationChannel(location.channel).value,
        "active": 1 if location.active else 0,
    }


def location_from(row: dict[str, Any]) -> Location:
    """Return a Location from its row."""
    return Location(
        id=row["id"],
        client_id=row["client_id"],
        name=row["name"],
        code=row["code"],
        address=row["address"],
        city=row["city"],
        region=row["region"],
        channel=LocationChannel(row["channel"]),
        active=bool(row["active"]),
    )


def wave_row(wave: Wave) -> dict[str, Any]:
    """Return the row of a wave (timestamps added by the caller)."""
    return {
        "id": wave.id,
        "client_id": wave.client_id,
        "label": " ".join(wave.label.split()),
        "starts_on": iso_date(wave.starts_on),
        "ends_on": iso_date(wave.ends_on),
        "position": int(wave.position),
    }


def wave_from(row: dict[str, Any]) -> Wave:
    """Return a Wave from its row."""
    return Wave(
        id=row["id"],
        client_id=row["client_id"],
        label=row["label"],
        starts_on=parse_date(row["starts_on"]),
        ends_on=parse_date(row["ends_on"]),
        position=row["position"],
    )


def answer_from(row: dict[str, Any]) -> Answer:
    """Return an Answer from its row."""
    return Answer(
        visit_id=row["visit_id"],
        item_id=row["item_id"],
        value=load_value(row["value"]),
        note=row["note"],
        answered_at=parse_ts(row["answered_at"]),
    )


def finding_row(finding: Finding) -> dict[str, Any]:
    """Return the row of a finding (its evidence links live in finding_evidence)."""
    return {
        "id": finding.id,
        "audit_id": finding.audit_id,
        "visit_id": finding.visit_id,
        "item_id": finding.item_id,
        "title": finding.title.strip(),
        "severity": Severity(finding.severity).value,
        "description": finding.description,
        "recommendation": finding.recommendation,
        "status": FindingStatus(finding.status).value,
        "source": finding.source,
        "created_at": ts(finding.created_at),
    }


def finding_from(row: dict[str, Any], evidence_ids: list[str]) -> Finding:
    """Return a Finding from its row and its ordered evidence ids."""
    return Finding(
        id=row["id"],
        audit_id=row["audit_id"],
        visit_id=row["visit_id"],
        item_id=row["item_id"],
        title=row["title"],
        severity=Severity(row["severity"]),
        description=row["description"],
        recommendation=row["recommendation"],
        status=FindingStatus(row["status"]),
        source=row["source"],
        evidence_ids=evidence_ids,
        created_at=parse_ts(row["created_at"]),
    )


def evidence_row(evidence: Evidence) -> dict[str, Any]:
    """Return the row of an evidence record (thumbnail and original bytes added by the caller)."""
    return {
        "id": evidence.id,
        "audit_id": evidence.audit_id,
        "visit_id": evidence.visit_id,
        "item_id": evidence.item_id,
        "caption": evidence.caption,
        "source": evidence.source,
        "filename": evidence.filename,
        "mime": evidence.mime,
        "width": evidence.width,
        "height": evidence.height,
        "sha256": evidence.sha256,
        "captured_at": ts(evidence.captured_at),
        "created_at": ts(evidence.created_at),
        "redactions": json.dumps([list(map(int, box)) for box in evidence.redactions]),
    }


def evidence_from(row: dict[str, Any]) -> Evidence:
    """Return an Evidence record from its row."""
    return Evidence(
        id=row["id"],
        audit_id=row["audit_id"],
        visit_id=row["visit_id"],
        item_id=row["item_id"],
        caption=row["caption"],
        source=row["source"],
        filename=row["filename"],
        mime=row["mime"],
        width=row["width"],
        height=row["height"],
        sha256=row["sha256"],
        captured_at=parse_ts(row["captured_at"]),
        created_at=parse_ts(row["created_at"]),
        redactions=[tuple(box) for box in json.loads(row["redactions"])],
    )
