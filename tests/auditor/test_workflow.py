"""The status flow: what a visit needs before it completes, and how an audit moves on."""

from __future__ import annotations

import pytest

from auditor import workflow
from auditor.commands import (
    KEEP,
    AddEvidence,
    CompleteVisit,
    Editor,
    ReopenAudit,
    ReopenVisit,
    SetAnswer,
    SetStatus,
)
from auditor.errors import ValidationError
from auditor.evidence import prepare
from auditor.model import AuditStatus, Visit, VisitStatus
from tests.auditor.conftest import mini_visit
from tests.auditor.imagefactory import photo_jpeg


@pytest.fixture
def visit(store, mini_template) -> Visit:
    return mini_visit(store, mini_template)


def answer(editor: Editor, visit: Visit, answers: tuple[tuple[str, object], ...]) -> None:
    """Answer items through the core's commands."""
    for item, value in answers:
        editor.run(SetAnswer(visit.id, item, value))


FULL = (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9))


def test_a_failed_item_needs_its_note_and_evidence(store, visit):
    editor = Editor(store)
    answer(editor, visit, (("answered", "no"), ("tone", 4), ("greeting", "full"), ("wait", 9)))
    assert [(m.item_id, m.what) for m in workflow.missing(store, visit.id)] == [
        ("answered", "note"),
        ("answered", "evidence"),
    ]
    with pytest.raises(ValidationError, match="needs evidence"):
        editor.run(CompleteVisit(visit.id))
    assert store.audits.visit(visit.id).status == VisitStatus.IN_PROGRESS
    editor.run(SetAnswer(visit.id, "answered", KEEP, "Nobody picked up at 10:42"))
    intake, _analysis = prepare(photo_jpeg(), "photo.jpg", run_check=False)
    editor.run(AddEvidence(visit.audit_id, intake, visit_id=visit.id, item_id="answered"))
    editor.run(CompleteVisit(visit.id))
    assert store.audits.visit(visit.id).status == VisitStatus.COMPLETED


def test_unanswered_items_are_listed_in_italian(store, visit):
    messages = [m.message for m in workflow.missing(store, visit.id, "it")]
    assert messages[0] == "La voce 1 non ha risposta: Ha risposto qualcuno?"
    assert len(messages) == 4  # the free-text item is optional


def test_the_audit_flow(store, visit):
    editor = Editor(store)
    audit_id = visit.audit_id
    with pytest.raises(ValidationError, match="Complete every visit first"):
        editor.run(SetStatus(audit_id, AuditStatus.COMPLETED))
    answer(editor, visit, FULL)
    editor.run(CompleteVisit(visit.id))
    for status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        editor.run(SetStatus(audit_id, status))
    assert store.audits.get(audit_id).status == AuditStatus.DELIVERED
    with pytest.raises(ValidationError, match="cannot go from delivered to in progress"):
        editor.run(SetStatus(audit_id, AuditStatus.IN_PROGRESS))
    with pytest.raises(ValidationError, match="read-only"):
        editor.run(SetAnswer(visit.id, "tone", 2))
    editor.run(ReopenAudit(audit_id))
    assert store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS


def test_reopening_a_visit_takes_a_completed_audit_back_in_progress(store, visit):
    editor = Editor(store)
    audit_id = visit.audit_id
    answer(editor, visit, FULL)
    editor.run(CompleteVisit(visit.id))
    editor.run(SetStatus(audit_id, AuditStatus.COMPLETED))
    editor.run(ReopenVisit(visit.id))
    assert (store.audits.get(audit_id).status, store.audits.visit(visit.id).status) == (
        AuditStatus.IN_PROGRESS,
        VisitStatus.IN_PROGRESS,
    )
    with pytest.raises(ValidationError, match="Complete every visit first"):
        editor.run(SetStatus(audit_id, AuditStatus.COMPLETED))
    # Forced past completion by hand (an older workspace, a bundle), review still checks.
    for before, after in (
        (AuditStatus.COMPLETED, AuditStatus.REVIEWED),
        (AuditStatus.REVIEWED, AuditStatus.DELIVERED),
    ):
        store.audits.set_status(audit_id, before)
        with pytest.raises(ValidationError, match="Complete every visit first"):
            editor.run(SetStatus(audit_id, after))
