"""The photos panel: intake findings are listed at once; accepting links the photo."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import visit_id_of
from ui.checks.pane import ChecksPane
from ui.evidence.importer import EvidenceImporter, Incoming, Scope

DATA = Path(__file__).resolve().parents[2] / "auditor" / "checks" / "image" / "data"
BLURRY = (DATA / "clock_motion.jpg").read_bytes()  # a real photo with motion blur


def rules(pane: ChecksPane) -> list[tuple[str, str]]:
    """Return (rule, evidence id) of every listed photo suggestion."""
    return [(s.finding.rule, s.evidence_ids[0]) for s in pane.images.suggestions.pending]


def test_blurry_photo_listed_on_arrival_and_accepted(pane: ChecksPane, ctx, store, audit_id):
    visit_id = visit_id_of(store, audit_id)
    importer = EvidenceImporter(ctx)
    importer.import_images(
        [Incoming(BLURRY, "desk.jpg", "file")], Scope(audit_id, visit_id, "answered")
    )
    [evidence] = store.evidence.for_audit(audit_id)
    assert rules(pane) == [("blurry", evidence.id), ("low_resolution", evidence.id)]
    assert pane.images.suggestions.pending[0].label == "desk.jpg"
    assert pane.nav.item(1).text() == "Photos  (2)"

    pane.images.suggestions.row(0).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert (finding.source, finding.evidence_ids, finding.visit_id, finding.item_id) == (
        "check:image",
        [evidence.id],
        visit_id,
        "answered",
    )
    assert rules(pane) == [("low_resolution", evidence.id)]


def test_dismissing_one_photo_keeps_the_others(pane: ChecksPane, ctx, store, audit_id):
    importer = EvidenceImporter(ctx)
    importer.import_images([Incoming(BLURRY, "a.jpg", "file")], Scope(audit_id))
    pane.images.suggestions.row(0).dismiss_button.click()
    pane.images.suggestions.row(0).dismiss_button.click()
    assert rules(pane) == []
    importer.import_images([Incoming(BLURRY + b"\0", "b.jpg", "file")], Scope(audit_id))
    second = store.evidence.for_audit(audit_id)[-1]
    # the same problem on another photo is still suggested: dismissals are per photo
    assert rules(pane) == [("blurry", second.id), ("low_resolution", second.id)]
    pane.set_audit(audit_id)  # reopened: the dismissed ones stay dismissed
    assert rules(pane) == [("blurry", second.id), ("low_resolution", second.id)]
    assert store.findings.for_audit(audit_id) == []
