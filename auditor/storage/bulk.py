"""Whole-audit reads and writes for bundles: every row of an audit out, and back in one go."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from auditor.errors import ValidationError
from auditor.i18n import user_translator

log = logging.getLogger(__name__)

# Sections written back in this order (parents first); each row is a dict of the table's columns.
# The history is not among them: it is merged, never replaced (see replace_audit).
ORDER = (
    "templates",
    "audit",
    "visits",
    "call_events",  # bundle format 4 (issue 15): the call stopwatch's log, one row per tap
    "answers",
    "findings",
    "evidence",
    "finding_evidence",
    "dismissed_suggestions",
    "review_comments",  # bundle format 3 (issue 16); None: not carried, the workspace's are kept
    "recordings",  # bundle format 4 (issue 18); None: not carried, the workspace's are kept
    "recording_consent",
)


def _rows(db: sqlite_utils.Database, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _untied(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return a finding's evidence links numbered 0, 1, 2... where two shared a position (a
    workspace written before restore kept positions apart), in the order the finding shows
    them; a finding without a tie keeps its positions as stored."""
    by_finding: dict[str, list[dict[str, Any]]] = {}
    for link in links:
        by_finding.setdefault(link["finding_id"], []).append(link)
    for rows in by_finding.values():
        if len({row["position"] for row in rows}) < len(rows):
            for n, row in enumerate(rows):
                row["position"] = n
    return links


def columns(db: sqlite_utils.Database, table: str) -> list[str]:
    """Return a table's column names in order."""
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def audit_rows(db: sqlite_utils.Database, audit_id: str) -> dict[str, Any]:
    """Return every row of an audit by table (blobs apart: see evidence_bytes, client_logo)."""
    audit = _rows(db, "SELECT * FROM audits WHERE id = ?", (audit_id,))
    if not audit:
        raise ValidationError(user_translator()("no audit with id {id}").format(id=audit_id))
    client = _rows(db, "SELECT * FROM clients WHERE id = ?", (audit[0]["client_id"],))[0]
    client["logo"] = client["logo"] is not None
    evidence = _rows(
        db, "SELECT * FROM evidence WHERE audit_id = ? ORDER BY created_at, id", (audit_id,)
    )
    for row in evidence:
        del row["thumbnail"]
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
        "call_events": _rows(
            db,
            "SELECT c.* FROM call_events c JOIN visits v ON v.id = c.visit_id "
            "WHERE v.audit_id = ? ORDER BY c.visit_id, c.position",
            (audit_id,),
        ),
        "answers": _rows(
            db,
            "SELECT a.* FROM answers a JOIN visits v ON v.id = a.visit_id WHERE v.audit_id = ? "
            "ORDER BY a.visit_id, a.item_id",
            (audit_id,),
        ),
        "history": _rows(
            db,
            "SELECT * FROM history WHERE audit_id = ? ORDER BY julianday(at), rowid",
            (audit_id,),
        ),
        "findings": _rows(
            db, "SELECT * FROM findings WHERE audit_id = ? ORDER BY created_at, id", (audit_id,)
        ),
        "finding_evidence": _untied(
            _rows(
                db,
                "SELECT fe.* FROM finding_evidence fe JOIN findings f ON f.id = fe.finding_id "
                "WHERE f.audit_id = ? ORDER BY fe.finding_id, fe.position, fe.evidence_id",
                (audit_id,),
            )
        ),
        "evidence": evidence,
        "dismissed_suggestions": _rows(
            db,
            "SELECT * FROM dismissed_suggestions WHERE audit_id = ? ORDER BY fingerprint",
            (audit_id,),
        ),
        "review_comments": _rows(
            db,
            "SELECT * FROM review_comments WHERE audit_id = ? ORDER BY created_at, id",
            (audit_id,),
        ),
        "recordings": _rows(
            db, "SELECT * FROM recordings WHERE audit_id = ? ORDER BY created_at, id", (audit_id,)
        ),
        "recording_consent": _rows(
            db, "SELECT * FROM recording_consent WHERE audit_id = ?", (audit_id,)
        ),
    }


def recording_bytes(db: sqlite_utils.Database, recording_id: str) -> bytes:
    """Return a call recording's original bytes."""
    row = db.execute(
        "SELECT data FROM recording_blobs WHERE recording_id = ?", (recording_id,)
    ).fetchone()
    if row is None:
        raise ValidationError(
            user_translator()("the audio of recording {id} is missing").format(id=recording_id)
        )
    return row[0]


def evidence_bytes(db: sqlite_utils.Database, evidence_id: str) -> tuple[bytes, bytes]:
    """Return (original, thumbnail) of an evidence image."""
    row = db.execute(
        "SELECT b.data, e.thumbnail FROM evidence e JOIN evidence_blobs b ON b.evidence_id = e.id "
        "WHERE e.id = ?",
        (evidence_id,),
    ).fetchone()
    if row is None:
        raise ValidationError(
            user_translator()("the image of evidence {id} is missing").format(id=evidence_id)
        )
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


# Sections a bundle may leave out (an older format, a client copy): the workspace keeps its own.
_KEPT_WHEN_ABSENT = ("review_comments", "recordings", "recording_consent")


