"""Who speaks: the agent (the far end) or the auditor (the caller).

In order of trust: a stereo VoIP file puts each side on its own channel; a laptop speakerphone
hears the agent through a phone line (nothing above 3.4 kHz) and the auditor through its own
wide-band microphone; failing both, each stretch of speech is grouped by level and pitch, and
whoever speaks first after the answer is the agent (the person who picks up speaks first).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from auditor.checks.callaudio.activity import Span, runs
from auditor.checks.callaudio.features import Frames

log = logging.getLogger(__name__)

CHANNEL_SPLIT_DB = 6.0  # a side heard on its own channel is this much louder there
WIDE_BAND_GAP_DB = 12.0  # high-band share that separates a laptop microphone from a phone line
PITCH_GAP_ST = 3.0
LEVEL_GAP_DB = 5.0
AGENT, AUDITOR = "agent", "auditor"


@dataclass(frozen=True)
class Turn:
    """A stretch of speech and who said it."""

    span: Span
    speaker: str


def _frames_of(frames: Frames, span: Span) -> slice:
    return slice(
        frames.index(span.start), max(frames.index(span.start) + 1, frames.index(span.end))
    )


def _power_mean_db(values: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(10 ** (values / 10)) + 1e-12))


def _by_channel(
    frames: Frames, spans: list[Span], agent_channel: int | None, answer: float
) -> list[Turn] | None:
    levels = frames.channel_db
    if levels is None or levels.shape[1] != 2:
        return None
    diff = levels[:, 0] - levels[:, 1]
    spoken = np.zeros(frames.count, bool)
    for span in spans:
        spoken[_frames_of(frames, span)] = True
    if spoken.sum() < 10 or np.median(np.abs(diff[spoken])) < CHANNEL_SPLIT_DB:
        return None  # the same mix on both channels: a plain stereo file
    side = ndimage.median_filter((diff > 0).astype(np.int8), size=15, mode="nearest")
    pieces: list[tuple[Span, int]] = []
    hop = frames.hop_s
    for span in spans:
        part = _frames_of(frames, span)
        offset = part.start
        values = side[part]
        for value in (0, 1):
            for start, stop in runs(values == value):
                if (stop - start) * hop >= 0.1:
                    pieces.append((Span((offset + start) * hop, (offset + stop) * hop), 1 - value))
    pieces.sort(key=lambda p: p[0].start)
    if agent_channel is None:
        first = next((p for p in pieces if p[0].start >= answer - 0.2), None)
        agent_channel = first[1] if first else 0
    return [Turn(span, AGENT if ch == agent_channel else AUDITOR) for span, ch in pieces]


def _two_groups(values: np.ndarray) -> np.ndarray:
    """Return a 0/1 label per value from a one-dimensional two-means."""
    low, high = float(np.min(values)), float(np.max(values))
    labels = np.zeros(len(values), np.int8)
    for _ in range(20):
        labels = (np.abs(values - high) < np.abs(values - low)).astype(np.int8)
        if labels.all() or not labels.any():
            break
        low, high = float(values[labels == 0].mean()), float(values[labels == 1].mean())
    return labels


def attribute(
    frames: Frames,
    spans: list[Span],
    answer: float,
    *,
    agent_channel: int | None = None,
    pitch_st: Callable[[], list[float]] | None = None,
) -> tuple[list[Turn], str]:
    """Return each stretch of speech with its speaker, and the method that decided it.

    `pitch_st` returns each stretch's median pitch in semitones; it is called only when the
    channels and the bandwidth cannot tell the sides apart (it costs a pitch track).
    """
    if not spans:
        return [], "none"
    by_channel = _by_channel(frames, spans, agent_channel, answer)
    if by_channel is not None:
        return by_channel, "channel"
    after = [i for i, s in enumerate(spans) if s.start >= answer - 0.2]
    first = after[0] if after else 0
    if not np.all(np.isnan(frames.high_db)):
        share = []
        for span in spans:
            part = _frames_of(frames, span)
            share.append(
                _power_mean_db(frames.high_db[part]) - _power_mean_db(frames.level_db[part])
            )
        values = np.array(share)
        labels = _two_groups(values)
        if labels.any() and not labels.all():
            gap = values[labels == 1].mean() - values[labels == 0].mean()
            if gap >= WIDE_BAND_GAP_DB:
                agent_label = 0  # the phone band: the far end heard through a line
                return [
                    Turn(s, AGENT if lab == agent_label else AUDITOR)
                    for s, lab in zip(spans, labels, strict=True)
                ], "band"
    # Level and pitch: two voices on one phone line.
    for values, gap_needed, name in (
        (np.array(pitch_st(), float) if pitch_st is not None else None, PITCH_GAP_ST, "pitch"),
        (
            np.array([_power_mean_db(frames.level_db[_frames_of(frames, s)]) for s in spans]),
            LEVEL_GAP_DB,
            "level",
        ),
    ):
        if values is None or np.isnan(values).all():
            continue
        filled = np.where(np.isnan(values), np.nanmedian(values), values)
        labels = _two_groups(filled)
        if labels.any() and not labels.all():
            gap = abs(filled[labels == 1].mean() - filled[labels == 0].mean())
            if gap >= gap_needed:
                agent_label = labels[first]
                return [
                    Turn(s, AGENT if lab == agent_label else AUDITOR)
                    for s, lab in zip(spans, labels, strict=True)
                ], name
    return [Turn(s, AGENT) for s in spans], "first"
