"""The status flow: what a visit needs before it completes, and how an audit moves on."""

from __future__ import annotations

import pytest

from auditor import workflow
from auditor.errors import ValidationError
from auditor.evidence import add_evidence
from auditor.model import Audit, AuditStatus, Client, Visit, VisitStatus
from tests.auditor.imagefactory import photo_jpeg


@pytest.fixture
def visit(store, mini_template) -> Visit:
    client = store.clients.add(Client(name="ACME"))
    audit = Audit(client_id=client.id, title="Flow", status=AuditStatus.IN_PROGRESS)
    visit = Visit(
        audit_id=audit.id,
        kind=mini_template.touchpoint,
        template_id="mini",
        template_version="1.0.0",
    )
    store.audits.create(audit, [(visit, mini_template)])
    return visit


def test_a_failed_item_needs_its_note_and_evidence(store, visit):
    for item, value in (("answered", "no"), ("tone", 4), ("greeting", "full"), ("wait", 9)):
        store.answers.set(visit.id, item, value)
    assert [(m.item_id, m.what) for m in workflow.missing(store, visit.id)] == [
        ("answered", "note"),
        ("answered", "evidence"),
    ]
    with pytest.raises(ValidationError, match="needs evidence"):
        workflow.complete_visit(store, visit.id)
    assert store.audits.visit(visit.id).status == VisitStatus.IN_PROGRESS
    store.answers.set_note(visit.id, "answered", "Nobody picked up at 10:42")
    add_evidence(store, visit.audit_id, photo_jpeg(), visit_id=visit.id, item_id="answered")
    workflow.complete_visit(store, visit.id)
    assert store.audits.visit(visit.id).status == VisitStatus.COMPLETED


def test_unanswered_items_are_listed_in_italian(store, visit):
    messages = [m.message for m in workflow.missing(store, visit.id, "it")]
    assert messages[0] == "La voce 1 non ha risposta: Ha risposto qualcuno?"
    assert len(messages) == 4  # the free-text item is optional


def test_the_audit_flow(store, visit):
    audit_id = visit.audit_id
    with pytest.raises(ValidationError, match="Complete every visit first"):
        workflow.advance(store, audit_id, AuditStatus.COMPLETED)
    for item, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9)):
        store.answers.set(visit.id, item, value)
    workflow.complete_visit(store, visit.id)
    for status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        workflow.advance(store, audit_id, status)
    assert store.audits.get(audit_id).status == AuditStatus.DELIVERED
    with pytest.raises(ValidationError, match="cannot go from delivered to in progress"):
        workflow.advance(store, audit_id, AuditStatus.IN_PROGRESS)
    workflow.reopen(store, audit_id)
    assert store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS


def test_reopening_a_visit_takes_a_completed_audit_back_in_progress(store, visit):
    audit_id = visit.audit_id
    for item, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9)):
        store.answers.set(visit.id, item, value)
    workflow.complete_visit(store, visit.id)
    workflow.advance(store, audit_id, AuditStatus.COMPLETED)
    workflow.reopen_visit(store, visit.id)
    assert (store.audits.get(audit_id).status, store.audits.visit(visit.id).status) == (
        AuditStatus.IN_PROGRESS,
        VisitStatus.IN_PROGRESS,
    )
    with pytest.raises(ValidationError, match="Complete every visit first"):
        workflow.advance(store, audit_id, AuditStatus.COMPLETED)
    # Forced past completion by hand (an older workspace, a bundle), review still checks.
    for before, after in (
        (AuditStatus.COMPLETED, AuditStatus.REVIEWED),
        (AuditStatus.REVIEWED, AuditStatus.DELIVERED),
    ):
        store.audits.set_status(audit_id, before)
        with pytest.raises(ValidationError, match="Complete every visit first"):
            workflow.advance(store, audit_id, after)
