"""A finding's images keep their order through a bundle: two at one place are refused on import,
and a workspace that holds such a tie (written before restore kept places apart) exports them
numbered in the order the finding shows them, so the bundle imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.bundle import BundleError, export_bundle, import_bundle
from auditor.evidence import add_evidence
from auditor.model import Finding
from auditor.storage import Store
from tests.auditor.bundle.support import audit_with_history, edited
from tests.auditor.imagefactory import noise_png, photo_jpeg


def _finding_with_three_photos(store: Store) -> tuple[str, str, list[str]]:
    audit_id, _visits = audit_with_history(store)
    photos = [
        add_evidence(store, audit_id, data).id
        for data in (photo_jpeg(), noise_png(), photo_jpeg(orientation=6))
    ]
    finding = store.findings.add(
        Finding(audit_id=audit_id, title="Reception left untidy", evidence_ids=photos)
    )
    return audit_id, finding.id, photos


def test_two_images_of_a_finding_at_one_place_are_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "source.auditdesk") as store:
        audit_id, finding_id, _photos = _finding_with_three_photos(store)
        valid = export_bundle(store, audit_id, tmp_path / "v.auditbundle").read_bytes()

    def tie(doc: dict) -> None:
        links = [row for row in doc["finding_evidence"] if row["finding_id"] == finding_id]
        links[2]["position"] = links[1]["position"]

    bad = tmp_path / "bad.auditbundle"
    bad.write_bytes(edited(valid, tie))
    with Store.open(tmp_path / "target.auditdesk") as target:
        with pytest.raises(BundleError, match=f"finding_evidence holds {finding_id}/1 twice"):
            import_bundle(target, bad)
        assert target.audits.all() == []


def test_a_tie_in_the_workspace_is_exported_in_the_order_shown(tmp_path: Path) -> None:
    with Store.open(tmp_path / "source.auditdesk") as store:
        audit_id, finding_id, photos = _finding_with_three_photos(store)
        # the third photo put back at the second one's place, as restore used to do
        store.db.execute(
            "UPDATE finding_evidence SET position = 1 WHERE evidence_id = ?", (photos[2],)
        )
        shown = store.findings.get(finding_id).evidence_ids
        path = export_bundle(store, audit_id, tmp_path / "tie.auditbundle")
    with Store.open(tmp_path / "target.auditdesk") as target:
        import_bundle(target, path)
        assert target.findings.get(finding_id).evidence_ids == shown
        positions = target.db.execute(
            "SELECT position FROM finding_evidence WHERE finding_id = ? ORDER BY position",
            (finding_id,),
        ).fetchall()
        assert [p[0] for p in positions] == [0, 1, 2]


def test_a_photo_put_back_after_another_took_its_place_goes_last(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.auditdesk") as store:
        audit_id, finding_id, photos = _finding_with_three_photos(store)
        gone = store.evidence.delete(photos[2])
        newer = add_evidence(store, audit_id, noise_png(), finding_id=finding_id).id
        store.evidence.restore(gone)
        assert store.findings.get(finding_id).evidence_ids == [*photos[:2], newer, photos[2]]
        places = store.db.execute(
            "SELECT position FROM finding_evidence WHERE finding_id = ? ORDER BY position",
            (finding_id,),
        ).fetchall()
        assert [p[0] for p in places] == [0, 1, 2, 3]  # no two at one place
        # and with its place free, it goes back where it was
        gone = store.evidence.delete(photos[0])
        store.evidence.restore(gone)
        assert store.findings.get(finding_id).evidence_ids == [*photos[:2], newer, photos[2]]
