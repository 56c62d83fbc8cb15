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

log = logging.getLogger(__name__)

_SWAPPING_ORIENTATIONS = (5, 6, 7, 8)  # EXIF orientations that turn the picture by 90 degrees


def upright_size(img: Image.Image) -> tuple[int, int]:
    """Return (width, height) as the image is displayed, EXIF orientation applied."""
    try:
        orientation = img.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not stop the measurement
        orientation = None
    width, height = img.size
    return (height, width) if orientation in _SWAPPING_ORIENTATIONS else (width, height)


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
    fmt = (img.format or "").upper() or None
    if jpeg_tables is None and fmt == "JPEG":
        jpeg_tables = getattr(img, "quantization", None)
    width, height = upright_size(img)
    if getattr(img, "n_frames", 1) > 1:
        img.seek(0)  # an animated GIF or WebP: judge the first frame
    if img.mode in ("CMYK", "YCbCr", "LAB", "HSV"):
        img = img.convert("RGB")  # Pillow already undoes Adobe's inverted CMYK
    grey = measures.grey_crop(img)
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
