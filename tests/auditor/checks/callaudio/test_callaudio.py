"""The call check on committed recordings: decoding, rings, answer, holds, greeting, speakers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from auditor.checks.callaudio import (
    CallAudioError,
    analyse_call,
    analyse_call_detail,
    decode_call,
)

DATA = Path(__file__).resolve().parents[3] / "data" / "calls"
IT = [
    "it-recorder.flac",
    "it-recorder.ogg",
    "it-recorder.mp3",
    "it-recorder.m4a",
    "it-recorder-gsm.wav",
]


def truth(name: str) -> dict:
    stem = name.split(".")[0].removesuffix("-gsm")
    return json.loads((DATA / f"{stem}.json").read_text())


@pytest.fixture(scope="module")
def results() -> dict[str, tuple]:
    """Analyse every committed call once for the whole module."""
    out = {}
    for name in [*IT, "gb-voip.opus", "us-laptop.ogg"]:
        out[name] = analyse_call_detail(DATA / name, country=truth(name)["country"])
    return out


@pytest.mark.parametrize(
    ("name", "kind", "channels", "rate"),
    [
        ("it-recorder.flac", "FLAC", 1, 8000),
        ("it-recorder.ogg", "OGG", 1, 8000),
        ("it-recorder.mp3", "MP3", 1, 8000),
        ("it-recorder.m4a", "M4A", 1, 8000),
        ("it-recorder-gsm.wav", "WAV", 1, 8000),
        ("gb-voip.opus", "OGG", 2, 16000),
        ("us-laptop.ogg", "OGG", 1, 16000),
    ],
)
def test_every_format_decodes_to_float32_at_its_rate(name, kind, channels, rate):
    decoded = decode_call(DATA / name)
    assert (decoded.format, decoded.channels, decoded.sample_rate) == (kind, channels, rate)
    assert decoded.samples.dtype == np.float32 and decoded.samples.shape[1] == channels
    assert decoded.duration_s == pytest.approx(truth(name)["duration_s"], abs=0.2)


def test_a_48k_stereo_file_is_decimated_to_16k_while_streamed(tmp_path):
    rate, seconds = 48000, 12
    t = np.arange(rate * seconds) / rate
    left = 0.3 * np.sin(2 * np.pi * 300 * t)
    right = 0.3 * np.sin(2 * np.pi * 6000 * t) + 0.3 * np.sin(2 * np.pi * 11000 * t)
    path = tmp_path / "wide.wav"
    sf.write(path, np.stack([left, right], axis=1), rate, subtype="PCM_16")
    decoded = decode_call(path)
    assert (decoded.sample_rate, decoded.source_rate, decoded.channels) == (16000, 48000, 2)
    assert len(decoded.samples) == pytest.approx(16000 * seconds, abs=2)
    spectrum = np.abs(np.fft.rfft(decoded.samples[16000:32000, 1]))
    freqs = np.fft.rfftfreq(16000, 1 / 16000)
    # 6 kHz passes; 11 kHz is filtered out (over 30 dB down), not folded back to 5 kHz.
    assert (
        spectrum[np.argmin(np.abs(freqs - 6000))] > 30 * spectrum[np.argmin(np.abs(freqs - 5000))]
    )
    assert np.abs(decoded.samples[16000:32000, 0]).max() == pytest.approx(0.3, abs=0.02)


@pytest.mark.parametrize("name", [*IT, "gb-voip.opus", "us-laptop.ogg"])
def test_rings_answer_holds_and_greeting_match_the_labels(results, name):
    metrics, label = results[name][0].metrics, truth(name)
    assert metrics["rings"] == label["rings"]
    assert metrics["answer_s"] == pytest.approx(label["answer_s"], abs=0.5)
    assert [h["kind"] for h in metrics["holds"]] == [h["kind"] for h in label["holds"]]
    for found, expected in zip(metrics["holds"], label["holds"], strict=True):
        assert found["start_s"] == pytest.approx(expected["start_s"], abs=1.0)
        assert found["end_s"] == pytest.approx(expected["end_s"], abs=1.0)
    assert metrics["longest_hold_s"] == pytest.approx(label["longest_hold_s"], abs=1.0)
    greeting = metrics["greeting"]
    assert greeting["intonation"] == label["greeting"]["intonation"]
    assert greeting["start_s"] == pytest.approx(label["greeting"]["start_s"], abs=0.5)
    assert greeting["end_s"] == pytest.approx(label["greeting"]["end_s"], abs=0.5)
    rate = label["greeting"]["speech_rate_sps"]
    assert greeting["speech_rate_sps"] == pytest.approx(rate, rel=0.15)


def _speaker_at(segments: list[dict], start: float, end: float) -> str | None:
    best, overlap = None, 0.0
    for seg in segments:
        shared = min(end, seg["end_s"]) - max(start, seg["start_s"])
        if shared > overlap:
            best, overlap = seg["speaker"], shared
    return best


@pytest.mark.parametrize(
    ("name", "method"), [("gb-voip.opus", "channel"), ("us-laptop.ogg", "band")]
)
def test_each_side_is_told_apart(results, name, method):
    result, detail = results[name]
    assert detail.speaker_method == method
    said = [
        (seg["speaker"], _speaker_at(result.metrics["segments"], seg["start_s"], seg["end_s"]))
        for seg in truth(name)["segments"]
    ]
    assert [found for _, found in said] == [expected for expected, _ in said]


def test_the_json_contract_has_exactly_the_issue_s_shape(results):
    result = results["it-recorder.flac"][0]
    data = json.loads(json.dumps(result.to_json()))
    assert data["check"] == "call" and data["target"].endswith("it-recorder.flac")
    metrics = data["metrics"]
    assert set(metrics) == {
        "duration_s",
        "rings",
        "answer_s",
        "holds",
        "longest_hold_s",
        "greeting",
        "segments",
    }
    assert isinstance(metrics["duration_s"], float) and isinstance(metrics["rings"], int)
    assert isinstance(metrics["answer_s"], float) and isinstance(metrics["longest_hold_s"], float)
    assert all(set(h) == {"start_s", "end_s", "kind"} for h in metrics["holds"])
    assert set(metrics["greeting"]) == {
        "start_s",
        "end_s",
        "intonation",
        "pitch_range_st",
        "speech_rate_sps",
    }
    assert metrics["segments"] and all(
        set(s) == {"start_s", "end_s", "speaker"} and s["speaker"] in ("agent", "auditor")
        for s in metrics["segments"]
    )
    for finding in data["findings"]:
        assert finding["rule"].startswith("call.") and finding["severity"] in ("minor", "major")


def test_the_detail_carries_the_curves_the_panel_draws(results):
    _, detail = results["gb-voip.opus"]
    assert 1900 <= len(detail.envelope_min) == len(detail.envelope_max) <= 2001
    assert np.all(detail.envelope_min <= detail.envelope_max)
    assert len(detail.pitch_times) == len(detail.pitch_semitones) > 50
    assert detail.greeting_move_st > 1.5  # the rising greeting
    assert len(detail.rings) == 2
    json.dumps(detail.to_json())  # plain data, NaN written as null


def test_findings_follow_the_checklist_limits_and_word_the_greeting_as_a_measure(results):
    result = results["it-recorder.flac"][0]
    assert [f.rule for f in result.findings] == ["call.greeting_falling"]
    (greeting,) = result.findings
    assert greeting.severity.value == "minor" and "To confirm by listening" in greeting.message
    strict, _ = analyse_call_detail(
        DATA / "it-recorder.flac",
        limits={"call.time_to_answer": 5, "call.rings": 1, "call.longest_hold": 5},
    )
    assert [f.rule for f in strict.findings] == [
        "call.answer_slow",
        "call.too_many_rings",
        "call.hold_too_long",
        "call.greeting_falling",
    ]
    assert "9.3 s" in strict.findings[0].message
    italian = analyse_call(DATA / "it-recorder.flac", lang="it")
    assert "Misurato" in italian.findings[0].message


def test_progress_rises_to_one_and_cancel_stops(tmp_path):
    seen: list[float] = []
    analyse_call(DATA / "us-laptop.ogg", country="us", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
    with pytest.raises(CallAudioError, match="cancelled"):
        analyse_call(DATA / "us-laptop.ogg", cancelled=lambda: True)


def test_an_m4a_without_pyav_goes_through_ffmpeg_or_says_what_is_missing(monkeypatch, tmp_path):
    from auditor.checks.callaudio import decode as decode_module

    monkeypatch.setattr(decode_module, "_pyav_available", lambda: False)
    if shutil.which("ffmpeg") and shutil.which("ffprobe"):
        decoded = decode_call(DATA / "it-recorder.m4a")
        assert decoded.format == "M4A" and decoded.duration_s == pytest.approx(41.3, abs=0.3)
    monkeypatch.setattr(decode_module.shutil, "which", lambda name: None)
    with pytest.raises(CallAudioError, match=r"needs PyAV .* or the ffmpeg program"):
        decode_call(DATA / "it-recorder.m4a")
