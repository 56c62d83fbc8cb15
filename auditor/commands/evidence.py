"""Evidence images: added, captioned, linked to an item, blurred, removed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from auditor.commands.base import ANSWERS, EVIDENCE, Command, Tx, place
from auditor.errors import ValidationError
from auditor.i18n import N_
from auditor.imaging import Intake
from auditor.model import Evidence, new_id
from auditor.storage.evidence import DeletedEvidence

log = logging.getLogger(__name__)


def _summary(evidence: Evidence) -> dict[str, Any]:
    return {
        "caption": evidence.caption,
        "file": evidence.filename,
        "regions": len(evidence.redactions),
    }


def _check_place(tx: Tx, evidence: Evidence) -> None:
    """Refuse evidence filed under another audit's visit or an item its checklist lacks."""
    _ = tx.tr
    if evidence.visit_id is None:
        if evidence.item_id is not None:
            raise ValidationError(_("evidence can be attached to an item only within its visit"))
        return
    where = place(tx, evidence.visit_id, evidence.item_id)
    if where.audit_id != evidence.audit_id:
        raise ValidationError(_("evidence can only be filed under a visit of its own audit"))


def _record(tx: Tx, evidence: Evidence, action: str, **values: object) -> None:
    """Record a change to an image in its audit's history."""
    tx.record(
        evidence.audit_id,
        action,
        visit_id=evidence.visit_id,
        item_id=evidence.item_id,
        target=evidence.id,
        **values,
    )


def _touch(tx: Tx, evidence: Evidence) -> None:
    tx.touch(EVIDENCE, evidence.audit_id, evidence.visit_id, evidence.item_id)
    if evidence.item_id and evidence.visit_id:
        # Evidence answers a photo item and satisfies "evidence on fail": the item's state moves.
        tx.touch(ANSWERS, evidence.audit_id, evidence.visit_id, evidence.item_id)


@dataclass
class AddEvidence(Command):
    """Store a verified image (auditor.evidence.prepare) as evidence, optionally for a finding."""

    audit_id: str
    intake: Intake
    analysis: dict[str, Any] | None = None
    visit_id: str | None = None
    item_id: str | None = None
    caption: str = ""
    source: str = "file"
    filename: str = ""
    finding_id: str | None = None
    evidence_id: str = field(default_factory=new_id)
    label = N_("Add evidence")

    def apply(self, tx: Tx) -> Command | None:
        intake = self.intake
        evidence = Evidence(
            audit_id=self.audit_id,
            visit_id=self.visit_id,
            item_id=self.item_id,
            mime=intake.mime,
            width=intake.width,
            height=intake.height,
            sha256=intake.sha256,
            caption=self.caption,
            source=self.source,
            filename=self.filename,
            captured_at=intake.captured_at,
            id=self.evidence_id,
        )
        _check_place(tx, evidence)
        tx.store.evidence.add(
            evidence, intake.data, intake.thumbnail, self.analysis, self.finding_id
        )
        _record(tx, evidence, "add_evidence", new=_summary(evidence))
        _touch(tx, evidence)
        tx.result = evidence
        return DeleteEvidence(evidence.id)


@dataclass
class EditEvidence(Command):
    """Change an image's caption, the visit and item it documents, or its blurred regions."""

    evidence: Evidence
    label = N_("Edit evidence")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.evidence.get(self.evidence.id)
        after = replace(
            self.evidence, audit_id=before.audit_id, redactions=list(self.evidence.redactions)
        )
        _check_place(tx, after)
        tx.store.evidence.update(after)
        action = (
            "blur_evidence"
            if [list(b) for b in before.redactions] != [list(b) for b in after.redactions]
            else "edit_evidence"
        )
        _record(tx, after, action, old=_summary(before), new=_summary(after))
        _touch(tx, before)
        _touch(tx, after)
        tx.result = after
        return EditEvidence(before)


@dataclass
class DeleteEvidence(Command):
    """Erase an image (its bytes are overwritten in the file); undo puts it back."""

    evidence_id: str
    label = N_("Delete evidence")

    def apply(self, tx: Tx) -> Command | None:
        deleted = tx.store.evidence.delete(self.evidence_id)
        evidence = deleted.evidence
        _record(tx, evidence, "delete_evidence", old=_summary(evidence))
        _touch(tx, evidence)
        return RestoreEvidence(deleted)


@dataclass
class RestoreEvidence(Command):
    """Put deleted evidence back with its links to findings that still exist."""

    deleted: DeletedEvidence
    label = N_("Restore evidence")

    def apply(self, tx: Tx) -> Command | None:
        evidence = tx.store.evidence.restore(self.deleted)
        _record(tx, evidence, "restore_evidence", new=_summary(evidence))
        _touch(tx, evidence)
        tx.result = evidence
        return DeleteEvidence(evidence.id)
