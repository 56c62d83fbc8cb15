"""Audit-level operations the window and the command line share: summaries, scores, audit set-up."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditor import catalogue
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, pick, user_says
from auditor.model import Audit, AuditSummary, Template, TouchpointKind, Visit
from auditor.outputs import safe_file_name
from auditor.scoring import AuditScore, score_audit, with_photos
from auditor.storage import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlannedVisit:
    """A touchpoint the auditor plans to visit, with the checklist to use.

    The checklist is a template of the workspace's catalogue: `template_version` names the exact
    version, None the newest one.
    """

    template_id: str
    title: str = ""
    channel: dict[str, Any] | None = None
    weight: float = 1.0
    template_version: str | None = None


def create_audit(
    store: Store,
    audit: Audit,
    planned: Sequence[PlannedVisit],
    visit_ids: Sequence[str] | None = None,
) -> tuple[Audit, list[Visit]]:
    """Create an audit and its visits with the catalogue's checklists named (one transaction).

    Windows and the command line create audits through `auditor.commands.CreateAudit`, which
    calls this and records it; `visit_ids` lets a redo create the very same visits again. Each
    visit keeps the exact template version it was created with.
    """
    pairs: list[tuple[Visit, Template]] = []
    for n, plan in enumerate(planned):
        try:
            template = catalogue.template(store, plan.template_id, plan.template_version)
        except NotFoundError:
            ref = plan.template_id + (f"@{plan.template_version}" if plan.template_version else "")
            raise ValidationError(
                user_says(N_("no checklist {ref} in the template catalogue"), ref=ref)
            ) from None
        visit = Visit(
            audit_id=audit.id,
            kind=TouchpointKind(template.touchpoint),
            template_id=template.id,
            template_version=template.version,
            title=plan.title,
            channel=dict(plan.channel or {}),
            weight=plan.weight,
        )
        if visit_ids is not None and n < len(visit_ids):
            visit.id = visit_ids[n]
        pairs.append((visit, template))
    store.audits.create(audit, pairs)
    return audit, [v for v, _ in pairs]


def score(store: Store, audit_id: str) -> AuditScore:
    """Return the audit's scores from what the store holds (photo items count their photos)."""
    answers = store.answers.for_audit(audit_id)
    photos: dict[str, set[str]] = {}
    for visit_id, item_id in store.evidence.item_links(audit_id):
        photos.setdefault(visit_id, set()).add(item_id)
    rows = []
    for visit in store.audits.visits(audit_id):
        template = store.audits.template(visit.template_id, visit.template_version)
        values = {item_id: a.value for item_id, a in answers.get(visit.id, {}).items()}
        values = with_photos(template, values, photos.get(visit.id, ()))
        rows.append((visit.id, template, values, visit.weight))
    return score_audit(rows)


def _summary(audit: Audit, client: str, scores: AuditScore) -> AuditSummary:
    return AuditSummary(
        id=audit.id,
        client=client,
        title=audit.title,
        date=audit.actual_date or audit.planned_date,
        status=audit.status,
        completion=scores.completion,
        score=scores.overall,
        critical_failure=scores.critical_failure,
    )


def summaries(store: Store) -> list[AuditSummary]:
    """Return a row per audit for the audits list, most recently changed first."""
    clients = {c.id: c.name for c in store.clients.all()}
    return [
        _summary(audit, clients.get(audit.client_id, ""), score(store, audit.id))
        for audit in store.audits.all()
    ]


def summary(store: Store, audit_id: str, scores: AuditScore | None = None) -> AuditSummary:
    """Return the audits-list row of one audit (what a change to it refreshes)."""
    audit = store.audits.get(audit_id)
    scores = scores if scores is not None else score(store, audit_id)
    return _summary(audit, store.clients.get(audit.client_id).name, scores)


def visit_titles(store: Store, audit_id: str, lang: str) -> dict[str, str]:
    """Return each visit's numbered title ("2. Call to reception"), in visit order."""
    titles = {}
    for number, visit in enumerate(store.audits.visits(audit_id), start=1):
        title = visit.title or pick(
            store.audits.template(visit.template_id, visit.template_version).title, lang
        )
        titles[visit.id] = f"{number}. {title}"
    return titles


def suggested_file_name(store: Store, audit_id: str, suffix: str) -> str:
    """Return "<client> - <audit title><suffix>", safe as a file name, for a save dialog."""
    audit = store.audits.get(audit_id)
    client = store.clients.get(audit.client_id)
    return safe_file_name(f"{client.name} - {audit.title}", suffix)


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def score_document(store: Store, audit_id: str) -> dict[str, Any]:
    """Return the `auditor score --json` document of an audit."""
    scores = score(store, audit_id)
    visits = {v.id: v for v in store.audits.visits(audit_id)}
    touchpoints = []
    for vs in scores.visits:
        visit = visits[vs.visit_id]
        title = visit.title or store.audits.template(
            visit.template_id, visit.template_version
        ).title.get("en", "")
        touchpoints.append(
            {
                "id": visit.id,
                "kind": visit.kind.value,
                "title": title,
                "score": _pct(vs.score),
                "completion": _pct(vs.completion),
                "critical_failure": vs.critical_failure,
            }
        )
    return {
        "overall": _pct(scores.overall),
        "completion": _pct(scores.completion),
        "critical_failure": scores.critical_failure,
        "touchpoints": touchpoints,
        "dimensions": {k: _pct(v.score) for k, v in scores.dimensions.items()},
        "phases": {k: _pct(v.score) for k, v in scores.phases.items()},
    }


def summary_document(summary: AuditSummary) -> dict[str, Any]:
    """Return one `auditor list --json` entry."""
    return {
        "id": summary.id,
        "client": summary.client,
        "title": summary.title,
        "date": summary.date.isoformat() if summary.date else None,
        "status": summary.status.value,
        "completion": _pct(summary.completion),
        "score": _pct(summary.score),
        "critical_failure": summary.critical_failure,
    }
