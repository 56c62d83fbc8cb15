"""The JPEG quality estimate: exact for libjpeg-scaled tables, unsure for custom ones."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from auditor.checks.image.jpeg_quality import QualityEstimate, estimate_quality


def _saved(quality: int | str | None = None, mode: str = "RGB", **options: object) -> Image.Image:
    pixels = np.random.default_rng(4).integers(0, 256, (48, 48, 3), dtype=np.uint8)
    out = io.BytesIO()
    kwargs = dict(options)
    if quality is not None:
        kwargs["quality"] = quality
    Image.fromarray(pixels).convert(mode).save(out, "JPEG", **kwargs)
    return Image.open(io.BytesIO(out.getvalue()))


def test_pillow_tables_are_in_natural_order() -> None:
    assert _saved(50).quantization[0][2] == 10  # the Annex K value, not the zigzag one


def test_every_quality_is_found_exactly() -> None:
    found = {q: estimate_quality(_saved(q).quantization) for q in range(1, 101)}
    assert found == {q: QualityEstimate(quality=q, confidence=1.0) for q in range(1, 101)}


def test_greyscale_has_one_table_and_still_reads_right() -> None:
    img = _saved(70, mode="L")
    assert len(img.quantization) == 1
    assert estimate_quality(img.quantization) == QualityEstimate(quality=70, confidence=1.0)


def test_custom_tables_get_a_low_confidence() -> None:
    flat = _saved(None, qtables=[[3] * 64, [5] * 64])
    estimate = estimate_quality(flat.quantization)
    assert estimate is not None and estimate.confidence < 0.5
    preset = estimate_quality(_saved("web_low").quantization)  # Photoshop-like preset tables
    assert preset is not None and preset.confidence < 0.9


def test_no_tables_no_estimate() -> None:
    assert estimate_quality(None) is None
    assert estimate_quality({}) is None
