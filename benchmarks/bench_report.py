"""Report figures: a large audit (6 touchpoints, 120 answers, 40 findings, 60 photos of 12 MP) to PDF.

The reference is reportlab placing the same print-sized images and nothing else, so the ratio shows
what the layout, text and image preparation cost on top of writing the pictures.
"""

from __future__ import annotations

import io
import logging
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, SimpleDocTemplate

from auditor.checklists import journey_templates
from auditor.evidence import prepare, store_prepared
from auditor.model import Audit, Client, Finding, Severity
from auditor.report import build_report, build_snapshot
from auditor.report.images import EVIDENCE_BOX, fit
from auditor.service import PlannedVisit, create_audit
from auditor.storage import Store
from benchmarks.common import median_ms, row
from benchmarks.large_audit import _value, photo

log = logging.getLogger(__name__)

CACHE = Path(tempfile.gettempdir()) / "audit-desk-bench"
ANSWERS, FINDINGS, PHOTOS = 120, 40, 60
BUDGET_MS = 10_000.0
BUDGET_MB = 25.0


def build(path: Path) -> str:
    """Create the report benchmark's audit in a new workspace at `path` and return its id."""
    with Store.open(path) as store:
        client = store.clients.add(Client(name="Benchmark Hotels S.p.A.", report_language="it"))
        audit = Audit(client_id=client.id, title="Large audit for the report", auditor="Bench")
        _, visits = create_audit(store, audit, [PlannedVisit(t.id) for t in journey_templates()])
        templates = {t.id: t for t in journey_templates()}
        pairs = [(v, item) for v in visits for item in templates[v.template_id].items]
        for i, (visit, item) in enumerate(pairs[:ANSWERS]):
            store.answers.set(
                visit.id, item.id, _value(item, i), f"Observation {i}: detail noted on site."
            )
        data = [
            photo(seed) for seed in range(PHOTOS)
        ]  # all distinct: a PDF stores identical images once
        evidence = []
        for i in range(PHOTOS):
            intake, analysis = prepare(data[i], f"photo{i}.jpg", run_check=False)
            evidence.append(
                store_prepared(
                    store,
                    audit.id,
                    intake,
                    analysis,
                    visit_id=visits[i % 6].id,
                    caption=f"Photo {i}: the counter seen from the entrance",
                ).id
            )
        for i in range(FINDINGS):
            store.findings.add(
                Finding(
                    audit_id=audit.id,
                    title=f"Finding {i}: price list not updated",
                    severity=list(Severity)[i % 3],
                    description="What the auditor saw, in a few sentences. " * 4,
                    recommendation="What to do. " * 3,
                    visit_id=visits[i % 6].id,
                    evidence_ids=evidence[i::FINDINGS][:2],
                )
            )
        return audit.id


def workspace() -> tuple[Path, str]:
    """Return (path, audit id) of the cached benchmark workspace, building it the first time."""
    CACHE.mkdir(exist_ok=True)
    path, marker = CACHE / "report.auditdesk", CACHE / "report.id"
    if path.exists() and marker.exists():
        return path, marker.read_text().strip()
    for stale in CACHE.glob("report.auditdesk*"):
        stale.unlink()
    audit_id = build(path)
    marker.write_text(audit_id)
    return path, audit_id


def images_only(images: list[tuple[bytes, int, int]], target: Path) -> None:
    """Write a PDF holding only the given print-sized images (the reference)."""
    flow = [Image(io.BytesIO(data), *fit(w, h, EVIDENCE_BOX)) for data, w, h in images]
    SimpleDocTemplate(str(target), pagesize=A4).build(flow)


def run() -> list[dict]:
    """Return the report rows: build time, file size, and the ratio against placing the images alone."""
    path, audit_id = workspace()
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    with Store.open(path) as store:
        report = median_ms(lambda: build_report(store, audit_id, out / "report.pdf"), runs=3)
        snapshot = build_snapshot(store, audit_id)
    pictures = [
        (e.image.data, e.image.width, e.image.height)
        for f in snapshot.findings
        for e in f.images
        if e.image
    ]
    pictures += [
        (e.image.data, e.image.width, e.image.height)
        for t in snapshot.touchpoints
        for e in t.other_evidence
        if e.image
    ]
    reference = median_ms(lambda: images_only(pictures, out / "images.pdf"), runs=3)
    size_mb = (out / "report.pdf").stat().st_size / 1e6
    return [
        row(
            f"report: large audit to PDF ({PHOTOS} photos of 12 MP)",
            report,
            BUDGET_MS,
            reference,
            "reportlab placing the same images",
        ),
        row("report: PDF size", size_mb, BUDGET_MB, unit="MB"),
    ]


if __name__ == "__main__":
    for result in run():
        ratio = f"  x{result['ratio']:.1f} vs {result['reference']}" if result["ratio"] else ""
        print(
            f"{result['name']:<58} {result['median_ms']:>9.1f} {result['unit']:<3} "
            f"(budget {result['budget_ms']:.0f}){ratio}"
        )
