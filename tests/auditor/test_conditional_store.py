"""Hidden items in a real workspace: completion, the report and bundles of select_multiple answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor import workflow
from auditor.bundle import export_bundle, import_bundle
from auditor.commands import KEEP, CompleteVisit, Editor, SetAnswer
from auditor.model import VisitStatus
from auditor.report.snapshot import build_snapshot
from auditor.service import score
from auditor.storage import Store
from tests.auditor.conditional import conditional_visit


def answer(editor: Editor, visit_id: str, **values: object) -> None:
    for item, value in values.items():
        editor.run(SetAnswer(visit_id, item, value))


def missing(store: Store, visit_id: str) -> list[tuple[str, str]]:
    return [(m.item_id, m.what) for m in workflow.missing(store, visit_id)]


def test_completion_asks_only_for_items_shown(store):
    visit = conditional_visit(store)
    editor = Editor(store)
    assert missing(store, visit.id) == [("a", "answer"), ("d", "answer")]
    answer(editor, visit.id, a="no", b="no")
    # b failed and needs its note; c is not asked (b is not yes); e is optional
    assert missing(store, visit.id) == [("b", "note"), ("d", "answer")]
    answer(editor, visit.id, b="yes")
    assert missing(store, visit.id) == [("c", "answer"), ("d", "answer")]
    answer(editor, visit.id, b="no", a="yes", d="Dusty door")
    # b's failed answer is kept but hidden: its note is not due, and the visit completes
    assert missing(store, visit.id) == []
    assert store.answers.for_visit(visit.id)["b"].value == "no"
    editor.run(CompleteVisit(visit.id))
    assert store.audits.visit(visit.id).status == VisitStatus.COMPLETED


def test_answers_kept_while_hidden_count_again_when_shown(store):
    visit = conditional_visit(store)
    editor = Editor(store)
    answer(editor, visit.id, a="no", b="yes", c=["seat"], d="Clean")
    shown = score(store, visit.audit_id).visits[0]
    assert (shown.score, shown.completion) == (pytest.approx(700 / 12), 100.0)
    answer(editor, visit.id, a="yes")
    hidden = score(store, visit.audit_id).visits[0]
    assert (hidden.score, hidden.completion) == (100.0, 100.0)
    assert {k: a.value for k, a in store.answers.for_visit(visit.id).items()} == {
        "a": "yes",
        "b": "yes",
        "c": ["seat"],
        "d": "Clean",
    }
    answer(editor, visit.id, a="no")
    again = score(store, visit.audit_id).visits[0]
    assert (again.score, again.completion) == (pytest.approx(700 / 12), 100.0)


def report_rows(store: Store, audit_id: str) -> list[tuple[str, str, str, str]]:
    [touchpoint] = build_snapshot(store, audit_id, "en").touchpoints
    return [(r.number, r.question, r.answer, r.outcome) for r in touchpoint.items]


def test_the_report_leaves_out_items_not_asked(store):
    visit = conditional_visit(store)
    editor = Editor(store)
    answer(editor, visit.id, a="no", b="yes", c=["seat", "drink"], d="Clean")
    editor.run(SetAnswer(visit.id, "b", KEEP, "Said sorry twice"))
    assert report_rows(store, visit.audit_id) == [
        ("1.1", "Greeted within 10 seconds?", "No", "fail"),
        ("1.2", "Did they apologise for the wait?", "Yes", "pass"),
        ("1.3", "What did they offer?", "A seat, A drink", "pass"),
        ("1.4", "Describe the entrance", "Clean", "recorded"),
        ("1.5", "Background music", "", "unanswered"),
    ]
    answer(editor, visit.id, a="yes")
    assert report_rows(store, visit.audit_id) == [
        ("1.1", "Greeted within 10 seconds?", "Yes", "pass"),
        ("1.2", "Describe the entrance", "Clean", "recorded"),
        ("1.3", "Background music", "", "unanswered"),
    ]


def test_a_select_multiple_answer_round_trips_through_a_bundle(store, tmp_path: Path):
    visit = conditional_visit(store)
    editor = Editor(store)
    answer(editor, visit.id, a="no", b="yes", c=["drink", "leaflet"])
    path = export_bundle(store, visit.audit_id, tmp_path / "cond.auditbundle")
    with Store.open(tmp_path / "other.auditdesk") as other:
        import_bundle(other, path)
        assert {k: a.value for k, a in other.answers.for_visit(visit.id).items()} == {
            "a": "no",
            "b": "yes",
            "c": ["drink", "leaflet"],
        }
        assert (
            score(other, visit.audit_id).visits[0].score
            == score(store, visit.audit_id).visits[0].score
        )
