"""Accepting a suggestion: the row proposes the best item, the auditor may choose another, worded finding."""

from __future__ import annotations

from auditor.checks.base import CheckFinding, CheckResult
from auditor.model import Severity
from tests.ui.conftest import visit_id_of
from ui.checks.pane import ChecksPane

TEXT = "Gentile cliente, perchè no?"


def accent_check(text: str, **_options) -> CheckResult:
    """Return one accent remark on "perchè"."""
    at = text.index("perchè")
    accent = CheckFinding(
        "accent",
        Severity.MINOR,
        "Accent: write “perché”, not “perchè”.",
        "perchè",
        at,
        at + 6,
        ("perché",),
    )
    return CheckResult("text", "-", [accent], {})


def _listed(pane: ChecksPane, store, audit_id, position) -> str:
    visit_id = visit_id_of(store, audit_id)
    position.changed.emit(visit_id, "tone")
    pane.text.check = accent_check
    pane.text.editor.setPlainText(TEXT)
    pane.text.run()
    return visit_id


def test_the_row_offers_the_visits_items_and_files_the_finding_under_the_chosen_one(
    pane: ChecksPane, store, audit_id, position
):
    visit_id = _listed(pane, store, audit_id, position)
    picker = pane.text.suggestions.row(0).picker
    assert not picker.isHidden()
    visit = store.audits.visit(visit_id)
    template = store.audits.template(visit.template_id, visit.template_version)
    assert picker.count() == len(template.items) + 1  # and "no checklist item"
    picker.setCurrentIndex(picker.findData("tone"))
    picker.activated.emit(picker.currentIndex())  # as the auditor's choice arrives
    pane.text.suggestions.row(0).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert (finding.visit_id, finding.item_id, finding.source) == (visit_id, "tone", "check:text")
    assert finding.title == "Accent or apostrophe error in the written reply: «perchè»"
    assert finding.description == (
        "Accent: write “perché”, not “perchè”.\n"
        "Found in the written reply: “perchè”.\n"
        "Correct form: perché."
    )


def test_untouched_the_proposal_is_used(pane: ChecksPane, store, audit_id, position):
    _listed(pane, store, audit_id, position)
    proposed = pane.text.suggestions.row(0).picker.chosen()
    pane.text.suggestions.row(0).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert finding.item_id == proposed
