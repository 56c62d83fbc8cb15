"""Take images in safely and make the copies that may leave the workspace.

Originals are kept byte for byte (they prove when and where a photo was taken); anything that
leaves the workspace is rebuilt from pixels so that no EXIF, GPS, XMP or comment survives.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PIL import Image, ImageFile, ImageFilter, ImageOps, UnidentifiedImageError

from auditor.errors import EvidenceError

log = logging.getLogger(__name__)

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_PIXELS = 60_000_000  # a 50 MP phone photo fits; a 27 KB PNG claiming 15000x15000 does not
MAX_BYTES = 80 * 1024 * 1024
THUMBNAIL_SIZE = 360  # long side in pixels: sharp in the evidence strip on a HiDPI screen

ImageFile.LOAD_TRUNCATED_IMAGES = False


@dataclass(frozen=True)
class Intake:
    """A decoded, verified image ready to store."""

    data: bytes
    image: Image.Image  # fully loaded, orientation NOT applied (the original pixels)
    format: str
    mime: str
    width: int  # as displayed, orientation applied
    height: int
    sha256: str
    captured_at: datetime | None
    thumbnail: bytes  # JPEG, orientation applied, no metadata


@contextmanager
def _guarded() -> Iterator[None]:
    # Pillow only warns between MAX_IMAGE_PIXELS and twice that: a bomb must be an error.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def open_image(
    data: bytes, name: str = "image", formats: Sequence[str] = ACCEPTED_FORMATS
) -> Image.Image:
    """Return the fully decoded image in `data`, or raise EvidenceError saying why it is refused."""
    if not data:
        raise EvidenceError(f"{name} is empty (0 bytes)")
    if len(data) > MAX_BYTES:
        raise EvidenceError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        with _guarded():
            image = Image.open(io.BytesIO(data), formats=list(formats))
            width, height = image.size
            if width < 1 or height < 1:
                raise EvidenceError(f"{name} has no pixels ({width}x{height})")
            if width * height > MAX_PIXELS:
                raise EvidenceError(
                    f"{name} declares {width}x{height} pixels, more than the "
                    f"{MAX_PIXELS // 1_000_000} MP accepted (a decompression bomb?)"
                )
            image.load()
    except EvidenceError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise EvidenceError(f"{name} declares too many pixels (a decompression bomb?)") from None
    except UnidentifiedImageError:
        accepted = ", ".join(formats)
        detected = _sniff(data)
        if detected:
            raise EvidenceError(
                f"{name} is a {detected} image, not an accepted format ({accepted})"
            ) from None
        raise EvidenceError(f"{name} is not an image in an accepted format ({accepted})") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise EvidenceError(f"{name} is damaged or truncated ({exc})") from None
    return image


def _sniff(data: bytes) -> str | None:
    """Return the name of a known but refused image format, to say more than 'not an image'."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                return image.format
    except Exception:  # anything unreadable is simply "not an image"
        return None


def _captured_at(image: Image.Image) -> datetime | None:
    exif = image.getexif()
    raw = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)  # DateTimeOriginal, else DateTime
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _pixels_only(image: Image.Image) -> Image.Image:
    """Return a new image holding only the pixels (orientation applied, no metadata at all)."""
    upright = ImageOps.exif_transpose(image)
    if upright.mode not in ("RGB", "RGBA", "L"):
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    clean = Image.new(upright.mode, upright.size)
    clean.paste(upright)
    return clean


def thumbnail_bytes(image: Image.Image, size: int = THUMBNAIL_SIZE) -> bytes:
    """Return a small metadata-free JPEG of the image, orientation applied."""
    copy = image.copy()
    if copy.format == "JPEG" or getattr(image, "format", None) == "JPEG":
        copy.draft("RGB", (size * 2, size * 2))  # decode at a fraction of the size: much faster
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    clean = _pixels_only(copy)
    if clean.mode != "RGB":
        background = Image.new("RGB", clean.size, "white")
        background.paste(clean, mask=clean.getchannel("A") if clean.mode == "RGBA" else None)
        clean = background
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def take_in(data: bytes, name: str = "image") -> Intake:
    """Return the verified intake of an image file's bytes, or raise EvidenceError."""
    image = open_image(data, name)
    upright_size = (
        ImageOps.exif_transpose(image.copy()).size
        if image.getexif().get(0x0112) in (5, 6, 7, 8)
        else image.size
    )
    return Intake(
        data=data,
        image=image,
        format=image.format or "",
        mime=MIME[image.format or "PNG"],
        width=upright_size[0],
        height=upright_size[1],
        sha256=hashlib.sha256(data).hexdigest(),
        captured_at=_captured_at(image),
        thumbnail=thumbnail_bytes(image),
    )


def blur_region(image: Image.Image, box: tuple[int, int, int, int]) -> None:
    """Pixelate then blur a region (left, top, right, bottom) in place: a Gaussian alone can leave a face recognisable."""
    region = image.crop(box)
    small = region.resize((max(1, region.width // 16), max(1, region.height // 16)))
    radius = max(2, max(region.size) // 6)
    image.paste(
        small.resize(region.size, Image.Resampling.NEAREST).filter(
            ImageFilter.GaussianBlur(radius)
        ),
        box[:2],
    )


def clean_copy(
    data: bytes,
    *,
    max_long_side: int | None = None,
    redactions: Sequence[tuple[int, int, int, int]] = (),
    quality: int = 88,
) -> tuple[bytes, int, int]:
    """Return (JPEG or PNG bytes, width, height): pixels only, upright, regions blurred, downscaled.

    Redaction boxes are in the upright image's pixel coordinates (as the auditor sees it).
    """
    image = _pixels_only(open_image(data))
    for x, y, w, h in redactions:
        box = (max(0, x), max(0, y), min(image.width, x + w), min(image.height, y + h))
        if box[2] > box[0] and box[3] > box[1]:
            blur_region(image, box)
    if max_long_side and max(image.size) > max_long_side:
        image.thumbnail((max_long_side, max_long_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA"):
        image.save(out, "PNG", optimize=False)
    else:
        image.convert("RGB").save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue(), image.width, image.height
