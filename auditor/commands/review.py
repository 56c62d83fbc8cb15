"""The review step: comments on an audit and its items, return or approval, the comment library.

Comments are for the auditor, never for the client: the report does not read them and a client
copy of a bundle leaves them out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from auditor.commands.audits import SetStatus
from auditor.commands.base import Command, Tx, delivered, place
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_
from auditor.model import AuditStatus, LibraryComment, ReviewComment

log = logging.getLogger(__name__)

REVIEW = "review"  # the aspect of a change to an audit's review comments
LIBRARY = "comment_library"  # the aspect of a change to the workspace's comment library


def _checked(tx: Tx, comment: ReviewComment) -> None:
    """Refuse a comment on a visit of another audit, an unknown item, or a delivered audit."""
    _ = tx.tr
    if comment.item_id is not None and comment.visit_id is None:
        raise ValidationError(_("a comment on an item must name its touchpoint too"))
    if comment.visit_id is not None:
        where = place(tx, comment.visit_id, comment.item_id)
        if where.audit_id != comment.audit_id:
            raise ValidationError(_("a comment can only be filed under a visit of its own audit"))
    elif tx.store.audits.get(comment.audit_id).status == AuditStatus.DELIVERED:
        raise delivered(_, tx.lang)


def _done(tx: Tx, comment: ReviewComment, action: str, **values: object) -> None:
    tx.record(
        comment.audit_id,
        action,
        visit_id=comment.visit_id,
        item_id=comment.item_id,
        target=comment.id,
        **values,
    )
    tx.touch(REVIEW, comment.audit_id, comment.visit_id, comment.item_id)


@dataclass
class AddComment(Command):
    """Add a review comment (its id is fixed, so redo and undo of a deletion bring it back)."""

    comment: ReviewComment
    label = N_("Add comment")

    def apply(self, tx: Tx) -> Command | None:
        comment = replace(self.comment)
        if not comment.author:
            comment.author = tx.actor
        _checked(tx, comment)
        tx.store.review.add(comment)
        _done(tx, comment, "add_comment", new=comment.text)
        tx.result = comment
        return DeleteComment(comment.id)


@dataclass
class DeleteComment(Command):
    """Remove a review comment."""

    comment_id: str
    label = N_("Delete comment")

    def apply(self, tx: Tx) -> Command | None:
        comment = tx.store.review.delete(self.comment_id)
        _done(tx, comment, "delete_comment", old=comment.text)
        return AddComment(comment)


@dataclass
class ResolveComment(Command):
    """Mark a comment resolved (the auditor dealt with it), or open again with `resolved=False`."""

    comment_id: str
    resolved: bool = True
    label = N_("Resolve comment")

    def apply(self, tx: Tx) -> Command | None:
        before = tx.store.review.get(self.comment_id)
        if before.resolved == self.resolved:
            return ResolveComment(self.comment_id, before.resolved)  # nothing to do, no step
        at = tx.at if self.resolved else None
        after = tx.store.review.set_resolved(self.comment_id, at, tx.actor)
        action = "resolve_comment" if self.resolved else "reopen_comment"
        _done(tx, after, action, new=after.text)
        tx.result = after
        return ResolveComment(self.comment_id, not self.resolved)


@dataclass
class ReturnAudit(Command):
    """Send a completed audit back to its auditor with the open comments to deal with."""

    audit_id: str
    label = N_("Return to auditor")

    def apply(self, tx: Tx) -> Command | None:
        return SetStatus(self.audit_id, AuditStatus.RETURNED).apply(tx)


@dataclass
class ApproveAudit(Command):
    """Approve a completed audit: it becomes reviewed (refused while a comment is open)."""

    audit_id: str
    label = N_("Approve audit")

    def apply(self, tx: Tx) -> Command | None:
        return SetStatus(self.audit_id, AuditStatus.REVIEWED).apply(tx)


# --- the library (workspace-wide: no audit's history records it) -----------------------------


@dataclass
class SaveLibraryComment(Command):
    """Add a reusable comment to the library, or change the text of one it holds."""

    entry: LibraryComment
    label = N_("Save library comment")

    def apply(self, tx: Tx) -> Command | None:
        try:
            before: LibraryComment | None = tx.store.review.library_entry(self.entry.id)
        except NotFoundError:  # a new entry
            before = None
        entry = tx.store.review.library_put(replace(self.entry))
        tx.touch(LIBRARY)
        tx.result = entry
        return SaveLibraryComment(before) if before else RemoveLibraryComment(entry.id)


@dataclass
class RemoveLibraryComment(Command):
    """Remove a reusable comment from the library (comments made with it stay)."""

    entry_id: str
    label = N_("Remove library comment")

    def apply(self, tx: Tx) -> Command | None:
        entry = tx.store.review.library_delete(self.entry_id)
        tx.touch(LIBRARY)
        return SaveLibraryComment(entry)
