"""Read an image's natural size from its first bytes, and judge it as Lighthouse does."""

from __future__ import annotations

import io
import logging
import math
import warnings

from PIL import Image, UnidentifiedImageError

log = logging.getLogger(__name__)

# Lighthouse image-size-responsive: expected = ceil(factor x DPR x displayed),
# factor 0.75 above 64 px, else 1.
LARGE_IMAGE_THRESHOLD = 64
LARGE_IMAGE_FACTOR = 0.75
SMALL_IMAGE_FACTOR = 1.0
DEVICE_PIXEL_RATIO = 1.0  # an ordinary laptop screen: what is flagged here looks grainy to anyone
MAJOR_BELOW = 0.5  # natural size under half the displayed size: visibly pixelated


def natural_size(head: bytes) -> tuple[int, int] | None:
    """Return (width, height) from an image's header bytes without decoding pixels, or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(head)) as img:
                return img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def quantise_dpr(dpr: float) -> float:
    """Return the DPR Lighthouse judges with: 1, 1.5 or 2."""
    return 2.0 if dpr >= 2 else 1.5 if dpr >= 1.5 else 1.0


def expected_size(displayed: float, dpr: float = DEVICE_PIXEL_RATIO) -> int:
    """Return the fewest natural pixels an image displayed at `displayed` CSS px needs."""
    factor = LARGE_IMAGE_FACTOR if displayed > LARGE_IMAGE_THRESHOLD else SMALL_IMAGE_FACTOR
    return math.ceil(factor * quantise_dpr(dpr) * displayed)


def too_small(
    natural: tuple[int, int],
    width: float | None,
    height: float | None,
    dpr: float = DEVICE_PIXEL_RATIO,
) -> float | None:
    """Return natural/displayed (worse axis) when the image is too small for its box, else None."""
    ratios = []
    for have, shown in zip(natural, (width, height), strict=True):
        if shown and shown > 0 and have < expected_size(shown, dpr):
            ratios.append(have / shown)
    return min(ratios) if ratios else None
