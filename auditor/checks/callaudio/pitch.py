"""Pitch by YIN (de Cheveigné & Kawahara 2002), vectorised over frames with numpy.

The cumulative-mean-normalised difference function is computed from FFT autocorrelations;
the first dip under the threshold gives the period, refined by parabolic interpolation.
Telephone speech lacks its fundamental below 300 Hz, but YIN reads periodicity, not the
fundamental's energy, so the phone band is no obstacle.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import numpy as np
from scipy import fft, signal

log = logging.getLogger(__name__)

F0_MIN, F0_MAX = 70.0, 400.0
HOP_S = 0.01
THRESHOLD = 0.2  # the first dip under this gives the period
VOICED_MAX = 0.35  # failing that, the deepest dip, if under this, still reads as voiced
PITCH_RATE = 8000  # enough for F0 up to 400 Hz; halves the work at 16 kHz


@dataclass(frozen=True)
class PitchTrack:
    """F0 in Hz every HOP_S seconds from `start_s`; NaN where the frame is not voiced."""

    start_s: float
    hop_s: float
    f0: np.ndarray
    strength: np.ndarray  # 1 - the YIN dip: near 1 for clean voicing

    def times(self) -> np.ndarray:
        """Return the time of each value, in seconds from the recording's start."""
        return self.start_s + np.arange(len(self.f0)) * self.hop_s


def _resampled(samples: np.ndarray, rate: int) -> tuple[np.ndarray, int]:
    if rate <= PITCH_RATE:
        return samples.astype(np.float32), rate
    factor = rate // PITCH_RATE
    if factor < 2:
        return samples.astype(np.float32), rate
    return signal.decimate(samples, factor, ftype="fir", zero_phase=True).astype(np.float32), (
        rate // factor
    )


CHUNK_FRAMES = 2000  # frames analysed at once: bounds memory on long stretches


