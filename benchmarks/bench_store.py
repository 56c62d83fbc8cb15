"""Store figures: saving an answer (the transaction the window waits for) and taking in a 12 MP photo."""

from __future__ import annotations

import io
import itertools
import sqlite3
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from auditor.checklists import journey_templates
from auditor.evidence import prepare, store_prepared
from auditor.model import Audit, Client
from auditor.service import PlannedVisit, create_audit
from auditor.storage import Store
from benchmarks.common import median_ms, row


def photo_12mp(seed: int = 3) -> bytes:
    """Return a 4000x3000 JPEG with photo-like detail (smooth shading plus texture)."""
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (300, 400, 3), dtype=np.uint8)
    base = Image.fromarray(small).resize((4000, 3000), Image.Resampling.BICUBIC)
    grain = rng.normal(0, 6, (3000, 4000, 1))
    pixels = np.clip(np.asarray(base, dtype=np.float32) + grain, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=90)
    return out.getvalue()


def _bare_commit_ms(folder: Path) -> float:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")
    counter = itertools.count()

    def once() -> None:
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (f"k{next(counter) % 50}", "yes"))

    try:
        return median_ms(once, runs=200, warmup=5)
    finally:
        conn.close()


def run() -> list[dict]:
    """Return the store rows."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder / "bench.auditdesk") as store:
            client = store.clients.add(Client(name="Bench"))
            audit = Audit(client_id=client.id, title="Bench")
            _, visits = create_audit(
                store, audit, [PlannedVisit(t.id) for t in journey_templates()]
            )
            visit = visits[0]
            items = itertools.cycle(journey_templates()[0].items)
            values = itertools.cycle(["yes", "no"])

            def save_answer() -> None:
                store.answers.set(visit.id, next(items).id, next(values))

            answer = median_ms(save_answer, runs=200, warmup=5)
            bare = _bare_commit_ms(folder)
            data = photo_12mp()

            def take_photo() -> None:
                intake, analysis = prepare(data, "photo.jpg")
                store_prepared(store, audit.id, intake, analysis, visit_id=visit.id)

            photo = median_ms(take_photo, runs=5, warmup=1)

            def decode() -> None:
                with Image.open(io.BytesIO(data)) as image:
                    image.load()

            decode_ms = median_ms(decode, runs=5)
    return [
        row(
            "save an answer (one transaction, WAL + FULL)", answer, 5.0, bare, "bare sqlite commit"
        ),
        row(
            "import a 12 MP photo with its analysis", photo, 400.0, decode_ms, "Pillow decode only"
        ),
    ]


if __name__ == "__main__":
    from benchmarks.__main__ import fmt

    for result in run():
        print(fmt(result))
