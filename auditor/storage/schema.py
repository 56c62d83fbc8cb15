"""The workspace schema, as versioned migrations applied in order when a workspace opens.

Each migration sets `PRAGMA user_version` to its number inside its own transaction, so the
file always says which schema it holds; a workspace written by a newer release is refused.
Never edit a released migration: add a new one.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

log = logging.getLogger(__name__)

migrations = Migrations("auditor")


def _run(db: sqlite_utils.Database, script: str, version: int) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations(name="m001_initial")
def m001_initial(db: sqlite_utils.Database) -> None:
    """Create clients, templates, audits, visits, answers, findings and evidence."""
    from auditor.storage.connection import APPLICATION_ID

    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run(
        db,
        """
CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    brands TEXT NOT NULL DEFAULT '[]',
    website TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    logo BLOB,
    report_language TEXT NOT NULL DEFAULT 'it' CHECK (report_language IN ('it', 'en')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE templates (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (id, version)
) STRICT;
CREATE TABLE audits (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scenario TEXT NOT NULL DEFAULT '',
    auditor TEXT NOT NULL DEFAULT '',
    planned_date TEXT,
    actual_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_progress', 'completed', 'reviewed', 'delivered')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX audits_client ON audits(client_id);
CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    template_id TEXT NOT NULL,
    template_version TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    visited_at TEXT,
    channel TEXT NOT NULL DEFAULT '{}',
    weight REAL NOT NULL DEFAULT 1.0 CHECK (weight > 0),
    nps INTEGER CHECK (nps BETWEEN 0 AND 10),
    csat INTEGER CHECK (csat BETWEEN 1 AND 5),
    ces INTEGER CHECK (ces BETWEEN 1 AND 7),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
    FOREIGN KEY (template_id, template_version) REFERENCES templates(id, version)
) STRICT;
CREATE INDEX visits_audit ON visits(audit_id, position);
CREATE TABLE answers (
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL,
    PRIMARY KEY (visit_id, item_id)
) STRICT;
CREATE TABLE answer_history (
    id INTEGER PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    value TEXT,
    note TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX answer_history_item ON answer_history(visit_id, item_id);
CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    visit_id TEXT REFERENCES visits(id) ON DELETE SET NULL,
    item_id TEXT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
    description TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    source TEXT NOT NULL DEFAULT 'auditor',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX findings_audit ON findings(audit_id);
CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    visit_id TEXT REFERENCES visits(id) ON DELETE SET NULL,
    item_id TEXT,
    caption TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'file',
    filename TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    sha256 TEXT NOT NULL,
    captured_at TEXT,
    created_at TEXT NOT NULL,
    thumbnail BLOB NOT NULL,
    analysis TEXT
) STRICT;
CREATE INDEX evidence_audit ON evidence(audit_id, visit_id);
CREATE TABLE evidence_blobs (
    evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    data BLOB NOT NULL CHECK (length(data) > 0)
) STRICT;
CREATE TABLE finding_evidence (
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (finding_id, evidence_id)
) STRICT;
CREATE TABLE profile (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT
""",
        1,
    )


@migrations(name="m002_check_memory")
def m002_check_memory(db: sqlite_utils.Database) -> None:
    """Remember dismissed check suggestions and the words the auditor accepted."""
    _run(
        db,
        """
CREATE TABLE dismissed_suggestions (
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (audit_id, fingerprint)
) STRICT;
CREATE TABLE accepted_words (
    word TEXT PRIMARY KEY CHECK (length(word) > 0),
    added_at TEXT NOT NULL
) STRICT
""",
        2,
    )


@migrations(name="m003_redactions")
def m003_redactions(db: sqlite_utils.Database) -> None:
    """Keep the auditor's blurred regions of an evidence image (faces, name badges)."""
    _run(
        db,
        """
ALTER TABLE evidence ADD COLUMN redactions TEXT NOT NULL DEFAULT '[]'
""",
        3,
    )


HISTORY_NAMESPACE = uuid.UUID("5d0f3c1e-7a52-4f0b-9a57-2a1c6f0e9b11")


def legacy_history_id(
    visit_id: str, item_id: str, changed_at: str, value: str | None, note: str
) -> str:
    """Return the id of an answer change kept before schema 4 (the same on every laptop)."""
    key = "\x1f".join((visit_id, item_id, changed_at, value or "", note))
    return str(uuid.uuid5(HISTORY_NAMESPACE, key))


def legacy_history(rows: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Yield the history rows of answer-log rows of schema 1-3 (or a version-1 bundle), in order.

    Each row has `audit_id`, `visit_id`, `item_id`, `value` (JSON text or None), `note` and
    `changed_at`, oldest first. The log kept the state after each change, so the change itself
    (an answer, a cleared answer or a note, with its old and new value) is told from the row
    before it for the same item. Ids come from the content: the same log gives the same entries
    wherever it is converted (a duplicate row gives the same id twice: insert with OR IGNORE).
    """
    previous: dict[tuple[str, str], tuple[str | None, str]] = {}
    for row in rows:
        visit_id, item_id, value, note = row["visit_id"], row["item_id"], row["value"], row["note"]
        old_value, old_note = previous.get((visit_id, item_id), (None, ""))
        action = "note" if value == old_value and note != old_note else "answer"
        if value is None and action == "answer":
            action = "clear"
        old, new = (old_note, note) if action == "note" else (old_value, value)
        yield {
            "id": legacy_history_id(visit_id, item_id, row["changed_at"], value, note),
            "audit_id": row["audit_id"],
            "at": row["changed_at"],
            "actor": "",
            "device": "",
            "action": action,
            "visit_id": visit_id,
            "item_id": item_id,
            "target": None,
            "old": json.dumps(old) if action == "note" else old,
            "new": json.dumps(new) if action == "note" else new,
            "via": "",
        }
        previous[(visit_id, item_id)] = (value, note)


@migrations(name="m004_history")
def m004_history(db: sqlite_utils.Database) -> None:
    """Keep one change history per audit: when, who, on which device, what, old and new value.

    The answer log of schema 1-3 becomes history entries with ids derived from their content, so a
    laptop migrated later and a bundle of the old format bring the same entries, never twice.
    """
    _run(
        db,
        """
CREATE TABLE history (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (length(action) > 0),
    visit_id TEXT,
    item_id TEXT,
    target TEXT,
    old TEXT,
    new TEXT,
    via TEXT NOT NULL DEFAULT '' CHECK (via IN ('', 'undo', 'redo'))
) STRICT;
CREATE INDEX history_audit ON history(audit_id, at)
""",
        4,
    )
    cursor = db.execute(
        "SELECT h.visit_id, h.item_id, h.value, h.note, h.changed_at, v.audit_id "
        "FROM answer_history h JOIN visits v ON v.id = h.visit_id ORDER BY h.id"
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for entry in legacy_history(rows):
        db.execute(
            f"INSERT OR IGNORE INTO history ({', '.join(entry)}) "
            f"VALUES ({', '.join('?' * len(entry))})",
            tuple(entry.values()),
        )
    db.execute("DROP TABLE answer_history")


@migrations(name="m005_catalogue")
def m005_catalogue(db: sqlite_utils.Database) -> None:
    """Keep a catalogue of every template version: its text, digest, titles, tags, author, client.

    The versions audits already use enter it at once, so the catalogue always holds them (their
    text is what those audits are scored with); the built-ins are added when first listed.
    """
    from auditor.storage.catalogue import catalogue_row

    _run(
        db,
        """
CREATE TABLE catalogue (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    touchpoint TEXT NOT NULL,
    title_it TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    author TEXT NOT NULL DEFAULT '',
    client_id TEXT REFERENCES clients(id) ON DELETE SET NULL,
    origin TEXT NOT NULL CHECK (origin IN ('builtin', 'import', 'editor', 'bundle', 'audit')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    digest TEXT NOT NULL,
    PRIMARY KEY (id, version)
) STRICT;
CREATE INDEX catalogue_digest ON catalogue(id, digest)
""",
        5,
    )
    for row in db.execute("SELECT id, version, touchpoint, source FROM templates").fetchall():
        db["catalogue"].insert(catalogue_row(*row, origin="audit"), ignore=True)


# --- m006: the review step (issue 16) ------------------------------------------------------

_AUDITS_6 = """
CREATE TABLE audits_m006 (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scenario TEXT NOT NULL DEFAULT '',
    auditor TEXT NOT NULL DEFAULT '',
    planned_date TEXT,
    actual_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_progress', 'completed', 'returned', 'reviewed', 'delivered')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO audits_m006 SELECT id, client_id, title, scenario, auditor, planned_date, actual_date,
    status, created_at, updated_at FROM audits;
DROP TABLE audits;
ALTER TABLE audits_m006 RENAME TO audits;
CREATE INDEX audits_client ON audits(client_id)
"""

_REVIEW_6 = """
CREATE TABLE review_comments (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    visit_id TEXT REFERENCES visits(id) ON DELETE CASCADE,
    item_id TEXT CHECK (item_id IS NULL OR visit_id IS NOT NULL),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX review_comments_audit ON review_comments(audit_id, created_at);
CREATE TABLE comment_library (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT
"""


@migrations(name="m006_review", transactional=False)
def m006_review(db: sqlite_utils.Database) -> None:
    """Add the "returned" audit status, reviewers' comments and the agency's comment library.

    SQLite cannot change a CHECK constraint in place, so the audits table is rebuilt (SQLite's
    documented twelve steps). Foreign keys must be off meanwhile, or dropping the old table would
    cascade to every visit, answer and finding; that pragma is ignored inside a transaction,
    hence a non-transactional migration that opens its own. It is idempotent: a crash after its
    commit and before sqlite-utils records it leaves a file this migration recognises.
    """
    done = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_comments'"
    ).fetchone()
    if done is not None:
        return
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            _run(db, _AUDITS_6 + ";\n" + _REVIEW_6, 6)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"m006: foreign keys broken: {broken[:3]}")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


# --- m007: programmes: locations, waves, typed visit details (issue 15) ----------------------

_PROGRAMMES_7 = """
CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'store' CHECK (channel IN ('store', 'web', 'phone', 'email', 'other')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX locations_name ON locations(client_id, name COLLATE NOCASE);
CREATE UNIQUE INDEX locations_code ON locations(client_id, code) WHERE code <> '';
CREATE TABLE waves (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    starts_on TEXT,
    ends_on TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;
CREATE UNIQUE INDEX waves_label ON waves(client_id, label COLLATE NOCASE);
CREATE TABLE programmes (
    client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    questionnaire TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
) STRICT;
ALTER TABLE audits ADD COLUMN location_id TEXT REFERENCES locations(id) ON DELETE RESTRICT;
ALTER TABLE audits ADD COLUMN wave_id TEXT REFERENCES waves(id) ON DELETE RESTRICT;
ALTER TABLE audits ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
CREATE INDEX audits_programme ON audits(wave_id, location_id);
ALTER TABLE visits ADD COLUMN ended_at TEXT;
ALTER TABLE visits ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN staff TEXT NOT NULL DEFAULT '';
CREATE TABLE call_events (
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('dial', 'answered', 'hold', 'resume', 'transfer', 'end')),
    at_s REAL NOT NULL CHECK (at_s >= 0),
    PRIMARY KEY (visit_id, position)
) STRICT
"""

# The free-form channel keys of schema 6 that became typed columns, in order of preference.
CONTACT_KEYS = (
    "url", "website", "site", "link",
    "phone", "number", "phone_number", "tel", "telephone",
    "email", "e-mail", "mail",
)  # fmt: skip
PLACE_KEYS = ("address", "place", "shop_address", "location")
CALL_LOG_KEYS = ("call_log", "call")


def _scalar_text(value: Any) -> str | None:
    """Return a channel value as one line of text, or None when it is not plain words or a number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def call_log_events(data: Any) -> list[tuple[str, float]] | None:
    """Return a stopwatch log's (kind, seconds) events, or None when it is not a readable log."""
    from auditor.checks.call import CallSequenceError, CallStopwatch

    if not isinstance(data, dict):
        return None
    try:
        watch = CallStopwatch.from_json(data)
    except CallSequenceError:
        return None
    if any(e.at < 0 for e in watch.events):
        return None
    return [(e.kind, e.at) for e in watch.events]


def split_channel(
    channel: dict[str, Any],
) -> tuple[dict[str, Any], str, str, list[tuple[str, float]]]:
    """Split a schema-6 channel dict into (what stays free-form, contact, place, call events).

    The first readable key of each kind wins; a value that is not plain text, or a second
    contact, stays in the dict, so nothing the auditor typed is lost.
    """
    rest = dict(channel)
    lowered = {str(k).casefold(): k for k in channel}

    def take(keys: tuple[str, ...]) -> str:
        for key in keys:
            if key in lowered:
                text = _scalar_text(rest.get(lowered[key]))
                if text is not None:
                    rest.pop(lowered[key])
                    return text
        return ""

    contact, place = take(CONTACT_KEYS), take(PLACE_KEYS)
    events: list[tuple[str, float]] = []
    for key in CALL_LOG_KEYS:
        if key in lowered:
            found = call_log_events(rest.get(lowered[key]))
            if found is not None:
                rest.pop(lowered[key])
                events = found
                break
    return rest, contact, place, events


@migrations(name="m007_programmes")
def m007_programmes(db: sqlite_utils.Database) -> None:
    """Add clients' locations, waves and questionnaire, audits' place in them, typed visit details.

    The visits' free-form channel dict gives up what now has a column: the URL, number or e-mail
    contacted, the place, and the call stopwatch's log (into call_events, one row per tap).
    """
    _run(db, _PROGRAMMES_7, 7)
    rows = db.execute("SELECT id, channel FROM visits WHERE channel <> '{}'").fetchall()
    for visit_id, text in rows:
        try:
            channel = json.loads(text)
        except ValueError:
            continue
        if not isinstance(channel, dict):
            continue
        rest, contact, place, events = split_channel(channel)
        if rest == channel:
            continue
        db.execute(
            "UPDATE visits SET channel = ?, contact = ?, place = ? WHERE id = ?",
            (json.dumps(rest, ensure_ascii=False), contact, place, visit_id),
        )
        for position, (kind, at) in enumerate(events):
            db.execute(
                "INSERT INTO call_events (visit_id, position, kind, at_s) VALUES (?, ?, ?, ?)",
                (visit_id, position, kind, at),
            )


# --- m008: call recordings (issue 18) ------------------------------------------------------


@migrations(name="m008_recordings")
def m008_recordings(db: sqlite_utils.Database) -> None:
    """Keep call recordings as audio evidence of phone visits, and each audit's recording consent.

    The audio bytes sit apart from their row (as evidence images do), so listing a visit's
    recordings never reads them; `analysis` is the call analysis' JSON, `marks` the auditor's
    corrections of it. The consent is asked once per audit and kept with it.
    """
    _run(
        db,
        """
CREATE TABLE recordings (
    id TEXT PRIMARY KEY,
    audit_id TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
    visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    filename TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    duration_s REAL NOT NULL CHECK (duration_s > 0),
    analysis TEXT,
    marks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX recordings_audit ON recordings(audit_id, visit_id);
CREATE TABLE recording_blobs (
    recording_id TEXT PRIMARY KEY REFERENCES recordings(id) ON DELETE CASCADE,
    data BLOB NOT NULL CHECK (length(data) > 0)
) STRICT;
CREATE TABLE recording_consent (
    audit_id TEXT PRIMARY KEY REFERENCES audits(id) ON DELETE CASCADE,
    permitted INTEGER NOT NULL CHECK (permitted IN (0, 1)),
    basis TEXT NOT NULL CHECK (basis IN ('asked', 'rule')),
    asked_at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT ''
) STRICT
""",
        8,
    )


MIGRATION_NAMES = (
    "m001_initial",
    "m002_check_memory",
    "m003_redactions",
    "m004_history",
    "m005_catalogue",
    "m006_review",
    "m007_programmes",
    "m008_recordings",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)
