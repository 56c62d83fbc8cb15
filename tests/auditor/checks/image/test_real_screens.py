"""Real screenshots, taken under Xvfb, are left alone: as captured and as a Q90 JPEG."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from auditor.checks.image import check_image

SCREENS = Path(__file__).parent / "data" / "screens"


def _as_jpeg(path: Path) -> bytes:
    out = io.BytesIO()
    with Image.open(path) as img:
        img.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.mark.parametrize("name", ["app_demo.png", "xmessage_doc.png"])
@pytest.mark.parametrize("saved", ["png", "jpeg"])
def test_a_real_screenshot_is_left_alone(name: str, saved: str) -> None:
    path = SCREENS / name
    data = path.read_bytes() if saved == "png" else _as_jpeg(path)
    result = check_image(data, target=name)
    assert [f.rule for f in result.findings] == []
    assert result.metrics["verdict"] == "ok"
    assert (result.metrics["width"], result.metrics["height"]) == (1366, 768)
