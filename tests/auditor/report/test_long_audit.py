"""A long audit (many touchpoints, long names) lays out: charts and headings never taller than a page."""

from __future__ import annotations

import pytest

from auditor.model import Audit, Client
from auditor.report import build_report
from auditor.service import PlannedVisit, create_audit
from tests.auditor.report.pdfkit import norm, page_texts

BRANCHES = 45


def test_forty_five_touchpoints_all_charted_and_sectioned(store, tmp_path):
    client = store.clients.add(Client(name="Chain", report_language="en"))
    audit = Audit(client_id=client.id, title="Every branch", auditor="Eve")
    planned = [
        PlannedVisit("shop", title=f"Branch {i} " + "Via Roma " * 8) for i in range(BRANCHES)
    ]
    create_audit(store, audit, planned)
    pages = [norm(t) for t in page_texts(build_report(store, audit.id, tmp_path / "r.pdf"))]
    text = " ".join(pages)
    # Every bar of the split charts is labelled, and every branch has its own section page.
    assert [i for i in range(1, BRANCHES + 1) if f"Shop visit {i} " not in text] == []
    sections = [i for i in range(BRANCHES) if any(p.count(f"{i + 1}. Branch {i} ") for p in pages)]
    assert sections == list(range(BRANCHES))
    heading = [
        n for n, p in enumerate(pages) if "Scores by touchpoint" in p and "Shop visit 1 " in p
    ]
    assert heading  # the heading stays on the page of its first chart


def test_a_layout_failure_is_one_clear_error_and_leaves_no_file(store, tmp_path):
    from reportlab.platypus import Spacer

    from auditor.errors import AuditorError
    from auditor.report import ReportRenderer, build_snapshot, render_report

    class Broken(ReportRenderer):
        sections = (*ReportRenderer.sections, lambda ctx: [Spacer(10, 5000)])

    client = store.clients.add(Client(name="C", report_language="en"))
    audit = Audit(client_id=client.id, title="T", auditor="Eve")
    create_audit(store, audit, [PlannedVisit("phone")])
    snapshot = build_snapshot(store, audit.id, "en")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(AuditorError, match=r"^the report could not be laid out"):
        render_report(snapshot, folder / "r.pdf", renderer=Broken)
    assert list(folder.iterdir()) == []
