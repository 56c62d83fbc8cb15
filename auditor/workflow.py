"""The status flow of visits and audits, and what must be there before a visit is complete."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from auditor.errors import ValidationError
from auditor.i18n import pick, translator
from auditor.model import AuditStatus, VisitStatus
from auditor.scoring import OPTIONAL_TYPES, failed, is_answered
from auditor.storage import Store

log = logging.getLogger(__name__)

_NEXT = {
    AuditStatus.DRAFT: {AuditStatus.IN_PROGRESS},
    AuditStatus.IN_PROGRESS: {AuditStatus.COMPLETED},
    AuditStatus.COMPLETED: {AuditStatus.REVIEWED, AuditStatus.IN_PROGRESS},
    AuditStatus.REVIEWED: {AuditStatus.DELIVERED, AuditStatus.IN_PROGRESS},
    AuditStatus.DELIVERED: set(),  # reopen() is the explicit way back
}


def status_label(status: AuditStatus, lang: str = "en") -> str:
    """Return the audit status as words in `lang`."""
    _ = translator(lang)
    return {
        AuditStatus.DRAFT: _("draft"),
        AuditStatus.IN_PROGRESS: _("in progress"),
        AuditStatus.COMPLETED: _("completed"),
        AuditStatus.REVIEWED: _("reviewed"),
        AuditStatus.DELIVERED: _("delivered"),
    }[AuditStatus(status)]


@dataclass(frozen=True)
class Missing:
    """Something a visit still needs before it can be completed."""

    visit_id: str
    item_id: str
    what: str  # "answer" | "note" | "evidence"
    message: str


def missing(store: Store, visit_id: str, lang: str = "en") -> list[Missing]:
    """Return what the visit still needs: answers, and notes or evidence for failed items."""
    _ = translator(lang)
    visit = store.audits.visit(visit_id)
    template = store.audits.template(visit.template_id, visit.template_version)
    answers = store.answers.for_visit(visit_id)
    with_evidence = {
        e.item_id for e in store.evidence.for_audit(visit.audit_id, visit_id) if e.item_id
    }
    result = []
    for number, item in enumerate(template.items, start=1):
        answer = answers.get(item.id)
        value = answer.value if answer else None
        question = pick(item.question, lang)
        if not is_answered(value):
            if item.type not in OPTIONAL_TYPES:
                result.append(
                    Missing(
                        visit_id,
                        item.id,
                        "answer",
                        _("Item {number} is not answered: {question}").format(
                            number=number, question=question
                        ),
                    )
                )
            continue
        if failed(item, value):
            if item.require_note_on_fail and not (answer and answer.note.strip()):
                result.append(
                    Missing(
                        visit_id,
                        item.id,
                        "note",
                        _("Item {number} failed and needs a note: {question}").format(
                            number=number, question=question
                        ),
                    )
                )
            if item.require_evidence_on_fail and item.id not in with_evidence:
                result.append(
                    Missing(
                        visit_id,
                        item.id,
                        "evidence",
                        _("Item {number} failed and needs evidence: {question}").format(
                            number=number, question=question
                        ),
                    )
                )
    return result


def complete_visit(store: Store, visit_id: str, lang: str = "en") -> None:
    """Mark the visit completed, or raise ValidationError saying what is missing."""
    gaps = missing(store, visit_id, lang)
    if gaps:
        _ = translator(lang)
        lines = "\n".join(g.message for g in gaps[:10])
        more = len(gaps) - 10
        tail = "\n" + _("...and {count} more").format(count=more) if more > 0 else ""
        raise ValidationError(_("The visit cannot be completed yet:") + "\n" + lines + tail)
    store.audits.set_visit_status(visit_id, VisitStatus.COMPLETED)


def reopen_visit(store: Store, visit_id: str) -> None:
    """Put a completed visit back in progress, and a completed or reviewed audit with it."""
    audit = store.audits.get(store.audits.visit(visit_id).audit_id)
    with store.transaction():  # an audit is never "completed" with a visit still open
        store.audits.set_visit_status(visit_id, VisitStatus.IN_PROGRESS)
        if audit.status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED):
            store.audits.set_status(audit.id, AuditStatus.IN_PROGRESS)


def advance(store: Store, audit_id: str, status: AuditStatus, lang: str = "en") -> None:
    """Move the audit to `status` if the flow allows it; from completed on, every visit must be."""
    _ = translator(lang)
    audit = store.audits.get(audit_id)
    status = AuditStatus(status)
    if status == audit.status:
        return
    if status not in _NEXT[audit.status]:
        raise ValidationError(
            _("An audit cannot go from {current} to {target}.").format(
                current=status_label(audit.status, lang), target=status_label(status, lang)
            )
        )
    if status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        open_visits = [
            v for v in store.audits.visits(audit_id) if v.status != VisitStatus.COMPLETED
        ]
        if open_visits:
            names = ", ".join(v.title or v.kind.value for v in open_visits)
            raise ValidationError(_("Complete every visit first: {visits}").format(visits=names))
    store.audits.set_status(audit_id, status)


def reopen(store: Store, audit_id: str) -> None:
    """Reopen a completed, reviewed or delivered audit for changes (an explicit action)."""
    audit = store.audits.get(audit_id)
    if audit.status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        store.audits.set_status(audit_id, AuditStatus.IN_PROGRESS)


def start(store: Store, audit_id: str) -> None:
    """Move a draft audit in progress (the first answer does it)."""
    if store.audits.get(audit_id).status == AuditStatus.DRAFT:
        store.audits.set_status(audit_id, AuditStatus.IN_PROGRESS)
