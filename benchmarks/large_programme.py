"""Build (once, cached in the temp folder) the programme the programme benchmarks open.

200 locations by 4 waves: 800 audits, each a shop visit, a call and a website review (70 items),
about 50,000 answers. Locations, waves and audits go through the core's commands; the answers
are written straight through the answers repository in one transaction per wave (the bulk path:
50,000 commands with their history would only slow the build down).
"""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
from datetime import date
from pathlib import Path

from auditor import catalogue
from auditor.commands import AddClient, Editor
from auditor.commands.programmes import (
    AddWave,
    CreateWaveAudits,
    ImportLocations,
    SetQuestionnaire,
)
from auditor.model import NA, AnswerType, Client, Location, Wave
from auditor.storage import Store

log = logging.getLogger(__name__)

CACHE = Path(tempfile.gettempdir()) / "audit-desk-bench"
NAME = "programme.auditdesk"
VERSION = "1"  # bump when the data below changes: the cache is rebuilt
LOCATIONS = 200
WAVES = 4
TEMPLATES = ("shop", "phone", "website")
REGIONS = ("Nord", "Centro", "Sud", "Isole")


def _value(item, rng: random.Random, strength: float):
    """Return an answer: a location's `strength` (0..1) makes passing answers likelier."""
    good = rng.random() < strength
    match item.type:
        case AnswerType.YES_NO:
            return NA if rng.random() < 0.05 else ("yes" if good else "no")
        case AnswerType.SCALE:
            return item.scale_max if good else rng.randint(1, item.scale_max)
        case AnswerType.CHOICE:
            return max(item.options, key=lambda o: o.points).id if good else item.options[-1].id
        case AnswerType.SELECT_MULTIPLE:
            return [o.id for o in item.options[: 1 + rng.randrange(len(item.options))]]
        case AnswerType.NUMBER | AnswerType.TIMER:
            return float(rng.randint(1, 120))
        case AnswerType.TEXT:
            return f"Remark {rng.randint(1, 999)}" if rng.random() < 0.3 else None
    return None


def build(path: Path) -> str:
    """Create the programme in a new workspace at `path` and return its client's id."""
    rng = random.Random(15)
    with Store.open(path) as store:
        editor = Editor(store, actor="Benchmark")
        client = editor.run(AddClient(Client(name="Benchmark Retail S.p.A."))).result
        refs = [(e.id, e.version) for e in (catalogue.resolve(store, t) for t in TEMPLATES)]
        editor.run(SetQuestionnaire(client.id, refs))
        editor.run(
            ImportLocations(
                client.id,
                [
                    Location(
                        client_id=client.id,
                        name=f"Store {n:03d}",
                        code=f"S{n:03d}",
                        city=f"City {n % 37}",
                        region=REGIONS[n % len(REGIONS)],
                    )
                    for n in range(1, LOCATIONS + 1)
                ],
            )
        )
        strength = {loc.id: rng.uniform(0.4, 0.95) for loc in store.locations.for_client(client.id)}
        for w in range(WAVES):
            wave = editor.run(
                AddWave(
                    Wave(
                        client_id=client.id,
                        label=f"Q{w + 1} 2026",
                        starts_on=date(2026, 1 + 3 * w, 1),
                        ends_on=date(2026, 3 + 3 * w, 28),
                    )
                )
            ).result
            audit_ids = editor.run(CreateWaveAudits(client.id, wave.id, nickname="Volpe")).result
            with store.db.atomic():
                for audit_id in audit_ids:
                    audit = store.audits.get(audit_id)
                    drift = rng.uniform(-0.1, 0.1)
                    for visit in store.audits.visits(audit_id):
                        template = store.audits.template(visit.template_id, visit.template_version)
                        for item in template.items:
                            if rng.random() < 0.1:
                                continue  # about one item in ten left unanswered
                            value = _value(item, rng, strength[audit.location_id] + drift)
                            if value is not None:
                                store.answers.set(visit.id, item.id, value)
        return client.id


def large_programme() -> tuple[Path, str]:
    """Return (workspace path, client id) of the cached programme, building it the first time."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / NAME
    marker = CACHE / "programme.id"
    if path.exists() and marker.exists():
        version, _, client_id = marker.read_text().strip().partition(" ")
        if version == VERSION:
            return path, client_id
    for stale in CACHE.glob(f"{NAME}*"):
        stale.unlink()
    client_id = build(path)
    marker.write_text(f"{VERSION} {client_id}")
    return path, client_id


def fresh_copy(folder: Path) -> tuple[Path, str]:
    """Return a private copy of the cached programme (closed, checkpointed) inside `folder`."""
    source, client_id = large_programme()
    target = folder / source.name
    shutil.copyfile(source, target)
    return target, client_id
