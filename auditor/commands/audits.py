"""Audits and their visits: creation, details, customer metrics and the status flow."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from auditor import workflow
from auditor.commands.base import AUDIT, AUDITS, STATUS, VISIT, Command, Tx, place, refuse
from auditor.errors import ValidationError
from auditor.i18n import N_
from auditor.model import Audit, AuditStatus, Visit, VisitStatus

log = logging.getLogger(__name__)

VISIT_FIELDS = (
    "title", "visited_at", "channel", "weight", "nps", "csat", "ces",
    "ended_at", "place", "contact", "staff",
)  # fmt: skip
AUDIT_FIELDS = (
    "client_id", "title", "scenario", "auditor", "planned_date", "actual_date",
    "location_id", "wave_id", "nickname",
)  # fmt: skip
TEXT_VISIT_FIELDS = ("place", "contact", "staff")


def plain(value: Any) -> Any:
    """Return a value as the history stores it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date | datetime) else value


@dataclass
class CreateAudit(Command):
    """Create an audit with its visits, each with the checklist named (ids fixed, so redo is exact)."""

    audit: Audit
    planned: Sequence[Any]  # auditor.service.PlannedVisit
    visit_ids: list[str] = field(default_factory=list)
    label = N_("New audit")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.commands.programme_audits import check_programme_place
        from auditor.service import create_audit

        audit = replace(self.audit)
        check_programme_place(tx, audit)
        _audit, visits = create_audit(tx.store, audit, self.planned, self.visit_ids or None)
        self.visit_ids = [v.id for v in visits]
        tx.record(audit.id, "create_audit", new=audit.title)
        tx.touch(AUDITS, audit.id)
        tx.result = audit
        return DeleteAudit(audit.id)


@dataclass
class DeleteAudit(Command):
    """Erase an audit with everything in it (only as the undo of its creation)."""

    audit_id: str
    label = N_("Delete audit")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.service import PlannedVisit

        audit = tx.store.audits.get(self.audit_id)
        visits = tx.store.audits.visits(self.audit_id)
        planned = [
            PlannedVisit(v.template_id, v.title, dict(v.channel), v.weight, v.template_version)
            for v in visits
        ]
        tx.store.audits.delete(self.audit_id)
        tx.touch(AUDITS, self.audit_id)
        return CreateAudit(audit, planned, [v.id for v in visits])


@dataclass
class EditAudit(Command):
    """Change an audit's title, scenario, auditor, client or dates."""

    audit: Audit
    label = N_("Edit audit")

    def apply(self, tx: Tx) -> Command | None:
        from auditor.commands.programme_audits import check_programme_place

        before = tx.store.audits.get(self.audit.id)
        check_programme_place(tx, self.audit)
        tx.store.audits.update(replace(self.audit))
        old = {f: plain(getattr(before, f)) for f in AUDIT_FIELDS}
        new = {f: plain(getattr(self.audit, f)) for f in AUDIT_FIELDS}
        changed = [f for f in AUDIT_FIELDS if old[f] != new[f]]
        if changed:
            tx.record(
                self.audit.id,
                "edit_audit",
                old={f: old[f] for f in changed},
                new={f: new[f] for f in changed},
            )
        tx.touch(AUDIT, self.audit.id)
        return EditAudit(before)


@dataclass
class SetStatus(Command):
    """Move an audit along its status flow (the rules of auditor.workflow apply)."""

    audit_id: str
    status: AuditStatus
    force: bool = False  # an undo puts the previous status back without the flow's rules
    label = N_("Change status")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.audits.get(self.audit_id).status
        target = AuditStatus(self.status)
        if target == before:
            return SetStatus(self.audit_id, before, True)
        if not self.force:
            workflow.check_advance(tx.store, self.audit_id, target, tx.lang)
        tx.store.audits.set_status(self.audit_id, target)
        tx.record(self.audit_id, "status", old=before.value, new=target.value)
        tx.touch(STATUS, self.audit_id)
        return SetStatus(self.audit_id, before, True)


@dataclass
class ReopenAudit(Command):
    """Take a completed, reviewed or delivered audit back in progress (an explicit action)."""

    audit_id: str
    label = N_("Reopen audit")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.audits.get(self.audit_id).status
        reopenable = (
            AuditStatus.COMPLETED,
            AuditStatus.RETURNED,  # issue 16: the auditor takes a returned audit back in hand
            AuditStatus.REVIEWED,
            AuditStatus.DELIVERED,
        )
        if before not in reopenable:
            return SetStatus(self.audit_id, before, True)
        return SetStatus(self.audit_id, AuditStatus.IN_PROGRESS, True).apply(tx)


