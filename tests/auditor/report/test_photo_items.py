"""A photo item with its photo attached is answered: in the scores and in the report's table."""

from __future__ import annotations

from auditor.commands import AddClient, AddEvidence, CreateAudit, Editor
from auditor.evidence import prepare
from auditor.model import Audit, Client
from auditor.report.snapshot import build_snapshot
from auditor.scoring import RECORDED, UNANSWERED
from auditor.service import PlannedVisit, score
from tests.auditor.imagefactory import photo_jpeg


def test_a_photo_item_with_its_photo_reads_answered(store):
    editor = Editor(store, actor="Tester")
    client = editor.run(AddClient(Client(name="Shop Co", report_language="en"))).result
    audit = editor.run(
        CreateAudit(Audit(client_id=client.id, title="Shop"), [PlannedVisit("shop")])
    ).result
    visit = store.audits.visits(audit.id)[0]

    def row():
        report = build_snapshot(store, audit.id, "en")
        [touchpoint] = report.touchpoints
        return next(
            (r.answer, r.outcome) for r in touchpoint.items if "photo" in r.question.lower()
        )

    answered_before = score(store, audit.id).visits[0].completion
    assert row() == ("", UNANSWERED)
    intake, _analysis = prepare(photo_jpeg(), "shelf.jpg", run_check=False)
    editor.run(AddEvidence(audit.id, intake, visit_id=visit.id, item_id="shop_photos"))
    assert row() == ("Photo attached", RECORDED)
    assert score(store, audit.id).visits[0].completion > answered_before
