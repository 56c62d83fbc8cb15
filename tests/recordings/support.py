"""A workspace with a phone audit run with the built-in phone checklist, for the recording tests."""

from __future__ import annotations

from pathlib import Path

from auditor.checklists import parse_template
from auditor.model import Audit, Client, Visit
from auditor.resources import checklists_dir
from auditor.storage import Store


def phone_audit(store: Store, template_file: str = "phone.toml") -> tuple[str, str]:
    """Create an audit with one phone visit (the built-in phone checklist); return its ids."""
    text = (Path(checklists_dir()) / template_file).read_text("utf-8")
    template = parse_template(text, template_file)
    client = store.clients.add(Client(name="Hotel Aurora"))
    audit = Audit(client_id=client.id, title="Mystery call", auditor="Marta")
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title="Call to the front desk",
    )
    store.audits.create(audit, [(visit, template)])
    return audit.id, visit.id
