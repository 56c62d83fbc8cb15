"""Real photographs enlarged as a phone's processing or zoom leaves them, for the image tests."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

REAL = Path(__file__).parent / "data" / "real"
EXIF_IFD, PIXEL_X, PIXEL_Y = 0x8769, 0xA002, 0xA003


def enlarged(
    name: str,
    reduce_to: int,
    factor: float,
    exif: Image.Exif | None = None,
    state_size: bool = True,
) -> bytes:
    """Return a real photo reduced to `reduce_to` px wide, then enlarged by `factor` (Q92).

    With `exif`, the file carries it, its pixel size stated as the file's own (as a camera
    writes it) unless `state_size` is False (the EXIF then keeps whatever size it states).
    """
    photo = Image.open(REAL / name).convert("RGB")
    small = photo.resize((reduce_to, round(photo.height * reduce_to / photo.width)), Image.LANCZOS)
    big = small.resize((round(small.width * factor), round(small.height * factor)), Image.BICUBIC)
    out = io.BytesIO()
    if exif is None:
        big.save(out, "JPEG", quality=92)
        return out.getvalue()
    if state_size:
        exif.get_ifd(EXIF_IFD)[PIXEL_X], exif.get_ifd(EXIF_IFD)[PIXEL_Y] = big.size
    big.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()
