"""Write the odd-mode test images beside this script from the scikit-image photos in data/.

Run `python tests/auditor/checks/image/data/modes/make_modes.py` to rebuild them; the images are
small (256 px) and deterministic, so the tests read them as files like evidence arriving.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np
from PIL import Image

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SIDE = 256


def _photo(name: str, box: tuple[int, int]) -> Image.Image:
    """Return a native 256 px crop of a source photo (RGB)."""
    with Image.open(DATA / f"{name}.jpg") as img:
        return img.convert("RGB").crop((box[0], box[1], box[0] + SIDE, box[1] + SIDE))


def _save(img: Image.Image, name: str, **options: object) -> None:
    img.save(HERE / name, **options)


def build() -> None:
    """Write every odd-mode file."""
    colour = _photo("astronaut", (120, 40))
    grey = _photo("camera", (140, 60)).convert("L")
    levels = np.asarray(grey, dtype=np.uint16)
    # 16-bit grey as a 12-bit sensor writes it: 800-4880 of 65535. Clipped at 255 it is white;
    # divided by 65535 it is 16 grey levels of near black.
    _save(Image.fromarray(levels * 16 + 800), "grey16.png")
    _save(colour.quantize(64), "palette.png")
    keyed = colour.quantize(63)
    arr = np.asarray(keyed).copy()
    arr[:, : SIDE // 4] = 63  # a transparent band on the left, palette entry 63
    trns = Image.fromarray(arr, "P")
    trns.putpalette(keyed.getpalette())
    _save(trns, "palette_transparent.png", transparency=63)
    rgba = colour.convert("RGBA")
    alpha = np.full((SIDE, SIDE), 255, np.uint8)
    alpha[: SIDE // 4] = 0  # a transparent band at the top: white when shown
    rgba.putalpha(Image.fromarray(alpha))
    _save(rgba, "rgba.png")
    la = grey.convert("LA")
    la.putalpha(Image.fromarray(alpha))
    _save(la, "la.png")
    _save(Image.fromarray(np.asarray(grey) > 110), "bilevel.png")
    _save(colour.convert("CMYK"), "cmyk_adobe.jpg", quality=92)  # Pillow writes Adobe inverted
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned by 90 degrees clockwise
    wide = colour.crop((0, 0, SIDE, SIDE // 2))
    _save(wide, "rotated_exif6.jpg", quality=92, exif=exif.tobytes())
    # Animated: the first frame holds the picture, the later ones are flat black.
    black = Image.new("RGB", colour.size, "black")
    _save(colour, "animated.png", save_all=True, append_images=[black, black], duration=200)
    _save(colour, "animated.webp", save_all=True, append_images=[black], lossless=True)
    _save(colour, "animated.gif", save_all=True, append_images=[black], duration=200)
    log.info("wrote %s", sorted(p.name for p in HERE.iterdir()))


def encoded(img: Image.Image, fmt: str) -> bytes:
    """Return an image's bytes in a format (for in-memory modes no file format keeps)."""
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


if __name__ == "__main__":
    build()
