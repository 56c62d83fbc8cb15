"""Issue 17, sixteenth round: a sharpened wallpaper re-saved small and enlarged again is named,
even when its odd size keeps the enlargement from being exactly two (data/wallpaper/LICENCE.md).

The fifteenth held-out part's two misses were such copies (4096 x 2801 and 4096 x 2559): a detail
ratio of 0.47-0.49 with an empty top and a repeating spectrum, over the 0.45 the resampled cue
stopped at.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from auditor.checks.image import check_image
from auditor.checks.image import thresholds as t

WALLPAPER = Path(__file__).resolve().parent / "data" / "wallpaper" / "vents_du_sud_crop.jpg"


def _resaved(quality: int) -> bytes:
    """Half size at a heavy quality, enlarged x2 again (bicubic), saved at 92: the benchmark's copy."""
    with Image.open(WALLPAPER) as img:
        photo = img.convert("RGB")
    w, h = photo.size
    small = io.BytesIO()
    photo.resize((w // 2, h // 2), Image.Resampling.LANCZOS).save(small, "JPEG", quality=quality)
    with Image.open(small) as low:
        big = low.convert("RGB").resize((w, h), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    big.save(out, "JPEG", quality=92)
    return out.getvalue()


def test_the_wallpaper_as_published_is_left_alone() -> None:
    result = check_image(WALLPAPER, target="wallpaper")
    assert result.metrics["height"] % 2 == 1
    assert result.findings == []


@pytest.mark.parametrize("quality", [10, 20, 29])
def test_its_resaved_copy_is_named(quality: int) -> None:
    result = check_image(_resaved(quality), target="resaved")
    m = result.metrics
    assert {f.rule for f in result.findings} & {"blurry", "low_resolution"}
    assert m["detail_width"] < m["width"]


def test_the_copy_keeps_more_detail_ratio_than_the_old_line() -> None:
    # What the cue now reaches: an empty top and a repeating spectrum, with a ratio over 0.45.
    m = check_image(_resaved(20), target="resaved").metrics
    assert m["top_band"] < t.RESAMPLED_TOP
    assert m["resample_trace"] >= t.RESAMPLED_TRACE
    assert 0.45 <= m["detail_ratio"] < t.RESAMPLED_RATIO
