"""Screenshots judged as drawings, the JPEG grid read where a JPEG puts it, an enlargement's spectrum.

Material: real captures under Xvfb (data/screens) and the real photos of data/real.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.checks.image import analysis, check_image, measures, screen
from auditor.checks.image import thresholds as t
from auditor.imaging import normalise

DATA = Path(__file__).parent / "data"
SCREENS = DATA / "screens"
REAL = sorted((DATA / "real").glob("*.jpg"))


def _jpeg(img: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


@pytest.mark.parametrize("saved", ["png", "jpeg"])
def test_a_text_window_is_not_called_over_compressed(saved: str) -> None:
    # A 256 x 192 Qt window of monospace text on a black screen: its 8 px text pitch read as a
    # JPEG grid (blockiness 1.8-2.3, over_compressed) before the grid had to show on both axes,
    # anchored at the picture's origin.
    path = SCREENS / "qt_text_window.png"
    data = path.read_bytes() if saved == "png" else _jpeg(Image.open(path), 90)
    result = check_image(data, target=path.name)
    assert result.findings == []
    assert result.metrics["screen_like"] is True
    assert result.metrics["blockiness"] < t.BLOCKINESS_MINOR


@pytest.mark.parametrize("saved", ["png", "jpeg"])
def test_a_small_dialog_is_not_low_resolution(saved: str) -> None:
    path = SCREENS / "location_dialog.png"  # 480 x 269, this application's own dialog
    data = path.read_bytes() if saved == "png" else _jpeg(Image.open(path), 90)
    result = check_image(data, target=path.name)
    assert (result.metrics["width"], result.metrics["height"]) == (480, 269)
    assert result.metrics["screen_like"] is True
    assert result.findings == []


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_a_small_photo_is_still_low_resolution(path: Path) -> None:
    with Image.open(path) as img:
        small = img.convert("RGB").resize((480, round(480 * img.height / img.width)))
    result = check_image(_jpeg(small, 92), target=path.name)
    assert result.metrics["screen_like"] is False
    assert "low_resolution" in {f.rule for f in result.findings}


def test_text_pitch_on_one_axis_is_no_grid() -> None:
    # Steps every 8 px across the rows (cells of a monospace font), on the very phase a JPEG
    # grid would use, but nothing along the columns: the grid must show both ways.
    rng = np.random.default_rng(3)
    g = rng.normal(128, 4, (256, 256)).astype(np.float32)
    columns = np.repeat(rng.normal(0, 20, 32), 8).astype(np.float32)
    assert measures.blockiness(g + columns[None, :]) < 1.3
    blocks = np.kron(rng.normal(0, 20, (32, 32)), np.ones((8, 8))).astype(np.float32)
    assert measures.blockiness(g + blocks) > 2.0


def test_a_grid_off_the_origin_is_no_jpeg_grid() -> None:
    with Image.open(REAL[0]) as img:
        grey = img.convert("L").crop((0, 0, 512, 512))
    blocky = np.asarray(Image.open(io.BytesIO(_jpeg(grey, 10))).convert("L"), dtype=np.float32)
    assert measures.blockiness(blocky) > t.BLOCKINESS_MAJOR
    # The same steps, shifted by 3 px on both axes (a crop of a JPEG, or a pitch that happens
    # to be 8 px): no longer where a JPEG would put them.
    assert measures.blockiness(blocky[3:-2, 3:-2]) < 1.3
    # An upright-rotated photo's grid is anchored at the far edge: still found.
    flipped = np.ascontiguousarray(blocky[:509, :509][::-1, ::-1])
    assert measures.blockiness(flipped, phases=measures.grid_phases(509, 509)) > 2.0


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_an_enlargement_loses_the_top_of_the_spectrum(path: Path) -> None:
    with Image.open(path) as img:
        img = img.convert("RGB")
        w, h = img.size
        half = img.resize((w // 2, h // 2), Image.Resampling.LANCZOS)
        enlarged = half.resize((w, h), Image.Resampling.BICUBIC)
    original = check_image(path).metrics["top_band"]
    copy = check_image(_jpeg(enlarged, 92)).metrics["top_band"]
    assert original > t.TOP_BAND_EMPTY
    assert copy < 0.5 * original


@pytest.mark.parametrize("factor", [2.0, 2.5, 3.0])
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_an_enlargement_repeats_its_spectrum(path: Path, factor: float) -> None:
    # The camera photos read a resample trace under the line; their enlargements over it, so a
    # soft enlargement is never taken for a photo soft through its lens (analysis.lens_soft).
    with Image.open(path) as img:
        img = img.convert("RGB")
        w, h = img.size
        small = img.resize((round(w / factor), round(h / factor)), Image.Resampling.LANCZOS)
        enlarged = small.resize((w, h), Image.Resampling.BICUBIC)
    original = check_image(path).metrics["resample_trace"]
    copy = check_image(_jpeg(enlarged, 92)).metrics["resample_trace"]
    assert original < t.RESAMPLE_TRACE
    assert copy >= t.RESAMPLE_TRACE


def test_a_dialog_saved_as_jpeg_is_still_drawn() -> None:
    # A themed dialog's JPEG copy spreads its flat backgrounds over several grey levels: its
    # flat 8 x 8 blocks still tell it from a photograph, and it is not called small.
    with Image.open(SCREENS / "marble_configure_view.png") as img:
        shown = img.convert("RGBA")  # transparent corners on white, as the handbook shows it
        copy = _jpeg(Image.alpha_composite(Image.new("RGBA", shown.size, "white"), shown), 85)
    result = check_image(copy)
    assert result.metrics["flat_share"] < 0.6  # the four commonest levels alone: a photo
    assert result.metrics["screen_like"] is True
    assert [f.rule for f in result.findings] == []


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_a_photo_thumbnail_is_no_drawing(path: Path) -> None:
    with Image.open(path) as img:
        img = img.convert("RGB")
        img.thumbnail((720, 720), Image.Resampling.LANCZOS)
    result = check_image(_jpeg(img, 85))
    assert result.metrics["screen_like"] is False
    assert "low_resolution" in [f.rule for f in result.findings]


@pytest.mark.parametrize(
    ("cues", "drawn"),
    [
        # measured on the eighth image part: a calibre options strip as PNG and a GnuCash
        # dialog's JPEG copy (flat blocks 0.26-0.29), then a resaved photo and a blurred one
        # whose blocks are flatter but whose edges are soft, as a lens and a resize leave them
        (
            {
                "flat_share": 0.451,
                "crisp_share": 0.705,
                "strong_share": 0.057,
                "flat_blocks": 0.293,
            },
            True,
        ),
        (
            {
                "flat_share": 0.447,
                "crisp_share": 0.691,
                "strong_share": 0.040,
                "flat_blocks": 0.275,
            },
            True,
        ),
        (
            {
                "flat_share": 0.444,
                "crisp_share": 0.047,
                "strong_share": 0.002,
                "flat_blocks": 0.446,
            },
            False,
        ),
        (
            {"flat_share": 0.142, "crisp_share": 0.0, "strong_share": 0.0, "flat_blocks": 0.298},
            False,
        ),
    ],
)
def test_small_dialogs_flat_blocks_tell_them_from_photos(cues: dict, drawn: bool) -> None:
    assert screen.looks_like_screen(cues) is drawn


@pytest.mark.parametrize(
    ("ratio", "band2", "top", "trace", "noise", "named"),
    [
        # measured on the eighth part's re-saved copies of web exports (halved, enlarged x2):
        # a ratio over the blurry line, an empty top band and a repeating spectrum
        (0.362, 0.266, 0.00435, 0.940, 0.04, True),
        (0.382, 0.255, 0.00490, 0.835, 0.01, True),
        (0.423, 0.274, 0.00517, 0.966, 0.40, True),  # an x2 enlargement of one
        # Strecha's sharp castle photograph: as empty a top, but a camera's spectrum
        (0.381, 0.300, 0.00315, 0.523, 0.30, False),
        # a sharp photo with a full top band, however its spectrum reads
        (0.380, 0.300, 0.01200, 0.900, 0.30, False),
    ],
)
def test_an_empty_top_and_a_repeating_spectrum_name_a_resampled_copy(
    ratio: float, band2: float, top: float, trace: float, noise: float, named: bool
) -> None:
    assert analysis.soft(ratio, band2, top, trace, noise) is named


def _reduced_dialog_over_thumbnails() -> Image.Image:
    """A KDE dialog reduced to 3/4 for a manual, a grid of the real photos' thumbnails over it."""
    with Image.open(SCREENS / "marble_configure_view.png") as img:
        base = normalise(img).convert("RGB")  # its transparent corners on white, as shown
    page = base.resize((599, 482), Image.Resampling.LANCZOS)
    side = (page.width - 16) // 4
    for i in range(8):
        with Image.open(REAL[i % len(REAL)]) as photo:
            thumb = photo.convert("RGB").resize((side - 6, side * 3 // 4 - 6))
        page.paste(thumb, (8 + (i % 4) * side, page.height - 8 - (2 - i // 4) * (side * 3 // 4)))
    return page


def test_a_reduced_window_over_thumbnails_is_drawn_by_its_straight_lines() -> None:
    # The ninth part's Photini pages: a window reduced for its manual, half of it thumbnails, as
    # JPEG Q85. Flat areas and flat blocks no longer tell it; its fields' borders still do.
    data = _jpeg(_reduced_dialog_over_thumbnails(), 85)
    with Image.open(io.BytesIO(data)) as img:
        cues = screen.screen_cues(np.asarray(img.convert("L")))
    assert screen.looks_like_screen({**cues, "straight_share": None}) is False
    assert cues["straight_share"] >= screen.STRAIGHT_SHARE
    result = check_image(data)
    assert result.metrics["screen_like"] is True
    assert result.findings == []


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.stem)
def test_a_photo_thumbnail_has_few_straight_lines(path: Path) -> None:
    with Image.open(path) as img:
        img = img.convert("RGB")
        img.thumbnail((720, 720), Image.Resampling.LANCZOS)
    # friends at a table, the highest of 522 small photos and copies of nine parts: 0.012
    assert check_image(_jpeg(img, 85)).metrics["straight_line_share"] < screen.STRAIGHT_SHARE


@pytest.mark.parametrize(
    ("cues", "drawn"),
    [
        # measured on the ninth part: Photini windows reduced for its manual, as PNG and JPEG
        (
            {
                "flat_share": 0.241,
                "crisp_share": 0.615,
                "strong_share": 0.072,
                "flat_blocks": 0.084,
                "straight_share": 0.0555,
            },
            True,
        ),
        (
            {
                "flat_share": 0.323,
                "crisp_share": 0.69,
                "strong_share": 0.050,
                "flat_blocks": 0.197,
                "straight_share": 0.0687,
            },
            True,
        ),
        # a Canon PowerShot S90 photo's thumbnail, the second most straight of the small photos
        (
            {
                "flat_share": 0.035,
                "crisp_share": 0.514,
                "strong_share": 0.074,
                "flat_blocks": 0.053,
                "straight_share": 0.0103,
            },
            False,
        ),
    ],
)
def test_straight_lines_tell_reduced_windows_from_photos(cues: dict, drawn: bool) -> None:
    assert screen.looks_like_screen(cues) is drawn
