"""Every image mode is normalised once at intake: thumbnail, image check and copies all see the picture (issue 16)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.checks.image import analyse_image, check_image
from auditor.imaging import clean_copy, normalise, source_of, take_in
from auditor.report.images import EVIDENCE_BOX, print_copy

MODES = Path(__file__).resolve().parent / "checks" / "image" / "data" / "modes"
FILES = {
    "grey16.png": "I;16",
    "palette.png": "P",
    "palette_transparent.png": "P",
    "rgba.png": "RGBA",
    "la.png": "LA",
    "bilevel.png": "1",
    "cmyk_adobe.jpg": "CMYK",
    "rotated_exif6.jpg": "RGB",
    "animated.png": "RGB",
    "animated.webp": "RGBA",
}
VARIED = 20.0  # grey-level standard deviation: a blank (white, black or flat) picture reads under 2


def _spread(data: bytes) -> float:
    """Return the standard deviation of an encoded image's grey levels."""
    with Image.open(io.BytesIO(data)) as img:
        return float(np.asarray(img.convert("L"), dtype=np.float32).std())


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_mode_gives_a_picture_everywhere(name: str) -> None:
    data = (MODES / name).read_bytes()
    intake = take_in(data, name)
    source = source_of(intake.image)
    assert intake.data == data  # the original stays byte for byte
    assert (intake.image.mode, source.mode if source else None) in {
        ("L", FILES[name]),
        ("RGB", FILES[name]),
    }
    assert _spread(intake.thumbnail) > VARIED
    copy, _w, _h = clean_copy(data)
    assert _spread(copy) > VARIED
    metrics = analyse_image(intake.image, target=name).metrics
    # Sharp native 256 px crops: too small for a report, nothing else wrong. A 1-bit picture
    # (two grey levels, every edge one pixel wide) reads as drawn, like a screenshot, and a
    # drawing is not too small for being small.
    expected = "ok" if name == "bilevel.png" else "low_resolution"
    assert metrics["verdict"] == expected, metrics
    assert metrics["screen_like"] is (name == "bilevel.png")
    assert metrics["contrast"] > VARIED


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_mode_gives_a_picture_in_the_report(name: str) -> None:
    data = (MODES / name).read_bytes()
    assert _spread(print_copy(data, EVIDENCE_BOX).data) > VARIED


def test_a_16_bit_photo_is_measured_on_its_real_content() -> None:
    sixteen = analyse_image(take_in((MODES / "grey16.png").read_bytes()).image).metrics
    with Image.open(MODES / "grey16.png") as img:
        levels = np.asarray(img, dtype=np.float64)
    eight = Image.fromarray(((levels - 800) / 16).astype(np.uint8))  # the 8-bit photo it holds
    reference = analyse_image(eight).metrics
    # Stretched over its real range (4080 of 65535 levels), it reads as its 8-bit self.
    assert sixteen["contrast"] == pytest.approx(reference["contrast"], rel=0.02)
    assert sixteen["sharpness"] == pytest.approx(reference["sharpness"], rel=0.05)
    assert sixteen["verdict"] == reference["verdict"] == "low_resolution"


def test_exif_orientation_and_first_frame_are_applied() -> None:
    turned = take_in((MODES / "rotated_exif6.jpg").read_bytes())
    assert (turned.width, turned.height, turned.image.size) == (128, 256, (128, 256))
    assert source_of(turned.image).jpeg_tables  # the check still reads the file's tables
    assert analyse_image(turned.image).metrics["jpeg_quality"] == 92
    for name in ("animated.png", "animated.webp", "animated.gif"):
        data = (MODES / name).read_bytes()
        result = check_image(data, target=name)  # the check also takes GIF
        assert result.metrics["contrast"] > VARIED, name  # the later frames are flat black
        assert source_of(normalise(Image.open(io.BytesIO(data)))).frames >= 2


def _spread_of(img: Image.Image) -> float:
    return float(np.asarray(img, dtype=np.float32).std())


@pytest.mark.parametrize("mode", ["I;16", "I;16B", "I", "F"])
def test_wide_modes_are_stretched_over_their_range_not_clipped(mode: str) -> None:
    ramp = np.tile(np.linspace(1000, 3000, 64), (16, 1))
    if mode == "F":
        img = Image.fromarray(ramp.astype(np.float32) / 65535.0, "F")  # a 0-1 float image
    elif mode == "I":
        img = Image.fromarray(ramp.astype(np.int32), "I")
    else:
        dtype = ">u2" if mode == "I;16B" else "<u2"
        img = Image.frombytes(mode, (64, 16), ramp.astype(dtype).tobytes())
    out = normalise(img)
    values = np.asarray(out)
    assert out.mode == "L" and source_of(out).mode == mode
    assert (values.min(), values.max()) == (0, 255)
    assert _spread_of(out) > 60


def test_flat_wide_images_stay_flat_and_transparency_lies_on_white() -> None:
    assert np.asarray(normalise(Image.new("I;16", (8, 8), 65535))).tolist()[0][0] == 255
    pa = Image.new("PA", (8, 8))
    pa.putpalette([255, 0, 0] * 256)
    assert normalise(pa).getpixel((0, 0)) == (255, 255, 255)  # fully transparent
    la = Image.new("LA", (8, 8), (0, 255))
    assert normalise(la).getpixel((0, 0)) == 0  # opaque black stays black
    cmyk = Image.new("CMYK", (8, 8), (0, 255, 255, 0))
    assert normalise(cmyk).getpixel((0, 0)) == (255, 0, 0)


def test_normalising_twice_changes_nothing() -> None:
    once = normalise(Image.open(MODES / "grey16.png"))
    assert normalise(once) is once
