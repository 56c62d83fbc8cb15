"""Image check figures: a 12 MP JPEG checked end to end, against a plain Pillow decode of it."""

from __future__ import annotations

import io
import logging

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from auditor.checks.image import analyse_image, check_image
from benchmarks.common import median_ms, row

log = logging.getLogger(__name__)

BUDGET_MS = 300.0  # issue 17: a 12 MP photo in under 300 ms


def photo_12mp(seed: int = 5) -> bytes:
    """Return a 4000x3000 Q90 JPEG of a dead-leaves scene with lens blur and sensor noise."""
    rng = np.random.default_rng(seed)
    canvas = Image.new("RGB", (4000, 3000), (128, 128, 128))
    draw = ImageDraw.Draw(canvas)
    count = 120_000
    u = rng.random(count)
    radii = 1.0 / np.sqrt(u / 2.0**2 + (1 - u) / 200.0**2)  # 1/r^3 sizes, like natural scenes
    for r, x, y, c in zip(
        radii,
        rng.random(count) * 4000,
        rng.random(count) * 3000,
        rng.integers(20, 236, (count, 3)),
        strict=True,
    ):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v) for v in c))
    img = canvas.filter(ImageFilter.GaussianBlur(0.7))
    pixels = np.asarray(img, dtype=np.int16) + rng.integers(-3, 4, (3000, 4000, 1), dtype=np.int16)
    out = io.BytesIO()
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _decode(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as img:
        img.load()


REAL_12MP = "shallow_focus-Dragonfly_by_Bolly.jpg"  # 4224x3168 (13.4 MP), from bench_image_set


def real_rows() -> list[dict]:
    """Return the rows of a real 13 MP camera photo (built by bench_image_set), if present."""
    from benchmarks.bench_image_set import CACHE

    # Never downloads: the photo is there once `python -m benchmarks image_set` has run.
    if not (CACHE / "set" / REAL_12MP).exists():
        log.warning("real photo set not built (python -m benchmarks image_set): synthetic only")
        return []
    data = (CACHE / "set" / REAL_12MP).read_bytes()
    decode = median_ms(lambda: _decode(data), runs=7)
    check = median_ms(lambda: check_image(data, target=REAL_12MP), runs=7)
    return [
        row(
            "image: check a real 13 MP photo (decode included)",
            check,
            BUDGET_MS,
            decode,
            "Pillow decode of the same file",
        ),
        row("image: Pillow decode of the real 13 MP photo", decode),
    ]


def run() -> list[dict]:
    """Return the image check rows."""
    data = photo_12mp()
    decode = median_ms(lambda: _decode(data), runs=7)
    check = median_ms(lambda: check_image(data, target="12mp.jpg"), runs=7)
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        analysis = median_ms(lambda: analyse_image(img, target="12mp.jpg"), runs=7)
    verdict = check_image(data, target="12mp.jpg").metrics["verdict"]
    log.info("12 MP bench image verdict: %s", verdict)
    return [
        row(
            "image: check a 12 MP JPEG (decode included)",
            check,
            BUDGET_MS,
            decode,
            "Pillow decode of the same file",
        ),
        row(
            "image: analyse an already decoded 12 MP image",
            analysis,
            None,
            decode,
            "Pillow decode of the same file",
        ),
        row("image: Pillow decode of the 12 MP JPEG (reference)", decode),
        *real_rows(),
    ]


if __name__ == "__main__":
    for r in run():
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] else "-"
        budget = f"{r['budget_ms']:.0f}" if r["budget_ms"] else "-"
        print(f"{r['name']:55} {r['median_ms']:8.1f} ms  budget {budget:>5}  ratio {ratio}")
