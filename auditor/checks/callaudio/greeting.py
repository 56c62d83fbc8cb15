"""The greeting: the agent's first turn after the answer, its intonation, pitch range and pace.

Intonation is read from the pitch move at the end of the greeting: the median pitch of its last
fifth of voiced frames against the median of its first three fifths, in semitones (falling about -3 to -5 st, rising +2 to +4, flat
within +-0.5 in the prototype). Speech rate counts syllable nuclei (peaks of the intensity
envelope in voiced stretches, after de Jong & Wempe 2009) per second over the whole span,
pauses included. These are measurements of a voice, never a judgement of the person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from scipy import signal

from auditor.checks.callaudio.pitch import PitchTrack, clean, semitones, yin
from auditor.checks.callaudio.speakers import AGENT, Turn

log = logging.getLogger(__name__)

MAX_GREETING_S = 15.0  # a longer first turn is a whole answer: its first 15 s are measured
TURN_GAP_S = 0.6  # pauses inside one turn (commas, breaths) stay under this
FALL_ST, RISE_ST = -1.5, 1.5
END_SHARE = 0.2  # the end: the last fifth of the voiced frames
BODY_SHARE = 0.6  # the body it is compared with: the first three fifths
PEAK_PROMINENCE_DB = 2.0
PEAK_DISTANCE_S = 0.09
INTENSITY_HOP_S = 0.01


@dataclass(frozen=True)
class Greeting:
    """The measured greeting (the JSON's `greeting`) plus the curve the panel draws."""

    start_s: float
    end_s: float
    intonation: str
    pitch_range_st: float
    speech_rate_sps: float
    end_move_st: float
    syllables: int
    times: np.ndarray  # pitch curve: seconds from the recording's start
    semitones: np.ndarray  # relative to the speaker's median; NaN where unvoiced
    median_hz: float

    def to_metrics(self) -> dict[str, float | str]:
        """Return the greeting as the JSON contract's object."""
        return {
            "start_s": round(float(self.start_s), 2),
            "end_s": round(float(self.end_s), 2),
            "intonation": self.intonation,
            "pitch_range_st": round(float(self.pitch_range_st), 1),
            "speech_rate_sps": round(float(self.speech_rate_sps), 2),
        }


def first_turn(turns: list[Turn], answer: float) -> tuple[float, float] | None:
    """Return (start, end) of the agent's first turn after the answer, or None."""
    start = end = None
    for turn in turns:
        if turn.span.end <= answer:
            continue
        if start is None:
            if turn.speaker != AGENT:
                continue
            start, end = max(turn.span.start, answer), turn.span.end
            continue
        if turn.speaker != AGENT or turn.span.start - end > TURN_GAP_S:
            break
        end = turn.span.end
    if start is None:
        return None
    return start, min(end, start + MAX_GREETING_S)


def intonation_of(move: float) -> str:
    """Return falling, rising or flat for a pitch move in semitones."""
    if move <= FALL_ST:
        return "falling"
    if move >= RISE_ST:
        return "rising"
    return "flat"


def end_move(values: np.ndarray) -> float:
    """Return the pitch move (st) at the end: the last fifth of the voiced frames against the body.

    Medians of the two stretches, not a line fit: a pitch tracker's stray octave frame at a
    phrase's edge moves a fit a lot and a median not at all.
    """
    v = values[~np.isnan(values)]
    if len(v) < 10:
        return 0.0
    count = max(round(len(v) * END_SHARE), 5)
    body = v[: max(5, int(len(v) * BODY_SHARE))]
    return float(np.median(v[-count:]) - np.median(body))


def syllable_nuclei(samples: np.ndarray, rate: int, track: PitchTrack, offset: float) -> int:
    """Return the number of syllable nuclei: voiced peaks of the intensity envelope."""
    sos = signal.butter(4, (300, min(3000, 0.45 * rate)), btype="band", fs=rate, output="sos")
    band = signal.sosfiltfilt(sos, samples.astype(np.float64))
    hop = round(INTENSITY_HOP_S * rate)
    width = round(0.04 * rate)
    if len(band) < width + hop:
        return 0
    power = np.convolve(band**2, np.hanning(width) / np.hanning(width).sum(), mode="same")[::hop]
    intensity = 10 * np.log10(power + 1e-12)
    # Syllables are 4-8 per second: a 15 Hz low-pass keeps their rhythm and drops the jitter.
    smooth = signal.filtfilt(*signal.butter(2, 12, fs=1 / INTENSITY_HOP_S), intensity)
    threshold = max(float(np.median(smooth)), float(np.max(smooth)) - 25.0)
    peaks, _ = signal.find_peaks(
        smooth,
        height=threshold,
        prominence=PEAK_PROMINENCE_DB,
        distance=max(1, int(PEAK_DISTANCE_S / INTENSITY_HOP_S)),
    )
    times = offset + peaks * INTENSITY_HOP_S
    pitch_times = track.times()
    voiced = ~np.isnan(track.f0)
    count = 0
    for at in times:
        near = np.abs(pitch_times - at) <= 0.03
        if (voiced & near).any():
            count += 1
    return count


def measure_greeting(
    mono: np.ndarray, rate: int, span: tuple[float, float], speaker_median_hz: float | None
) -> Greeting | None:
    """Return the greeting's measures from the mono signal, or None when it holds no voice."""
    start, end = span
    piece = mono[int(start * rate) : int(end * rate)]
    if len(piece) < int(0.3 * rate):
        return None
    track = yin(piece, rate, start_s=start)
    f0 = clean(track)
    if np.sum(~np.isnan(f0)) < 10:
        return None
    median = speaker_median_hz or float(np.nanmedian(f0))
    values = semitones(f0, median)
    times = track.times()
    move = end_move(values)
    voiced = values[~np.isnan(values)]
    pitch_range = float(np.percentile(voiced, 90) - np.percentile(voiced, 10))
    syllables = syllable_nuclei(piece, rate, track, start)
    return Greeting(
        start_s=start,
        end_s=end,
        intonation=intonation_of(move),
        pitch_range_st=pitch_range,
        speech_rate_sps=syllables / max(end - start, 1e-3),
        end_move_st=move,
        syllables=syllables,
        times=times,
        semitones=values,
        median_hz=median,
    )
