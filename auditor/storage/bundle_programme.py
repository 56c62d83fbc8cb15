"""An audit's place in its client's programme, out to a bundle and merged back in (format 4).

A bundle carries the audit's location and wave and the client's questionnaire. Importing merges
them into the agency's workspace without duplicates: the client is matched by id (as ever); a
location or wave by id, else within the client by what people call it (a location's code, then
its name; a wave's label), so bundles from several auditors' laptops fill one programme. The workspace's own rows
win: an auditor's older copy of a location never overwrites the agency's.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlite_utils

log = logging.getLogger(__name__)

SECTIONS = ("locations", "waves", "programmes")


def _rows(db: sqlite_utils.Database, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def programme_rows(db: sqlite_utils.Database, audit: dict[str, Any]) -> dict[str, Any]:
    """Return the audit's location, wave and client questionnaire rows, by section."""
    return {
        "locations": _rows(db, "SELECT * FROM locations WHERE id = ?", (audit.get("location_id"),)),
        "waves": _rows(db, "SELECT * FROM waves WHERE id = ?", (audit.get("wave_id"),)),
        "programmes": _rows(
            db, "SELECT * FROM programmes WHERE client_id = ?", (audit["client_id"],)
        ),
    }


def _one(db: sqlite_utils.Database, sql: str, params: tuple[Any, ...]) -> str | None:
    found = db.execute(sql, params).fetchall()
    return found[0][0] if len(found) == 1 else None


def _location(db: sqlite_utils.Database, row: dict[str, Any], client_id: str) -> str:
    """Return the workspace's id for the bundle's location, adding it when it is new."""
    if _one(db, "SELECT id FROM locations WHERE id = ?", (row["id"],)):
        return row["id"]
    if row["code"]:
        found = _one(
            db,
            "SELECT id FROM locations WHERE client_id = ? AND code = ?",
            (client_id, row["code"]),
        )
        if found:
            return found
    found = _one(
        db,
        "SELECT id FROM locations WHERE client_id = ? AND name = ? COLLATE NOCASE",
        (client_id, row["name"]),
    )
    if found:
        return found
    db["locations"].insert({**row, "client_id": client_id})
    return row["id"]


def _wave(db: sqlite_utils.Database, row: dict[str, Any], client_id: str) -> str:
    """Return the workspace's id for the bundle's wave, adding it when it is new."""
    if _one(db, "SELECT id FROM waves WHERE id = ?", (row["id"],)):
        return row["id"]
    found = _one(
        db,
        "SELECT id FROM waves WHERE client_id = ? AND label = ? COLLATE NOCASE",
        (client_id, row["label"]),
    )
    if found:
        return found
    db["waves"].insert({**row, "client_id": client_id})
    return row["id"]


def merge_programme(db: sqlite_utils.Database, rows: dict[str, Any]) -> dict[str, Any]:
    """Merge a validated bundle's programme rows into the workspace; return the audit's rows mapped.

    Runs inside the import's transaction, before the audit is written: the audit's location and
    wave ids come back as the workspace knows them. The client row itself is written by the
    audit's import, as before format 4.
    """
    client = rows["client"]
    client_id = client["id"]
    if not _one(db, "SELECT id FROM clients WHERE id = ?", (client_id,)):
        db["clients"].insert({**client, "logo": None})  # its logo comes with the audit's write
    ids: dict[str, str] = {}
    for row in rows.get("locations") or []:
        ids[row["id"]] = _location(db, row, client_id)
    for row in rows.get("waves") or []:
        ids[row["id"]] = _wave(db, row, client_id)
    for row in rows.get("programmes") or []:
        if not _one(db, "SELECT client_id FROM programmes WHERE client_id = ?", (client_id,)):
            db["programmes"].insert({**row, "client_id": client_id})
    audit = dict(rows["audit"])
    for column in ("location_id", "wave_id"):
        if audit.get(column) is not None:
            audit[column] = ids.get(audit[column], audit[column])
    merged = {key: value for key, value in rows.items() if key not in SECTIONS}
    return {**merged, "client": client, "audit": audit}