@dataclass
class EditVisit(Command):
    """Change a visit's details or customer metrics (NPS 0-10, CSAT 1-5, CES 1-7)."""

    visit_id: str
    values: dict[str, Any]
    name: str = N_("Customer metrics")

    @property
    def label(self) -> str:  # type: ignore[override]
        return self.name

    def apply(self, tx: Tx) -> Command | None:
        unknown = set(self.values) - set(VISIT_FIELDS)
        if unknown:
            _ = tx.tr
            raise ValidationError(
                _("a visit has no field {fields}").format(fields=", ".join(sorted(unknown)))
            )
        before = tx.store.audits.visit(self.visit_id)
        after = _checked_visit(tx, replace(before, **self.values))
        tx.store.audits.update_visit(after)
        old = {f: plain(getattr(before, f)) for f in self.values}
        new = {f: plain(getattr(after, f)) for f in self.values}
        changed = [f for f in self.values if old[f] != new[f]]
        if changed:
            tx.record(
                before.audit_id,
                "edit_visit",
                visit_id=self.visit_id,
                old={f: old[f] for f in changed},
                new={f: new[f] for f in changed},
            )
        tx.touch(VISIT, before.audit_id, self.visit_id)
        return EditVisit(self.visit_id, {f: getattr(before, f) for f in self.values}, self.name)


def _checked_visit(tx: Tx, visit: Visit) -> Visit:
    """Return the visit with tidy details, refusing an end before its start or a non-time."""
    _ = tx.tr
    for name in ("visited_at", "ended_at"):
        value = getattr(visit, name)
        if value is not None and not isinstance(value, datetime):
            where = place(tx, visit.id)
            raise refuse(
                tx, where, _("\u201c{value}\u201d is not a date and time").format(value=value)
            )
    for name in TEXT_VISIT_FIELDS:
        value = getattr(visit, name)
        if not isinstance(value, str):
            where = place(tx, visit.id)
            raise refuse(tx, where, _("\u201c{value}\u201d is not text").format(value=value))
        visit = replace(
            visit, **{name: " ".join(value.split()) if name != "staff" else value.strip()}
        )
    start, end = visit.visited_at, visit.ended_at
    if start is not None and end is not None:
        if (start.tzinfo is None) != (end.tzinfo is None):
            end = end.replace(tzinfo=start.tzinfo) if start.tzinfo else end.replace(tzinfo=None)
        if end < start:
            where = place(tx, visit.id)
            raise refuse(
                tx,
                where,
                _("the visit ends ({end}) before it starts ({start})").format(
                    end=f"{end:%Y-%m-%d %H:%M}", start=f"{start:%Y-%m-%d %H:%M}"
                ),
            )
    return visit


@dataclass
class SetVisitStatus(Command):
    """Put a visit's status (and its audit's) back as they were: the undo of complete and reopen."""

    visit_id: str
    status: VisitStatus
    audit_status: AuditStatus | None = None
    label = N_("Visit status")

    def apply(self, tx: Tx) -> Command | None:
        visit = tx.store.audits.visit(self.visit_id)
        audit_before = tx.store.audits.get(visit.audit_id).status
        tx.store.audits.set_visit_status(self.visit_id, self.status)
        action = "complete_visit" if self.status == VisitStatus.COMPLETED else "reopen_visit"
        tx.record(
            visit.audit_id,
            action,
            visit_id=self.visit_id,
            old=visit.status.value,
            new=self.status.value,
        )
        if self.audit_status is not None and self.audit_status != audit_before:
            tx.store.audits.set_status(visit.audit_id, self.audit_status)
            tx.record(visit.audit_id, "status", old=audit_before.value, new=self.audit_status.value)
            tx.touch(STATUS, visit.audit_id)
        tx.touch(VISIT, visit.audit_id, self.visit_id)
        return SetVisitStatus(
            self.visit_id,
            visit.status,
            audit_before if self.audit_status not in (None, audit_before) else None,
        )


@dataclass
class CompleteVisit(Command):
    """Mark a visit completed, or refuse saying what is missing (answers, notes, evidence)."""

    visit_id: str
    label = N_("Complete visit")

    def apply(self, tx: Tx) -> Command | None:
        where = place(tx, self.visit_id)
        if where.visit.status == VisitStatus.COMPLETED:
            return SetVisitStatus(self.visit_id, VisitStatus.COMPLETED)  # nothing to do, no step
        workflow.check_complete(tx.store, self.visit_id, tx.lang)
        return SetVisitStatus(self.visit_id, VisitStatus.COMPLETED).apply(tx)


@dataclass
class ReopenVisit(Command):
    """Put a completed visit back in progress, and a completed or reviewed audit with it."""

    visit_id: str
    label = N_("Reopen visit")

    def apply(self, tx: Tx) -> Command | None:
        visit = tx.store.audits.visit(self.visit_id)
        if visit.status != VisitStatus.COMPLETED:
            return SetVisitStatus(self.visit_id, visit.status)  # nothing to reopen, no step
        status = tx.store.audits.get(visit.audit_id).status
        back = (
            AuditStatus.IN_PROGRESS
            if status in (AuditStatus.COMPLETED, AuditStatus.RETURNED, AuditStatus.REVIEWED)
            else None
        )
        return SetVisitStatus(self.visit_id, VisitStatus.IN_PROGRESS, back).apply(tx)
