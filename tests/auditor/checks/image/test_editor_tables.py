"""Issue 17, fifteenth round: a photograph exported by an editor with tables of its own (Lightroom's
fit no standard quality) leaves a grid of its own, which is no finding; a heavy save under the
same tables still is (data/lightroom and data/real LICENCE.md).
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.checks.image import check_image, measures
from auditor.checks.image import thresholds as t
from auditor.checks.image.measures import own_save_grid_step

DATA = Path(__file__).resolve().parent / "data"
EXPORTS = ["lightroom/old_windmill_crop.jpg", "lightroom/portrait_crop.jpg"]


def _lightroom_tables() -> dict[int, list[int]]:
    with Image.open(DATA / EXPORTS[0]) as img:
        return {k: list(v) for k, v in img.quantization.items()}


@pytest.mark.parametrize("name", EXPORTS)
def test_a_lightroom_export_is_not_called_over_compressed(name: str) -> None:
    # Both read a grid of 1.7-2.7 times the other phases from steps of 1.7-2.5 grey levels, and
    # were called over_compressed (minor) before this round.
    result = check_image(DATA / name, target=name)
    m = result.metrics
    assert m["jpeg_quality_confidence"] < t.QUALITY_CONFIDENCE  # tables of the editor's own
    assert m["blockiness"] >= t.BLOCKINESS_MINOR and m["grid_step"] > t.FAINT_GRID_STEP
    assert m["grid_step"] < t.OWN_SAVE_MARGIN * m["own_save_grid_step"]
    assert result.findings == []


@pytest.mark.parametrize("first", [15, 30])
@pytest.mark.parametrize("name", ["real/indoor_wine.jpg", "real/shallow_seeding.jpg"])
def test_a_heavy_save_exported_again_under_those_tables_is_still_named(
    name: str, first: int
) -> None:
    with Image.open(DATA / name) as img:
        heavy = io.BytesIO()
        img.convert("RGB").save(heavy, "JPEG", quality=first)
    again = io.BytesIO()
    with Image.open(heavy) as img:
        img.save(again, "JPEG", qtables=_lightroom_tables(), subsampling=0)
    result = check_image(again.getvalue(), target="twice")
    m = result.metrics
    assert m["jpeg_quality_confidence"] < t.QUALITY_CONFIDENCE
    assert m["grid_step"] >= t.OWN_SAVE_MARGIN * m["own_save_grid_step"]
    assert "over_compressed" in [f.rule for f in result.findings]


def test_the_own_save_step_reads_the_new_grid_not_the_old() -> None:
    # A flat grey picture with an 8 px grid of strong steps where the file's blocks are: made
    # again four pixels off, the new save's grid is measured, not the old one.
    y, x = np.mgrid[0:256, 0:256]
    g = np.where((x // 8 + y // 8) % 2, 140.0, 116.0).astype(np.float32)
    assert own_save_grid_step(g, ({7}, {7}), [1] * 64) < 0.5
    assert own_save_grid_step(g[:20, :20], ({7}, {7}), [1] * 64) == 0.0


def test_the_own_save_keeps_off_both_anchors_of_a_rotated_grid() -> None:
    # A photo turned upright by its EXIF orientation may step at two phases per axis (the grid
    # anchored at the far edge): the new save's grid must fall on neither.
    y, x = np.mgrid[0:256, 0:256]
    g = np.where((x // 4 + y // 4) % 2, 140.0, 116.0).astype(np.float32)  # steps after 3 and 7
    assert (
        measures.grid(g, phases=({3}, {3}))[1] > 10 and measures.grid(g, phases=({7}, {7}))[1] > 10
    )
    assert own_save_grid_step(g, ({3, 7}, {3, 7}), [1] * 64) < 0.5


def test_the_step_is_only_measured_where_it_can_decide() -> None:
    # Standard tables (Pillow's own) or no marked grid: nothing to make again.
    for name in ("real/indoor_wine.jpg", "smooth/foggy_trees.jpg"):
        assert check_image(DATA / name, target=name).metrics["own_save_grid_step"] is None


def test_a_table_out_of_baseline_range_is_saved_quietly(capfd) -> None:
    # A 16-bit table (steps over 255) must not make libjpeg print a caution on the command line.
    g = np.random.default_rng(1).uniform(0, 255, (128, 128)).astype(np.float32)
    assert own_save_grid_step(g, ({7}, {7}), [300] * 64) > 0
    assert capfd.readouterr().err == ""
