"""Run the whole call analysis: decode, frame features, rings, answer, speech, holds, greeting."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from auditor.checks.base import CheckResult
from auditor.checks.callaudio import activity, speakers
from auditor.checks.callaudio.decode import Cancelled, Decoded, Progress, decode_call
from auditor.checks.callaudio.errors import CallAudioError
from auditor.checks.callaudio.features import Frames, compute_frames
from auditor.checks.callaudio.findings import judge
from auditor.checks.callaudio.greeting import Greeting, first_turn, measure_greeting
from auditor.checks.callaudio.pitch import clean, yin
from auditor.checks.callaudio.ringback import cadence_for, find_rings, tone_mask
from auditor.i18n import translator

log = logging.getLogger(__name__)

ENVELOPE_POINTS = 2000
DECODE_SHARE = 0.5  # of the progress bar: decoding is about half the work on a long WAV


@dataclass
class CallDetail:
    """What the panel and the report draw, beside the JSON metrics (never part of them)."""

    sample_rate: int  # of the decoded signal the analysis used
    source_rate: int
    channels: int
    format: str
    note: str | None
    envelope_hop_s: float  # each envelope point covers this many seconds
    envelope_min: np.ndarray  # float32, -1..1
    envelope_max: np.ndarray
    rings: list[tuple[float, float]] = field(default_factory=list)  # each ring's tone, in seconds
    pitch_times: np.ndarray = field(default_factory=lambda: np.zeros(0))  # greeting pitch curve
    pitch_semitones: np.ndarray = field(default_factory=lambda: np.zeros(0))  # NaN when unvoiced
    pitch_median_hz: float | None = None
    greeting_move_st: float | None = None
    greeting_syllables: int | None = None
    speaker_method: str = "none"  # channel | band | pitch | level | first | none

    def to_json(self) -> dict[str, Any]:
        """Return the detail as JSON-ready data (NaN written as null)."""

        def floats(values: np.ndarray, digits: int) -> list[float | None]:
            return [None if math.isnan(v) else round(float(v), digits) for v in values]

        return {
            "sample_rate": self.sample_rate,
            "source_rate": self.source_rate,
            "channels": self.channels,
            "format": self.format,
            "note": self.note,
            "envelope_hop_s": self.envelope_hop_s,
            "envelope_min": floats(self.envelope_min, 4),
            "envelope_max": floats(self.envelope_max, 4),
            "rings": [[round(a, 2), round(b, 2)] for a, b in self.rings],
            "pitch_times": floats(self.pitch_times, 3),
            "pitch_semitones": floats(self.pitch_semitones, 2),
            "pitch_median_hz": self.pitch_median_hz,
            "greeting_move_st": self.greeting_move_st,
            "greeting_syllables": self.greeting_syllables,
            "speaker_method": self.speaker_method,
        }


def envelope(
    mono: np.ndarray, rate: int, points: int = ENVELOPE_POINTS
) -> tuple[float, np.ndarray, np.ndarray]:
    """Return (seconds per point, minima, maxima) of the waveform in about `points` bins."""
    per = max(1, math.ceil(len(mono) / points))
    usable = len(mono) // per * per
    blocks = mono[:usable].reshape(-1, per)
    lows, highs = blocks.min(axis=1), blocks.max(axis=1)
    if usable < len(mono):
        lows = np.append(lows, mono[usable:].min())
        highs = np.append(highs, mono[usable:].max())
    return per / rate, lows.astype(np.float32), highs.astype(np.float32)


def _span_pitch(mono: np.ndarray, rate: int, span: activity.Span) -> float:
    """Return the median F0 of a stretch of speech (its first 3 s), in Hz, NaN when unvoiced."""
    piece = mono[int(span.start * rate) : int(min(span.end, span.start + 3.0) * rate)]
    f0 = clean(yin(piece, rate, span.start))
    return float(np.nanmedian(f0)) if np.any(~np.isnan(f0)) else math.nan


def _agent_channel(decoded: Decoded, rings: list[tuple[float, float]]) -> int | None:
    """Return the channel that carried the ringback (the far end's), or None."""
    if decoded.channels != 2 or not rings:
        return None
    rate = decoded.sample_rate
    energy = np.zeros(2)
    for start, end in rings:
        piece = decoded.samples[int(start * rate) : int(end * rate)]
        energy += np.sum(piece.astype(np.float64) ** 2, axis=0)
    if energy.max() <= 0 or abs(10 * np.log10((energy[0] + 1e-12) / (energy[1] + 1e-12))) < 6:
        return None
    return int(np.argmax(energy))


def analyse_call_detail(
    path: str | Path,
    *,
    country: str = "it",
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    limits: Mapping[str, float] | None = None,
) -> tuple[CheckResult, CallDetail]:
    """Return the check result of a call recording and the curves the panel and report draw."""
    cadence = cadence_for(country)  # a bad country fails before any decoding

    def step(fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise CallAudioError(translator(lang)("the analysis was cancelled"))
        if progress is not None:
            progress(min(1.0, max(0.0, fraction)))

    decoded = decode_call(
        path, cancelled=cancelled, progress=lambda f: step(f * DECODE_SHARE), lang=lang
    )
    rate = decoded.sample_rate
    mono = decoded.mono()
    frames = compute_frames(decoded.samples, rate, cadence.tone_hz, cancelled, mono)
    step(0.7)
    tone = tone_mask(frames)
    ringing = find_rings(frames, cadence)
    classes = activity.classify(
        frames, tone & _ringing_window(frames, ringing.rings, cadence.period)
    )
    answer = activity.find_answer(frames, classes, ringing.last_end or 0.0)
    speech = activity.speech_spans(classes, frames.hop_s)
    step(0.8)
    talk_spans = [s for s in speech if answer is None or s.end > answer]

    def pitch_st() -> list[float]:
        medians = [_span_pitch(mono, rate, s) for s in talk_spans]
        return [12 * math.log2(m / 100.0) if not math.isnan(m) else math.nan for m in medians]

    turns, method = speakers.attribute(
        frames,
        talk_spans,
        answer or 0.0,
        agent_channel=_agent_channel(decoded, ringing.rings),
        pitch_st=pitch_st,
    )
    step(0.9)
    holds = (
        []
        if answer is None
        else activity.find_holds(frames, classes, answer, [t.span for t in turns])
    )
    greeting: Greeting | None = None
    if answer is not None:
        span = first_turn(turns, answer)
        if span is not None:
            greeting = measure_greeting(mono, rate, span, None)
    longest = max((h.length for h, _ in holds), default=0.0)
    metrics: dict[str, Any] = {
        "duration_s": round(decoded.duration_s, 2),
        "rings": len(ringing.rings),
        "answer_s": None if answer is None else _s(answer),
        "holds": [{"start_s": _s(h.start), "end_s": _s(h.end), "kind": kind} for h, kind in holds],
        "longest_hold_s": _s(longest),
        "greeting": None if greeting is None else greeting.to_metrics(),
        "segments": [
            {"start_s": _s(t.span.start), "end_s": _s(t.span.end), "speaker": t.speaker}
            for t in turns
        ],
    }
    findings = judge(metrics, None if greeting is None else greeting.end_move_st, lang, limits)
    hop, lows, highs = envelope(mono, rate)
    detail = CallDetail(
        sample_rate=rate,
        source_rate=decoded.source_rate,
        channels=decoded.channels,
        format=decoded.format,
        note=decoded.note,
        envelope_hop_s=hop,
        envelope_min=lows,
        envelope_max=highs,
        rings=list(ringing.rings),
        speaker_method=method,
    )
    if greeting is not None:
        detail.pitch_times = greeting.times
        detail.pitch_semitones = greeting.semitones
        detail.pitch_median_hz = round(greeting.median_hz, 1)
        detail.greeting_move_st = round(greeting.end_move_st, 2)
        detail.greeting_syllables = greeting.syllables
    step(1.0)
    log.debug("call %s: %s", path, metrics)
    return CheckResult(check="call", target=str(path), findings=findings, metrics=metrics), detail


def _s(seconds: float) -> float:
    """Return seconds as a plain float with two decimals (numpy floats stay out of the JSON)."""
    return round(float(seconds), 2)


def _ringing_window(frames: Frames, rings: list[tuple[float, float]], period: float) -> np.ndarray:
    """Return True on frames where ringback tone is expected: around the rings found."""
    window = np.zeros(frames.count, bool)
    for start, end in rings:
        window[frames.index(start - 0.3) : frames.index(end + 0.3) + 1] = True
    return window


def analyse_call(
    path: str | Path,
    *,
    country: str = "it",
    lang: str = "en",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CheckResult:
    """Return the check result of a call recording (the `auditor check call` JSON contract)."""
    return analyse_call_detail(
        path, country=country, lang=lang, progress=progress, cancelled=cancelled
    )[0]
