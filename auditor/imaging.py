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
from pathlib import Path

from PIL import Image, ImageFile, ImageFilter, ImageOps, UnidentifiedImageError

from auditor.camera import Camera, camera_original
from auditor.errors import EvidenceError, file_reason
from auditor.i18n import Translate, translator

log = logging.getLogger(__name__)

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_PIXELS = 60_000_000  # a 50 MP phone photo fits; a 27 KB PNG claiming 15000x15000 does not
MAX_BYTES = 80 * 1024 * 1024
THUMBNAIL_SIZE = 360  # long side in pixels: sharp in the evidence strip on a HiDPI screen
SOURCE_KEY = "auditor.source"  # where a normalised image keeps its Source in `info`

ImageFile.LOAD_TRUNCATED_IMAGES = False


@dataclass(frozen=True)
class Source:
    """What the normalised pixels no longer show about the file they came from."""

    format: str | None  # JPEG, PNG, WEBP... as Pillow named it
    mode: str  # the decoded mode before normalising (I;16, P, CMYK, LA...)
    frames: int  # more than one for an animated GIF, WebP or PNG (only the first is used)
    jpeg_tables: dict[int, list[int]] | None  # quantization tables of a JPEG, else None
    camera: Camera | None = None  # the camera, when the file is as a camera wrote it


@dataclass(frozen=True)
class Intake:
    """A decoded, verified image ready to store."""

    data: bytes  # the original bytes, stored untouched (they prove when the photo was taken)
    image: Image.Image  # the normalised pixels (see `normalise`) every consumer reads
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


