"""A window grabbed with its drop shadow is still a screenshot (fourth-round KDE screenshots)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFilter

from auditor.checks.image import check_image


def _window_with_shadow(shadow: bool = True) -> bytes:
    """Return a PNG of a dialog as KDE's screenshot tool saves it: the window, and around it a
    soft half-transparent shadow (a quarter of the picture)."""
    size, box = (800, 640), (110, 100, 690, 540)
    canvas = Image.new("RGBA", size, (0, 0, 0, 0))
    if shadow:
        alpha = Image.new("L", size, 0)
        ImageDraw.Draw(alpha).rectangle((60, 60, 740, 600), fill=160)
        canvas.putalpha(alpha.filter(ImageFilter.GaussianBlur(40)))
    window = Image.new("RGBA", (box[2] - box[0], box[3] - box[1]), (239, 240, 241, 255))
    draw = ImageDraw.Draw(window)
    for row in range(10):
        y = 30 + row * 40
        draw.text((20, y), "Default map font: Sans Serif, 12", fill=(35, 38, 39, 255))
        draw.rectangle(
            (300, y - 6, 640, y + 20), outline=(188, 190, 191, 255), fill=(252, 252, 252, 255)
        )
        draw.text((310, y), "High Quality", fill=(35, 38, 39, 255))
    canvas.alpha_composite(window, box[:2])
    out = io.BytesIO()
    canvas.save(out, "PNG")
    return out.getvalue()


def test_a_window_grabbed_with_its_shadow_is_left_alone():
    result = check_image(_window_with_shadow(), target="configure.png")
    assert result.metrics["screen_like"] is True
    assert result.metrics["flat_share"] >= 0.6  # counted on the window, not on the shadow
    assert [f.rule for f in result.findings] == []


def test_a_window_flattened_with_its_shadow_is_still_drawn():
    """On white, the shadow's ramp spreads over many grey levels: read as shown, the four
    commonest levels cover too little of the picture, which is why the opaque pixels are counted
    alone when the picture keeps its transparency. Flattened (a JPEG, a PNG without alpha), its
    flat 8 x 8 blocks still tell a drawing, and it is left alone."""
    shown = Image.open(io.BytesIO(_window_with_shadow())).convert("RGBA")
    flat = Image.alpha_composite(Image.new("RGBA", shown.size, "white"), shown).convert("RGB")
    out = io.BytesIO()
    flat.save(out, "PNG")
    result = check_image(out.getvalue(), target="configure-flattened.png")
    assert result.metrics["flat_share"] < 0.6
    assert result.metrics["flat_block_share"] >= 0.3
    assert result.metrics["screen_like"] is True
    assert [f.rule for f in result.findings] == []
