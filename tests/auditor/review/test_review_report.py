"""Review comments never reach the client: the report's text holds none, and its timeline ignores them."""

from __future__ import annotations

from datetime import date

from auditor.commands import AddComment, Editor, ResolveComment
from auditor.demo import build_demo
from auditor.model import ReviewComment
from auditor.report import build_report
from auditor.storage import Store
from auditor.timeline import visit_timeline
from tests.auditor.report.pdfkit import norm, page_texts

# Words no report would print otherwise: found in the text only if a comment leaked.
MARKERS = ("Zanzibarquokka", "Xylophonewombat", "Quixoticnarwhal")


def test_the_report_prints_no_comment(tmp_path):
    with Store.open(tmp_path / "demo.auditdesk") as store:
        audit_id = build_demo(store, lang="en")
        visit = store.audits.visits(audit_id)[0]
        template = store.audits.template(visit.template_id, visit.template_version)
        before = visit_timeline(store, audit_id)
        editor = Editor(store, actor="Reviewer")
        first = editor.run(
            AddComment(
                ReviewComment(audit_id, f"{MARKERS[0]} check", visit.id, template.items[0].id)
            )
        )
        editor.run(ResolveComment(first.result.id))
        editor.run(AddComment(ReviewComment(audit_id, f"{MARKERS[1]} on the visit", visit.id)))
        editor.run(AddComment(ReviewComment(audit_id, f"{MARKERS[2]} overall")))
        # A remark changes nothing the auditor recorded: no "changes after completion" in the report.
        assert visit_timeline(store, audit_id) == before
        for lang in ("en", "it"):
            path = build_report(
                store, audit_id, tmp_path / f"report-{lang}.pdf", lang, today=date(2026, 11, 20)
            )
            text = norm(" ".join(page_texts(path))).lower()
            assert len(text) > 2000  # the report was read: its text is there
            assert [m for m in MARKERS if m.lower() in text] == []