def _too_large(name: str, _: Translate) -> EvidenceError:
    # Said before a file is read (its size on disk) and before bytes are decoded (their length).
    return EvidenceError(
        _("{name} is larger than {size} MB").format(name=name, size=MAX_BYTES // (1024 * 1024))
    )


def read_image_file(path: Path | str, lang: str = "en", name: str | None = None) -> bytes:
    """Return the bytes of an image file, or raise EvidenceError naming it (`name`, else the path).

    The one reader of image files, for evidence (the window, `auditor attach`) and the image
    check alike: a folder is said to be one, and a file over MAX_BYTES is refused before it is
    read, so a video dropped by mistake never fills the memory.
    """
    _ = translator(lang)
    path = Path(path)
    shown = name or str(path)
    try:
        if path.is_dir():
            reason = _("it is a folder, not an image")
            raise EvidenceError(_("cannot read {file}: {reason}").format(file=shown, reason=reason))
        if path.stat().st_size > MAX_BYTES:
            raise _too_large(shown, _)
        return path.read_bytes()
    except OSError as exc:
        raise EvidenceError(
            _("cannot read {file}: {reason}").format(file=shown, reason=file_reason(exc, _))
        ) from None


def open_image(
    data: bytes,
    name: str = "image",
    formats: Sequence[str] = ACCEPTED_FORMATS,
    *,
    luminance: bool = False,
    lang: str = "en",
) -> Image.Image:
    """Return the fully decoded image in `data`, or raise EvidenceError saying why it is refused.

    `luminance` asks a colour JPEG for its Y channel alone (L, full size): every byte is still
    decoded, so damage is still found, but the colour conversion is skipped (the image check).
    """
    _ = translator(lang)
    if not data:
        raise EvidenceError(_("{name} is empty (0 bytes)").format(name=name))
    if len(data) > MAX_BYTES:
        raise _too_large(name, _)
    try:
        with _guarded():
            image = Image.open(io.BytesIO(data), formats=list(formats))
            width, height = image.size
            if width < 1 or height < 1:
                raise EvidenceError(
                    _("{name} has no pixels ({width}x{height})").format(
                        name=name, width=width, height=height
                    )
                )
            if width * height > MAX_PIXELS:
                raise EvidenceError(
                    _(
                        "{name} declares {width}x{height} pixels, more than the {most} MP "
                        "accepted (a decompression bomb?)"
                    ).format(name=name, width=width, height=height, most=MAX_PIXELS // 1_000_000)
                )
            if luminance and image.format == "JPEG" and image.mode in ("RGB", "YCbCr"):
                image.draft("L", image.size)  # libjpeg's own YCbCr to grey: Y alone
            image.load()
    except EvidenceError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise EvidenceError(
            _("{name} declares too many pixels (a decompression bomb?)").format(name=name)
        ) from None
    except UnidentifiedImageError:
        accepted = ", ".join(formats)
        detected = _sniff(data)
        if detected:
            raise EvidenceError(
                _("{name} is a {format} image, not an accepted format ({accepted})").format(
                    name=name, format=detected, accepted=accepted
                )
            ) from None
        raise EvidenceError(
            _("{name} is not an image in an accepted format ({accepted})").format(
                name=name, accepted=accepted
            )
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        # The decoder's own words ("image file is truncated") help a developer, not the user.
        log.info("%s refused: %s", name, exc)
        raise EvidenceError(_("{name} is damaged or truncated").format(name=name)) from None
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


def source_of(image: Image.Image) -> Source | None:
    """Return the source facts of a normalised image, None for an image not normalised here."""
    source = image.info.get(SOURCE_KEY)
    return source if isinstance(source, Source) else None


def normalise(image: Image.Image) -> Image.Image:
    """Return the pixels every consumer uses: first frame, upright, 8-bit L or RGB, on white."""
    if source_of(image) is not None:
        return image
    tables = getattr(image, "quantization", None) if image.format == "JPEG" else None
    source = Source(
        format=image.format,
        mode=image.mode,
        frames=getattr(image, "n_frames", 1),
        jpeg_tables={k: list(v) for k, v in tables.items()} if tables else None,
        camera=camera_original(image),
    )
    if source.frames > 1 and image.tell() != 0:
        image.seek(0)  # an animated GIF, WebP or PNG: the first frame is the picture
    try:
        orientation = image.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not lose the photo: show it as stored
        orientation = None
    upright = ImageOps.exif_transpose(image) if orientation in range(2, 9) else image
    pixels = _eight_bit(upright)
    if pixels is image:
        pixels = image.copy()  # never hand out (and mark) the caller's own object
    pixels.info = {SOURCE_KEY: source}  # the file's metadata stays in the original bytes
    return pixels


def _eight_bit(image: Image.Image) -> Image.Image:
    """Return the image as 8-bit L or RGB, transparency flattened on white."""
    mode = image.mode
    if mode in ("L", "RGB"):
        return image
    if mode in ("I", "F") or mode.startswith("I;16"):
        return _stretched(image)
    if mode == "1":
        return image.convert("L")
    transparent = "A" in image.getbands() or "transparency" in image.info
    if transparent:
        # Transparent pixels show the page under them: white, as in the report and on screen.
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat.convert("L") if mode in ("LA", "La") else flat
    if mode == "P" and _grey_palette(image):
        return image.convert("L")
    return image.convert("RGB")  # CMYK (Adobe's inverted JPEGs are undone by Pillow), P, YCbCr...


def _grey_palette(image: Image.Image) -> bool:
    """Return True when a palette image holds only greys (kept as L, a third of the memory)."""
    palette = image.getpalette() or []
    return all(palette[i] == palette[i + 1] == palette[i + 2] for i in range(0, len(palette), 3))


def _stretched(image: Image.Image) -> Image.Image:
    """Return a 16-bit, 32-bit or float image as L, its actual range stretched over 0-255."""
    # Pillow's own conversion clips at 255: a 16-bit photo comes out white. Dividing by 65535
    # instead leaves a 12-bit sensor's picture in the bottom 16 grey levels. Its real range is
    # what the picture holds.
    wide = image if image.mode in ("I", "F") else image.convert("I")
    low, high = wide.getextrema()
    if high > low:
        scale = 255.0 / (high - low)
        wide = wide.point(lambda v: v * scale - low * scale)
    else:  # one flat value: keep it where it sits on its own scale
        full = 1.0 if image.mode == "F" and high <= 1.0 else 65535.0 if high > 255 else 255.0
        return Image.new("L", image.size, max(0, min(255, round(low * 255.0 / full))))
    if wide.mode == "F":
        # F to L rounds down and clips: round to the nearest grey level first.
        wide = wide.point(lambda v: v + 0.5)
    return wide.convert("L")


def _pixels_only(image: Image.Image) -> Image.Image:
    """Return a new image holding only the normalised pixels (upright, no metadata at all)."""
    pixels = normalise(image)
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    return clean


def thumbnail_bytes(image: Image.Image, size: int = THUMBNAIL_SIZE) -> bytes:
    """Return a small metadata-free JPEG of the image, orientation applied."""
    copy = normalise(image).copy()
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    clean = _pixels_only(copy)
    out = io.BytesIO()
    clean.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def take_in(data: bytes, name: str = "image", lang: str = "en") -> Intake:
    """Return the verified intake of an image file's bytes, or raise EvidenceError (its message
    in `lang`)."""
    original = open_image(data, name, lang=lang)
    captured_at = _captured_at(original)
    pixels = normalise(original)  # once: the check, the thumbnail and the copies read these
    return Intake(
        data=data,
        image=pixels,
        format=original.format or "",
        mime=MIME[original.format or "PNG"],
        width=pixels.width,
        height=pixels.height,
        sha256=hashlib.sha256(data).hexdigest(),
        captured_at=captured_at,
        thumbnail=thumbnail_bytes(pixels),
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
    """Return (JPEG bytes, width, height): normalised pixels only, upright, regions blurred, downscaled.

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
    image.convert("RGB").save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue(), image.width, image.height
