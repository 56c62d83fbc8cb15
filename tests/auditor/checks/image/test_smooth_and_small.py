"""Issue 17, fourth round, on real pictures: fog with only faint structure is judged (not "cannot
judge"), parallel pine needles are not camera shake, an invisible JPEG grid hides no blur, and
small window grabs or a page shown reduced are screens (data/smooth and data/screens LICENCE.md).
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from auditor.checks.image import check_image, measures
from auditor.checks.image import thresholds as t
from auditor.checks.image.analysis import focus

DATA = Path(__file__).resolve().parent / "data"
SMOOTH = DATA / "smooth"
SCREENS = DATA / "screens"


def _jpeg(img: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def _rules(data: bytes) -> set[str]:
    return {f.rule for f in check_image(data, target="t").findings}


def _fog() -> Image.Image:
    with Image.open(SMOOTH / "foggy_trees.jpg") as img:
        return img.convert("RGB")


def test_fog_holds_only_faint_structure_and_is_judged_sharp() -> None:
    data = (SMOOTH / "foggy_trees.jpg").read_bytes()
    tiles = focus(np.asarray(Image.open(io.BytesIO(data)).convert("L")))["tiles"]
    # No tile reaches the structure of 3 grey levels: before, that was "cannot judge".
    assert tiles["structured_share"] == 0.0
    result = check_image(data, target="fog")
    assert result.metrics["has_structure"] is True
    assert result.metrics["detail_ratio"] >= 0.5
    assert result.findings == []


@pytest.mark.parametrize("copy", ["blurred", "enlarged_x2", "enlarged_x2.5"])
def test_fog_blurred_or_enlarged_is_named(copy: str) -> None:
    img = _fog()
    w, h = img.size
    if copy == "blurred":
        data = _jpeg(img.filter(ImageFilter.GaussianBlur(2.5)), 90)
    else:
        factor = float(copy.split("_x")[1])
        small = img.resize((round(w / factor), round(h / factor)), Image.Resampling.LANCZOS)
        data = _jpeg(small.resize((w, h), Image.Resampling.BICUBIC), 92)
    result = check_image(data, target=copy)
    assert "blurry" in {f.rule for f in result.findings}
    assert result.metrics["detail_ratio"] < t.BLUR_RATIO


def test_an_invisible_grid_is_not_heavy_compression_and_hides_no_blur() -> None:
    # The blurred fog saved at Q90: the grid's steps stand 2.6 times over the other phases, but
    # by a fifth of a grey level. It used to read over_compressed (major), which hid the blur.
    result = check_image(_jpeg(_fog().filter(ImageFilter.GaussianBlur(2.5)), 90), target="b")
    assert result.metrics["blockiness"] >= t.BLOCKINESS_MAJOR
    assert result.metrics["grid_step"] < t.FAINT_GRID_STEP
    assert result.metrics["verdict"] == "blurry"
    assert "over_compressed" not in {f.rule for f in result.findings}


def test_grid_step_measures_the_steps_in_grey_levels() -> None:
    rng = np.random.default_rng(5)
    base = rng.normal(128, 0.1, (256, 256)).astype(np.float32)
    blocks = np.kron(rng.choice([-1.0, 1.0], (32, 32)), np.ones((8, 8))).astype(np.float32)
    faint, visible = base + 0.3 * blocks, base + 3.0 * blocks
    assert measures.blockiness(faint) > t.BLOCKINESS_MAJOR
    assert measures.grid_step(faint) < t.FAINT_GRID_STEP <= measures.grid_step(visible)


def test_parallel_pine_needles_are_not_camera_shake() -> None:
    result = check_image((SMOOTH / "spruce_needles.jpg").read_bytes(), target="needles")
    m = result.metrics
    # The needles hold less fine detail along one axis, as a shaken photo would ...
    assert min(m["detail_ratio_h"], m["detail_ratio_v"]) <= -t.MOTION_IMBALANCE
    assert m["detail_ratio"] < t.MOTION_RATIO
    # ... but no smeared edges are seen across that axis: it is the texture, not shake.
    assert result.findings == []


def test_a_blurred_needle_photo_is_still_named() -> None:
    with Image.open(SMOOTH / "spruce_needles.jpg") as img:
        blurred = img.convert("RGB").filter(ImageFilter.GaussianBlur(2.0))
    assert "blurry" in _rules(_jpeg(blurred, 90))


def test_shake_smears_the_edges_across_its_motion() -> None:
    # A real photo shaken by 9 px horizontally: the strong edges across x become ramps.
    with Image.open(DATA / "real" / "landscape_aitzgorri.jpg") as img:
        arr = np.asarray(img.convert("L"), dtype=np.float32)
    shaken = sum(np.roll(arr, s - 4, axis=1) for s in range(9)) / 9
    m = check_image(_jpeg(Image.fromarray(shaken.astype(np.uint8)), 92), target="s").metrics
    sharp = check_image(_jpeg(Image.fromarray(arr.astype(np.uint8)), 92), target="o").metrics
    assert m["edge_sharpness_h"] * t.EDGE_SHAKE_RATIO <= m["edge_sharpness_v"]
    assert sharp["edge_sharpness_h"] * t.EDGE_SHAKE_RATIO > sharp["edge_sharpness_v"]


@pytest.mark.parametrize("name", ["xeyes.png", "xmessage_ask.png", "pdf_page_display.png"])
@pytest.mark.parametrize("saved", ["as captured", "jpeg q90"])
def test_small_windows_and_a_reduced_page_are_screens_left_alone(name: str, saved: str) -> None:
    data = (SCREENS / name).read_bytes()
    if saved != "as captured":
        with Image.open(io.BytesIO(data)) as img:
            data = _jpeg(img, 90)
    result = check_image(data, target=name)
    assert result.metrics["screen_like"] is True
    assert result.findings == [], [f.message for f in result.findings]


def test_glyph_strokes_of_a_small_window_are_not_noise() -> None:
    # 347 x 52: 32 px tiles, whose 16 px blocks all held a glyph (noise 7.8 read, "noisy").
    result = check_image((SCREENS / "xmessage_ask.png").read_bytes(), target="ask")
    assert result.metrics["tile"] == 32
    assert result.metrics["noise_sigma"] < 1.0


# The quantization tables a Sony ILCE-6300 wrote into a 6000 x 4000 photograph of the ninth image
# part (kim's photo_33), in Pillow's order: a camera's own, not the scaled standard tables.
SONY_TABLES = {
    0: [10, 7, 11, 18, 22, 27, 34, 17, 7, 8, 10, 17, 23, 23, 12, 12, 11, 10, 14, 22, 23, 12]
    + [12, 12, 18, 17, 22, 23, 12, 12, 12, 12, 22, 23, 23, 12, 12, 12, 12, 12, 27, 23, 12, 12]
    + [12, 12, 12, 12, 34, 12, 12, 12, 12, 12, 12, 12, 17]
    + [12] * 7,
    1: [11, 14, 31, 34, 20, 20, 17, 17, 14, 19, 24, 14, 14, 12, 12, 12, 31, 24, 14, 14, 12, 12]
    + [12, 12, 34, 14, 14, 12, 12, 12, 12, 12, 20, 14, 12, 12, 12, 12, 12, 12, 20]
    + [12] * 7
    + [17]
    + [12] * 7
    + [17]
    + [12] * 7,
}


def test_an_invisible_grid_under_a_cameras_own_tables_is_no_finding() -> None:
    # The fog saved with the camera's tables: a grid 2.5 times the other phases from steps under
    # a grey level. Such files read over_compressed (major) until the ninth part's measure.
    out = io.BytesIO()
    _fog().save(out, "JPEG", qtables=SONY_TABLES)
    result = check_image(out.getvalue(), target="camera")
    assert result.metrics["jpeg_quality_confidence"] < t.QUALITY_CONFIDENCE
    assert result.metrics["blockiness"] >= t.BLOCKINESS_MAJOR
    assert result.metrics["grid_step"] < t.FAINT_GRID_STEP
    assert result.findings == []


@pytest.mark.parametrize("first", [5, 10, 30])
def test_a_heavy_jpeg_saved_again_with_a_cameras_tables_is_still_named(first: int) -> None:
    # A heavy JPEG first: on the smooth fog its steps stay under a grey level too, but its blocks
    # are flat, so the grid stands 3.9 (Q30) to 388,000 (Q5) times over the other phases.
    heavy = Image.open(io.BytesIO(_jpeg(_fog(), first)))
    out = io.BytesIO()
    heavy.save(out, "JPEG", qtables=SONY_TABLES)
    result = check_image(out.getvalue(), target="camera")
    assert result.metrics["blockiness"] >= t.CAMERA_GRID_BLOCKINESS
    assert "over_compressed" in {f.rule for f in result.findings}


@pytest.mark.parametrize("size", [(1, 1), (8, 4), (31, 17)])
def test_a_picture_of_a_few_pixels_is_judged_by_its_size_alone(size: tuple[int, int]) -> None:
    # Measured on so few pixels, the fog's noise and focus read nonsense (noise 13.4 at 8 x 4,
    # "no detail at its own size" at 1 x 1): only the size is a finding.
    findings = check_image(_jpeg(_fog().resize(size), 95), target="t").findings
    assert [(f.rule, f.severity.value) for f in findings] == [("low_resolution", "major")]
    assert f"{size[0]}x{size[1]} pixels" in findings[0].message


def test_at_32_pixels_the_measures_still_run() -> None:
    metrics = check_image(_jpeg(_fog().resize((32, 18)), 95), target="t").metrics
    assert max(metrics["width"], metrics["height"]) == t.MIN_MEASURED_SIDE
    assert metrics["noise_sigma"] is not None
