"""Turn a decoded image into the raw metrics the verdict reads."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PIL import Image

from auditor.checks.image import measures
from auditor.checks.image.jpeg_quality import estimate_quality
from auditor.checks.image.thresholds import DETAIL_PSNR, DETAIL_PSNR_COARSE
from auditor.imaging import normalise, source_of

log = logging.getLogger(__name__)


def detail_factor(grey: np.ndarray, psnr_x2: float) -> int:
    """Return by how much the picture could shrink without losing detail (1 = not at all)."""
    if psnr_x2 < DETAIL_PSNR:
        return 1
    factor = 2
    for k in (3, 4, 6):
        if measures.tile_psnr(grey, k, k) >= DETAIL_PSNR_COARSE:
            factor = k
        else:
            break
    return factor


def measure(
    img: Image.Image, jpeg_tables: Mapping[int, Sequence[int]] | None = None
) -> dict[str, Any]:
    """Return every metric of an image (no verdict): size, format, sharpness, noise, compression."""
    # The same pixels as the thumbnail and the report: first frame, upright, 8-bit, on white.
    pixels = normalise(img)
    source = source_of(pixels)
    fmt = ((source.format if source else None) or "").upper() or None
    if jpeg_tables is None and fmt == "JPEG" and source is not None:
        jpeg_tables = source.jpeg_tables
    width, height = pixels.size
    grey = measures.grey_crop(pixels)
    iso = measures.tile_psnr(grey)
    horizontal = measures.tile_psnr(grey, 2.0, 1.0)
    vertical = measures.tile_psnr(grey, 1.0, 2.0)
    factor = detail_factor(grey, iso)
    sharpness = measures.laplacian_variance(grey)
    variance = float(grey.var(dtype=np.float64))
    estimate = estimate_quality(jpeg_tables) if fmt == "JPEG" else None
    return {
        "width": width,
        "height": height,
        "format": fmt,
        "sharpness": round(sharpness, 1),
        # Scale-free sharpness: Laplacian energy per unit of contrast (soft pictures under 0.05).
        "relative_sharpness": round(sharpness / max(variance, 1e-6), 3),
        "contrast": round(variance**0.5, 1),  # standard deviation of the crop's grey levels
        "noise_sigma": round(measures.immerkaer_sigma(grey), 2),
        "jpeg_quality": estimate.quality if estimate else None,
        "jpeg_quality_confidence": estimate.confidence if estimate else None,
        "resample_psnr": round(iso, 1),
        "resample_psnr_h": round(horizontal, 1),
        "resample_psnr_v": round(vertical, 1),
        "blockiness": round(measures.blockiness(grey), 2),
        "detail_width": max(1, round(width / factor)),
        "detail_height": max(1, round(height / factor)),
        "crop": [grey.shape[1], grey.shape[0]],
    }
