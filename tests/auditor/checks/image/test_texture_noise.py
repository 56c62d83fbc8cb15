"""Scene texture fine as grain is not noise: averaging 2 x 2 shrinks noise, not texture (tenth round).

Material: the real photos of data/real and data/smooth (LICENCE.md there), with white noise added.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.checks.image import check_image, tiles
from auditor.checks.image import thresholds as t
from auditor.checks.image.verdict import judge

DATA = Path(__file__).parent / "data"
TEXTURED = [DATA / "smooth" / "spruce_needles.jpg", DATA / "real" / "landscape_aitzgorri.jpg"]


def _grey(path: Path) -> np.ndarray:
    with Image.open(path) as img:
        return np.asarray(img.convert("L"), dtype=np.float32)


def _ratio(grey: np.ndarray) -> float:
    found = tiles.measure_tiles(grey)
    assert found is not None
    tl, sigma = found
    side = int(tl.boxes[0][2] - tl.boxes[0][0])
    return tiles.binned_noise(tl.pixels[tl.lattice], side) / sigma


@pytest.mark.parametrize("path", TEXTURED, ids=lambda p: p.stem)
def test_texture_reads_more_when_averaged_and_noise_less(path: Path) -> None:
    grey = _grey(path)
    assert _ratio(grey) >= t.NOISE_TEXTURE_RATIO  # needles, a forest: what the kernel reads grows
    noisy = np.clip(grey + np.random.default_rng(7).normal(0, 15, grey.shape), 0, 255)
    assert _ratio(noisy.astype(np.float32)) < 0.65  # white noise halves, whatever lies under it


@pytest.mark.parametrize("path", TEXTURED, ids=lambda p: p.stem)
def test_grain_over_texture_is_still_named(path: Path) -> None:
    grey = _grey(path)
    noisy = np.clip(grey + np.random.default_rng(7).normal(0, 15, grey.shape), 0, 255)
    out = io.BytesIO()
    Image.fromarray(noisy.astype(np.uint8)).save(out, "JPEG", quality=92)
    result = check_image(out.getvalue(), target=path.name)
    assert result.metrics["noise_texture_ratio"] < t.NOISE_TEXTURE_RATIO
    assert "noisy" in {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("sigma", "texture", "named"),
    [
        # measured on the ninth image part: an aerial photo of a stream through grass and trees,
        # no flat block anywhere, then its grainy copy, then a web export's real grain
        (6.01, 1.09, False),
        (19.67, 0.62, True),
        (9.24, 0.36, True),
    ],
)
def test_a_reading_that_grows_when_averaged_is_no_noise(
    sigma: float, texture: float, named: bool
) -> None:
    metrics = check_image((DATA / "real" / "landscape_aitzgorri.jpg").read_bytes()).metrics
    metrics = {**metrics, "noise_sigma": sigma, "noise_texture_ratio": texture}
    assert ("noisy" in {f.rule for f in judge(metrics)}) is named
