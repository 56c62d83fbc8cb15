"""The findings list: each row says how serious, where, with how many images, and what happened."""

from __future__ import annotations

from auditor.model import Finding, Severity
from tests.ui.conftest import visit_id_of
from ui.findings.pane import FindingsPane


def test_rows_name_severity_touchpoint_images_and_the_start_of_the_description(
    qtbot, ctx, store, audit_id
):
    visit_id = visit_id_of(store, audit_id)
    long_text = "Nobody answered for a minute. " * 20
    store.findings.add(
        Finding(
            audit_id=audit_id,
            visit_id=visit_id,
            title="Phone rang 12 times",
            severity=Severity.MAJOR,
            description=long_text,
        )
    )
    store.findings.add(
        Finding(audit_id=audit_id, title="Prices differ", severity=Severity.CRITICAL)
    )
    pane = FindingsPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    rows = [pane.list.item(i).text().split("\n") for i in range(pane.list.count())]
    assert rows[0] == ["Prices differ", "Critical \u00b7 Whole audit"]  # the most serious first
    title, facts, excerpt = rows[1]
    assert (title, facts) == ("Phone rang 12 times", "Major \u00b7 1. Call to reception")
    assert long_text.startswith(excerpt[:-1]) and excerpt.endswith("\u2026")
    assert len(excerpt) <= 221
    assert pane.summary.text() == "Findings: 2"
