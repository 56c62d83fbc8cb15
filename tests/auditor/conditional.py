"""A small conditional checklist for the tests: c shows if b = 'yes', b shows if a = 'no'.

Also a select_multiple item, a required text item and an optional (required = false) scale.
"""

from __future__ import annotations

from auditor.checklists import parse_template
from auditor.model import Audit, AuditStatus, Client, Template, Visit
from auditor.storage import Store

CONDITIONAL_TEMPLATE = """
schema = 1
id = "cond"
version = "1.0.0"
touchpoint = "shop"
title = { it = "Negozio con condizioni", en = "Shop with conditions" }

[[sections]]
id = "main"
title = { it = "Principale", en = "Main" }

[[items]]
id = "a"
section = "main"
type = "yes_no"
question = { it = "Saluto entro 10 secondi?", en = "Greeted within 10 seconds?" }
guidance = { it = "Dall'ingresso.", en = "From the door." }
dimension = "emotional"
phase = "activation"

[[items]]
id = "b"
section = "main"
type = "yes_no"
relevant = "${a} = 'no'"
question = { it = "Si sono scusati per l'attesa?", en = "Did they apologise for the wait?" }
guidance = { it = "Anche solo un cenno.", en = "Even a nod counts." }
dimension = "emotional"
phase = "activation"
on_fail = ["note"]

[[items]]
id = "c"
section = "main"
type = "select_multiple"
relevant = "${b} = 'yes'"
question = { it = "Cosa hanno offerto?", en = "What did they offer?" }
guidance = { it = "Tutto ciò che vale.", en = "Everything that applies." }
weight = 2
dimension = "functional"
phase = "consideration"
options = [
  { id = "seat", label = { it = "Una sedia", en = "A seat" }, points = 2 },
  { id = "drink", label = { it = "Da bere", en = "A drink" }, points = 1 },
  { id = "leaflet", label = { it = "Un volantino", en = "A leaflet" }, points = 0 },
]

[[items]]
id = "d"
section = "main"
type = "text"
required = true
question = { it = "Descrivi l'ingresso", en = "Describe the entrance" }
guidance = { it = "Due righe.", en = "Two lines." }
dimension = "functional"
phase = "awareness"

[[items]]
id = "e"
section = "main"
type = "scale"
required = false
question = { it = "Musica di sottofondo", en = "Background music" }
guidance = { it = "Se c'è.", en = "If any." }
dimension = "emotional"
phase = "awareness"
"""


def conditional_template() -> Template:
    """Return the conditional test checklist, parsed as a file named cond.toml."""
    return parse_template(CONDITIONAL_TEMPLATE, "cond.toml")


def conditional_visit(store: Store, client_name: str = "Shop Co") -> Visit:
    """Return the visit of a new in-progress audit run with the conditional checklist."""
    template = conditional_template()
    client = store.clients.add(Client(name=client_name, report_language="en"))
    audit = Audit(client_id=client.id, title="Conditions", status=AuditStatus.IN_PROGRESS)
    visit = Visit(
        audit_id=audit.id, kind=template.touchpoint, template_id="cond", template_version="1.0.0"
    )
    store.audits.create(audit, [(visit, template)])
    return visit
