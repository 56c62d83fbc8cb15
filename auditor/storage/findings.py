"""Findings: what the auditor reports, with the evidence that proves it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from auditor.errors import ValidationError
from auditor.i18n import N_, user_says
from auditor.model import Finding, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeletedFinding:
    """Everything needed to put a deleted finding back (undo)."""

    finding: Finding


class FindingRepository(Repository):
    """Create, edit, list and delete findings and their evidence links."""

    def _validate(self, finding: Finding) -> None:
        if not finding.title.strip():
            raise ValidationError(user_says(N_("a finding needs a title")))
        for evidence_id in finding.evidence_ids:
            row = self._row("evidence", evidence_id, "evidence")
            if row["audit_id"] != finding.audit_id:
                raise ValidationError(
                    user_says(N_("a finding can only use evidence of its own audit"))
                )

    def _write_links(self, finding: Finding) -> None:
        self.db.execute("DELETE FROM finding_evidence WHERE finding_id = ?", (finding.id,))
        self.db["finding_evidence"].insert_all(
            [
                {"finding_id": finding.id, "evidence_id": e, "position": i}
                for i, e in enumerate(dict.fromkeys(finding.evidence_ids))
            ]
        )

    @writes
    def add(self, finding: Finding) -> Finding:
        """Store a new finding with its evidence links in one transaction."""
        self._editable(finding.audit_id)
        self._validate(finding)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["findings"].insert({**codec.finding_row(finding), "updated_at": stamp})
            self._write_links(finding)
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (stamp, finding.audit_id)
            )
        return finding

    @writes
    def update(self, finding: Finding) -> Finding:
        """Save a finding's fields and evidence links."""
        current = self.get(finding.id)
        finding.audit_id = current.audit_id
        self._editable(current.audit_id)
        self._validate(finding)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["findings"].update(
                finding.id, {**codec.finding_row(finding), "updated_at": stamp}
            )
            self._write_links(finding)
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (stamp, finding.audit_id)
            )
        return finding

    def get(self, finding_id: str) -> Finding:
        """Return the finding with this id."""
        row = self._row("findings", finding_id, "finding")
        return codec.finding_from(row, self._links(finding_id))

    def _links(self, finding_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT evidence_id FROM finding_evidence WHERE finding_id = ? ORDER BY position",
            (finding_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def for_audit(self, audit_id: str) -> list[Finding]:
        """Return an audit's findings, most serious first, then oldest first."""
        rows = self._rows(
            "SELECT * FROM findings WHERE audit_id = ? ORDER BY "
            "CASE severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END, created_at, id",
            (audit_id,),
        )
        links: dict[str, list[str]] = {}
        for finding_id, evidence_id in self.db.execute(
            "SELECT fe.finding_id, fe.evidence_id FROM finding_evidence fe JOIN findings f ON f.id = fe.finding_id "
            "WHERE f.audit_id = ? ORDER BY fe.position",
            (audit_id,),
        ).fetchall():
            links.setdefault(finding_id, []).append(evidence_id)
        return [codec.finding_from(r, links.get(r["id"], [])) for r in rows]

    @writes
    def delete(self, finding_id: str) -> DeletedFinding:
        """Erase a finding (its evidence stays) and return what undo needs."""
        finding = self.get(finding_id)
        self._editable(finding.audit_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM findings WHERE id = ?", (finding_id,))
        return DeletedFinding(finding)

    @writes
    def restore(self, deleted: DeletedFinding) -> Finding:
        """Put a deleted finding back, with the links to evidence that still exists."""
        finding = deleted.finding
        finding.evidence_ids = [e for e in finding.evidence_ids if self._exists("evidence", e)]
        return self.add(finding)
