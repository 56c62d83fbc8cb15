"""Answers to checklist items (their history is kept by the commands that change them)."""

from __future__ import annotations

import logging
from typing import Any

from auditor.model import Answer, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


class AnswerRepository(Repository):
    """Record answers and notes; values arrive validated by `auditor.commands`."""

    @writes
    def set(
        self, visit_id: str, item_id: str, value: Any, note: str | None = None
    ) -> Answer | None:
        """Save an item's answer (None clears it) and return the answer it replaced."""
        row = self._row("visits", visit_id, "visit")
        self._editable(row["audit_id"])
        previous = self.get(visit_id, item_id)
        stamp = codec.ts(now())
        new_note = note if note is not None else (previous.note if previous else "")
        with self.db.atomic():
            if value is None and not new_note:
                self.db.execute(
                    "DELETE FROM answers WHERE visit_id = ? AND item_id = ?", (visit_id, item_id)
                )
            else:
                self.db.execute(
                    "INSERT INTO answers (visit_id, item_id, value, note, answered_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (visit_id, item_id) DO UPDATE SET "
                    "value = excluded.value, note = excluded.note, "
                    "answered_at = excluded.answered_at",
                    (visit_id, item_id, codec.dump_value(value), new_note, stamp),
                )
            self.db.execute(
                "UPDATE audits SET updated_at = ? WHERE id = ?", (stamp, row["audit_id"])
            )
        return previous

    @writes
    def set_note(self, visit_id: str, item_id: str, note: str) -> Answer | None:
        """Save an item's note, keeping its value, and return the answer it replaced."""
        previous = self.get(visit_id, item_id)
        return self.set(visit_id, item_id, previous.value if previous else None, note)

    @writes
    def restore(self, visit_id: str, item_id: str, previous: Answer | None) -> None:
        """Put back an answer as it was (undo)."""
        if previous is None:
            self.set(visit_id, item_id, None, "")
        else:
            self.set(visit_id, item_id, previous.value, previous.note)

    def get(self, visit_id: str, item_id: str) -> Answer | None:
        """Return an item's answer, or None when unanswered."""
        rows = self._rows(
            "SELECT * FROM answers WHERE visit_id = ? AND item_id = ?", (visit_id, item_id)
        )
        return codec.answer_from(rows[0]) if rows else None

    def for_visit(self, visit_id: str) -> dict[str, Answer]:
        """Return a visit's answers by item id."""
        rows = self._rows("SELECT * FROM answers WHERE visit_id = ?", (visit_id,))
        return {row["item_id"]: codec.answer_from(row) for row in rows}

    def for_audit(self, audit_id: str) -> dict[str, dict[str, Answer]]:
        """Return every answer of an audit: visit id -> item id -> answer."""
        rows = self._rows(
            "SELECT a.* FROM answers a JOIN visits v ON v.id = a.visit_id WHERE v.audit_id = ?",
            (audit_id,),
        )
        result: dict[str, dict[str, Answer]] = {}
        for row in rows:
            result.setdefault(row["visit_id"], {})[row["item_id"]] = codec.answer_from(row)
        return result