@dataclass(frozen=True)
class Written:
    """What replace_audit did."""

    replaced: bool  # the workspace held the audit before
    unchanged: bool  # it held exactly these rows and history entries: nothing was written
    new_entries: int  # history entries the workspace did not hold


def _same_audit(db: sqlite_utils.Database, rows: dict[str, Any], logo: bytes | None) -> bool:
    """Return True when the workspace already holds exactly these rows and logo (history apart)."""
    held = audit_rows(db, rows["audit"]["id"])
    # Evidence rows carry the SHA-256 of their original, so equal rows mean equal photos.
    return (
        all(
            held[key] == rows[key]
            for key in held
            if key != "history" and not (key in _KEPT_WHEN_ABSENT and rows.get(key) is None)
        )
        and client_logo(db, rows["client"]["id"]) == logo
    )


def replace_audit(
    db: sqlite_utils.Database,
    rows: dict[str, Any],
    logo: bytes | None,
    images: Callable[[str], tuple[bytes, bytes]],
    audio: Callable[[str], bytes] | None = None,
) -> Written:
    """Write a validated audit in one transaction, replacing any copy but merging the histories.

    The audit's rows become those of `rows`; its history becomes the union of the entries the
    workspace held and those of `rows["history"]` (by id: an entry two copies share is kept once),
    so the changes made on several laptops meet in one history. Nothing is written when the
    workspace already holds exactly these rows and entries. `images(evidence_id)` returns
    (original, thumbnail). Any conflict rolls everything back.
    """
    audit_id = rows["audit"]["id"]
    columns_list = columns(db, "history")
    try:
        with db.atomic():
            replaced = audit_exists(db, audit_id)
            kept = db.execute(
                f"SELECT {', '.join(columns_list)} FROM history WHERE audit_id = ? ORDER BY rowid",
                (audit_id,),
            ).fetchall()
            key = columns_list.index("id")
            fresh = {row["id"] for row in rows["history"]} - {row[key] for row in kept}
            if replaced and not fresh and _same_audit(db, rows, logo):
                return Written(True, True, 0)
            # A bundle without review comments (an older format, a client copy) keeps the
            # workspace's: they are the agency's own and were never meant to travel there.
            comments = rows.get("review_comments")
            if comments is None:
                visit_ids = {row["id"] for row in rows["visits"]}
                comments = [
                    row
                    for row in _rows(
                        db, "SELECT * FROM review_comments WHERE audit_id = ?", (audit_id,)
                    )
                    if row["visit_id"] is None or row["visit_id"] in visit_ids
                ]
            rows = {**rows, "review_comments": comments}
            rows, audio = _keep_recordings(db, rows, audio)
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
                elif table == "recordings":
                    for row in table_rows:
                        db["recordings"].insert(row)
                        db["recording_blobs"].insert(
                            {"recording_id": row["id"], "data": audio(row["id"])}
                        )
                elif table_rows:
                    db["audits" if table == "audit" else table].insert_all(table_rows)
            # The workspace's own entries first, in their order, then those only the bundle has.
            insert = (
                f"INSERT OR IGNORE INTO history ({', '.join(columns_list)}) "
                f"VALUES ({', '.join('?' * len(columns_list))})"
            )
            db.conn.executemany(insert, kept)
            db.conn.executemany(insert, ([row[c] for c in columns_list] for row in rows["history"]))
            # Counted, not computed from the ids: an id another audit already uses stays its own.
            count = db.execute(
                "SELECT count(*) FROM history WHERE audit_id = ?", (audit_id,)
            ).fetchone()[0]
    except sqlite3.IntegrityError as exc:
        raise ValidationError(
            user_translator()("the audit conflicts with this workspace ({reason})").format(
                reason=exc
            )
        ) from None
    return Written(replaced, False, count - len(kept))


def _keep_recordings(
    db: sqlite_utils.Database, rows: dict[str, Any], audio: Callable[[str], bytes] | None
) -> tuple[dict[str, Any], Callable[[str], bytes]]:
    """Return the rows with the workspace's recordings and consent where the bundle has none.

    A bundle of an older format or a client copy carries no recordings: those the workspace holds
    for visits the bundle still has are read (with their bytes) before the audit is replaced.
    """
    audit_id = rows["audit"]["id"]
    carried = dict.fromkeys(r["id"] for r in rows.get("recordings") or [])
    kept: dict[str, bytes] = {}
    recordings = rows.get("recordings")
    if recordings is None:
        visit_ids = {row["id"] for row in rows["visits"]}
        recordings = [
            row
            for row in _rows(db, "SELECT * FROM recordings WHERE audit_id = ?", (audit_id,))
            if row["visit_id"] in visit_ids
        ]
        kept = {row["id"]: recording_bytes(db, row["id"]) for row in recordings}
    consent = rows.get("recording_consent")
    if consent is None:
        consent = _rows(db, "SELECT * FROM recording_consent WHERE audit_id = ?", (audit_id,))

    def read(recording_id: str) -> bytes:
        if recording_id in kept:
            return kept[recording_id]
        if audio is None or recording_id not in carried:
            raise ValidationError(
                user_translator()("the audio of recording {id} is missing").format(id=recording_id)
            )
        return audio(recording_id)

    return {**rows, "recordings": recordings, "recording_consent": consent}, read
