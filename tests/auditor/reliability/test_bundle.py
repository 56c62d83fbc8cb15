"""Audit bundles on real files: exact round trips, re-imports, passwords, client copies."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from auditor.bundle import BundleError, NewerCopyError, export_bundle, import_bundle
from auditor.bundle.format import FORMAT, FORMAT_VERSION, MANIFEST
from auditor.bundle.validate import SPECS
from auditor.storage import Store, bulk
from tests.auditor.bundle.support import without_imports
from tests.auditor.reliability.sample import full_audit, snapshot


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, str, dict]:
    """Return a bundle of the full sample audit, the audit id and the source snapshot."""
    with Store.open(tmp_path / "source.auditdesk") as store:
        audit_id = full_audit(store)
        before = snapshot(store, audit_id)
        steps: list[tuple[int, int]] = []
        path = export_bundle(
            store,
            audit_id,
            tmp_path / "audit.auditbundle",
            progress=lambda d, t: steps.append((d, t)),
        )
    assert steps[-1] == (4, 4)
    return path, audit_id, before


def test_export_then_import_gives_identical_rows_and_photos(tmp_path, exported):
    path, audit_id, before = exported
    with Store.open(tmp_path / "target.auditdesk") as target:
        result = import_bundle(target, path)
        assert (
            result.audit_id,
            result.replaced,
            result.visits,
            result.answers,
            result.findings,
            result.evidence,
            result.client_copy,
        ) == (audit_id, False, 2, 5, 2, 2, False)
        assert without_imports(snapshot(target, audit_id)) == before
        assert target.audits.template("mini", "1.0.0").items[0].id == "answered"


def test_importing_the_same_audit_again_replaces_it(tmp_path, exported):
    path, audit_id, before = exported
    with Store.open(tmp_path / "target.auditdesk") as target:
        import_bundle(target, path)
        visit_id = before["rows"]["visits"][0]["id"]
        target.answers.set(visit_id, "tone", 5)  # a local change after the bundle was made
        with pytest.raises(NewerCopyError, match="importing would undo those changes"):
            import_bundle(target, path)
        assert target.answers.get(visit_id, "tone").value == 5  # kept
        assert import_bundle(target, path, replace_newer=True).replaced is True
        assert without_imports(snapshot(target, audit_id)) == before
        counts = {
            t: target.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in (
                "clients",
                "audits",
                "visits",
                "findings",
                "evidence",
                "evidence_blobs",
                "templates",
            )
        }
    assert counts == {
        "clients": 1,
        "audits": 1,
        "visits": 2,
        "findings": 2,
        "evidence": 2,
        "evidence_blobs": 2,
        "templates": 1,
    }


def test_the_manifest_describes_every_member(exported):
    path, audit_id, _ = exported
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        names = sorted(archive.namelist())
    assert (manifest["format"], manifest["format_version"], manifest["audit_id"]) == (
        FORMAT,
        FORMAT_VERSION,
        audit_id,
    )
    assert sorted(m["name"] for m in manifest["members"]) == sorted(
        n for n in names if n != MANIFEST
    )
    assert set(manifest) == {
        "format",
        "format_version",
        "created_at",
        "app_version",
        "audit_id",
        "client_copy",
        "members",
    }


def test_password_protected_bundles(tmp_path):
    with Store.open(tmp_path / "source.auditdesk") as store:
        audit_id = full_audit(store)
        before = snapshot(store, audit_id)
        path = export_bundle(
            store, audit_id, tmp_path / "sealed.auditbundle", password="correct horse"
        )
    assert b"Bellavista" not in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # owner-only, like a plain bundle
    with Store.open(tmp_path / "target.auditdesk") as target:
        with pytest.raises(BundleError, match="Wrong password"):
            import_bundle(target, path, password="wrong horse")
        with pytest.raises(BundleError, match="encrypted"):
            import_bundle(target, path)
        assert target.audits.all() == []
        import_bundle(target, path, password="correct horse")
        assert without_imports(snapshot(target, audit_id)) == before


def test_client_copy_replaces_originals_with_clean_copies(tmp_path):
    with Store.open(tmp_path / "source.auditdesk") as store:
        audit_id = full_audit(store)
        path = export_bundle(store, audit_id, tmp_path / "client.auditbundle", client_copy=True)
    raw = path.read_bytes()
    assert b"TestCam" not in raw and b"secret-comment" not in raw
    with Store.open(tmp_path / "target.auditdesk") as target:
        assert import_bundle(target, path).client_copy is True
        photo = next(
            e for e in target.evidence.for_audit(audit_id) if e.caption == "The empty desk"
        )
        with Image.open(io.BytesIO(target.evidence.original(photo.id))) as image:
            assert not image.getexif() and image.size == (640, 480)
        assert photo.redactions == []  # blurred into the pixels


def test_a_checklist_version_that_differs_from_the_workspace_is_refused(tmp_path, exported):
    path, _, _ = exported
    with Store.open(tmp_path / "target.auditdesk") as target:
        target.db["templates"].insert(
            {"id": "mini", "version": "1.0.0", "touchpoint": "phone", "source": "x"}
        )
        with pytest.raises(BundleError, match="differs"):
            import_bundle(target, path)
        assert target.audits.all() == []


def test_the_bundle_format_covers_every_column(tmp_path):
    # A new schema column must join the bundle format (and its version), never be silently lost.
    with Store.open(tmp_path / "w.auditdesk") as store:
        tables = {"client": "clients", "audit": "audits"}
        for section, spec in SPECS.items():
            columns = set(bulk.columns(store.db, tables.get(section, section)))
            assert columns - {"thumbnail"} == set(spec), section
