"""The review step through the Editor: comments, resolve, return and approve, undo and redo."""

from __future__ import annotations

import pytest

from auditor.audit_history import history_rows
from auditor.commands import (
    AddComment,
    ApproveAudit,
    CompleteVisit,
    DeleteComment,
    ReopenVisit,
    ResolveComment,
    ReturnAudit,
    SetStatus,
)
from auditor.errors import NotFoundError, ValidationError
from auditor.model import AuditStatus, ReviewComment
from auditor.review import comment_rows


def comment(r, text: str, item: str | None = None) -> ReviewComment:
    """Add a comment through the editor and return it as stored."""
    visit_id = r.visit.id if item else None
    change = r.editor.run(AddComment(ReviewComment(r.audit_id, text, visit_id, item)))
    return r.store.review.get(change.result.id)


def status(r) -> AuditStatus:
    return r.store.audits.get(r.audit_id).status


def test_the_flow_completed_returned_in_progress_completed_reviewed(reviewed):
    r = reviewed
    comment(r, "Say which receptionist answered.", "answered")
    r.editor.run(ReturnAudit(r.audit_id))
    assert status(r) == AuditStatus.RETURNED
    r.editor.run(ReopenVisit(r.visit.id))  # the auditor takes it back in hand
    assert status(r) == AuditStatus.IN_PROGRESS
    [open_one] = r.store.review.for_audit(r.audit_id)
    r.editor.run(ResolveComment(open_one.id))
    r.editor.run(CompleteVisit(r.visit.id))
    r.editor.run(SetStatus(r.audit_id, AuditStatus.COMPLETED))
    r.editor.run(ApproveAudit(r.audit_id))
    assert status(r) == AuditStatus.REVIEWED
    statuses = [
        (e.old, e.new) for e in r.store.history.for_audit(r.audit_id) if e.action == "status"
    ]
    assert statuses[-4:] == [
        ("completed", "returned"),
        ("returned", "in_progress"),
        ("in_progress", "completed"),
        ("completed", "reviewed"),
    ]


def test_a_returned_audit_can_be_sent_back_as_it_is(reviewed):
    r = reviewed
    c = comment(r, "Check the greeting again.")
    r.editor.run(ReturnAudit(r.audit_id))
    r.editor.run(ResolveComment(c.id))
    r.editor.run(SetStatus(r.audit_id, AuditStatus.COMPLETED))
    assert status(r) == AuditStatus.COMPLETED


def test_return_needs_an_open_comment_and_approval_none(reviewed):
    r = reviewed
    with pytest.raises(ValidationError, match="Add a comment"):
        r.editor.run(ReturnAudit(r.audit_id))
    c = comment(r, "The wait time looks too short.", "wait")
    with pytest.raises(ValidationError, match="1 open review comments"):
        r.editor.run(ApproveAudit(r.audit_id))
    # The header's plain status step obeys the same rule.
    with pytest.raises(ValidationError, match="open review comments"):
        r.editor.run(SetStatus(r.audit_id, AuditStatus.REVIEWED))
    assert status(r) == AuditStatus.COMPLETED
    r.editor.run(ResolveComment(c.id))
    r.editor.run(ApproveAudit(r.audit_id))
    assert status(r) == AuditStatus.REVIEWED


def test_an_in_progress_audit_cannot_be_returned(reviewed):
    r = reviewed
    r.editor.run(ReopenVisit(r.visit.id))
    comment(r, "Too early.")
    with pytest.raises(ValidationError, match="cannot go from in progress to returned"):
        r.editor.run(ReturnAudit(r.audit_id))


def test_comments_on_items_and_on_the_audit_are_listed_in_checklist_order(reviewed):
    r = reviewed
    comment(r, "Tone: give an example.", "tone")
    comment(r, "Overall: good work.")
    comment(r, "Who answered?", "answered")
    rows = comment_rows(r.store, r.audit_id)
    assert [(row.place, row.comment.text) for row in rows] == [
        ("", "Overall: good work."),
        ("1. Test call \u203a 1. Did anyone answer?", "Who answered?"),
        ("1. Test call \u203a 2. Tone of voice", "Tone: give an example."),
    ]
    assert {row.comment.author for row in rows} == {"Lucia"}


