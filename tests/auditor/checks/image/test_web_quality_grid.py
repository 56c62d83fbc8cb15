"""Issue 17, eleventh round: a photograph saved once at a web export's usual JPEG quality (Q60-74)
leaves a grid of its own, which is no finding; saved hard first and at such a quality again, its
larger steps still are (data/smooth and data/real LICENCE.md).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from auditor.checks.image import check_image
from auditor.checks.image import thresholds as t

DATA = Path(__file__).resolve().parent / "data"


def _saved(name: str, *qualities: int) -> bytes:
    with Image.open(DATA / name) as img:
        data = b""
        current = img.convert("RGB")
        for quality in qualities:
            out = io.BytesIO()
            current.save(out, "JPEG", quality=quality)
            data = out.getvalue()
            current = Image.open(io.BytesIO(data))
            current.load()
    return data


@pytest.mark.parametrize("quality", [62, 70])
def test_a_fog_saved_once_at_a_web_quality_is_left_alone(quality: int) -> None:
    # The fog's grid reads 2.2-2.3 times the other phases from steps under a grey level: it was
    # called over_compressed (minor) before this round.
    result = check_image(_saved("smooth/foggy_trees.jpg", quality), target="fog")
    assert result.metrics["jpeg_quality"] == quality
    assert result.metrics["blockiness"] >= t.BLOCKINESS_MAJOR
    assert result.findings == []


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [("smooth/spruce_needles.jpg", 15, 62), ("smooth/spruce_needles.jpg", 25, 65),
     ("real/shallow_seeding.jpg", 25, 65), ("real/indoor_wine.jpg", 20, 72)],
)  # fmt: skip
def test_a_heavy_save_under_a_web_quality_is_still_named(name: str, first: int, last: int) -> None:
    result = check_image(_saved(name, first, last), target="twice")
    assert t.QUALITY_TRUSTED <= result.metrics["jpeg_quality"] < t.OWN_GRID_QUALITY
    assert result.metrics["grid_step"] >= t.OWN_GRID_STEP
    assert [f.rule for f in result.findings] == ["over_compressed"]


def test_the_same_photos_saved_once_are_left_alone() -> None:
    for name in ("smooth/spruce_needles.jpg", "real/shallow_seeding.jpg", "real/indoor_wine.jpg"):
        assert check_image(_saved(name, 66), target="once").findings == [], name
