"""Frame features every later step reads: level, tone energy, bandwidth and spectral change.

One pass of a short-time Fourier transform over the decimated signal, 20 ms apart, computed in
chunks so that a long call never holds its whole spectrogram.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import fft

log = logging.getLogger(__name__)

HOP_S = 0.02
WINDOW_S = 0.064  # 15.6 Hz bins at 16 kHz: 400 and 450 Hz (the UK pair) fall in separate bins
FLOOR_DB = -100.0
_CHUNK_FRAMES = 500


@dataclass(frozen=True)
class Frames:
    """Per-frame measurements, all arrays of the same length (one value every HOP_S seconds)."""

    hop_s: float
    level_db: np.ndarray  # speech-band (250-3500 Hz) power, dBFS
    high_db: np.ndarray  # 4-7.5 kHz power, dBFS (NaN when the signal has no such band)
    tone_share: np.ndarray  # share of speech-band power in the ringback frequencies
    flux: np.ndarray  # 1 - correlation of this frame's log spectrum with the previous one
    channel_db: np.ndarray | None  # (frames, channels) speech-band level of each channel

    @property
    def count(self) -> int:
        """Return the number of frames."""
        return len(self.level_db)

    def time(self, index: int) -> float:
        """Return the centre time of frame `index`, in seconds."""
        return index * self.hop_s

    def index(self, seconds: float) -> int:
        """Return the frame that holds `seconds`."""
        return int(np.clip(round(seconds / self.hop_s), 0, max(0, self.count - 1)))


def _db(power: np.ndarray) -> np.ndarray:
    return np.maximum(10.0 * np.log10(np.maximum(power, 1e-12)), FLOOR_DB).astype(np.float32)


def _channel_levels(samples: np.ndarray, hop: int, count: int) -> np.ndarray:
    """Return each channel's broadband level per frame (dBFS): enough to tell which side spoke."""
    levels = np.full((count, samples.shape[1]), FLOOR_DB, np.float32)
    step = _CHUNK_FRAMES * hop
    for begin in range(0, min(len(samples), count * hop) // hop * hop, step):
        piece = samples[begin : begin + step]
        piece = piece[: len(piece) // hop * hop]
        power = np.square(piece).reshape(-1, hop, samples.shape[1]).mean(axis=1)
        levels[begin // hop : begin // hop + len(power)] = _db(power * 2)
    return levels


def compute_frames(
    samples: np.ndarray,
    rate: int,
    tone_hz: Sequence[float],
    cancelled: Callable[[], bool] | None = None,
    mono: np.ndarray | None = None,
) -> Frames:
    """Return the frame features of `samples` (frames x channels float32) at `rate`.

    `mono` is the channels' mix when the caller already holds it (saves a copy of the call).
    """
    hop = round(HOP_S * rate)
    width = int(2 ** np.ceil(np.log2(WINDOW_S * rate)))
    channels = samples.shape[1]
    if mono is None:
        mono = samples.mean(axis=1, dtype=np.float32) if channels > 1 else samples[:, 0]
    count = max(0, (len(mono) - 1) // hop + 1)
    freqs = np.fft.rfftfreq(width, 1.0 / rate)
    band = (freqs >= 250) & (freqs <= 3500)
    high = (freqs >= 4000) & (freqs <= min(7500, 0.47 * rate))
    tone = np.zeros_like(band)
    for hz in tone_hz:
        tone |= np.abs(freqs - hz) <= 1.6 * rate / width
    window = np.hanning(width).astype(np.float32)
    norm = float(np.sum(window**2)) * width / 2  # a full-scale sine reads about 0 dB
    level = np.empty(count, np.float32)
    high_db = np.full(count, np.nan, np.float32)
    tone_share = np.empty(count, np.float32)
    flux = np.empty(count, np.float32)
    per_channel = _channel_levels(samples, hop, count) if channels > 1 else None
    previous = None
    offsets = np.arange(width)[None, :]
    for start in range(0, count, _CHUNK_FRAMES):
        if cancelled is not None and cancelled():
            from auditor.checks.callaudio.errors import CallAudioError
            from auditor.i18n import user_translator

            _ = user_translator()  # the caller's language is not passed down this far
            raise CallAudioError(_("the analysis was cancelled"))
        stop = min(count, start + _CHUNK_FRAMES)
        # Each frame is centred on its hop: pad this chunk's stretch only, not the whole call.
        first = start * hop - width // 2
        lo, hi = max(0, first), min(len(mono), (stop - 1) * hop - width // 2 + width)
        piece = np.zeros((stop - 1) * hop + width - start * hop, np.float32)
        piece[lo - first : hi - first] = mono[lo:hi]
        idx = (np.arange(stop - start)[:, None] * hop) + offsets
        spec = np.abs(fft.rfft(piece[idx] * window, axis=1)) ** 2 / norm
        band_power = spec[:, band].sum(axis=1)
        level[start:stop] = _db(band_power)
        tone_share[start:stop] = spec[:, tone].sum(axis=1) / np.maximum(band_power, 1e-12)
        if high.any():
            high_db[start:stop] = _db(spec[:, high].sum(axis=1))
        logspec = np.log10(spec[:, band] + 1e-9)
        logspec -= logspec.mean(axis=1, keepdims=True)
        normed = logspec / np.maximum(np.linalg.norm(logspec, axis=1, keepdims=True), 1e-9)
        shifted = np.vstack([normed[:1] if previous is None else previous, normed[:-1]])
        flux[start:stop] = 1.0 - np.sum(normed * shifted, axis=1)
        previous = normed[-1:]
    return Frames(HOP_S, level, high_db, tone_share, flux, per_channel)