def test_a_comment_is_refused_on_an_unknown_item_an_empty_text_or_another_audit(reviewed, store):
    r = reviewed
    with pytest.raises(NotFoundError, match="no item nope"):
        r.editor.run(AddComment(ReviewComment(r.audit_id, "x", r.visit.id, "nope")))
    with pytest.raises(ValidationError, match="needs some text"):
        r.editor.run(AddComment(ReviewComment(r.audit_id, "   ")))
    with pytest.raises(ValidationError, match="must name its touchpoint"):
        r.editor.run(AddComment(ReviewComment(r.audit_id, "x", None, "tone")))
    assert r.store.review.for_audit(r.audit_id) == []
    assert not r.editor.can_undo() or r.editor.undo_label() != "Add comment"


def test_undo_and_redo_of_each_command_are_history_entries(reviewed):
    r = reviewed
    c = comment(r, "Add the receptionist's name.", "answered")
    r.editor.undo()
    assert r.store.review.for_audit(r.audit_id) == []
    r.editor.redo()
    assert [x.id for x in r.store.review.for_audit(r.audit_id)] == [c.id]

    r.editor.run(ResolveComment(c.id))
    assert r.store.review.get(c.id).resolved_by == "Lucia"
    r.editor.undo()
    assert not r.store.review.get(c.id).resolved
    r.editor.redo()
    assert r.store.review.get(c.id).resolved

    r.editor.run(DeleteComment(c.id))
    assert r.store.review.for_audit(r.audit_id) == []
    r.editor.undo()
    back = r.store.review.get(c.id)
    assert (back.text, back.item_id, back.resolved) == (
        "Add the receptionist's name.",
        "answered",
        True,
    )
    r.editor.redo()
    assert r.store.review.for_audit(r.audit_id) == []
    r.editor.undo()

    r.editor.run(ApproveAudit(r.audit_id))
    r.editor.undo()
    assert status(r) == AuditStatus.COMPLETED
    comment(r, "One more thing.")
    r.editor.run(ReturnAudit(r.audit_id))
    r.editor.undo()
    assert status(r) == AuditStatus.COMPLETED
    r.editor.redo()
    assert status(r) == AuditStatus.RETURNED

    rows = [(row.what, row.after) for row in history_rows(r.store, r.audit_id)]
    review_rows = [row for row in rows if "comment" in row[0] or row[0].startswith("Status")]
    assert review_rows[:9] == [
        ("Status: completed", "completed"),
        ("Review comment added", "Add the receptionist's name."),
        ("Review comment deleted (undo)", ""),
        ("Review comment added (redo)", "Add the receptionist's name."),
        ("Review comment resolved", "Add the receptionist's name."),
        ("Review comment opened again (undo)", "Add the receptionist's name."),
        ("Review comment resolved (redo)", "Add the receptionist's name."),
        ("Review comment deleted", ""),
        ("Review comment added (undo)", "Add the receptionist's name."),
    ]
    assert rows[-3:] == [
        ("Status: returned", "returned"),
        ("Status: completed (undo)", "completed"),
        ("Status: returned (redo)", "returned"),
    ]


def test_a_delivered_audit_takes_no_comment(reviewed):
    r = reviewed
    r.editor.run(ApproveAudit(r.audit_id))
    r.editor.run(SetStatus(r.audit_id, AuditStatus.DELIVERED))
    with pytest.raises(ValidationError, match="read-only"):
        r.editor.run(AddComment(ReviewComment(r.audit_id, "Late remark")))
    with pytest.raises(ValidationError, match="read-only"):
        r.editor.run(AddComment(ReviewComment(r.audit_id, "Late remark", r.visit.id, "tone")))
