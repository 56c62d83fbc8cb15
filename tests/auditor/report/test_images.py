"""Print copies: upright, sized for ~200 dpi in their box, regions blurred, nothing but pixels."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from auditor.report.images import (
    EVIDENCE_BOX,
    LOGO_BOX,
    print_copies,
    print_copy,
    safe_print_copy,
    target_pixels,
)
from tests.auditor.imagefactory import photo_jpeg


def test_target_is_200_dpi_in_the_box_and_never_upscaled():
    assert target_pixels(4000, 3000, EVIDENCE_BOX) == (
        638,
        478,
    )  # 172 pt high = 2.39 in = 478 px at 200 dpi
    assert target_pixels(720, 1280, EVIDENCE_BOX) == (269, 478)
    assert target_pixels(300, 200, EVIDENCE_BOX) == (300, 200)


def test_copy_is_upright_small_and_free_of_metadata():
    original = photo_jpeg(1600, 1200, orientation=6)
    copy = print_copy(original, EVIDENCE_BOX)
    with Image.open(io.BytesIO(copy.data)) as image:
        assert (image.format, image.size, (copy.width, copy.height)) == (
            "JPEG",
            (359, 478),
            (359, 478),
        )
        assert (
            not image.getexif() and "comment" not in image.info and "icc_profile" not in image.info
        )
    for marker in (b"Exif", b"GPS", b"secret-comment", b"TestCam"):
        assert marker not in copy.data


def test_redaction_blurs_the_region_at_print_size():
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 256, (1200, 1600, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "PNG")
    plain = np.asarray(
        Image.open(io.BytesIO(print_copy(out.getvalue(), EVIDENCE_BOX).data)), dtype=float
    )
    blurred = np.asarray(
        Image.open(io.BytesIO(print_copy(out.getvalue(), EVIDENCE_BOX, [(0, 0, 800, 600)]).data)),
        dtype=float,
    )
    h, w = blurred.shape[0] // 2, blurred.shape[1] // 2
    assert (
        blurred[: h - 4, : w - 4].std() < plain[: h - 4, : w - 4].std() / 4
    )  # the box is flattened
    assert (
        abs(blurred[h + 4 :, w + 4 :].std() - plain[h + 4 :, w + 4 :].std()) < 3
    )  # the rest is untouched


def test_transparent_logo_is_flattened_on_white():
    logo = Image.new("RGBA", (400, 100), (0, 0, 0, 0))
    logo.paste((200, 0, 0, 255), (0, 0, 100, 100))
    out = io.BytesIO()
    logo.save(out, "PNG")
    copy = safe_print_copy(out.getvalue(), LOGO_BOX)
    assert copy is not None
    image = Image.open(io.BytesIO(copy.data)).convert("RGB")
    assert image.getpixel((image.width - 5, 5)) >= (250, 250, 250)


def test_unreadable_images_are_left_out_not_fatal():
    assert safe_print_copy(b"not an image", EVIDENCE_BOX) is None
    assert safe_print_copy(None, EVIDENCE_BOX) is None
    jobs = [("a", photo_jpeg(320, 240), []), ("b", b"junk", []), ("c", photo_jpeg(200, 100), [])]
    done = []
    copies = print_copies(iter(jobs), 3, done=done.append)
    assert {k: v is not None for k, v in copies.items()} == {"a": True, "b": False, "c": True}
    assert done == [1, 2, 3]
