"""Small synthetic calls for the recording tests: Italian ringback, a voiced greeting, a hold."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from auditor.commands.recordings import RecordingIntake

RATE = 8000
ANSWER_S = 10.2  # two rings (0-1 s, 5-6 s), picked up at 10.2 s
HOLD = (14.0, 18.0)


def _voice(seconds: float, start_hz: float, end_hz: float, rate: int = RATE) -> np.ndarray:
    """Return a buzzy voiced tone whose pitch glides from start_hz to end_hz, with syllables."""
    t = np.arange(int(seconds * rate)) / rate
    pitch = np.linspace(start_hz, end_hz, t.size)
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    tone = sum(np.sin(k * phase) / k for k in range(1, 6))
    syllables = 0.55 + 0.45 * np.sin(2 * np.pi * 4.0 * t) ** 2  # about 4 syllables a second
    return 0.25 * tone * syllables


def call_samples(rate: int = RATE) -> np.ndarray:
    """Return a 22-second mono call: rings, answer, a falling greeting, a silent hold, speech."""
    total = np.zeros(int(22 * rate))
    t = np.arange(rate) / rate
    ring = 0.3 * np.sin(2 * np.pi * 425 * t)
    for start in (0.0, 5.0):
        at = int(start * rate)
        total[at : at + rate] += ring
    greeting = _voice(2.4, 220, 150, rate)
    at = int(ANSWER_S * rate)
    total[at : at + greeting.size] += greeting
    later = _voice(1.5, 180, 170, rate)
    at = int(12.0 * rate)
    total[at : at + later.size] += later
    after = _voice(3.0, 190, 160, rate)
    at = int(HOLD[1] * rate)
    total[at : at + after.size] += after
    rng = np.random.default_rng(7)
    return total + 0.002 * rng.standard_normal(total.size)


def call_wav(path: Path, rate: int = RATE) -> Path:
    """Write the synthetic call as a 16-bit WAV file and return its path."""
    soundfile.write(str(path), call_samples(rate), rate, subtype="PCM_16")
    return path


def wav_bytes(rate: int = RATE) -> bytes:
    """Return the synthetic call as WAV bytes."""
    out = io.BytesIO()
    soundfile.write(out, call_samples(rate), rate, format="WAV", subtype="PCM_16")
    return out.getvalue()


def metrics() -> dict[str, Any]:
    """Return the figures the synthetic call holds (as the analysis reports them)."""
    return {
        "duration_s": 22.0,
        "rings": 2,
        "answer_s": ANSWER_S,
        "holds": [{"start_s": HOLD[0], "end_s": HOLD[1], "kind": "silence"}],
        "longest_hold_s": HOLD[1] - HOLD[0],
        "greeting": {
            "start_s": ANSWER_S,
            "end_s": ANSWER_S + 2.4,
            "intonation": "falling",
            "pitch_range_st": 6.4,
            "speech_rate_sps": 4.1,
        },
        "segments": [
            {"start_s": ANSWER_S, "end_s": ANSWER_S + 2.4, "speaker": "agent"},
            {"start_s": 12.0, "end_s": 13.5, "speaker": "auditor"},
            {"start_s": 18.0, "end_s": 21.0, "speaker": "agent"},
        ],
    }


def detail() -> dict[str, Any]:
    """Return the pictures' data as the analysis keeps it (CallDetail.to_json)."""
    samples = call_samples()
    per = RATE // 20
    blocks = samples[: samples.size // per * per].reshape(-1, per)
    return {
        "sample_rate": RATE,
        "source_rate": RATE,
        "channels": 1,
        "format": "WAV",
        "note": None,
        "envelope_hop_s": 0.05,
        "envelope_min": [round(float(v), 4) for v in blocks.min(axis=1)],
        "envelope_max": [round(float(v), 4) for v in blocks.max(axis=1)],
        "rings": [[0.0, 1.0], [5.0, 6.0]],
        "pitch_times": [round(ANSWER_S + 0.1 * n, 3) for n in range(24)],
        "pitch_semitones": [round(3.0 - 0.27 * n, 2) if n != 5 else None for n in range(24)],
        "pitch_median_hz": 180.0,
        "greeting_move_st": -6.2,
        "greeting_syllables": 10,
        "speaker_method": "first",
    }


def intake(filename: str = "call.wav") -> RecordingIntake:
    """Return an intake of the synthetic call with hand-written figures (no analysis run)."""
    data = wav_bytes()
    return RecordingIntake(
        data=data,
        filename=filename,
        mime="audio/wav",
        sha256=hashlib.sha256(data).hexdigest(),
        duration_s=22.0,
        analysis={"country": "it", "metrics": metrics(), "findings": [], "detail": detail()},
    )
