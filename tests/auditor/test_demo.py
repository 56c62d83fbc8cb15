"""The demo audit is complete enough to show every part of the product."""

from __future__ import annotations

import tomllib

from PIL import Image

from auditor import service
from auditor.demo import build_demo
from auditor.model import Severity
from auditor.resources import resource_path


def test_demo_images_are_listed_and_open():
    manifest = tomllib.loads(resource_path("demo", "manifest.toml").read_text("utf-8"))["image"]
    assert len(manifest) >= 8
    for entry in manifest:
        with Image.open(resource_path("demo", entry["file"])) as image:
            assert min(image.size) >= 500
        assert entry["caption"]["it"] and entry["caption"]["en"]


def test_demo_audit_has_every_severity_evidence_and_a_blurry_photo(store):
    audit_id = build_demo(store)
    findings = store.findings.for_audit(audit_id)
    assert {f.severity for f in findings} == set(Severity)
    evidence = store.evidence.for_audit(audit_id)
    assert len(evidence) >= 8 and all(e.caption for e in evidence)
    assert sum(bool(f.evidence_ids) for f in findings) >= 6
    verdicts = {e.filename: store.evidence.analysis(e.id)["metrics"]["verdict"] for e in evidence}
    assert verdicts["lobby_blurry.jpg"] == "blurry"
    assert verdicts["reception_desk.jpg"] == "ok"
    # Screenshots (text on flat colour) are not photos: no blur or compression alarm on them.
    assert {name: v for name, v in verdicts.items() if name.endswith(".png")} == {
        name: "ok" for name in verdicts if name.endswith(".png")
    }
    scores = service.score_document(store, audit_id)
    assert scores["critical_failure"] and 50 < scores["overall"] < 90
