"""Recordings travel in bundles: bytes, analysis, marks and consent; older formats still import."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.bundle import export_bundle, import_bundle
from auditor.bundle.format import BundleError
from auditor.commands import AddRecording, Editor, SetConsent, SetRecordingMarks
from auditor.storage import Store
from tests.recordings.audio import intake
from tests.recordings.support import phone_audit


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "laptop.auditdesk")
    yield opened
    opened.close()


@pytest.fixture
def agency(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "agency.auditdesk")
    yield opened
    opened.close()


def recorded(store: Store) -> tuple[str, str]:
    """Return (audit id, recording id) of a phone audit with a corrected recording."""
    audit_id, visit_id = phone_audit(store)
    editor = Editor(store, actor="Marta", device="laptop-1")
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    editor.run(SetRecordingMarks(recording.id, {"answer_s": 9.8}))
    return audit_id, recording.id


def rewrite(path: Path, target: Path, change) -> Path:
    """Copy a bundle with audit.json and the manifest changed by `change(doc, manifest, members)`."""
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    doc = json.loads(members.pop("audit.json"))
    manifest = json.loads(members.pop("manifest.json"))
    change(doc, manifest, members)
    members["audit.json"] = json.dumps(doc).encode()
    manifest["members"] = [
        {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
        for n, d in members.items()
    ]
    with zipfile.ZipFile(target, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def test_round_trip_carries_bytes_analysis_marks_and_consent(laptop, agency, tmp_path):
    audit_id, recording_id = recorded(laptop)
    path = export_bundle(laptop, audit_id, tmp_path / "call.auditbundle")
    with zipfile.ZipFile(path) as archive:
        assert f"recordings/{recording_id}/audio" in archive.namelist()
        assert json.loads(archive.read("manifest.json"))["format_version"] == 4
    result = import_bundle(agency, path)
    assert result.audit_id == audit_id
    theirs = agency.recordings.get(recording_id)
    assert agency.recordings.data(recording_id) == intake().data
    assert theirs.marks == {"answer_s": 9.8}
    assert theirs.analysis == laptop.recordings.get(recording_id).analysis
    assert agency.recordings.consent(audit_id).permitted is True
    # The same copy again: nothing to write.
    assert import_bundle(agency, path).unchanged


def test_a_client_copy_carries_no_recording(laptop, agency, tmp_path):
    audit_id, recording_id = recorded(laptop)
    path = export_bundle(laptop, audit_id, tmp_path / "client.auditbundle", client_copy=True)
    with zipfile.ZipFile(path) as archive:
        assert not any(n.startswith("recordings/") for n in archive.namelist())
        doc = json.loads(archive.read("audit.json"))
    assert doc["recordings"] == [] and doc["recording_consent"] == []
    import_bundle(agency, path)
    assert agency.recordings.for_audit(audit_id) == []
    # Back on the laptop, importing the client copy keeps the laptop's recording.
    import_bundle(laptop, path, replace_newer=True)
    assert laptop.recordings.data(recording_id) == intake().data


def test_an_older_format_imports_and_keeps_the_workspaces_recordings(laptop, tmp_path):
    audit_id, recording_id = recorded(laptop)
    path = export_bundle(laptop, audit_id, tmp_path / "new.auditbundle")

    def to_format_3(doc, manifest, members):
        del doc["recordings"], doc["recording_consent"]
        manifest["format_version"] = 3
        for name in [n for n in members if n.startswith("recordings/")]:
            del members[name]

    old = rewrite(path, tmp_path / "old.auditbundle", to_format_3)
    result = import_bundle(laptop, old, replace_newer=True)
    assert result.audit_id == audit_id
    assert laptop.recordings.get(recording_id).marks == {"answer_s": 9.8}
    assert laptop.recordings.data(recording_id) == intake().data
    assert laptop.recordings.consent(audit_id).permitted is True


def test_tampered_audio_is_refused_and_nothing_changes(laptop, agency, tmp_path):
    audit_id, recording_id = recorded(laptop)
    path = export_bundle(laptop, audit_id, tmp_path / "call.auditbundle")

    def swap_audio(doc, manifest, members):
        members[f"recordings/{recording_id}/audio"] = b"RIFF" + b"\0" * 400

    bad = rewrite(path, tmp_path / "bad.auditbundle", swap_audio)
    with pytest.raises(BundleError, match="does not match its audio"):
        import_bundle(agency, bad)
    assert agency.audits.list() == [] if hasattr(agency.audits, "list") else True
    assert agency.recordings.for_audit(audit_id) == []

    def stray_visit(doc, manifest, members):
        doc["recordings"][0]["visit_id"] = "not-a-visit"

    with pytest.raises(BundleError, match="visit the bundle does not carry"):
        import_bundle(agency, rewrite(path, tmp_path / "stray.auditbundle", stray_visit))
