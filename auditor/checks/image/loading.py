"""Open an image file for the check, refusing anything unusable with a one-line reason."""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image

from auditor.imaging import open_image, read_image_file

log = logging.getLogger(__name__)

# Photos, screenshots and web images; TIFF and the exotic formats stay out (large attack surface,
# and nobody's evidence arrives as one).
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP")


def read_source(source: Path | bytes, name: str, lang: str = "en") -> bytes:
    """Return the bytes of a path or the bytes given, or raise EvidenceError (in `lang`)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    return read_image_file(source, lang, name)


def open_checked(data: bytes, name: str, lang: str = "en") -> Image.Image:
    """Return the fully decoded image in `data`, or raise EvidenceError saying why it is refused.

    The check reads luminance alone, so a colour JPEG is decoded straight to its Y channel.
    """
    return open_image(data, name, ACCEPTED_FORMATS, luminance=True, lang=lang)
