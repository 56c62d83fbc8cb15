"""Evidence images: a thumbnail for the screen, the original bytes kept apart and untouched."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from auditor.errors import ValidationError
from auditor.i18n import N_, user_says
from auditor.model import Evidence, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeletedEvidence:
    """Everything needed to put deleted evidence back (undo): row, bytes and finding links."""

    evidence: Evidence
    thumbnail: bytes
    original: bytes
    analysis: dict[str, Any] | None
    finding_links: tuple[tuple[str, int], ...]


class EvidenceRepository(Repository):
    """Store, caption, link and erase evidence images."""

    @writes
    def add(
        self,
        evidence: Evidence,
        original: bytes,
        thumbnail: bytes,
        analysis: dict[str, Any] | None = None,
        finding_id: str | None = None,
    ) -> Evidence:
        """Store an image with its thumbnail (and optionally link it to a finding) in one transaction."""
        if not original or not thumbnail:
            raise ValidationError(user_says(N_("an evidence image cannot be empty")))
        self._editable(evidence.audit_id)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["evidence"].insert(
                {
                    **codec.evidence_row(evidence),
                    "thumbnail": thumbnail,
                    "analysis": json.dumps(analysis, ensure_ascii=False)
                    if analysis is not None
                    else None,
                }
            )
            self.db["evidence_blobs"].insert({"evidence_id": evidence.id, "data": original})
            if finding_id is not None:
                self._row("findings", finding_id, "finding")
                self.db["finding_evidence"].insert(
                    {
                        "finding_id": finding_id,
                        "evidence_id": evidence.id,
                        "position": self._next_position(finding_id),
                    }
                )
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (stamp, evidence.audit_id)
            )
        return evidence

    def _next_position(self, finding_id: str) -> int:
        """Return the place after a finding's last image (0 for its first)."""
        return self.db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM finding_evidence WHERE finding_id = ?",
            (finding_id,),
        ).fetchone()[0]

    def get(self, evidence_id: str) -> Evidence:
        """Return the evidence record (without image bytes)."""
        return codec.evidence_from(self._row("evidence", evidence_id, "evidence"))

    def for_audit(self, audit_id: str, visit_id: str | None = None) -> list[Evidence]:
        """Return an audit's evidence (optionally one visit's), oldest first, without image bytes."""
        columns = (
            "id, audit_id, visit_id, item_id, caption, source, filename, mime, width, height, sha256, "
            "captured_at, created_at, redactions"
        )
        if visit_id is None:
            rows = self._rows(
                f"SELECT {columns} FROM evidence WHERE audit_id = ? ORDER BY created_at, id",
                (audit_id,),
            )
        else:
            rows = self._rows(
                f"SELECT {columns} FROM evidence WHERE audit_id = ? AND visit_id = ? "
                "ORDER BY created_at, id",
                (audit_id, visit_id),
            )
        return [codec.evidence_from(r) for r in rows]

    def item_links(self, audit_id: str) -> list[tuple[str, str]]:
        """Return (visit id, item id) of every evidence attached to an item of the audit."""
        return self.db.execute(
            "SELECT DISTINCT visit_id, item_id FROM evidence WHERE audit_id = ? "
            "AND visit_id IS NOT NULL AND item_id IS NOT NULL",
            (audit_id,),
        ).fetchall()

    def thumbnail(self, evidence_id: str) -> bytes:
        """Return the small JPEG shown on screen."""
        row = self.db.execute(
            "SELECT thumbnail FROM evidence WHERE id = ?", (evidence_id,)
        ).fetchone()
        if row is None:
            self._row("evidence", evidence_id, "evidence")
        return row[0]

    def original(self, evidence_id: str) -> bytes:
        """Return the original bytes, exactly as they were taken in."""
        row = self.db.execute(
            "SELECT data FROM evidence_blobs WHERE evidence_id = ?", (evidence_id,)
        ).fetchone()
        if row is None:
            self._row("evidence", evidence_id, "evidence")
        return row[0]

    def analysis(self, evidence_id: str) -> dict[str, Any] | None:
        """Return the stored image-check result of this evidence, if any."""
        row = self._row("evidence", evidence_id, "evidence")
        return json.loads(row["analysis"]) if row["analysis"] else None

    @writes
    def set_analysis(self, evidence_id: str, analysis: dict[str, Any]) -> None:
        """Store the image-check result of this evidence."""
        self._row("evidence", evidence_id, "evidence")
        with self.db.atomic():
            self.db["evidence"].update(
                evidence_id, {"analysis": json.dumps(analysis, ensure_ascii=False)}
            )

    @writes
    def update(self, evidence: Evidence) -> Evidence:
        """Save caption, item link and redactions (the image bytes never change)."""
        current = self.get(evidence.id)
        self._editable(current.audit_id)
        boxes = [[int(v) for v in box] for box in evidence.redactions]
        if any(len(box) != 4 or box[2] <= 0 or box[3] <= 0 for box in boxes):
            raise ValidationError(
                user_says(N_("a blurred region needs a position, a width and a height"))
            )
        with self.db.atomic():
            self.db["evidence"].update(
                evidence.id,
                {
                    "caption": evidence.caption,
                    "item_id": evidence.item_id,
                    "visit_id": evidence.visit_id,
                    "redactions": json.dumps(boxes),
                },
            )
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (codec.ts(now()), current.audit_id)
            )
        return evidence

    @writes
    def delete(self, evidence_id: str) -> DeletedEvidence:
        """Erase an image (secure_delete overwrites its pages) and return what undo needs."""
        evidence = self.get(evidence_id)
        self._editable(evidence.audit_id)
        deleted = DeletedEvidence(
            evidence=evidence,
            thumbnail=self.thumbnail(evidence_id),
            original=self.original(evidence_id),
            analysis=self.analysis(evidence_id),
            finding_links=tuple(
                self.db.execute(
                    "SELECT finding_id, position FROM finding_evidence WHERE evidence_id = ?",
                    (evidence_id,),
                ).fetchall()
            ),
        )
        with self.db.atomic():
            self.db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
        return deleted

    @writes
    def restore(self, deleted: DeletedEvidence) -> Evidence:
        """Put deleted evidence back with its links to findings that still exist."""
        with self.db.atomic():
            self.add(deleted.evidence, deleted.original, deleted.thumbnail, deleted.analysis)
            for finding_id, position in deleted.finding_links:
                if self._exists("findings", finding_id):
                    taken = self.db.execute(
                        "SELECT 1 FROM finding_evidence WHERE finding_id = ? AND position = ?",
                        (finding_id, position),
                    ).fetchone()
                    # an image added to the finding since took the place: back at the end
                    self.db["finding_evidence"].insert(
                        {
                            "finding_id": finding_id,
                            "evidence_id": deleted.evidence.id,
                            "position": self._next_position(finding_id) if taken else position,
                        },
                        ignore=True,
                    )
        return deleted.evidence
