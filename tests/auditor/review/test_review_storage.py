"""The schema of the review step: migration m006 keeps every row and allows "returned"."""

from __future__ import annotations

from auditor.model import AuditStatus
from auditor.storage import Store, connection, schema


def test_a_schema_5_workspace_is_migrated_with_its_audits_visits_and_history(
    workspace_path, mini_template
):
    from tests.auditor.review.conftest import make_reviewed

    # Build the audit through commands on today's schema, then copy its rows into a schema-5
    # file: today's repositories write columns schema 5 does not have.
    source = workspace_path.with_name("today.auditdesk")
    with Store.open(source) as store:
        r = make_reviewed(store, mini_template)
        before = {
            "visits": store.audits.visits(r.audit_id),
            "answers": store.answers.for_visit(r.visit.id),
            "history": store.history.for_audit(r.audit_id),
        }
    db = connection.connect(workspace_path, create=True)
    schema.migrations.apply(db, stop_before="m006_review")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 5
    db.execute("ATTACH DATABASE ? AS today", (str(source),))
    for table in ("clients", "templates", "audits", "visits", "answers", "history"):
        names = ", ".join(row[1] for row in db.execute(f"PRAGMA main.table_info({table})"))
        db.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM today.{table}")
    db.conn.commit()
    db.execute("DETACH DATABASE today")
    db.close()
    with Store.open(workspace_path, check=True) as migrated:
        assert migrated.schema_version == schema.SCHEMA_VERSION
        assert migrated.audits.visits(r.audit_id) == before["visits"]
        assert migrated.answers.for_visit(r.visit.id) == before["answers"]
        assert migrated.history.for_audit(r.audit_id) == before["history"]
        assert migrated.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.integrity_check(migrated.db) == []
        assert migrated.db.execute("PRAGMA foreign_key_check").fetchall() == []
        migrated.audits.set_status(r.audit_id, AuditStatus.RETURNED)
        assert migrated.audits.get(r.audit_id).status == AuditStatus.RETURNED
        # The rebuilt table still cascades: deleting the audit takes its visits with it.
        migrated.audits.delete(r.audit_id)
        assert migrated.db.execute("SELECT count(*) FROM visits").fetchone()[0] == 0


def test_the_migration_is_idempotent(workspace_path):
    Store.open(workspace_path).close()
    db = connection.connect(workspace_path, create=False)
    schema.m006_review(db)  # as if a crash came after its commit and before it was recorded
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    db.close()
