"""Build audits worth exporting, and snapshot a workspace's audit for exact comparisons."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from auditor.checklists import parse_template
from auditor.evidence import add_evidence
from auditor.model import Audit, AuditStatus, Client, Finding, FindingStatus, Severity, Visit
from auditor.storage import Store, bulk
from auditor.storage.bundle_programme import programme_rows
from tests.auditor.conftest import MINI_TEMPLATE
from tests.auditor.imagefactory import noise_png, photo_jpeg


def full_audit(store: Store, *, client_id: str = "c0ffee00-0000-4000-8000-000000000001") -> str:
    """Store an audit using every kind of row a bundle carries, and return its id."""
    template = parse_template(MINI_TEMPLATE, "mini.toml")
    client = store.clients.add(
        Client(
            name="Hotel Bellavista S.r.l.",
            brands=["Bellavista", "Bella Spa"],
            website="https://bellavista.example",
            email="info@bellavista.example",
            logo=noise_png(32, 32, seed=9),
            report_language="en",
            id=client_id,
        )
    )
    audit = Audit(
        client_id=client.id,
        title="Booking journey \u2014 autunno",
        scenario="Couple, 3 nights",
        auditor="Marta R.",
        planned_date=date(2026, 11, 9),
    )
    visits = [
        Visit(
            audit_id=audit.id,
            kind=template.touchpoint,
            template_id=template.id,
            template_version=template.version,
            title=f"Call {n}",
            channel={"number": f"+39 06 {n}"},
            weight=1.5 if n else 1.0,
            nps=7,
            csat=4,
            ces=None,
        )
        for n in range(2)
    ]
    store.audits.create(audit, [(v, template) for v in visits])
    store.answers.set(visits[0].id, "answered", "no", "Nobody answered after 12 rings")
    store.answers.set(visits[0].id, "tone", 2)
    store.answers.set(visits[0].id, "tone", 3, "warmer on the second try")
    store.answers.set(visits[0].id, "wait", 17.25)
    store.answers.set(visits[1].id, "greeting", "company")
    store.answers.set(visits[1].id, "remarks", "Accents: perch\u00e9, citt\u00e0 \U0001f600")
    photo = add_evidence(
        store,
        audit.id,
        photo_jpeg(seed=3),
        name="reception.jpg",
        visit_id=visits[0].id,
        item_id="answered",
        caption="The empty desk",
        run_check=False,
    )
    photo.redactions = [(10, 20, 100, 80)]
    store.evidence.update(photo)
    store.evidence.set_analysis(photo.id, {"verdict": "ok", "sharpness": 812.5, "width": 640})
    shot = add_evidence(store, audit.id, noise_png(), name="site.png", run_check=False)
    store.findings.add(
        Finding(
            audit_id=audit.id,
            title="Nobody answered",
            severity=Severity.CRITICAL,
            visit_id=visits[0].id,
            item_id="answered",
            description="Twelve rings.",
            recommendation="Route calls after 8 rings.",
            evidence_ids=[photo.id, shot.id],
        )
    )
    store.findings.add(Finding(audit_id=audit.id, title="Flat tone", status=FindingStatus.RESOLVED))
    store.profile.dismiss(audit.id, "text:spelling:abc123")
    store.audits.set_status(audit.id, AuditStatus.IN_PROGRESS)
    return audit.id


def snapshot(store: Store, audit_id: str) -> dict[str, Any]:
    """Return every row of the audit plus the SHA-256 of every stored image and logo."""
    rows = bulk.audit_rows(store.db, audit_id)
    rows.update(programme_rows(store.db, rows["audit"]))  # as a bundle carries them (format 4)
    images = {}
    for row in rows["evidence"]:
        original, thumbnail = bulk.evidence_bytes(store.db, row["id"])
        images[row["id"]] = (
            hashlib.sha256(original).hexdigest(),
            hashlib.sha256(thumbnail).hexdigest(),
        )
    logo = bulk.client_logo(store.db, rows["client"]["id"])
    return {"rows": rows, "images": images, "logo": logo and hashlib.sha256(logo).hexdigest()}
