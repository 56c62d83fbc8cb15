"""The rules of the status flow, and what must be there before a visit is complete.

Only rules live here; the changes themselves are commands (auditor.commands.audits).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from auditor.answertypes import is_required
from auditor.errors import ValidationError
from auditor.i18n import pick, translator
from auditor.model import AuditStatus, VisitStatus
from auditor.scoring import failed, hidden, is_answered, with_photos
from auditor.storage import Store

log = logging.getLogger(__name__)

_NEXT = {
    AuditStatus.DRAFT: {AuditStatus.IN_PROGRESS},
    AuditStatus.IN_PROGRESS: {AuditStatus.COMPLETED},
    AuditStatus.COMPLETED: {AuditStatus.REVIEWED, AuditStatus.IN_PROGRESS, AuditStatus.RETURNED},
    # Returned to the auditor with review comments: fixed in progress, or sent back as it is.
    AuditStatus.RETURNED: {AuditStatus.IN_PROGRESS, AuditStatus.COMPLETED},
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
        AuditStatus.RETURNED: _("returned"),
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
    """Return what the visit still needs: answers, and notes or evidence for failed items.

    Items hidden by their show-if condition need nothing, even a failed answer kept from before.
    """
    _ = translator(lang)
    visit = store.audits.visit(visit_id)
    template = store.audits.template(visit.template_id, visit.template_version)
    answers = store.answers.for_visit(visit_id)
    with_evidence = {
        e.item_id for e in store.evidence.for_audit(visit.audit_id, visit_id) if e.item_id
    }
    values = with_photos(template, {k: a.value for k, a in answers.items()}, with_evidence)
    skipped = hidden(template, values)  # not asked: neither its answer nor its note is due
    result = []
    for number, item in enumerate(template.items, start=1):
        if item.id in skipped:
            continue
        answer = answers.get(item.id)
        value = values.get(item.id)
        question = pick(item.question, lang)
        if not is_answered(value):
            if is_required(item):
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


def check_complete(store: Store, visit_id: str, lang: str = "en") -> None:
    """Raise ValidationError saying what the visit still needs before it can be completed."""
    gaps = missing(store, visit_id, lang)
    if gaps:
        _ = translator(lang)
        lines = "\n".join(g.message for g in gaps[:10])
        more = len(gaps) - 10
        tail = "\n" + _("...and {count} more").format(count=more) if more > 0 else ""
        raise ValidationError(_("The visit cannot be completed yet:") + "\n" + lines + tail)


def check_advance(store: Store, audit_id: str, status: AuditStatus, lang: str = "en") -> None:
    """Raise ValidationError unless the flow lets the audit go to `status` now.

    From completed on, every visit must be completed.
    """
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
    _check_review(store, audit_id, status, lang)
    if status in (
        AuditStatus.COMPLETED,
        AuditStatus.RETURNED,
        AuditStatus.REVIEWED,
        AuditStatus.DELIVERED,
    ):
        open_visits = [
            v for v in store.audits.visits(audit_id) if v.status != VisitStatus.COMPLETED
        ]
        if open_visits:
            names = ", ".join(v.title or v.kind.value for v in open_visits)
            raise ValidationError(_("Complete every visit first: {visits}").format(visits=names))


def _check_review(store: Store, audit_id: str, status: AuditStatus, lang: str) -> None:
    """Refuse returning an audit without an open comment, or approving one that still has some.

    The comments are what the auditor is asked to deal with (issue 16): a return says what to
    fix, and an approval means nothing is left to fix.
    """
    _ = translator(lang)
    if status == AuditStatus.RETURNED and store.review.open_count(audit_id) == 0:
        raise ValidationError(
            _("Add a comment for the auditor before returning the audit: it says what to fix.")
        )
    if status == AuditStatus.REVIEWED:
        count = store.review.open_count(audit_id)
        if count:
            raise ValidationError(
                _(
                    "The audit has {count} open review comments: resolve or delete them "
                    "before approving it."
                ).format(count=count)
            )
