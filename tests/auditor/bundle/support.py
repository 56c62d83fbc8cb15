"""Helpers of the bundle tests: audits with a history, bundles edited by hand, import entries."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from auditor.bundle import export_bundle
from auditor.bundle.format import AUDIT
from auditor.commands import Editor, SetAnswer
from auditor.storage import Store
from tests.auditor.reliability.hostile import build, members
from tests.auditor.reliability.sample import full_audit

IMPORT = "import_bundle"


def without_imports(snapshot: dict[str, Any]) -> dict[str, Any]:
    """Return a snapshot without the history entries that record imports.

    Importing records one entry in the importing workspace; everything else must come back
    exactly as it left.
    """
    rows = {
        **snapshot["rows"],
        "history": [h for h in snapshot["rows"]["history"] if h["action"] != IMPORT],
    }
    return {**snapshot, "rows": rows}


def history_ids(store: Store, audit_id: str) -> list[str]:
    """Return the ids of an audit's history entries, oldest first."""
    return [entry.id for entry in store.history.for_audit(audit_id)]


def audit_with_history(store: Store, *, device: str = "laptop-1") -> tuple[str, list[str]]:
    """Store the sample audit plus changes made through an Editor (undo and redo among them).

    Return the audit id and its visit ids.
    """
    audit_id = full_audit(store)
    visits = [v.id for v in store.audits.visits(audit_id)]
    editor = Editor(store, actor="Marta R.", device=device)
    editor.run(SetAnswer(visits[0], "tone", 4, "warmer after the transfer"))
    editor.run(SetAnswer(visits[0], "answered", "yes"))
    editor.undo()
    editor.redo()
    editor.run(SetAnswer(visits[1], "wait", 12))
    editor.run(SetAnswer(visits[1], "remarks", note="Called back the next day"))
    return audit_id, visits


def export_with_history(folder: Path, name: str = "source") -> tuple[Path, str, list[str]]:
    """Export the audit of `audit_with_history` from a new workspace in `folder`."""
    with Store.open(folder / f"{name}.auditdesk") as store:
        audit_id, visits = audit_with_history(store)
        path = export_bundle(store, audit_id, folder / f"{name}.auditbundle")
    return path, audit_id, visits


def edited(valid: bytes, change: Callable[[dict[str, Any]], None], **build_args: Any) -> bytes:
    """Return the bundle with audit.json changed by `change` (checksums recomputed)."""
    files = members(valid)
    doc = json.loads(files[AUDIT])
    change(doc)
    files[AUDIT] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return build(files, **build_args)
