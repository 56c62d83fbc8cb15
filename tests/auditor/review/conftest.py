"""Fixtures of the review tests: a completed audit with one visit of the test checklist."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from auditor.commands import CompleteVisit, Editor, SetAnswer, SetStatus
from auditor.model import AuditStatus, Visit
from auditor.storage import Store
from tests.auditor.conftest import mini_visit

FULL = (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9))


@dataclass
class Reviewed:
    """A workspace with a completed audit, its one visit and an editor acting as Lucia."""

    store: Store
    editor: Editor
    audit_id: str
    visit: Visit


def make_reviewed(store: Store, mini_template) -> Reviewed:
    """Store a completed audit ready for review, made through commands."""
    visit = mini_visit(store, mini_template, "ACME Hotels", "Spring visit")
    editor = Editor(store, actor="Lucia", device="desk-2")
    for item, value in FULL:
        editor.run(SetAnswer(visit.id, item, value))
    editor.run(CompleteVisit(visit.id))
    editor.run(SetStatus(visit.audit_id, AuditStatus.COMPLETED))
    return Reviewed(store, editor, visit.audit_id, visit)


@pytest.fixture
def reviewed(store: Store, mini_template) -> Reviewed:
    """Return a completed audit ready for review."""
    return make_reviewed(store, mini_template)
