"""Build the labelled image set: real photos, native mosaics, dead-leaves charts, damaged copies.

The sources in data/ are public-domain or CC0 photographs from scikit-image (see data/LICENCE.md),
stored as JPEG Q90. Everything else is made here, at test time, from them or from a seeded
dead-leaves chart (the ISO 19567-2 texture target), so the repository stays small.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
PHOTOS = ("astronaut", "brick", "camera", "chelsea", "coffee", "coins", "rocket")


@dataclass(frozen=True)
class Case:
    """One labelled file: its bytes and the verdict a careful auditor would give."""

    name: str
    data: bytes
    expected: str  # "ok" or the rule that should lead the verdict


def photo(name: str) -> Image.Image:
    """Return a source photograph (RGB)."""
    with Image.open(DATA / f"{name}.jpg") as img:
        return img.convert("RGB")


def encode(img: Image.Image, fmt: str = "JPEG", quality: int = 92) -> bytes:
    """Return the image saved in a format (JPEG at a quality, else lossless)."""
    out = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(out, "JPEG", quality=quality)
    else:
        img.save(out, fmt)
    return out.getvalue()


def mosaic(
    seed: int, cols: int = 3, rows: int = 3, tile: tuple[int, int] = (384, 300)
) -> Image.Image:
    """Return a mosaic of native-resolution crops of the photos (no resampling at all)."""
    rng = np.random.default_rng(seed)
    tw, th = tile
    canvas = Image.new("RGB", (cols * tw, rows * th))
    for i in range(cols * rows):
        src = photo(PHOTOS[int(rng.integers(len(PHOTOS)))])
        x = int(rng.integers(0, src.width - tw + 1))
        y = int(rng.integers(0, src.height - th + 1))
        piece = src.crop((x, y, x + tw, y + th))
        if rng.random() < 0.5:
            piece = piece.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        canvas.paste(piece, ((i % cols) * tw, (i // cols) * th))
    return canvas


@cache
def dead_leaves(width: int = 1600, height: int = 1200, seed: int = 7) -> Image.Image:
    """Return a dead-leaves chart shot by a decent camera: mild optical blur and sensor noise."""
    rng = np.random.default_rng(seed)
    scale = 2  # draw at twice the size, then reduce: anti-aliased edges like a real lens
    canvas = Image.new("RGB", (width * scale, height * scale), (128, 128, 128))
    draw = ImageDraw.Draw(canvas)
    count = int(width * height / 60)
    # Radii follow the 1/r^3 law of the dead-leaves model (scale invariant, like natural scenes).
    rmin, rmax = 2.0 * scale, 120.0 * scale
    u = rng.random(count)
    radii = 1.0 / np.sqrt(u / rmin**2 + (1 - u) / rmax**2)
    xs = rng.random(count) * width * scale
    ys = rng.random(count) * height * scale
    colours = rng.integers(20, 236, (count, 3))
    for r, x, y, c in zip(radii, xs, ys, colours, strict=True):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v) for v in c))
    img = canvas.reduce(scale).filter(ImageFilter.GaussianBlur(0.6))
    noisy = np.asarray(img, dtype=np.float32) + rng.normal(0, 1.5, (height, width, 1)).astype(
        np.float32
    )
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), "RGB")


def gaussian_blur(img: Image.Image, radius: float) -> Image.Image:
    """Return an out-of-focus copy."""
    return img.filter(ImageFilter.GaussianBlur(radius))


def motion_blur(img: Image.Image, length: int) -> Image.Image:
    """Return a copy smeared horizontally over `length` pixels (camera shake)."""
    arr = np.asarray(img, dtype=np.float32)
    out = np.zeros_like(arr)
    for shift in range(length):
        out += np.roll(arr, shift - length // 2, axis=1)
    return Image.fromarray(np.clip(out / length, 0, 255).astype(np.uint8), img.mode)


def add_noise(img: Image.Image, sigma: float, seed: int = 3) -> Image.Image:
    """Return a copy with Gaussian sensor-like noise (per channel) of the given sigma."""
    rng = np.random.default_rng(seed)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0, sigma, arr.shape).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def upscale(
    img: Image.Image, factor: float, method: Image.Resampling = Image.Resampling.BICUBIC
) -> Image.Image:
    """Return the image enlarged by a factor."""
    return img.resize((round(img.width * factor), round(img.height * factor)), method)


def jpeg_round_trip(img: Image.Image, quality: int) -> Image.Image:
    """Return the pixels of a JPEG save at a quality (for a PNG screenshot of a bad JPEG)."""
    with Image.open(io.BytesIO(encode(img, "JPEG", quality))) as back:
        return back.convert("RGB")


def cases() -> list[Case]:
    """Return the whole labelled set (about 60 files)."""
    bicubic, lanczos, bilinear = (
        Image.Resampling.BICUBIC,
        Image.Resampling.LANCZOS,
        Image.Resampling.BILINEAR,
    )
    out: list[Case] = []
    # Sharp originals large enough for a report: native mosaics and dead-leaves charts.
    sharp = {f"mosaic{s}": mosaic(s) for s in (1, 2, 3, 4)}
    sharp["leaves"] = dead_leaves()
    sharp["leaves_b"] = dead_leaves(1400, 1000, seed=11)
    for name, img in sharp.items():
        out.append(Case(f"{name}_q92", encode(img, "JPEG", 92), "ok"))
    out.append(Case("mosaic5_png", encode(mosaic(5), "PNG"), "ok"))
    out.append(Case("mosaic6_q80", encode(mosaic(6), "JPEG", 80), "ok"))
    out.append(Case("leaves_q75", encode(dead_leaves(), "JPEG", 75), "ok"))
    out.append(Case("leaves_noise4", encode(add_noise(dead_leaves(), 4), "JPEG", 92), "ok"))
    # Real photos at their own small size: too small for a report, but sharp, not enlarged.
    for name in PHOTOS:
        out.append(Case(f"{name}_native", (DATA / f"{name}.jpg").read_bytes(), "low_resolution"))
    out.append(Case("clock_motion_real", (DATA / "clock_motion.jpg").read_bytes(), "blurry"))
    # Out of focus and camera shake.
    for name in ("mosaic1", "mosaic3", "leaves"):
        img = sharp[name]
        out.append(Case(f"{name}_gauss2", encode(gaussian_blur(img, 2.0)), "blurry"))
        out.append(Case(f"{name}_gauss4", encode(gaussian_blur(img, 4.0)), "blurry"))
        out.append(Case(f"{name}_motion9", encode(motion_blur(img, 9)), "blurry"))
    out.append(
        Case("mosaic2_gauss3_png", encode(gaussian_blur(sharp["mosaic2"], 3.0), "PNG"), "blurry")
    )
    # Grain.
    for name in ("mosaic2", "mosaic4", "leaves_b"):
        img = sharp[name]
        out.append(Case(f"{name}_noise15", encode(add_noise(img, 15)), "noisy"))
        out.append(Case(f"{name}_noise25", encode(add_noise(img, 25)), "noisy"))
    # Heavy compression, and a PNG screenshot of a heavily compressed JPEG (no tables left).
    for name in ("mosaic1", "leaves"):
        img = sharp[name]
        for quality in (5, 10, 15):
            out.append(Case(f"{name}_q{quality}", encode(img, "JPEG", quality), "over_compressed"))
        out.append(
            Case(f"{name}_q8_png", encode(jpeg_round_trip(img, 8), "PNG"), "over_compressed")
        )
    # Enlarged from a small photo, some re-saved at high quality so the tables look fine.
    for name, factor, method, fmt, quality in (
        ("astronaut", 2, bicubic, "JPEG", 95),
        ("coffee", 2, lanczos, "JPEG", 90),
        ("rocket", 2, bilinear, "PNG", 0),
        ("camera", 3, bicubic, "JPEG", 92),
        ("chelsea", 3, lanczos, "JPEG", 95),
        ("coins", 3, bicubic, "PNG", 0),
        ("brick", 4, bicubic, "JPEG", 90),
        ("astronaut", 4, lanczos, "JPEG", 95),
        ("coffee", 2.5, bicubic, "JPEG", 92),
        ("chelsea", 4, bilinear, "JPEG", 90),
    ):
        big = upscale(photo(name), factor, method)
        label = f"{name}_x{factor}_{method.name.lower()}_{fmt.lower()}{quality or ''}"
        out.append(Case(label, encode(big, fmt, quality), "blurry"))
    return out


def holdout_cases() -> list[Case]:
    """Return cases made with settings the thresholds were not tuned on (new seeds, new damage)."""
    lanczos = Image.Resampling.LANCZOS
    out: list[Case] = []
    for seed in (21, 22):
        img = mosaic(seed)
        out.append(Case(f"mosaic{seed}_q85", encode(img, "JPEG", 85), "ok"))
        out.append(
            Case(f"mosaic{seed}_gauss1.5", encode(gaussian_blur(img, 1.5), "JPEG", 88), "blurry")
        )
        vertical = motion_blur(img.transpose(Image.Transpose.ROTATE_90), 7).transpose(
            Image.Transpose.ROTATE_270
        )
        out.append(Case(f"mosaic{seed}_vmotion7", encode(vertical, "JPEG", 90), "blurry"))
        out.append(
            Case(f"mosaic{seed}_noise12", encode(add_noise(img, 12, seed), "JPEG", 90), "noisy")
        )
        out.append(Case(f"mosaic{seed}_q12", encode(img, "JPEG", 12), "over_compressed"))
    leaves = dead_leaves(1200, 900, seed=31)
    out.append(Case("leaves31_webp", encode(leaves, "WEBP"), "ok"))
    out.append(
        Case(
            "leaves31_x1.5",
            encode(upscale(dead_leaves(800, 600, seed=32), 1.5, lanczos), "JPEG", 95),
            "blurry",
        )
    )
    out.append(
        Case(
            "leaves31_q10_then_q90",
            encode(jpeg_round_trip(leaves, 10), "JPEG", 90),
            "over_compressed",
        )
    )
    out.append(Case("leaves31_noise10", encode(add_noise(leaves, 10), "PNG"), "noisy"))
    out.append(
        Case(
            "rocket_x2_q40_then_q95",
            encode(upscale(jpeg_round_trip(photo("rocket"), 40), 2), "JPEG", 95),
            "blurry",
        )
    )
    return out


SCREEN_TEXT = (
    "Booking confirmation, Hotel Bellavista. Dear customer, thank you for your request of "
    "12 March: we are pleased to confirm room 204 for two nights. Check-in from 14:00, "
    "check-out by 11:00. For anything else write to info@example.com or call +39 02 1234567. "
)


def screenshot(width: int = 1280, height: int = 800) -> Image.Image:
    """Return a clean synthetic screenshot: white page, paragraphs in a bitmap font on an 8 px pitch."""
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default_imagefont()  # Pillow's own 6x11 bitmap glyphs
    # Console and legacy UI fonts sit in 8 px cells, and a 16 px line keeps the rows on 8 px
    # too: every glyph edge then falls on the same phase of an 8 px grid, as a JPEG's do.
    columns = (width - 64) // 8
    y, line = 32, 0
    while y < height - 32:
        if line % 5 == 4:  # a blank line between paragraphs
            y, line = y + 16, line + 1
            continue
        start = (line * 37) % len(SCREEN_TEXT)
        text = (SCREEN_TEXT * 2)[start : start + columns - (line * 11) % 30]
        for column, char in enumerate(text):
            draw.text((32 + column * 8, y), char, fill=(25, 25, 25), font=font)
        y, line = y + 16, line + 1
    return img


def screenshot_cases() -> list[Case]:
    """Return the clean synthetic screenshot, losslessly and at high and low JPEG quality (issue 16)."""
    shot = screenshot()
    return [
        Case("screenshot_png", encode(shot, "PNG"), "ok"),
        Case("screenshot_q92", encode(shot, "JPEG", 92), "ok"),
        Case("screenshot_q20", encode(shot, "JPEG", 20), "over_compressed"),
    ]
