"""Estimate the JPEG quality a file was last saved at, from its quantization tables.

Most encoders (libjpeg, Pillow, OpenCV, ImageMagick, phones based on them) scale the example
tables of ITU-T T.81 Annex K by the IJG rule; matching the file's tables against the 100
scaled versions by least squares gives the quality, and how well they fit gives a confidence.
Tables only describe the last save: a Q10 image re-saved at Q90 reads Q90 (the pixel tests,
blockiness above all, catch that).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

log = logging.getLogger(__name__)

# fmt: off
# ITU-T T.81 Annex K.1, tables K.1 (luminance) and K.2 (chrominance), natural row-major order.
LUMA = (
    16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
    14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
    18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
)
CHROMA = (
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
    24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
)
# fmt: on


@dataclass(frozen=True)
class QualityEstimate:
    """The quality whose IJG tables fit best, and how well (1.0 = exactly those tables)."""

    quality: int
    confidence: float


@cache
def scaled_tables() -> np.ndarray:
    """Return the IJG-scaled luma and chroma tables for Q = 1..100, shape (100, 2, 64)."""
    base = np.array([LUMA, CHROMA], dtype=np.int64)
    out = np.empty((100, 2, 64), dtype=np.float64)
    for q in range(1, 101):
        scale = 5000 // q if q < 50 else 200 - 2 * q
        out[q - 1] = np.clip((base * scale + 50) // 100, 1, 255)
    return out


def estimate_quality(tables: Mapping[int, Sequence[int]] | None) -> QualityEstimate | None:
    """Return the estimated quality of a JPEG's quantization tables (None without tables)."""
    if not tables:
        return None
    ids = sorted(tables)
    luma = np.asarray(tables[ids[0]], dtype=np.float64)
    if luma.size != 64:
        return None
    ref = scaled_tables()
    # Weight by 1/reference: an error of 2 on a step of 4 matters more than on a step of 100.
    err = ((ref[:, 0, :] - luma) / ref[:, 0, :]) ** 2
    if len(ids) > 1 and len(tables[ids[1]]) == 64:
        chroma = np.asarray(tables[ids[1]], dtype=np.float64)
        err = np.concatenate([err, ((ref[:, 1, :] - chroma) / ref[:, 1, :]) ** 2], axis=1)
    score = err.mean(axis=1)
    best = int(np.argmin(score))
    rms = float(np.sqrt(score[best]))  # relative RMS misfit of the steps
    confidence = max(0.0, 1.0 - rms / 0.5)  # half a step off on average = no confidence left
    return QualityEstimate(quality=best + 1, confidence=round(confidence, 3))
