"""Build (once, cached in the temp folder) the large audit the app benchmarks open."""

from __future__ import annotations

import io
import itertools
import logging
import shutil
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from auditor.checklists import journey_templates
from auditor.evidence import prepare, store_prepared
from auditor.model import NA, AnswerType, Audit, Client, Finding, Severity
from auditor.service import PlannedVisit, create_audit
from auditor.storage import Store

log = logging.getLogger(__name__)

CACHE = Path(tempfile.gettempdir()) / "audit-desk-bench"
ANSWER_WRITES = 300
PHOTOS = 100


def photo(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """Return a 12 MP JPEG with photo-like detail."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (size[1] // 40, size[0] // 40, 3), dtype=np.uint8)
    base = Image.fromarray(small).resize(size, Image.Resampling.BICUBIC)
    pixels = np.asarray(base, dtype=np.int16) + rng.integers(
        -8, 8, (size[1], size[0], 1), dtype=np.int16
    )
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=88)
    return out.getvalue()


def _value(item, i: int):
    match item.type:
        case AnswerType.YES_NO:
            return ["yes", "yes", "no", NA][i % 4]
        case AnswerType.SCALE:
            return 1 + i % item.scale_max
        case AnswerType.CHOICE:
            return item.options[i % len(item.options)].id
        case AnswerType.NUMBER | AnswerType.TIMER:
            return float(5 + i % 40)
    return f"Note {i}"


def build(path: Path) -> str:
    """Create the large audit in a new workspace at `path` and return its id."""
    with Store.open(path) as store:
        client = store.clients.add(Client(name="Benchmark Hotels S.p.A.", brands=["Benchmark"]))
        audit = Audit(client_id=client.id, title="Large audit: six touchpoints")
        _, visits = create_audit(store, audit, [PlannedVisit(t.id) for t in journey_templates()])
        templates = {t.id: t for t in journey_templates()}
        pairs = list(
            itertools.chain.from_iterable(
                [(v, item) for item in templates[v.template_id].items] for v in visits
            )
        )
        for i in range(ANSWER_WRITES):  # every item answered, then edits up to 300 writes
            visit, item = pairs[i % len(pairs)]
            store.answers.set(
                visit.id, item.id, _value(item, i), f"Observation {i}: detail noted on site."
            )
        data = [photo(seed) for seed in range(4)]
        for i in range(PHOTOS):
            intake, analysis = prepare(data[i % 4], f"photo{i}.jpg", run_check=False)
            store_prepared(
                store,
                audit.id,
                intake,
                analysis,
                visit_id=visits[i % len(visits)].id,
                caption=f"Photo {i}",
            )
        evidence = [e.id for e in store.evidence.for_audit(audit.id)]
        for i in range(40):
            store.findings.add(
                Finding(
                    audit_id=audit.id,
                    title=f"Finding {i}",
                    severity=list(Severity)[i % 3],
                    visit_id=visits[i % len(visits)].id,
                    evidence_ids=evidence[i::40][:2],
                )
            )
        return audit.id


def large_workspace() -> tuple[Path, str]:
    """Return (workspace path, audit id) of the cached large audit, building it the first time."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "large.auditdesk"
    marker = CACHE / "large.id"
    if path.exists() and marker.exists():
        return path, marker.read_text().strip()
    for stale in CACHE.glob("large.auditdesk*"):
        stale.unlink()
    audit_id = build(path)
    marker.write_text(audit_id)
    return path, audit_id


def fresh_copy(folder: Path) -> tuple[Path, str]:
    """Return a private copy of the large workspace (closed, checkpointed) inside `folder`."""
    source, audit_id = large_workspace()
    target = folder / source.name
    shutil.copyfile(source, target)  # safe: the cached file is closed and checkpointed
    return target, audit_id
