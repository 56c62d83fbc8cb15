"""Migration m008: an older workspace gains the recordings tables and keeps every row."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.commands import AddRecording, Editor, SetConsent
from auditor.storage import Store, connection, schema
from tests.recordings.audio import intake
from tests.recordings.support import phone_audit

TABLES = {"recordings", "recording_blobs", "recording_consent"}


def tables(store: Store) -> set[str]:
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def test_a_schema_7_workspace_with_a_phone_audit_is_migrated(tmp_path: Path):
    path = tmp_path / "seven.auditdesk"
    db = connection.connect(path, create=True)
    schema.migrations.apply(db, stop_before="m008_recordings")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 7
    old = Store(db, path)  # today's repositories on the schema-7 file, without migrating it
    assert not TABLES & tables(old)
    audit_id, visit_id = phone_audit(old)
    before = old.audits.visits(audit_id)
    old.close()

    with Store.open(path, check=True) as store:
        assert store.schema_version == schema.SCHEMA_VERSION == 8
        assert tables(store) >= TABLES
        assert store.audits.visits(audit_id) == before
        assert store.recordings.for_audit(audit_id) == []
        assert store.recordings.consent(audit_id) is None
        assert store.recordings.rule() == "ask"
        editor = Editor(store)
        editor.run(SetConsent(audit_id, True))
        recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
        assert store.recordings.data(recording.id) == intake().data
        # The audit's deletion takes its recordings, their bytes and its consent with it.
        store.audits.delete(audit_id)
        counts = [
            store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in sorted(TABLES)
        ]
        assert counts == [0, 0, 0]
        assert connection.integrity_check(store.db) == []


@pytest.mark.parametrize("stop", ["m007_programmes", "m008_recordings"])
def test_schema_6_and_7_workspaces_reach_schema_8(tmp_path: Path, stop: str):
    path = tmp_path / f"{stop}.auditdesk"
    db = connection.connect(path, create=True)
    schema.migrations.apply(db, stop_before=stop)
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == 8 and tables(store) >= TABLES
