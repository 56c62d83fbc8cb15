"""A blurry finding says what was measured: the detail ratio when it is under the line, the empty
top of the spectrum (and its repeating period) when an enlargement kept its ratio near the line.
Before, every such finding said "Nothing in the frame is in focus ... photos in focus read 0.33
or more" beside a ratio of 0.41 and 87 % of the frame in focus. Italian messages write decimals
with a comma.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from auditor.checks.image import check_image
from auditor.checks.image.analysis import soft_cue

DATA = Path(__file__).parent / "data"


def _enlarged(name: str, factor: float) -> bytes:
    img = Image.open(DATA / name).convert("RGB")
    w, h = img.size
    small = img.resize((round(w / factor), round(h / factor)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.resize((w, h), Image.Resampling.BICUBIC).save(out, "JPEG", quality=92)
    return out.getvalue()


def _cue(metrics: dict) -> str | None:
    return soft_cue(
        metrics["detail_ratio"],
        metrics["band_ratios"]["2"],
        metrics.get("top_band"),
        metrics.get("resample_trace"),
        metrics["noise_sigma"],
    )


@pytest.mark.parametrize(
    ("name", "factor", "cue", "opening"),
    [
        ("smooth/spruce_needles.jpg", 2.0, "detail", "Nothing in the frame is in focus:"),
        ("real/sky_sunset.jpg", 2.5, "detail", "Almost nothing is in focus:"),
        ("real/product_fig.jpg", 2.5, "top", "Enlarged from a smaller image:"),
        ("real/product_fig.jpg", 2.0, "resampled", "Enlarged from a smaller image:"),
    ],
)
def test_the_message_names_the_cue_that_was_measured(
    name: str, factor: float, cue: str, opening: str
) -> None:
    result = check_image(_enlarged(name, factor), target="copy.jpg")
    assert _cue(result.metrics) == cue
    [blurry] = [f for f in result.findings if f.rule == "blurry"]
    assert blurry.message.startswith(opening)
    share = round(100 * (result.metrics["in_focus_share"] or 0))
    if cue == "detail":
        assert f"{result.metrics['detail_ratio']:.2f} of the next coarser detail" in blurry.message
        assert (share == 0) == ("in focus: 0% of the frame" in blurry.message)
    else:
        # no ratio said to be under a line it is over
        assert "photos in focus read" not in blurry.message
        assert f"{result.metrics['top_band']:.4f}" in blurry.message
        assert ("resampling trace" in blurry.message) == (cue == "resampled")


def test_italian_messages_write_decimals_with_a_comma() -> None:
    data = _enlarged("real/product_fig.jpg", 2.0)
    english = check_image(data, target="copy.jpg").findings
    italian = check_image(data, lang="it", target="copy.jpg").findings
    assert [f.rule for f in italian] == [f.rule for f in english]
    for it, en in zip(italian, english, strict=True):
        assert not re.search(r"\d\.\d", it.message), it.message
        numbers = re.findall(r"\d+\.\d+", en.message)
        assert all(n.replace(".", ",") in it.message for n in numbers)
    [blurry] = [f for f in italian if f.rule == "blurry"]
    assert blurry.message.startswith("Ingrandita da un'immagine più piccola:")
    assert "traccia di ricampionamento 0," in blurry.message
