"""Fixtures of the report tests: the demo audit (plus a camera photo full of metadata) and its PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from auditor.demo import build_demo
from auditor.evidence import add_evidence
from auditor.report import build_report
from auditor.storage import Store
from tests.auditor.imagefactory import photo_jpeg

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    """Return a workspace with the demo audit; its critical finding also gets a rotated camera photo."""
    store = Store.open(tmp_path_factory.mktemp("report") / "demo.auditdesk")
    audit_id = build_demo(store, lang="it")
    critical = store.findings.for_audit(audit_id)[0]
    add_evidence(
        store,
        audit_id,
        photo_jpeg(1200, 800, orientation=6),
        name="camera.jpg",
        run_check=False,
        visit_id=critical.visit_id,
        caption="Foto del listino con GPS",
        finding_id=critical.id,
    )
    yield store, audit_id
    store.close()


@pytest.fixture(scope="module")
def demo_pdfs(
    demo_store: tuple[Store, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Return the demo report in Italian and in English."""
    store, audit_id = demo_store
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        lang: build_report(store, audit_id, folder / f"demo-{lang}.pdf", lang=lang, today=TODAY)
        for lang in ("it", "en")
    }
