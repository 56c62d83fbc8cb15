"""Recordings in the workspace: consent first, kept bytes, corrected marks, items filled, undo."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.commands import (
    AddRecording,
    DeleteRecording,
    Editor,
    FillFromRecording,
    SetConsent,
    SetConsentRule,
    SetRecordingMarks,
)
from auditor.commands.recordings import consent_state, figures, plan_fill, sniff_mime
from auditor.errors import ValidationError
from auditor.model import AuditStatus
from auditor.storage import Store
from tests.recordings.audio import ANSWER_S, intake
from tests.recordings.support import phone_audit


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "rec.auditdesk")
    yield opened
    opened.close()


@pytest.fixture
def editor(store: Store) -> Editor:
    return Editor(store, actor="Marta", device="laptop-1")


def answers(store: Store, visit_id: str) -> dict[str, object]:
    return {k: a.value for k, a in store.answers.for_visit(visit_id).items()}


def history(store: Store, audit_id: str) -> list[str]:
    return [e.action for e in store.history.for_audit(audit_id)]


def test_a_recording_needs_consent_and_refusal_keeps_nothing(store, editor):
    audit_id, visit_id = phone_audit(store)
    assert consent_state(store, audit_id) == "ask"
    with pytest.raises(ValidationError, match="whether recording this audit's calls was permitted"):
        editor.run(AddRecording(audit_id, visit_id, intake()))
    assert store.recordings.for_audit(audit_id) == []

    editor.run(SetConsent(audit_id, False))
    assert consent_state(store, audit_id) == "refused"
    with pytest.raises(ValidationError, match="not permitted in this audit"):
        editor.run(AddRecording(audit_id, visit_id, intake()))
    assert store.recordings.for_audit(audit_id) == []
    consent = store.recordings.consent(audit_id)
    assert consent.permitted is False and consent.basis == "asked" and consent.actor == "Marta"


def test_add_keeps_the_original_bytes_and_undo_redo(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    taken = intake()
    change = editor.run(AddRecording(audit_id, visit_id, taken))
    recording = change.result
    assert "recordings" in change.aspects and visit_id in change.visits
    kept = store.recordings.get(recording.id)
    assert store.recordings.data(recording.id) == taken.data
    assert hashlib.sha256(store.recordings.data(recording.id)).hexdigest() == kept.sha256
    assert (kept.mime, kept.filename, kept.size) == ("audio/wav", "call.wav", len(taken.data))
    assert kept.analysis["metrics"]["rings"] == 2
    assert "add_recording" in history(store, audit_id)

    editor.undo()
    assert store.recordings.for_audit(audit_id) == []
    editor.redo()
    assert [r.id for r in store.recordings.for_audit(audit_id)] == [recording.id]
    assert store.recordings.data(recording.id) == taken.data


def test_delete_and_restore(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    editor.run(SetRecordingMarks(recording.id, {"answer_s": 9.0}))
    editor.run(DeleteRecording(recording.id))
    assert store.recordings.for_audit(audit_id) == []
    editor.undo()
    back = store.recordings.get(recording.id)
    assert back.marks == {"answer_s": 9.0} and store.recordings.data(recording.id) == intake().data
    assert history(store, audit_id)[-2:] == ["delete_recording", "restore_recording"]


def test_marks_correct_the_figures_and_are_checked(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    assert figures(recording)["longest_hold_s"] == pytest.approx(4.0)
    holds = [{"start_s": 13.5, "end_s": 19.0, "kind": "silence"}]
    editor.run(SetRecordingMarks(recording.id, {"answer_s": 9.5, "holds": holds}))
    shown = figures(store.recordings.get(recording.id))
    assert shown["answer_s"] == 9.5 and shown["longest_hold_s"] == pytest.approx(5.5)
    with pytest.raises(ValidationError, match="within the recording"):
        editor.run(SetRecordingMarks(recording.id, {"answer_s": 99.0}))
    with pytest.raises(ValidationError, match="end after it starts"):
        editor.run(SetRecordingMarks(recording.id, {"holds": [{"start_s": 5, "end_s": 4}]}))
    editor.undo()
    assert store.recordings.get(recording.id).marks == {}
    editor.redo()
    assert store.recordings.get(recording.id).marks["answer_s"] == 9.5


def test_filling_the_items_is_one_undo_step(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    planned = {f.item_id: f.value for f in plan_fill(store, recording.id, "en")}
    assert planned == {
        "time_to_answer": round(ANSWER_S, 1),
        "rings": 2,
        "longest_hold": 4.0,
        "call_duration": 22.0,
    }
    change = editor.run(FillFromRecording(recording.id))
    assert change.label == "Answers from the call recording"
    assert answers(store, visit_id) == {
        "time_to_answer": 10.2,
        "rings": 2,
        "longest_hold": 4,
        "call_duration": 22,
    }
    assert editor.undo_label() == "Answers from the call recording"
    editor.undo()
    assert answers(store, visit_id) == {}
    editor.redo()
    assert answers(store, visit_id)["rings"] == 2


def test_refusing_consent_later_erases_recordings_and_undo_brings_them_back(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    editor.run(SetConsent(audit_id, False))
    assert store.recordings.for_audit(audit_id) == []
    editor.undo()
    assert store.recordings.consent(audit_id).permitted is True
    assert store.recordings.data(recording.id) == intake().data
    editor.redo()
    assert store.recordings.for_audit(audit_id) == []


def test_agency_rule(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsentRule("permitted"))
    assert store.recordings.rule() == "permitted" and consent_state(store, audit_id) == "permitted"
    editor.run(AddRecording(audit_id, visit_id, intake()))
    editor.run(SetConsentRule("never"))
    assert consent_state(store, audit_id) == "never"
    with pytest.raises(ValidationError, match="keeps no call recordings"):
        editor.run(AddRecording(audit_id, visit_id, intake()))
    editor.undo()
    assert store.recordings.rule() == "permitted"
    with pytest.raises(ValidationError):
        editor.run(SetConsentRule("sometimes"))


def test_refusals_name_the_place(store, editor):
    audit_id, visit_id = phone_audit(store)
    editor.run(SetConsent(audit_id, True))
    tampered = replace(intake(), sha256="0" * 64)
    with pytest.raises(ValidationError, match="does not match what was analysed"):
        editor.run(AddRecording(audit_id, visit_id, tampered))
    store.audits.set_status(
        audit_id, AuditStatus.DELIVERED
    )  # setup: the status flow is tested elsewhere
    with pytest.raises(ValidationError, match="delivered"):
        editor.run(AddRecording(audit_id, visit_id, intake()))
    assert store.recordings.for_audit(audit_id) == []


def test_sniffing():
    assert sniff_mime(intake().data) == "audio/wav"
    assert sniff_mime(b"fLaC\0\0\0") == "audio/flac"
    assert sniff_mime(b"OggS\0\2") == "audio/ogg"
    assert sniff_mime(b"ID3\3\0") == "audio/mpeg"
    assert sniff_mime(b"\0\0\0\x20ftypM4A ") == "audio/mp4"
    assert sniff_mime(b"%PDF-1.7") is None


def test_take_in_decodes_and_measures_a_real_file(tmp_path, monkeypatch):
    from auditor import recordings_intake
    from auditor.commands.recordings import take_in_recording
    from tests.recordings.audio import call_wav

    path = call_wav(tmp_path / "call.wav")
    steps: list[tuple[int, int, str]] = []
    taken = take_in_recording(path, progress=lambda *step: steps.append(step))
    assert taken.data == path.read_bytes() and taken.mime == "audio/wav"
    assert taken.analysis["metrics"]["rings"] == 2
    assert taken.analysis["detail"]["envelope_hop_s"] > 0
    assert steps[-1][:2] == (100, 100)

    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        take_in_recording(empty)
    pdf = tmp_path / "call.mp3"
    pdf.write_bytes(b"%PDF-1.7\n" * 50)
    with pytest.raises(ValidationError, match="PDF"):
        take_in_recording(pdf)
    monkeypatch.setattr(recordings_intake, "MAX_RECORDING_BYTES", 1000)
    with pytest.raises(ValidationError, match="at most 0 MB"):
        take_in_recording(path)
