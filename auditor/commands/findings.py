"""Findings, and the checks' suggestions the auditor accepts (a finding) or dismisses."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from auditor.checks.base import CheckFinding
from auditor.commands.base import FINDINGS, SUGGESTIONS, Command, Tx
from auditor.i18n import N_
from auditor.model import Finding
from auditor.storage.findings import DeletedFinding

log = logging.getLogger(__name__)


def _summary(finding: Finding) -> dict[str, str]:
    return {"title": finding.title, "severity": finding.severity.value}


def _check_place(tx: Tx, finding: Finding) -> None:
    """Refuse a finding filed under a visit of another audit or an item its checklist lacks."""
    _ = tx.tr
    if finding.visit_id is None:
        return
    from auditor.commands.base import place

    where = place(tx, finding.visit_id, finding.item_id)
    if where.audit_id != finding.audit_id:
        from auditor.errors import ValidationError

        raise ValidationError(_("a finding can only be filed under a visit of its own audit"))


def _done(tx: Tx, finding: Finding, action: str, **values: object) -> None:
    """Record a change to a finding in its audit's history and say what it touched."""
    tx.record(
        finding.audit_id,
        action,
        visit_id=finding.visit_id,
        item_id=finding.item_id,
        target=finding.id,
        **values,
    )
    tx.touch(FINDINGS, finding.audit_id, finding.visit_id)


@dataclass
class AddFinding(Command):
    """Add a finding (its id is fixed, so a redo brings back the very same finding)."""

    finding: Finding
    label = N_("Add finding")

    def apply(self, tx: Tx) -> Command | None:
        _check_place(tx, self.finding)
        finding = tx.store.findings.add(
            replace(self.finding, evidence_ids=list(self.finding.evidence_ids))
        )
        _done(tx, finding, "add_finding", new=_summary(finding))
        tx.result = finding
        return DeleteFinding(finding.id)


@dataclass
class EditFinding(Command):
    """Change a finding's text, severity, status, place or evidence."""

    finding: Finding
    label = N_("Edit finding")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.findings.get(self.finding.id)
        _check_place(tx, replace(self.finding, audit_id=before.audit_id))
        after = tx.store.findings.update(
            replace(self.finding, evidence_ids=list(self.finding.evidence_ids))
        )
        _done(tx, after, "edit_finding", old=_summary(before), new=_summary(after))
        tx.result = after
        return EditFinding(before)


@dataclass
class DeleteFinding(Command):
    """Delete a finding (its evidence stays)."""

    finding_id: str
    label = N_("Delete finding")

    def apply(self, tx: Tx) -> Command | None:
        deleted = tx.store.findings.delete(self.finding_id)
        finding = deleted.finding
        _done(tx, finding, "delete_finding", old=_summary(finding))
        return RestoreFinding(deleted)


@dataclass
class RestoreFinding(Command):
    """Put a deleted finding back with its links to evidence that still exists."""

    deleted: DeletedFinding
    label = N_("Restore finding")

    def apply(self, tx: Tx) -> Command | None:
        finding = tx.store.findings.restore(
            DeletedFinding(
                replace(self.deleted.finding, evidence_ids=list(self.deleted.finding.evidence_ids))
            )
        )
        _done(tx, finding, "restore_finding", new=_summary(finding))
        tx.result = finding
        return DeleteFinding(finding.id)


@dataclass
class AcceptSuggestion(Command):
    """Make a check's suggestion a finding and stop suggesting it; undone, the suggestion is back."""

    finding: Finding  # built by auditor.suggestions.finding_for
    fingerprint: str
    label = N_("Accept suggestion")

    def apply(self, tx: Tx) -> Command | None:
        _check_place(tx, self.finding)
        # Accepted from a list shown before it was accepted or dismissed: undoing this one must
        # not offer again a suggestion the earlier decision still settles.
        settled = self.fingerprint in tx.store.profile.dismissed(self.finding.audit_id)
        finding = tx.store.findings.add(
            replace(self.finding, evidence_ids=list(self.finding.evidence_ids))
        )
        tx.store.profile.dismiss(finding.audit_id, self.fingerprint)
        _done(tx, finding, "accept_suggestion", new=_summary(finding))
        tx.touch(SUGGESTIONS, finding.audit_id)
        tx.result = finding
        return UnacceptSuggestion(self.finding, self.fingerprint, offer_again=not settled)


@dataclass
class UnacceptSuggestion(Command):
    """Take back an accepted suggestion: its finding goes, the suggestion is offered again."""

    finding: Finding
    fingerprint: str
    offer_again: bool = True  # False when the suggestion was settled before this acceptance
    label = N_("Accept suggestion")

    def apply(self, tx: Tx) -> Command | None:
        deleted = tx.store.findings.delete(self.finding.id)
        if self.offer_again:
            tx.store.profile.undismiss(deleted.finding.audit_id, self.fingerprint)
        finding = deleted.finding
        _done(tx, finding, "unaccept_suggestion", old=_summary(finding))
        tx.touch(SUGGESTIONS, finding.audit_id)
        return AcceptSuggestion(finding, self.fingerprint)


@dataclass
class DismissSuggestion(Command):
    """Remember that the auditor dismissed a suggestion in this audit."""

    audit_id: str
    suggestion: CheckFinding
    undo: bool = False  # the inverse: offer the suggestion again
    label = N_("Dismiss suggestion")

    def apply(self, tx: Tx) -> Command | None:
        fingerprint = self.suggestion.fingerprint()
        tx.store.audits.get(self.audit_id)
        if (fingerprint in tx.store.profile.dismissed(self.audit_id)) != self.undo:
            # Already dismissed (or already offered again): nothing to do, nothing to undo, so an
            # undo never offers again what an earlier decision dismissed.
            return DismissSuggestion(self.audit_id, self.suggestion, self.undo)
        if self.undo:
            tx.store.profile.undismiss(self.audit_id, fingerprint)
        else:
            tx.store.profile.dismiss(self.audit_id, fingerprint)
        tx.record(
            self.audit_id,
            "restore_suggestion" if self.undo else "dismiss_suggestion",
            target=self.suggestion.rule,
            new=self.suggestion.message,
        )
        tx.touch(SUGGESTIONS, self.audit_id)
        return DismissSuggestion(self.audit_id, self.suggestion, not self.undo)
