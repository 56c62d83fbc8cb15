"""Reviewers' comments on audits and items, and the agency's library of reusable comments."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from auditor.errors import ValidationError
from auditor.i18n import N_, user_says
from auditor.model import LibraryComment, ReviewComment, now
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)

MAX_COMMENT = 4_000  # characters: a comment is a few sentences, never a document


def _row(comment: ReviewComment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "audit_id": comment.audit_id,
        "visit_id": comment.visit_id,
        "item_id": comment.item_id,
        "text": comment.text,
        "author": comment.author,
        "resolved_at": codec.ts(comment.resolved_at),
        "resolved_by": comment.resolved_by,
        "created_at": codec.ts(comment.created_at),
    }


def _comment(row: dict[str, Any]) -> ReviewComment:
    return ReviewComment(
        audit_id=row["audit_id"],
        text=row["text"],
        visit_id=row["visit_id"],
        item_id=row["item_id"],
        author=row["author"],
        resolved_at=codec.parse_ts(row["resolved_at"]),
        resolved_by=row["resolved_by"],
        id=row["id"],
        created_at=codec.parse_ts(row["created_at"]) or now(),
    )


def _library(row: dict[str, Any]) -> LibraryComment:
    return LibraryComment(
        text=row["text"], id=row["id"], created_at=codec.parse_ts(row["created_at"]) or now()
    )


def checked_text(text: str) -> str:
    """Return a comment's text stripped, or refuse an empty or oversized one."""
    text = text.strip()
    if not text:
        raise ValidationError(user_says(N_("a comment needs some text")))
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            user_says(N_("a comment is at most {count} characters"), count=MAX_COMMENT)
        )
    return text


class ReviewRepository(Repository):
    """Comments of reviews (per audit) and the comment library (per workspace)."""

    # --- comments ------------------------------------------------------------------------------

    def for_audit(self, audit_id: str) -> list[ReviewComment]:
        """Return an audit's comments, oldest first."""
        rows = self._rows(
            "SELECT * FROM review_comments WHERE audit_id = ? ORDER BY created_at, id",
            (audit_id,),
        )
        return [_comment(r) for r in rows]

    def get(self, comment_id: str) -> ReviewComment:
        """Return the comment with this id."""
        return _comment(self._row("review_comments", comment_id, "comment"))

    def open_count(self, audit_id: str) -> int:
        """Return how many of the audit's comments are not resolved."""
        return self.db.execute(
            "SELECT count(*) FROM review_comments WHERE audit_id = ? AND resolved_at IS NULL",
            (audit_id,),
        ).fetchone()[0]

    @writes
    def add(self, comment: ReviewComment) -> ReviewComment:
        """Store a comment (a new one, or one deleted and put back with its id and state)."""
        self._editable(comment.audit_id)
        comment.text = checked_text(comment.text)
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["review_comments"].insert({**_row(comment), "updated_at": stamp})
        return comment

    @writes
    def set_resolved(self, comment_id: str, at: datetime | None, by: str) -> ReviewComment:
        """Mark a comment resolved (`at` a time) or open again (`at` None)."""
        comment = self.get(comment_id)
        self._editable(comment.audit_id)
        with self.db.atomic():
            self.db.execute(
                "UPDATE review_comments SET resolved_at = ?, resolved_by = ?, updated_at = ? "
                "WHERE id = ?",
                (codec.ts(at), by if at is not None else "", codec.ts(now()), comment_id),
            )
        return self.get(comment_id)

    @writes
    def delete(self, comment_id: str) -> ReviewComment:
        """Erase a comment and return it (what undo puts back)."""
        comment = self.get(comment_id)
        self._editable(comment.audit_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM review_comments WHERE id = ?", (comment_id,))
        return comment

    # --- the library ---------------------------------------------------------------------------

    def library(self) -> list[LibraryComment]:
        """Return the workspace's reusable comments, alphabetically."""
        rows = self._rows("SELECT * FROM comment_library ORDER BY text COLLATE NOCASE, id")
        return [_library(r) for r in rows]

    def library_entry(self, entry_id: str) -> LibraryComment:
        """Return one reusable comment."""
        return _library(self._row("comment_library", entry_id, "library comment"))

    @writes
    def library_put(self, entry: LibraryComment) -> LibraryComment:
        """Add a reusable comment, or change the text of the one with this id."""
        entry.text = checked_text(entry.text)
        duplicate = self.db.execute(
            "SELECT 1 FROM comment_library WHERE text = ? AND id != ?", (entry.text, entry.id)
        ).fetchone()
        if duplicate is not None:
            raise ValidationError(user_says(N_("the library already holds this comment")))
        stamp = codec.ts(now())
        with self.db.atomic():
            self.db["comment_library"].upsert(
                {
                    "id": entry.id,
                    "text": entry.text,
                    "created_at": codec.ts(entry.created_at),
                    "updated_at": stamp,
                },
                pk="id",
            )
        return entry

    @writes
    def library_delete(self, entry_id: str) -> LibraryComment:
        """Remove a reusable comment and return it (what undo puts back)."""
        entry = self.library_entry(entry_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM comment_library WHERE id = ?", (entry_id,))
        return entry
