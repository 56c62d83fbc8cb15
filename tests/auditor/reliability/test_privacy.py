"""Erasing really erases, and blurred regions are really unreadable in what leaves the workspace."""

from __future__ import annotations

import io
import secrets

import numpy as np
from PIL import Image

from auditor.backup import make_backup
from auditor.imaging import clean_copy
from auditor.model import Finding
from auditor.storage import Store
from tests.auditor.imagefactory import noise_png, photo_jpeg
from tests.auditor.reliability.sample import full_audit


def _files(path) -> list[bytes]:
    return [p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def test_a_deleted_finding_leaves_no_text_in_the_file_or_the_wal(workspace_path):
    secret = f"Staff member {secrets.token_hex(24)} was rude"
    with Store.open(workspace_path) as store:
        audit_id = full_audit(store)
        finding = store.findings.add(
            Finding(
                audit_id=audit_id, title="Rude answer", description=secret, recommendation=secret
            )
        )
        backup_before = make_backup(store)
        assert any(secret.encode() in data for data in _files(workspace_path))
        store.findings.delete(finding.id)
        backup_after = make_backup(store)
    assert not any(secret.encode() in data for data in _files(workspace_path))
    assert secret.encode() not in backup_after.read_bytes()
    assert secret.encode() in backup_before.read_bytes()  # old backups hold it until they expire


def test_a_redacted_region_is_unreadable_in_the_clean_copy():
    data = noise_png(400, 300, seed=4)
    box = (100, 80, 120, 90)
    plain, _, _ = clean_copy(data)
    redacted, width, height = clean_copy(data, redactions=[box])
    assert (width, height) == (400, 300)
    a = np.asarray(Image.open(io.BytesIO(plain)).convert("L"), dtype=float)
    b = np.asarray(Image.open(io.BytesIO(redacted)).convert("L"), dtype=float)
    x, y, w, h = box
    inside = np.abs(a[y : y + h, x : x + w] - b[y : y + h, x : x + w]).mean()
    outside = np.abs(a[:, : x - 8] - b[:, : x - 8]).mean()
    assert inside > 40 and outside < 2  # noise has a mean absolute deviation of ~64 levels
    assert b[y : y + h, x : x + w].std() < a[y : y + h, x : x + w].std() / 4  # the detail is gone


def test_clean_copies_carry_no_metadata():
    data, _, _ = clean_copy(photo_jpeg(orientation=6))
    assert b"TestCam" not in data and b"secret-comment" not in data and b"Exif" not in data
