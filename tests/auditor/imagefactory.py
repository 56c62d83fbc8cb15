"""Make test images in memory: photos with camera metadata, incompressible PNGs, hostile files."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image


def photo_jpeg(
    width: int = 640, height: int = 480, *, seed: int = 1, orientation: int | None = None
) -> bytes:
    """Return a JPEG with textured content and EXIF camera, GPS, time and a JPEG comment."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = np.stack(
        [(x * 255 // max(1, width - 1)), (y * 255 // max(1, height - 1)), ((x + y) % 64) * 4],
        axis=-1,
    ).astype(np.int16)
    pixels = np.clip(base + rng.integers(-20, 20, base.shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels, "RGB")
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0132] = "2026:11:09 10:42:00"
    if orientation:
        exif[0x0112] = orientation
    exif.get_ifd(0x8825).update({1: "N", 2: (45.0, 30.0, 0.0), 3: "E", 4: (10.0, 40.0, 0.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif, comment=b"secret-comment Marta")
    return out.getvalue()


def noise_png(width: int = 128, height: int = 128, *, seed: int = 2) -> bytes:
    """Return a PNG of random pixels: incompressible, so its bytes are easy to find in a file."""
    rng = np.random.default_rng(seed)
    image = Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8), "RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def bomb_png(side: int = 20000) -> bytes:
    """Return a tiny PNG that declares side x side pixels."""
    image = Image.new("1", (side, side))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
