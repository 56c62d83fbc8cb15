"""The methodology names the application and version that produced the report, discreetly."""

from __future__ import annotations

import pytest

from auditor.demo import build_demo
from auditor.report import build_report
from auditor.storage import Store
from auditor.version import app_version
from tests.auditor.report.pdfkit import norm, page_texts


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Produced with Audit desk {v}."), ("it", "Prodotto con Audit desk {v}.")],
)
def test_the_methodology_ends_with_the_version(tmp_path, lang, line):
    store = Store.open(tmp_path / "w.auditdesk")
    try:
        audit_id = build_demo(store)
        pdf = build_report(store, audit_id, tmp_path / "r.pdf", lang=lang)
    finally:
        store.close()
    pages = [norm(text) for text in page_texts(pdf)]
    expected = line.format(v=app_version())
    where = [number for number, text in enumerate(pages) if expected in text]
    assert len(where) == 1  # once, on the methodology's last page
    assert any(("Methodology" in t or "Metodologia" in t) for t in pages[: where[0] + 1])
