"""Whole-audit reads and writes for bundles: every row of an audit out, and back in one go."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Any

import sqlite_utils

from auditor.errors import ValidationError

log = logging.getLogger(__name__)

# Sections written back in this order (parents first); each row is a dict of the table's columns.
ORDER = (
    "templates",
    "audit",
    "visits",
    "answers",
    "answer_history",
    "findings",
    "evidence",
    "finding_evidence",
    "dismissed_suggestions",
)


def _rows(db: sqlite_utils.Database, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def columns(db: sqlite_utils.Database, table: str) -> list[str]:
    """Return a table's column names in order."""
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def audit_rows(db: sqlite_utils.Database, audit_id: str) -> dict[str, Any]:
    """Return every row of an audit by table (blobs apart: see evidence_bytes, client_logo)."""
    audit = _rows(db, "SELECT * FROM audits WHERE id = ?", (audit_id,))
    if not audit:
        raise ValidationError(f"no audit with id {audit_id}")
    client = _rows(db, "SELECT * FROM clients WHERE id = ?", (audit[0]["client_id"],))[0]
    client["logo"] = client["logo"] is not None
    evidence = _rows(
        db, "SELECT * FROM evidence WHERE audit_id = ? ORDER BY created_at, id", (audit_id,)
    )
    for row in evidence:
        del row["thumbnail"]
    history = _rows(
        db,
        "SELECT h.* FROM answer_history h JOIN visits v ON v.id = h.visit_id "
        "WHERE v.audit_id = ? ORDER BY h.id",
        (audit_id,),
    )
    for row in history:
        del row["id"]  # local row numbers: another workspace numbers its own
    return {
        "client": client,
        "templates": _rows(
            db,
            "SELECT * FROM templates WHERE (id, version) IN (SELECT template_id, "
            "template_version FROM visits WHERE audit_id = ?) ORDER BY id, version",
            (audit_id,),
        ),
        "audit": audit[0],
        "visits": _rows(
            db, "SELECT * FROM visits WHERE audit_id = ? ORDER BY position, id", (audit_id,)
        ),
        "answers": _rows(
            db,
            "SELECT a.* FROM answers a JOIN visits v ON v.id = a.visit_id WHERE v.audit_id = ? "
            "ORDER BY a.visit_id, a.item_id",
            (audit_id,),
        ),
        "answer_history": history,
        "findings": _rows(
            db, "SELECT * FROM findings WHERE audit_id = ? ORDER BY created_at, id", (audit_id,)
        ),
        "finding_evidence": _rows(
            db,
            "SELECT fe.* FROM finding_evidence fe JOIN findings f ON f.id = fe.finding_id "
            "WHERE f.audit_id = ? ORDER BY fe.finding_id, fe.position, fe.evidence_id",
            (audit_id,),
        ),
        "evidence": evidence,
        "dismissed_suggestions": _rows(
            db,
            "SELECT * FROM dismissed_suggestions WHERE audit_id = ? ORDER BY fingerprint",
            (audit_id,),
        ),
    }


def evidence_bytes(db: sqlite_utils.Database, evidence_id: str) -> tuple[bytes, bytes]:
    """Return (original, thumbnail) of an evidence image."""
    row = db.execute(
        "SELECT b.data, e.thumbnail FROM evidence e JOIN evidence_blobs b ON b.evidence_id = e.id "
        "WHERE e.id = ?",
        (evidence_id,),
    ).fetchone()
    if row is None:
        raise ValidationError(f"the image of evidence {evidence_id} is missing")
    return row[0], row[1]


def client_logo(db: sqlite_utils.Database, client_id: str) -> bytes | None:
    """Return a client's logo bytes, if any."""
    row = db.execute("SELECT logo FROM clients WHERE id = ?", (client_id,)).fetchone()
    return row[0] if row else None


def template_source(db: sqlite_utils.Database, template_id: str, version: str) -> str | None:
    """Return the source text of a kept template version, or None."""
    row = db.execute(
        "SELECT source FROM templates WHERE id = ? AND version = ?", (template_id, version)
    ).fetchone()
    return row[0] if row else None


def audit_exists(db: sqlite_utils.Database, audit_id: str) -> bool:
    """Return True when the workspace holds an audit with this id."""
    return db.execute("SELECT 1 FROM audits WHERE id = ?", (audit_id,)).fetchone() is not None


def replace_audit(
    db: sqlite_utils.Database,
    rows: dict[str, Any],
    logo: bytes | None,
    images: Callable[[str], tuple[bytes, bytes]],
) -> bool:
    """Write a validated audit in one transaction, replacing any copy; True if it replaced one.

    `images(evidence_id)` returns (original, thumbnail). Any conflict rolls everything back.
    """
    audit_id = rows["audit"]["id"]
    try:
        with db.atomic():
            replaced = audit_exists(db, audit_id)
            # Deleting the audit cascades to visits, answers, history, findings, links, evidence.
            db.execute("DELETE FROM audits WHERE id = ?", (audit_id,))
            client = {**rows["client"], "logo": logo}
            db["clients"].upsert(client, pk="id")
            for table in ORDER:
                table_rows = rows[table] if isinstance(rows[table], list) else [rows[table]]
                if table == "templates":
                    db["templates"].insert_all(table_rows, ignore=True)
                elif table == "evidence":
                    for row in table_rows:
                        original, thumbnail = images(row["id"])
                        db["evidence"].insert({**row, "thumbnail": thumbnail})
                        db["evidence_blobs"].insert({"evidence_id": row["id"], "data": original})
                elif table_rows:
                    db["audits" if table == "audit" else table].insert_all(table_rows)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(f"the audit conflicts with this workspace ({exc})") from None
    return replaced
