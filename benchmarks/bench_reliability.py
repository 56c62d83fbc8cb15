"""Reliability figures: a backup, and a bundle export and import, of an audit with 20 photos."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from auditor.backup import make_backup
from auditor.bundle import export_bundle, import_bundle
from auditor.checklists import parse_template
from auditor.evidence import add_evidence
from auditor.model import Audit, Client, Finding, Visit
from auditor.storage import Store
from benchmarks.common import median_ms, row

TEMPLATE = """
schema = 1
id = "bench"
version = "1.0.0"
touchpoint = "shop"
title = { it = "Negozio", en = "Shop" }
description = { it = "Prova", en = "Bench" }
[[items]]
id = "clean"
type = "yes_no"
question = { it = "Pulito?", en = "Clean?" }
guidance = { it = "Pavimento", en = "Floor" }
dimension = "functional"
phase = "purchase"
"""


def _photo(seed: int) -> bytes:
    """Return a 2000x1500 JPEG with photo-like detail (about 1 MB)."""
    rng = np.random.default_rng(seed)
    small = Image.fromarray(rng.integers(0, 256, (150, 200, 3), dtype=np.uint8)).resize(
        (2000, 1500)
    )
    pixels = np.clip(
        np.asarray(small, dtype=np.float32) + rng.normal(0, 6, (1500, 2000, 1)), 0, 255
    )
    out = io.BytesIO()
    Image.fromarray(pixels.astype(np.uint8)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _workspace(path: Path, photos: int = 20) -> str:
    template = parse_template(TEMPLATE, "bench.toml")
    with Store.open(path) as store:
        client = store.clients.add(Client(name="Bench client"))
        audit = Audit(client_id=client.id, title="Bench audit")
        visit = Visit(
            audit_id=audit.id,
            kind=template.touchpoint,
            template_id="bench",
            template_version="1.0.0",
        )
        store.audits.create(audit, [(visit, template)])
        store.answers.set(visit.id, "clean", "no", "Dirty floor")
        ids = [add_evidence(store, audit.id, _photo(n), run_check=False).id for n in range(photos)]
        store.findings.add(Finding(audit_id=audit.id, title="Dirty floor", evidence_ids=ids))
        return audit.id


def run() -> list[dict[str, Any]]:
    """Return the medians of backup, export, sealed export and import."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        audit_id = _workspace(base / "w.auditdesk")
        with Store.open(base / "w.auditdesk") as store:
            backup = median_ms(lambda: make_backup(store), runs=5)
            export = median_ms(
                lambda: export_bundle(store, audit_id, base / "a.auditbundle"), runs=5
            )
            sealed = median_ms(
                lambda: export_bundle(store, audit_id, base / "s.auditbundle", "pw"), runs=3
            )
        counter = iter(range(1000))

        def fresh_import() -> None:
            with Store.open(base / f"t{next(counter)}.auditdesk") as target:
                import_bundle(target, base / "a.auditbundle")

        imported = median_ms(fresh_import, runs=3)
    return [
        row("backup of a workspace with 20 photos (VACUUM INTO + fsync)", backup, budget=2000),
        row(
            "export bundle, audit with 20 x 1 MB photos",
            export,
            budget=3000,
            reference=backup,
            reference_name="backup",
        ),
        row(
            "export sealed bundle (scrypt + AES-GCM)",
            sealed,
            budget=4000,
            reference=export,
            reference_name="plain export",
        ),
        row(
            "import bundle (every photo decoded and verified)",
            imported,
            budget=10000,
            reference=export,
            reference_name="plain export",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        ratio = f"{result['ratio']:.2f}x {result['reference']}" if result["ratio"] else ""
        print(f"{result['name']:62} {result['median_ms']:9.1f} ms  {ratio}")
