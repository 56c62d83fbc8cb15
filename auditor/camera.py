"""Whether an image file is as a camera wrote it: its maker and model, and no editor since.

The image check reads pixels, and pixels alone cannot tell a phone photo soft at 100 % from a
sharp photo enlarged by two: both hold about half their size in detail. The file's own EXIF
can. A camera's original names its maker and model and, where it states its pixel size, states
the size it has; a program that edits or enlarges a picture and keeps the EXIF writes its own
name in the Software tag (Photoshop, Lightroom, GIMP, an upscaler). Nothing here is trusted for
more than that: EXIF is easy to forge, so it only ever spares a picture a minor finding
(auditor/checks/image/verdict.py), never a major one.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass

from PIL import Image

log = logging.getLogger(__name__)

MAKE, MODEL, SOFTWARE = 0x010F, 0x0110, 0x0131
EXIF_IFD = 0x8769
PIXEL_X, PIXEL_Y = 0xA002, 0xA003
DIGITAL_ZOOM = 0xA404
# Some cameras write 1.0000153 (65537/65536) for no zoom at all.
NO_ZOOM = 1.01

# Programs that write a picture again, as they name themselves in the Software tag. Cameras and
# phones write their firmware there ("HDR+ 1.0.362396382zd", "14.4.2", "Ver.1.00",
# "laurel_sprout-user 10 ..."), which names none of these.
EDITORS = (
    "acdsee",
    "adobe",
    "affinity",
    "capture nx",
    "capture one",
    "corel",
    "darktable",
    "digikam",
    "dxo",
    "faststone",
    "fotor",
    "gigapixel",
    "gimp",
    "graphicsmagick",
    "imagemagick",
    "irfanview",
    "krita",
    "lightroom",
    "luminar",
    "on1",
    "paint",
    "photodirector",
    "photos",
    "photoscape",
    "photoshop",
    "picasa",
    "picmonkey",
    "pixelmator",
    "pixlr",
    "preview",
    "rawtherapee",
    "shotwell",
    "snapseed",
    "topaz",
    "xnview",
)

_EDITOR = re.compile(r"\b(?:" + "|".join(re.escape(e) for e in EDITORS) + r")\b")


def _text(value: object) -> str:
    """Return an EXIF text value printable and trimmed ("" for padding or other types)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    if not isinstance(value, str):
        return ""
    return "".join(ch for ch in value if ch.isprintable()).strip()


@dataclass(frozen=True)
class Camera:
    """The camera that wrote a file as it is."""

    name: str  # "Pixel 5", "Canon EOS 600D": the maker once, then the model
    # The camera's own enlargement: a phone's digital zoom crops the sensor and enlarges the crop
    # to the full size (2.0 holds half the detail its pixels could). 1.0 without zoom.
    zoom: float


def _zoom(value: object) -> float:
    try:
        ratio = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return 1.0
    return ratio if math.isfinite(ratio) and ratio > NO_ZOOM else 1.0


def camera_original(image: Image.Image) -> Camera | None:
    """Return the camera when the file is as a camera wrote it, else None.

    As a camera wrote it: the maker and model are named (trail cameras that pad them with NUL
    bytes are not), no editing program is named, and the pixel size the EXIF states, if any, is
    the size of the file (before any turn by the orientation tag).
    """
    try:
        exif = image.getexif()
        make, model = _text(exif.get(MAKE)), _text(exif.get(MODEL))
        software = _text(exif.get(SOFTWARE)).lower()
        stated = exif.get_ifd(EXIF_IFD)
        size = (stated.get(PIXEL_X), stated.get(PIXEL_Y))
        zoom = _zoom(stated.get(DIGITAL_ZOOM))
    except Exception:  # a broken EXIF block proves nothing, and must not lose the photo
        log.debug("unreadable EXIF", exc_info=True)
        return None
    if not make or not model or _EDITOR.search(software):
        return None
    if None not in size and tuple(size) not in (image.size, image.size[::-1]):
        return None  # resized since: the EXIF still states the camera's size
    # Cameras often repeat the maker in the model ("Canon", "Canon EOS 600D"): say it once.
    name = model if model.lower().startswith(make.lower()) else f"{make} {model}"
    return Camera(name, round(zoom, 2))
