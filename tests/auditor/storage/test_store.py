"""The workspace store on a real SQLite file: settings, round trips, atomicity, migrations, refusals."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from datetime import date

import pytest
from PIL import Image

from auditor.errors import NotFoundError, ValidationError, WorkspaceError
from auditor.evidence import add_evidence
from auditor.i18n import set_user_language
from auditor.model import Audit, AuditStatus, Client, Finding, Severity, Visit
from auditor.storage import Store, connection, schema
from tests.auditor.imagefactory import noise_png, photo_jpeg


def _audit(store: Store, template) -> tuple[Audit, Visit]:
    client = store.clients.add(Client(name="Hotel Bellavista", brands=["Bellavista"]))
    audit = Audit(client_id=client.id, title="Booking journey", planned_date=date(2026, 11, 9))
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title="Reception call",
    )
    store.audits.create(audit, [(visit, template)])
    return audit, visit


def test_every_connection_has_the_safety_settings(store):
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert {
        name: pragma(name)
        for name in (
            "journal_mode",
            "synchronous",
            "foreign_keys",
            "secure_delete",
            "trusted_schema",
            "application_id",
            "user_version",
        )
    } == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "trusted_schema": 0,
        "application_id": connection.APPLICATION_ID,
        "user_version": schema.SCHEMA_VERSION,
    }
    strict = store.db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%STRICT'"
    )
    assert strict.fetchone()[0] >= 12


def test_everything_saved_is_read_back_by_another_connection(store, workspace_path, mini_template):
    audit, visit = _audit(store, mini_template)
    store.answers.set(visit.id, "answered", "yes", "Answered by Giulia")
    store.answers.set(visit.id, "tone", 4)
    photo = photo_jpeg()
    evidence = add_evidence(
        store, audit.id, photo, name="desk.jpg", visit_id=visit.id, item_id="answered"
    )
    finding = store.findings.add(
        Finding(
            audit_id=audit.id,
            title="Flat tone",
            severity=Severity.MAJOR,
            visit_id=visit.id,
            item_id="tone",
            evidence_ids=[evidence.id],
        )
    )
    with Store.open(workspace_path) as other:
        assert {k: (a.value, a.note) for k, a in other.answers.for_visit(visit.id).items()} == {
            "answered": ("yes", "Answered by Giulia"),
            "tone": (4, ""),
        }
        assert other.findings.for_audit(audit.id) == [finding]
        assert other.evidence.original(evidence.id) == photo
        assert other.audits.get(audit.id).title == "Booking journey"
        assert other.audits.template("mini", "1.0.0") == mini_template


def test_answer_set_returns_what_it_replaced(store, mini_template):
    # The history is written by the commands (tests/auditor/commands); the store only replaces.
    _, visit = _audit(store, mini_template)
    assert store.answers.set(visit.id, "tone", 2) is None
    previous = store.answers.set(visit.id, "tone", 5)
    assert previous.value == 2
    store.answers.restore(visit.id, "tone", previous)
    assert store.answers.get(visit.id, "tone").value == 2


def test_a_failed_write_leaves_nothing_half_done(store, workspace_path, mini_template):
    audit, visit = _audit(store, mini_template)
    # The evidence row is written first, then the link to a finding that does not exist fails.
    with pytest.raises(NotFoundError):
        add_evidence(store, audit.id, photo_jpeg(), visit_id=visit.id, finding_id="no-such-finding")
    with pytest.raises(ValidationError):
        store.answers.set(visit.id, "tone", float("nan"))
    assert store.evidence.for_audit(audit.id) == []
    assert store.answers.get(visit.id, "tone") is None
    # No hidden transaction was left open: the next save is durable for another connection.
    store.answers.set(visit.id, "tone", 3)
    with Store.open(workspace_path) as other:
        assert other.answers.get(visit.id, "tone").value == 3
        assert other.db.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0] == 0


def test_evidence_keeps_the_original_and_shows_a_clean_thumbnail(store, mini_template):
    audit, visit = _audit(store, mini_template)
    photo = photo_jpeg(orientation=6)
    evidence = add_evidence(store, audit.id, photo, visit_id=visit.id)
    assert store.evidence.original(evidence.id) == photo
    assert evidence.sha256 == hashlib.sha256(photo).hexdigest()
    assert (evidence.width, evidence.height) == (480, 640)  # rotated by its EXIF orientation
    thumb = store.evidence.thumbnail(evidence.id)
    assert b"TestCam" not in thumb and b"secret-comment" not in thumb
    with Image.open(io.BytesIO(thumb)) as image:
        assert image.height > image.width and not image.getexif()


def test_deleted_evidence_is_erased_from_the_file(workspace_path, mini_template):
    png = noise_png()
    with Store.open(workspace_path) as store:
        audit, visit = _audit(store, mini_template)
        evidence = add_evidence(store, audit.id, png, visit_id=visit.id)
        undo = store.evidence.delete(evidence.id)
        assert undo.original == png
    marker = png[200:264]  # random pixel bytes: found only if the image survived somewhere
    for suffix in ("", "-wal"):
        path = workspace_path.with_name(workspace_path.name + suffix)
        assert not path.exists() or marker not in path.read_bytes()


def test_undo_of_a_deleted_finding_and_photo(store, mini_template):
    audit, visit = _audit(store, mini_template)
    evidence = add_evidence(store, audit.id, photo_jpeg(), visit_id=visit.id)
    finding = store.findings.add(
        Finding(audit_id=audit.id, title="Dirty floor", evidence_ids=[evidence.id])
    )
    gone_photo = store.evidence.delete(evidence.id)
    assert store.findings.get(finding.id).evidence_ids == []
    store.evidence.restore(gone_photo)
    assert store.findings.get(finding.id).evidence_ids == [evidence.id]
    gone_finding = store.findings.delete(finding.id)
    assert store.findings.for_audit(audit.id) == []
    store.findings.restore(gone_finding)
    assert store.findings.get(finding.id).title == "Dirty floor"


def test_a_delivered_audit_is_read_only_until_reopened(store, mini_template):
    audit, visit = _audit(store, mini_template)
    store.audits.set_status(audit.id, AuditStatus.DELIVERED)
    with pytest.raises(ValidationError, match="read-only"):
        store.answers.set(visit.id, "tone", 3)
    store.audits.set_status(audit.id, AuditStatus.IN_PROGRESS)
    store.answers.set(visit.id, "tone", 3)
    assert store.answers.get(visit.id, "tone").value == 3


def test_an_older_workspace_is_migrated_with_its_data(workspace_path):
    db = connection.connect(workspace_path, create=True)
    schema.migrations.apply(db, stop_before="m002_check_memory")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db["clients"].insert(
        {
            "id": "c1",
            "name": "Old Client",
            "created_at": "2025-01-01T00:00:00+00:00",
            "updated_at": "2025-01-01T00:00:00+00:00",
        }
    )
    db.close()
    with Store.open(workspace_path) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert [c.name for c in store.clients.all()] == ["Old Client"]
        store.profile.accept_word("Bellavista")
        assert store.profile.accepted_words() == ["Bellavista"]
        assert store.profile.has_word(" Bellavista ") and not store.profile.has_word("bellavista")


def test_a_newer_workspace_is_refused(workspace_path):
    Store.open(workspace_path).close()
    raw = sqlite3.connect(workspace_path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(WorkspaceError, match="newer version"):
        Store.open(workspace_path)
    set_user_language("it")  # an Italian window says so in Italian
    with pytest.raises(WorkspaceError, match=r"versione più recente.*aggiorna l'applicazione"):
        Store.open(workspace_path)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""])
def test_files_that_are_not_workspaces_are_refused(tmp_path, content):
    path = tmp_path / "notes.auditdesk"
    path.write_bytes(content)
    if not content:
        raw = sqlite3.connect(path)
        raw.execute("CREATE TABLE other (x)")
        raw.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=r"not .*workspace"):
        Store.open(path)
    assert path.read_bytes() == before


def test_unknown_ids_are_clear_errors(store):
    with pytest.raises(NotFoundError, match="no audit with id nope"):
        store.audits.get("nope")


def test_an_audit_is_named_by_its_id_or_at_least_four_first_characters(store, mini_template):
    audit, _visit = _audit(store, mini_template)
    assert store.audits.resolve_id(audit.id) == audit.id
    assert store.audits.resolve_id(audit.id[:4].upper()) == audit.id
    with pytest.raises(NotFoundError, match="at least the first 4 characters"):
        store.audits.resolve_id(audit.id[:3])
    with pytest.raises(NotFoundError):
        store.audits.resolve_id("ffffffff")
