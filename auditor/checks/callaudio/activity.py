"""Voice, hold music and silence, frame by frame; the answer; the holds between the agent's turns.

Speech comes in syllables: within any second its level dips well below its peaks and its
spectrum keeps changing. Hold music is sustained and tonal: it seldom dips and its spectrum
changes only at note changes. A muted line is far-end noise dropping about 12 dB, or to
nothing. (webrtcvad, tried in the prototype, called both ringback and hold music speech.)
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from auditor.checks.callaudio.features import Frames

log = logging.getLogger(__name__)

SOUND_ABOVE_FLOOR_DB = 10.0
DIP_DB = 12.0  # a dip between syllables: this far under the loudest frame of the second around it
WINDOW_S = 1.0
MUSIC_MIN_S = 2.5
SPEECH_BRIDGE_S = 0.3
SPEECH_MIN_S = 0.15
MUTED_DROP_DB = 6.0
MUTED_MIN_S = 2.0
SILENT_HOLD_MIN_S = 5.0
ANSWER_RISE_DB = 4.0
ANSWER_SUSTAIN_S = 0.3

SPEECH, MUSIC, QUIET, TONE = 1, 2, 0, 3


@dataclass(frozen=True)
class Span:
    """A stretch of the recording, in seconds."""

    start: float
    end: float

    @property
    def length(self) -> float:
        """Return its length in seconds."""
        return self.end - self.start


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Return (first, past-last) frame indices of each run of True in `mask`."""
    edges = np.diff(np.concatenate([[0], np.asarray(mask, np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True))


def bridge(mask: np.ndarray, gap_frames: int) -> np.ndarray:
    """Return `mask` with False gaps of at most `gap_frames` frames between True runs filled."""
    out = mask.copy()
    found = runs(~mask)
    for start, stop in found:
        if start > 0 and stop < len(mask) and stop - start <= gap_frames:
            out[start:stop] = True
    return out


def drop_short(mask: np.ndarray, min_frames: int) -> np.ndarray:
    """Return `mask` without True runs shorter than `min_frames`."""
    out = mask.copy()
    for start, stop in runs(mask):
        if stop - start < min_frames:
            out[start:stop] = False
    return out


def sound_threshold(frames: Frames) -> float:
    """Return the level (dBFS) above which a frame holds sound rather than line noise.

    Half way, in decibels, from the quietest tenth of the recording to the loudest speech: an
    office's noise on an open line stays under it, the agent's voice and hold music above.
    """
    level = frames.level_db
    floor = float(np.percentile(level, 10))
    peak = float(np.percentile(level, 98))
    return floor + max(SOUND_ABOVE_FLOOR_DB, (peak - floor) / 2)


def classify(frames: Frames, tone: np.ndarray) -> np.ndarray:
    """Return each frame's class: SPEECH, MUSIC, QUIET or TONE (ringback)."""
    hop = frames.hop_s
    size = max(3, round(WINDOW_S / hop) | 1)
    level = frames.level_db
    sound = (level >= sound_threshold(frames)) & ~tone
    local_peak = ndimage.maximum_filter1d(np.where(sound, level, -200.0), size, mode="nearest")
    dips = ndimage.uniform_filter1d(
        ((level < local_peak - DIP_DB) | ~sound).astype(np.float32), size, mode="nearest"
    )
    flux = ndimage.uniform_filter1d(np.where(sound, frames.flux, 0.0), size, mode="nearest")
    share = ndimage.uniform_filter1d(sound.astype(np.float32), size, mode="nearest")
    flux_mean = flux / np.maximum(share, 1e-3)
    musical = sound & (dips < 0.12) & (flux_mean < 0.25) & (share > 0.8)
    music = drop_short(bridge(musical, int(0.6 / hop)), int(MUSIC_MIN_S / hop))
    music = _grow_to_sound(music, bridge(sound, int(0.15 / hop)), int(1.0 / hop))
    classes = np.full(frames.count, QUIET, np.int8)
    classes[sound] = SPEECH
    classes[music & ~tone] = MUSIC
    classes[tone] = TONE
    return classes


def _grow_to_sound(music: np.ndarray, sound: np.ndarray, most: int) -> np.ndarray:
    """Return the music runs widened, by up to `most` frames, to the sound each sits in.

    The one-second feature windows blur the music's edges; its onset and end are where the
    sound around it starts and stops.
    """
    out = music.copy()
    for start, stop in runs(sound):
        inside = np.flatnonzero(music[start:stop])
        if inside.size:
            first, last = start + inside[0], start + inside[-1] + 1
            out[max(start, first - most) : first] = True
            out[last : min(stop, last + most)] = True
    return out


def speech_spans(classes: np.ndarray, hop: float) -> list[Span]:
    """Return the stretches of speech, short inner pauses bridged, blips dropped."""
    mask = drop_short(
        bridge(classes == SPEECH, int(SPEECH_BRIDGE_S / hop)), int(SPEECH_MIN_S / hop)
    )
    mask &= classes != MUSIC
    return [Span(a * hop, b * hop) for a, b in runs(mask) if (b - a) * hop >= SPEECH_MIN_S]


def find_answer(frames: Frames, classes: np.ndarray, after: float) -> float | None:
    """Return where the far end picks up: the line's noise or a voice rising after `after`."""
    hop = frames.hop_s
    begin = frames.index(after) if after > 0 else 0
    level = frames.level_db
    if begin >= frames.count:
        return None
    # The quiet between rings (or before the first sound) is the reference the pick-up rises from.
    before = level[:begin][classes[:begin] == QUIET]
    ref = (
        float(np.median(before[-int(3.0 / hop) :]))
        if before.size
        else float(np.percentile(level, 5))
    )
    smooth = ndimage.median_filter(level, size=9, mode="nearest")
    rising = (smooth >= ref + ANSWER_RISE_DB) & (classes != TONE)
    rising[:begin] = False
    sustain = int(ANSWER_SUSTAIN_S / hop)
    for start, stop in runs(bridge(rising, int(0.1 / hop))):
        if stop - start >= sustain:
            return round(start * hop, 2)
    return None


def _muted_level(level: np.ndarray, quiet: np.ndarray) -> float | None:
    """Return the level under which a quiet frame is a muted line, or None without two levels."""
    values = level[quiet]
    if values.size < 20:
        return None
    low, high = np.percentile(values, 10), np.percentile(values, 90)
    if high - low < MUTED_DROP_DB:
        return None
    # Two-means on the quiet frames' levels: an open line's hiss and the muted line's.
    for _ in range(20):
        cut = (low + high) / 2
        lower, upper = values[values < cut], values[values >= cut]
        if not lower.size or not upper.size:
            return None
        low, high = float(lower.mean()), float(upper.mean())
    if high - low < MUTED_DROP_DB:
        return None
    return (low + high) / 2


def find_holds(
    frames: Frames, classes: np.ndarray, answer: float, speech: list[Span]
) -> list[tuple[Span, str]]:
    """Return the holds after the answer: (span, "music" | "silence"), in order."""
    hop = frames.hop_s
    begin = frames.index(answer)
    holds: list[tuple[Span, str]] = []
    after = np.zeros(frames.count, bool)
    after[begin:] = True
    for start, stop in runs((classes == MUSIC) & after):
        holds.append((Span(start * hop, stop * hop), "music"))
    quiet = (classes == QUIET) & after
    cut = _muted_level(frames.level_db, quiet)
    if cut is not None:
        muted = bridge(quiet & (frames.level_db < cut), int(0.5 / hop)) & (classes == QUIET)
        muted = drop_short(muted, int(MUTED_MIN_S / hop))
        for start, stop in runs(muted):
            holds.append((Span(start * hop, stop * hop), "silence"))
    # A long silence between two turns with the line left open is a hold too.
    talk = [s for s in speech if s.end > answer]
    if talk:
        for left, right in itertools.pairwise(talk):
            gap = Span(left.end, right.start)
            covered = any(h.start < gap.end and h.end > gap.start for h, _ in holds)
            if gap.length >= SILENT_HOLD_MIN_S and not covered:
                holds.append((gap, "silence"))
    holds.sort(key=lambda item: item[0].start)
    return holds
