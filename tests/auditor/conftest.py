"""Fixtures of the core tests: a real workspace file and a small hand-made checklist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.checklists import parse_template
from auditor.model import Audit, AuditStatus, Client, Template, Visit
from auditor.storage import Store

# Every answer type, weights, a critical item: the scoring tests work these out by hand.
MINI_TEMPLATE = """
schema = 1
id = "mini"
version = "1.0.0"
touchpoint = "phone"
title = { it = "Telefonata di prova", en = "Test call" }
description = { it = "Per i test", en = "For the tests" }

[[sections]]
id = "main"
title = { it = "Principale", en = "Main" }

[[items]]
id = "answered"
section = "main"
type = "yes_no"
question = { it = "Ha risposto qualcuno?", en = "Did anyone answer?" }
guidance = { it = "Entro tre tentativi.", en = "Within three attempts." }
weight = 3
critical = true
dimension = "functional"
phase = "activation"
moment_of_truth = true
on_fail = ["note", "evidence"]

[[items]]
id = "tone"
section = "main"
type = "scale"
scale_max = 5
question = { it = "Tono di voce", en = "Tone of voice" }
guidance = { it = "Caldo o piatto?", en = "Warm or flat?" }
weight = 2
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
  { id = "full", label = { it = "Azienda e nome", en = "Company and name" }, points = 2 },
  { id = "company", label = { it = "Solo azienda", en = "Company only" }, points = 1 },
  { id = "none", label = { it = "Generico", en = "Generic" }, points = 0 },
]

[[items]]
id = "wait"
section = "main"
type = "timer"
threshold = 15
pass_if = "at_most"
unit = "s"
question = { it = "Secondi prima della risposta", en = "Seconds before answer" }
guidance = { it = "Dal primo squillo.", en = "From the first ring." }
dimension = "functional"
phase = "activation"
check = "call.time_to_answer"

[[items]]
id = "remarks"
section = "main"
type = "text"
question = { it = "Osservazioni", en = "Remarks" }
guidance = { it = "Libere.", en = "Free text." }
dimension = "functional"
phase = "loyalty"
"""


@pytest.fixture
def mini_template() -> Template:
    """Return the hand-made test checklist."""
    return parse_template(MINI_TEMPLATE, "mini.toml")


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    """Return the path of a workspace file that does not exist yet."""
    return tmp_path / "test.auditdesk"


@pytest.fixture
def store(workspace_path: Path) -> Iterator[Store]:
    """Return a freshly created workspace, closed after the test."""
    opened = Store.open(workspace_path)
    yield opened
    opened.close()


def mini_visit(
    store: Store, template: Template, client: str = "ACME", title: str = "Flow"
) -> Visit:
    """Store an audit in progress with one visit of the hand-made checklist; return the visit."""
    owner = store.clients.add(Client(name=client))
    audit = Audit(client_id=owner.id, title=title, status=AuditStatus.IN_PROGRESS)
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
    )
    store.audits.create(audit, [(visit, template)])
    return visit
