"""Call recordings: the audio bytes kept apart and untouched, the analysis, the auditor's marks.

Also each audit's recording consent (asked once per audit) and the agency's rule that says when
the question is asked at all, kept in the profile table under its own key.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, user_says
from auditor.model import Recording, RecordingConsent, now
from auditor.recordings import CONSENT_RULES, DEFAULT_RULE
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)

RULE_KEY = "recording_consent_rule"  # a row of the profile table, beside the profile's own keys

_COLUMNS = (
    "id, audit_id, visit_id, filename, mime, sha256, size, duration_s, analysis, marks, created_at"
)


@dataclass(frozen=True)
class DeletedRecording:
    """Everything needed to put a deleted recording back (undo): its row and its bytes."""

    recording: Recording
    data: bytes


def _row(recording: Recording) -> dict[str, Any]:
    return {
        "id": recording.id,
        "audit_id": recording.audit_id,
        "visit_id": recording.visit_id,
        "filename": recording.filename,
        "mime": recording.mime,
        "sha256": recording.sha256,
        "size": int(recording.size),
        "duration_s": float(recording.duration_s),
        "analysis": (
            json.dumps(recording.analysis, ensure_ascii=False, allow_nan=False)
            if recording.analysis is not None
            else None
        ),
        "marks": json.dumps(recording.marks or {}, ensure_ascii=False, allow_nan=False),
        "created_at": codec.ts(recording.created_at),
    }


def _from(row: dict[str, Any]) -> Recording:
    return Recording(
        id=row["id"],
        audit_id=row["audit_id"],
        visit_id=row["visit_id"],
        filename=row["filename"],
        mime=row["mime"],
        sha256=row["sha256"],
        size=row["size"],
        duration_s=row["duration_s"],
        analysis=json.loads(row["analysis"]) if row["analysis"] else None,
        marks=json.loads(row["marks"]) if row["marks"] else {},
        created_at=codec.parse_ts(row["created_at"]),
    )


class RecordingRepository(Repository):
    """Store, correct and erase call recordings; keep each audit's consent and the agency rule."""

    # --- recordings ------------------------------------------------------------------------

    @writes
    def add(self, recording: Recording, data: bytes) -> Recording:
        """Store a recording's row and its bytes in one transaction."""
        if not data:
            raise ValidationError(user_says(N_("a recording cannot be empty")))
        self._editable(recording.audit_id)
        with self.db.atomic():
            self.db["recordings"].insert(_row(recording))
            self.db["recording_blobs"].insert({"recording_id": recording.id, "data": data})
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?",
                (codec.ts(now()), recording.audit_id),
            )
        return recording

    def get(self, recording_id: str) -> Recording:
        """Return a recording (without its bytes)."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM recordings WHERE id = ?", (recording_id,))
        if not rows:
            raise NotFoundError(user_says(N_("no recording with id {id}"), id=recording_id))
        return _from(rows[0])

    def for_audit(self, audit_id: str, visit_id: str | None = None) -> list[Recording]:
        """Return an audit's recordings (optionally one visit's), oldest first, without bytes."""
        if visit_id is None:
            rows = self._rows(
                f"SELECT {_COLUMNS} FROM recordings WHERE audit_id = ? ORDER BY created_at, id",
                (audit_id,),
            )
        else:
            rows = self._rows(
                f"SELECT {_COLUMNS} FROM recordings WHERE audit_id = ? AND visit_id = ? "
                "ORDER BY created_at, id",
                (audit_id, visit_id),
            )
        return [_from(r) for r in rows]

    def data(self, recording_id: str) -> bytes:
        """Return the recording's bytes, exactly as they were taken in."""
        row = self.db.execute(
            "SELECT data FROM recording_blobs WHERE recording_id = ?", (recording_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(user_says(N_("no recording with id {id}"), id=recording_id))
        return row[0]

    @writes
    def set_marks(self, recording_id: str, marks: dict[str, Any]) -> Recording:
        """Save the auditor's corrections of the measured marks."""
        current = self.get(recording_id)
        self._editable(current.audit_id)
        with self.db.atomic():
            self.db.execute(
                "UPDATE recordings SET marks = ? WHERE id = ?",
                (json.dumps(marks, ensure_ascii=False, allow_nan=False), recording_id),
            )
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?",
                (codec.ts(now()), current.audit_id),
            )
        return self.get(recording_id)

    @writes
    def delete(self, recording_id: str) -> DeletedRecording:
        """Erase a recording (secure_delete overwrites its pages) and return what undo needs."""
        recording = self.get(recording_id)
        self._editable(recording.audit_id)
        deleted = DeletedRecording(recording, self.data(recording_id))
        with self.db.atomic():
            self.db.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?",
                (codec.ts(now()), recording.audit_id),
            )
        return deleted

    @writes
    def restore(self, deleted: DeletedRecording) -> Recording:
        """Put a deleted recording back."""
        return self.add(deleted.recording, deleted.data)

    # --- consent ---------------------------------------------------------------------------

    def consent(self, audit_id: str) -> RecordingConsent | None:
        """Return what the auditor answered about recording this audit's calls (None: not asked)."""
        rows = self._rows("SELECT * FROM recording_consent WHERE audit_id = ?", (audit_id,))
        if not rows:
            return None
        row = rows[0]
        return RecordingConsent(
            audit_id=row["audit_id"],
            permitted=bool(row["permitted"]),
            basis=row["basis"],
            asked_at=codec.parse_ts(row["asked_at"]),
            actor=row["actor"],
        )

    @writes
    def set_consent(self, audit_id: str, consent: RecordingConsent | None) -> None:
        """Keep the audit's consent answer (None forgets it: the undo of the first answer)."""
        self._editable(audit_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM recording_consent WHERE audit_id = ?", (audit_id,))
            if consent is not None:
                self.db["recording_consent"].insert(
                    {
                        "audit_id": audit_id,
                        "permitted": int(consent.permitted),
                        "basis": consent.basis,
                        "asked_at": codec.ts(consent.asked_at),
                        "actor": consent.actor,
                    }
                )
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (codec.ts(now()), audit_id)
            )

    def rule(self) -> str:
        """Return the agency's rule on recording calls: "ask", "permitted" or "never"."""
        row = self.db.execute("SELECT value FROM profile WHERE key = ?", (RULE_KEY,)).fetchone()
        value = json.loads(row[0]) if row else None
        return value if value in CONSENT_RULES else DEFAULT_RULE

    @writes
    def set_rule(self, rule: str) -> None:
        """Save the agency's rule on recording calls."""
        if rule not in CONSENT_RULES:
            raise ValidationError(user_says(N_("unknown recording rule {rule}"), rule=repr(rule)))
        with self.db.atomic():
            self.db["profile"].upsert({"key": RULE_KEY, "value": json.dumps(rule)}, pk="key")
