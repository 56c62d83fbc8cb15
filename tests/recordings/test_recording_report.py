"""The report prints a recording's figures and pictures, in Italian and English, never its audio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from auditor.commands import AddRecording, Editor, SetConsent, SetRecordingMarks
from auditor.report import build_report, build_snapshot
from auditor.storage import Store
from tests.recordings.audio import intake, wav_bytes
from tests.recordings.support import phone_audit


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "report.auditdesk")
    yield opened
    opened.close()


@pytest.fixture
def recorded(store: Store) -> tuple[str, str]:
    audit_id, visit_id = phone_audit(store)
    editor = Editor(store, actor="Marta", device="laptop-1")
    editor.run(SetConsent(audit_id, True))
    recording = editor.run(AddRecording(audit_id, visit_id, intake())).result
    editor.run(SetRecordingMarks(recording.id, {"answer_s": 9.6}))
    return audit_id, recording.id


def text_of(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_the_report_shows_the_figures_and_pictures_but_no_audio(store, recorded, tmp_path):
    audit_id, recording_id = recorded
    snapshot = build_snapshot(store, audit_id, "en")
    (visit,) = snapshot.touchpoints
    assert visit.recording is not None
    assert visit.recording.waveform is not None and visit.recording.pitch is not None
    path = build_report(store, audit_id, tmp_path / "en.pdf", "en")
    text = text_of(path)
    assert "Call recording" in text
    assert "after 10 s (2 rings)" in text  # the auditor's corrected answer, 9.6 s, in words
    assert "once, for 4 s" in text
    assert "falling intonation, pitch range 6.4 semitones, 4.1 syllables a second" in text
    assert "Recording length 22 s" in text
    assert "never a judgement of the person" in text
    for internal in (recording_id, audit_id, "answer_s", "call.wav", "audio/wav", "{", "analysis"):
        assert internal not in text
    raw = path.read_bytes()
    assert wav_bytes()[44:2000] not in raw and b"RIFF" not in raw
    reader = PdfReader(path)
    assert not any("/EmbeddedFiles" in str(reader.trailer["/Root"]) for _p in [0])


def test_italian(store, recorded, tmp_path):
    audit_id, _recording_id = recorded
    text = text_of(build_report(store, audit_id, tmp_path / "it.pdf", "it"))
    assert "Registrazione della chiamata" in text
    assert "dopo 10 s (2 squilli)" in text
    assert "intonazione discendente, escursione 6,4 semitoni, 4,1 sillabe al secondo" in text


def test_a_visit_without_recording_prints_none(store, tmp_path):
    audit_id, _visit_id = phone_audit(store)
    assert build_snapshot(store, audit_id, "en").touchpoints[0].recording is None
    assert "Call recording" not in text_of(build_report(store, audit_id, tmp_path / "x.pdf", "en"))