def yin(samples: np.ndarray, rate: int, start_s: float = 0.0) -> PitchTrack:
    """Return the pitch track of a mono float signal."""
    x, rate = _resampled(np.asarray(samples, np.float64), rate)
    hop = round(HOP_S * rate)
    max_lag = int(np.ceil(rate / F0_MIN))
    count = max(0, (len(x) - 2 * max_lag) // hop + 1)
    f0_parts, strength_parts = [], []
    for first in range(0, count, CHUNK_FRAMES):
        last = min(count, first + CHUNK_FRAMES)
        piece = x[first * hop : (last - 1) * hop + 2 * max_lag]
        f0, strength = _yin_frames(piece, rate, hop, max_lag)
        f0_parts.append(f0[: last - first])
        strength_parts.append(strength[: last - first])
    if not f0_parts:
        return PitchTrack(start_s, HOP_S, np.full(0, np.nan), np.zeros(0))
    # Frame centres: each window starts at row*hop and spans two longest periods.
    centre = start_s + max_lag / rate
    return PitchTrack(centre, hop / rate, np.concatenate(f0_parts), np.concatenate(strength_parts))


def _yin_frames(x: np.ndarray, rate: int, hop: int, max_lag: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (f0, strength) of every frame of `x` (already at the pitch rate)."""
    min_lag = max(2, int(np.floor(rate / F0_MAX)))
    width = max_lag  # the integration window: one longest period
    count = max(0, (len(x) - width - max_lag) // hop + 1)
    idx = np.arange(count)[:, None] * hop + np.arange(width + max_lag)[None, :]
    frames = x[idx]
    size = int(2 ** np.ceil(np.log2(2 * (width + max_lag))))
    spectrum = fft.rfft(frames, size, axis=1)
    # r_t(tau): correlation of the frame's first `width` samples with the lag-shifted ones.
    head = fft.rfft(frames[:, :width], size, axis=1)
    corr = fft.irfft(np.conj(head) * spectrum, size, axis=1)[:, : max_lag + 1]
    energy = np.cumsum(np.concatenate([np.zeros((count, 1)), frames**2], axis=1), axis=1)
    lags = np.arange(max_lag + 1)
    shifted_energy = energy[:, lags + width] - energy[:, lags]
    diff = shifted_energy[:, :1] + shifted_energy - 2 * corr
    diff[:, 0] = 0
    cumulative = np.cumsum(diff[:, 1:], axis=1) / np.arange(1, max_lag + 1)
    cmnd = np.ones_like(diff)
    cmnd[:, 1:] = diff[:, 1:] / np.maximum(cumulative, 1e-12)
    cmnd[:, :min_lag] = 1.0
    below = cmnd < THRESHOLD
    # The first dip under the threshold, followed down to its local minimum; else the deepest.
    rows = np.arange(count)
    deepest = cmnd.argmin(axis=1)
    fallback = np.where(cmnd[rows, deepest] < VOICED_MAX, deepest, -1)
    first = np.where(below.any(axis=1), below.argmax(axis=1), fallback)
    climbing = np.zeros_like(below)
    climbing[:, :-1] = cmnd[:, 1:] >= cmnd[:, :-1]
    climbing[:, -1] = True
    climbing &= lags[None, :] >= np.maximum(first, 0)[:, None]
    tau = climbing.argmax(axis=1)
    inner = np.clip(tau, 1, max_lag - 1)
    a, b, c = cmnd[rows, inner - 1], cmnd[rows, inner], cmnd[rows, inner + 1]
    denom = a - 2 * b + c
    with np.errstate(divide="ignore", invalid="ignore"):
        shift = np.where(denom > 1e-12, 0.5 * (a - c) / denom, 0.0)
    period = np.where((tau >= 1) & (tau < max_lag), tau + np.clip(shift, -1, 1), tau)
    voiced = (first >= 0) & (period > 0)
    f0 = np.where(voiced, rate / np.maximum(period, 1e-9), np.nan)
    strength = np.where(voiced, 1.0 - cmnd[rows, tau], 0.0)
    silent = frames[:, :width].std(axis=1) < 1e-4
    f0[silent] = np.nan
    return f0, strength


def semitones(f0: np.ndarray, reference_hz: float) -> np.ndarray:
    """Return F0 values in semitones relative to `reference_hz`."""
    return 12.0 * np.log2(f0 / reference_hz)


def clean(track: PitchTrack) -> np.ndarray:
    """Return the F0 with octave jumps and isolated voiced frames removed (NaN)."""
    f0 = track.f0.copy()
    voiced = ~np.isnan(f0)
    if voiced.sum() < 5:
        return f0
    median = float(np.nanmedian(f0))
    # Octave errors: a frame an octave off the speaker's median is folded back when that fits.
    ratio = f0 / median
    f0 = np.where(ratio > 1.8, f0 / 2, f0)
    f0 = np.where(ratio < 0.55, f0 * 2, f0)
    # Isolated frames (a single voiced frame amid unvoiced ones) are noise.
    padded = np.concatenate([[False], voiced, [False]])
    lonely = voiced & ~padded[:-2] & ~padded[2:]
    f0[lonely] = np.nan
    # A median filter over 5 frames removes single-frame jumps without moving real contours.
    padded = np.concatenate([np.full(2, np.nan), f0, np.full(2, np.nan)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, 5)
    keep = ~np.isnan(f0)
    values = np.full_like(f0, np.nan)
    if keep.any():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            values[keep] = np.nanmedian(windows[keep], axis=1)
    return _continuous(values)


JUMP_RATIO = 2 ** (4 / 12)  # 4 semitones in 20 ms: no voice moves so fast; a tracking error does
SPAN = 15  # frames of the running median a frame is compared with (300 ms)


def _continuous(f0: np.ndarray) -> np.ndarray:
    """Return the F0 without frames far from the contour around them (NaN there).

    YIN slips to a harmonic or a sub-harmonic near the end of a phrase, where the voice weakens;
    such a frame lands 5-10 semitones off the contour, which the 5-frame median keeps when the
    slip lasts several frames. The end of the phrase is what the intonation is read from, and
    what the auditor looks at on the curve.
    """
    voiced = ~np.isnan(f0)
    if voiced.sum() < SPAN:
        return f0
    half = SPAN // 2
    padded = np.concatenate([np.full(half, np.nan), f0, np.full(half, np.nan)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, SPAN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        local = np.nanmedian(windows, axis=1)
    ratio = f0 / local
    off = voiced & ((ratio > JUMP_RATIO) | (ratio < 1 / JUMP_RATIO))
    out = f0.copy()
    out[off] = np.nan
    return out
