"""Make the print copies of evidence images and logos: upright, redacted, about 200 dpi, pixels only.

Like auditor.imaging.clean_copy, every copy is rebuilt from pixels so that no EXIF, GPS, XMP, ICC
or comment leaves the workspace; unlike it, a JPEG is decoded straight at a fraction of its size
(draft mode), because a report may hold dozens of 12 MP photos and only needs ~650 px of each.
"""

from __future__ import annotations

import io
import logging
import math
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PIL import Image

from auditor.errors import EvidenceError
from auditor.i18n import user_translator
from auditor.imaging import ACCEPTED_FORMATS, MAX_PIXELS, blur_region, normalise
from auditor.report.data import PrintImage

log = logging.getLogger(__name__)

PRINT_DPI = 200
POINTS_PER_INCH = 72.0
EVIDENCE_BOX = (230.0, 172.0)  # points: two images side by side in the text column
LOGO_BOX = (150.0, 60.0)
QUALITY = 86
Box = tuple[float, float]
Redaction = tuple[int, int, int, int]


def fit(width: float, height: float, box: Box) -> tuple[float, float]:
    """Return the size of a width x height picture scaled to fit inside `box`, aspect kept."""
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale


def target_pixels(width: int, height: int, box: Box, dpi: int = PRINT_DPI) -> tuple[int, int]:
    """Return the pixel size that prints at `dpi` in the picture's box (never more than it has)."""
    printed_w, printed_h = fit(width, height, box)
    w = math.ceil(printed_w / POINTS_PER_INCH * dpi)
    h = math.ceil(printed_h / POINTS_PER_INCH * dpi)
    return (width, height) if w >= width or h >= height else (max(1, w), max(1, h))


def _decode(data: bytes, want: tuple[int, int]) -> tuple[Image.Image, tuple[int, int]]:
    """Return the decoded upright image (at least `want` where draft mode applies) and its full upright size."""
    image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    if image.width * image.height > MAX_PIXELS:
        _ = user_translator()
        raise EvidenceError(
            _("the image declares {width}x{height} pixels").format(
                width=image.width, height=image.height
            )
        )
    turned = image.getexif().get(0x0112) in (5, 6, 7, 8)
    full = (image.height, image.width) if turned else image.size
    if image.format == "JPEG":
        image.draft(
            "RGB", (want[1], want[0]) if turned else want
        )  # decode at 1/2, 1/4 or 1/8 scale
    image.load()
    return normalise(image), full


def print_copy(
    data: bytes, box: Box, redactions: Sequence[Redaction] = (), dpi: int = PRINT_DPI
) -> PrintImage:
    """Return the print copy of an image: upright, regions blurred, sized for `box` at `dpi`, no metadata."""
    with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as probe:
        turned = probe.getexif().get(0x0112) in (5, 6, 7, 8)
        size = (probe.height, probe.width) if turned else probe.size
    want = target_pixels(size[0], size[1], box, dpi)
    image, full = _decode(data, want)
    scale = image.width / full[0]
    for x, y, w, h in redactions:
        area = (
            max(0, int(x * scale)),
            max(0, int(y * scale)),
            min(image.width, math.ceil((x + w) * scale)),
            min(image.height, math.ceil((y + h) * scale)),
        )
        if area[2] > area[0] and area[3] > area[1]:
            blur_region(image, area)
    if image.size != want:
        factor = min(image.width // want[0], image.height // want[1])
        if factor >= 2:
            image = image.reduce(factor)  # fast integer shrink first, then a proper filter
        image = image.resize(want, Image.Resampling.LANCZOS)
    return PrintImage(_pixels_jpeg(image), image.width, image.height)


def _pixels_jpeg(image: Image.Image) -> bytes:
    """Return a JPEG holding only the pixels of `image` (transparency flattened on white)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = image.convert("RGB") if image.mode != "RGB" else image
    clean = Image.frombytes(
        "RGB", flat.size, flat.tobytes()
    )  # a new image: no info, no exif, no icc
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=QUALITY, optimize=False)
    return out.getvalue()


def safe_print_copy(
    data: bytes | None, box: Box, redactions: Sequence[Redaction] = ()
) -> PrintImage | None:
    """Return the print copy, or None (logged) when the bytes are missing or cannot be decoded."""
    if not data:
        return None
    try:
        return print_copy(data, box, redactions)
    except (OSError, ValueError, SyntaxError, EvidenceError, Image.DecompressionBombError) as exc:
        log.warning("image left out of the report: %s", exc)
        return None


Job = tuple[str, bytes, Sequence[Redaction]]


def print_copies(
    jobs: Iterable[Job],
    total: int,
    box: Box = EVIDENCE_BOX,
    done: Callable[[int], None] | None = None,
) -> dict[str, PrintImage | None]:
    """Return key -> print copy for (key, bytes, redactions) jobs, several at a time on a thread pool."""
    workers = max(1, min(4, os.cpu_count() or 2))
    results: dict[str, PrintImage | None] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="report-image") as pool:
        for key, copy in _bounded(pool, jobs, box, window=workers * 2):
            results[key] = copy
            if done:
                done(len(results))
    return results


def _bounded(
    pool: ThreadPoolExecutor, jobs: Iterable[Job], box: Box, window: int
) -> Iterator[tuple[str, PrintImage | None]]:
    # Keep only a few originals in memory at once: 60 photos of 12 MP are ~250 MB of JPEG bytes.
    pending: list[tuple[str, Future[PrintImage | None]]] = []
    for key, data, redactions in jobs:
        pending.append((key, pool.submit(safe_print_copy, data, box, redactions)))
        if len(pending) >= window:
            first_key, future = pending.pop(0)
            yield first_key, future.result()
    for key, future in pending:
        yield key, future.result()
