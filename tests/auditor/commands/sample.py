"""Build the command tests' workspace with fixed ids, and read back what a store holds."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from auditor import service
from auditor.checklists import parse_template
from auditor.commands import Editor
from auditor.evidence import prepare
from auditor.imaging import Intake
from auditor.model import Audit, Client, Template, Visit
from auditor.storage import Store
from tests.auditor.imagefactory import noise_png, photo_jpeg

# One item of every answer type; the yes/no item is critical and needs a note and evidence on fail.
EVERY_TEMPLATE = """
schema = 1
id = "every"
version = "1.0.0"
touchpoint = "shop"
title = { it = "Ogni tipo di risposta", en = "Every answer type" }
description = { it = "Per i test dei comandi", en = "For the command tests" }

[[sections]]
id = "main"
title = { it = "Principale", en = "Main" }

[[items]]
id = "welcome"
section = "main"
type = "yes_no"
question = { it = "Accoglienza entro un minuto?", en = "Welcomed within a minute?" }
guidance = { it = "Dall'ingresso.", en = "From the door." }
weight = 2
critical = true
dimension = "emotional"
phase = "activation"
on_fail = ["note", "evidence"]

[[items]]
id = "tone"
section = "main"
type = "scale"
scale_max = 5
question = { it = "Tono di voce", en = "Tone of voice" }
guidance = { it = "Caldo o piatto?", en = "Warm or flat?" }
dimension = "emotional"
phase = "activation"

[[items]]
id = "greeting"
section = "main"
type = "choice"
question = { it = "Saluto", en = "Greeting" }
guidance = { it = "Cosa ha detto?", en = "What was said?" }
dimension = "emotional"
phase = "consideration"
options = [
  { id = "full", label = { it = "Negozio e nome", en = "Shop and name" }, points = 2 },
  { id = "company", label = { it = "Solo negozio", en = "Shop only" }, points = 1 },
  { id = "none", label = { it = "Generico", en = "Generic" }, points = 0 },
]

[[items]]
id = "staff"
section = "main"
type = "number"
threshold = 2
pass_if = "at_least"
question = { it = "Addetti al banco", en = "Staff at the counter" }
guidance = { it = "Contali.", en = "Count them." }
dimension = "functional"
phase = "purchase"

[[items]]
id = "wait"
section = "main"
type = "timer"
threshold = 60
pass_if = "at_most"
unit = "s"
question = { it = "Secondi di attesa", en = "Seconds waited" }
guidance = { it = "Fino al primo contatto.", en = "Until the first contact." }
weight = 3
dimension = "functional"
phase = "activation"

[[items]]
id = "remarks"
section = "main"
type = "text"
question = { it = "Osservazioni", en = "Remarks" }
guidance = { it = "Libere.", en = "Free text." }
dimension = "functional"
phase = "loyalty"

[[items]]
id = "shots"
section = "main"
type = "photo"
question = { it = "Foto del banco", en = "Photo of the counter" }
guidance = { it = "Senza volti.", en = "No faces." }
dimension = "functional"
phase = "purchase"
"""

CLIENT_ID = "c1000000-0000-4000-8000-000000000001"
AUDIT_ID = "a1000000-0000-4000-8000-000000000001"
VISIT_IDS = ("v1000000-0000-4000-8000-000000000001", "v1000000-0000-4000-8000-000000000002")
# Every item's answers that complete a visit with every scored item passed.
PASSING = {"welcome": "yes", "tone": 5, "greeting": "full", "staff": 3, "wait": 12.5}


@cache
def every_template() -> Template:
    """Return the checklist with one item of every answer type (parsed once)."""
    return parse_template(EVERY_TEMPLATE, "every.toml")


@cache
def intakes() -> tuple[Intake, ...]:
    """Return three small verified images (a JPEG with EXIF and two PNGs), made once."""
    images = (
        (photo_jpeg(48, 32, seed=5), "counter.jpg"),
        (noise_png(16, 16, seed=6), "door.png"),
        (noise_png(12, 20, seed=7), "receipt.png"),
    )
    return tuple(prepare(data, name, run_check=False)[0] for data, name in images)


def build(store: Store) -> tuple[str, tuple[str, ...]]:
    """Store the client, a draft audit and its two visits, always with the same ids."""
    template = every_template()
    store.clients.add(Client(name="Ottica Bellavista", brands=["Bellavista"], id=CLIENT_ID))
    audit = Audit(
        client_id=CLIENT_ID,
        title="Negozio di via Roma",
        planned_date=date(2026, 11, 9),
        id=AUDIT_ID,
    )
    visits = [
        Visit(
            audit_id=AUDIT_ID,
            kind=template.touchpoint,
            template_id=template.id,
            template_version=template.version,
            title=f"Visit {n + 1}",
            id=visit_id,
        )
        for n, visit_id in enumerate(VISIT_IDS)
    ]
    store.audits.create(audit, [(v, template) for v in visits])
    return AUDIT_ID, VISIT_IDS


@dataclass
class Desk:
    """A workspace holding the sample audit, and the editor that changes it."""

    store: Store
    editor: Editor
    audit_id: str = AUDIT_ID
    v1: str = VISIT_IDS[0]
    v2: str = VISIT_IDS[1]


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of every table of the file (blobs as their SHA-256): the whole store."""
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    result = {}
    for table in tables:
        rows = store.db.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall()
        result[table] = [
            tuple(hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v for v in row)
            for row in rows
        ]
    return result


@dataclass(frozen=True)
class Held:
    """What a store holds for the audit, timestamps left out: two equal workspaces compare equal."""

    audit_status: str
    visits: dict[str, tuple[Any, ...]]
    answers: dict[tuple[str, str], tuple[Any, str, str]]
    evidence: dict[str, tuple[Any, ...]]
    findings: dict[str, tuple[Any, ...]]
    dismissed: frozenset[str]
    score: service.AuditScore


def held(store: Store, audit_id: str = AUDIT_ID) -> Held:
    """Return what the store holds for the audit (values keep their JSON type: 3 is not 3.0)."""
    answers = {
        (visit_id, item_id): (a.value, type(a.value).__name__, a.note)
        for visit_id, items in store.answers.for_audit(audit_id).items()
        for item_id, a in items.items()
    }
    evidence = {
        e.id: (
            e.visit_id,
            e.item_id,
            e.caption,
            [tuple(box) for box in e.redactions],
            e.sha256,
            hashlib.sha256(store.evidence.original(e.id)).hexdigest(),
            e.filename,
            e.source,
        )
        for e in store.evidence.for_audit(audit_id)
    }
    findings = {
        f.id: (
            f.visit_id,
            f.item_id,
            f.title,
            f.severity.value,
            f.description,
            f.recommendation,
            f.status.value,
            f.source,
            tuple(f.evidence_ids),
        )
        for f in store.findings.for_audit(audit_id)
    }
    visits = {
        v.id: (v.status.value, v.nps, v.csat, v.ces, v.title, v.weight, v.position)
        for v in store.audits.visits(audit_id)
    }
    return Held(
        audit_status=store.audits.get(audit_id).status.value,
        visits=visits,
        answers=answers,
        evidence=evidence,
        findings=findings,
        dismissed=frozenset(store.profile.dismissed(audit_id)),
        score=service.score(store, audit_id),
    )
