"""Open an image file for the check, refusing anything unusable with a one-line reason."""

from __future__ import annotations

import io
import logging
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from auditor.errors import EvidenceError

log = logging.getLogger(__name__)

# Photos, screenshots and web images; TIFF and the exotic formats stay out (large attack surface,
# and nobody's evidence arrives as one).
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP")
MAX_PIXELS = 60_000_000  # a 50 MP phone photo fits; a 27 KB PNG claiming 20000x20000 does not
MAX_BYTES = 80 * 1024 * 1024


def read_source(source: Path | bytes, name: str) -> bytes:
    """Return the bytes of a path or the bytes given, or raise EvidenceError."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    try:
        path = Path(source)
        if path.stat().st_size > MAX_BYTES:
            raise EvidenceError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
        return path.read_bytes()
    except OSError as exc:
        raise EvidenceError(f"cannot read {name}: {exc.strerror or exc}") from None


def open_checked(data: bytes, name: str) -> Image.Image:
    """Return the fully decoded image in `data`, or raise EvidenceError saying why it is refused."""
    if not data:
        raise EvidenceError(f"{name} is empty (0 bytes)")
    if len(data) > MAX_BYTES:
        raise EvidenceError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that: a bomb must be an error.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
            width, height = img.size
            if width < 1 or height < 1:
                raise EvidenceError(f"{name} has no pixels ({width}x{height})")
            if width * height > MAX_PIXELS:
                raise EvidenceError(
                    f"{name} declares {width}x{height} pixels, more than the "
                    f"{MAX_PIXELS // 1_000_000} MP accepted (a decompression bomb?)"
                )
            img.load()
    except EvidenceError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise EvidenceError(f"{name} declares too many pixels (a decompression bomb?)") from None
    except UnidentifiedImageError:
        detected = _sniff(data)
        if detected:
            raise EvidenceError(
                f"{name} is a {detected} image, not an accepted format "
                f"({', '.join(ACCEPTED_FORMATS)})"
            ) from None
        raise EvidenceError(
            f"{name} is not an image in an accepted format ({', '.join(ACCEPTED_FORMATS)})"
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise EvidenceError(f"{name} is damaged or truncated ({exc})") from None
    return img


def _sniff(data: bytes) -> str | None:
    """Return the name of a known but refused image format, to say more than 'not an image'."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as img:
                return img.format
    except Exception:  # anything unreadable is simply "not an image"
        return None
