"""Measure sharpness, noise, resampling and blockiness on a grey crop (numpy, float32).

Every function takes a 2-D float32 array of luminance in 0..255 (see `grey_crop`) and returns
plain floats, so the verdict can be re-calibrated from the raw metrics alone.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Sequence

import numpy as np
from PIL import Image

from auditor.imaging import normalise

log = logging.getLogger(__name__)

CROP_SIDE = 1024  # the centre crop every pixel measure reads, at native resolution
TILE = 128  # side of the tiles that find the detailed part of a crop
# How much the strongest 8 px phase may stand over the next strongest and still be measured
# against the mean of all others: JPEG grids read max/next = 0.89-0.95 x max/mean, drawn text
# on an 8 px pitch 0.45-0.65 x.
UNIQUE_PHASE = 1.15
# Noise read over the whole crop may not exceed this many times the flattest blocks' reading.
FLAT_NOISE_FACTOR = 1.5


def grey_crop(img: Image.Image, side: int = CROP_SIDE) -> np.ndarray:
    """Return the centre crop (at most side x side) of a normalised image as float32 luminance."""
    if img.mode not in ("L", "RGB"):
        img = normalise(img)
    width, height = img.size
    cw, ch = min(side, width), min(side, height)
    left, top = (width - cw) // 2, (height - ch) // 2
    crop = img.crop((left, top, left + cw, top + ch))
    if crop.mode != "L":
        crop = crop.convert("L")
    return np.asarray(crop, dtype=np.float32)


def laplacian(g: np.ndarray) -> np.ndarray:
    """Return the 4-neighbour Laplacian of the interior pixels."""
    return g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:] - 4.0 * g[1:-1, 1:-1]


def laplacian_variance(g: np.ndarray) -> float:
    """Return the variance of the Laplacian (Pech-Pacheco 2000): high for sharp detail."""
    if g.shape[0] < 3 or g.shape[1] < 3:
        return 0.0
    return float(laplacian(g).var(dtype=np.float64))


def immerkaer_sigma(g: np.ndarray, edge_quantile: float = 0.9, block: int = 16) -> float:
    """Return the noise standard deviation (Immerkaer 1996), ignoring the strongest edges.

    `block` is the side of the blocks whose flattest tenth caps the reading (see below).
    """
    if g.shape[0] < 4 or g.shape[1] < 4:
        return 0.0
    # Kernel [[1,-2,1],[-2,4,-2],[1,-2,1]] = difference of two Laplacians: cancels smooth shading.
    rows = g[:, :-2] - 2.0 * g[:, 1:-1] + g[:, 2:]
    conv = np.abs(rows[:-2] - 2.0 * rows[1:-1] + rows[2:])
    # Texture and edges also excite the kernel; skip the strongest gradients (Tai & Yang 2008).
    gx = np.abs(g[1:-1, 2:] - g[1:-1, :-2])
    gy = np.abs(g[2:, 1:-1] - g[:-2, 1:-1])
    grad = gx + gy
    limit = np.quantile(grad[::4, ::4], edge_quantile)
    keep = grad <= limit
    count = int(keep.sum())
    if count == 0:
        return 0.0
    sigma = math.sqrt(math.pi / 2.0) * conv[keep].sum(dtype=np.float64) / (6.0 * count)
    # Sensor noise is everywhere, so it shows in the flattest blocks too (noisy photos: 6-15 there,
    # clean ones under 2). Drawn text on a white page is perfectly flat between the lines, and its
    # 1 px strokes slip through the edge mask above (a stroke's centre has no central gradient).
    return float(min(sigma, FLAT_NOISE_FACTOR * _flattest_blocks_sigma(conv, block)))


def _flattest_blocks_sigma(conv: np.ndarray, block: int = 16) -> float:
    """Return the Immerkaer sigma of the flattest tenth of the blocks (inf when too small)."""
    rows, cols = conv.shape[0] // block, conv.shape[1] // block
    if rows * cols < 10:
        return math.inf
    means = conv[: rows * block, : cols * block].reshape(rows, block, cols, block).mean(axis=(1, 3))
    return float(math.sqrt(math.pi / 2.0) * np.percentile(means, 10) / 6.0)


def _down_up(g: np.ndarray, fx: float, fy: float) -> np.ndarray:
    h, w = g.shape
    small = Image.fromarray(g, "F").resize(
        (max(1, round(w / fx)), max(1, round(h / fy))), Image.Resampling.BOX
    )
    return np.asarray(small.resize((w, h), Image.Resampling.BICUBIC), dtype=np.float32)


def tile_psnr(g: np.ndarray, fx: float = 2.0, fy: float = 2.0, tile: int = TILE) -> float:
    """Return the PSNR (dB) between the detailed tiles and their down-then-up copy.

    Native photos lose real detail when reduced by 2 (25-37 dB here); upscaled or blurred ones
    had none to lose (41-56 dB). Only the most detailed third of the tiles counts: flat sky has
    nothing to lose either. fx and fy reduce one axis alone to find motion blur.
    """
    up = _down_up(g, fx, fy)
    th, tw = g.shape[0] // tile, g.shape[1] // tile
    if th == 0 or tw == 0:
        mse = max(float(((g - up) ** 2).mean()), 1e-6)
        return float(10.0 * math.log10(255.0**2 / mse))
    cut = g[: th * tile, : tw * tile].reshape(th, tile, tw, tile)
    err = ((g - up)[: th * tile, : tw * tile] ** 2).reshape(th, tile, tw, tile)
    std = cut.std(axis=(1, 3)).ravel()
    mse = np.maximum(err.mean(axis=(1, 3), dtype=np.float64).ravel(), 1e-6)
    psnr = 10.0 * np.log10(255.0**2 / mse)
    top = np.argsort(std)[::-1][: max(1, len(std) // 3)]
    return float(np.median(psnr[top]))


def crop_origin(width: int, height: int, side: int = CROP_SIDE) -> tuple[int, int]:
    """Return where `grey_crop` cuts its crop from a picture of this size (left, top)."""
    return (width - min(side, width)) // 2, (height - min(side, height)) // 2


def grid_phases(width: int, height: int, left: int = 0, top: int = 0) -> tuple[set[int], set[int]]:
    """Return, per axis (x, y), the step phases (mod 8, in crop coordinates) of a JPEG's grid.

    A JPEG's blocks start at its pixel (0, 0): the step between pixels 8k-1 and 8k is the one a
    difference array holds at index 8k-1. A photo rotated upright by its EXIF orientation has its
    grid anchored at the far edge instead, at index (size - 1) mod 8.
    """
    xs = {(7 - left) % 8, (width - 1 - left) % 8}
    ys = {(7 - top) % 8, (height - 1 - top) % 8}
    return xs, ys


def blockiness(
    g: np.ndarray, tile: int = 64, phases: tuple[set[int], set[int]] | None = None
) -> float:
    """Return how much stronger steps are on the 8-pixel JPEG grid than elsewhere (1.0 = none).

    The grid is looked for where a JPEG puts it, `phases` per axis (x, y) in the crop's
    coordinates (default: anchored at the crop's own origin), and must show along BOTH axes: the
    smaller of the two ratios is returned. Drawn text on an 8 px pitch peaks on one phase of one
    axis, anywhere; a JPEG's blocks step at the same place in both directions.
    """
    return grid(g, tile, phases)[0]


def grid_step(g: np.ndarray, phases: tuple[set[int], set[int]] | None = None) -> float:
    """Return by how many grey levels the steps on the JPEG grid exceed the mean of the others.

    The weaker of the two axes, at the phases `blockiness` reads. Under one grey level a grid is
    invisible and hides no detail, whatever its ratio says (a smooth sky saved at Q90).
    """
    return grid(g, phases=phases)[1]


def grid(
    g: np.ndarray, tile: int = 64, phases: tuple[set[int], set[int]] | None = None
) -> tuple[float, float]:
    """Return `blockiness` and `grid_step` of a crop, from one pass over its differences."""
    if g.shape[0] < 32 or g.shape[1] < 32:
        return 1.0, 0.0
    if phases is None:
        phases = grid_phases(g.shape[1], g.shape[0])
    ratios, steps = [], []
    for axis, allowed in ((1, phases[0]), (0, phases[1])):
        diff = np.abs(np.diff(g, axis=axis))
        if axis == 0:
            diff = diff.T
        n = (diff.shape[1] // 8) * 8
        strength = diff[:, :n].reshape(diff.shape[0], -1, 8).mean(axis=(0, 1))
        ratios.append(max(_grid_ratio(diff, n, strength, b, tile) for b in sorted(allowed)))
        steps.append(max(float(strength[b] - np.delete(strength, b).mean()) for b in allowed))
    return float(min(ratios)), float(min(steps))


def _grid_ratio(diff: np.ndarray, n: int, phases: np.ndarray, boundary: int, tile: int) -> float:
    """Return the step strength at one phase over the others, on the whole crop and per tile."""
    others = np.delete(phases, boundary)
    # A JPEG grid is one strong phase over seven alike (the next strongest within 10 % of their
    # mean). Text in a monospace bitmap font on an 8 px pitch also peaks at one phase, but
    # because the phases of the gap between glyphs are nearly empty, and the next strongest
    # phase is almost as strong as the peak: measured against it, the "grid" goes away.
    reference = max(float(others.mean()), float(others.max()) / UNIQUE_PHASE, 1e-6)
    global_ratio = float(phases[boundary] / reference)
    # A JPEG grid shows in every textured tile; a drawn screenshot's few sharp edges that happen
    # to fall on one phase do not. The median over tiles separates them.
    rows, cols = diff.shape[0] // tile, n // tile
    if rows >= 2 and cols >= 2:
        tiles = (
            diff[: rows * tile, : cols * tile]
            .reshape(rows, tile, cols, tile // 8, 8)
            .mean(axis=(1, 3))
        )
        rest = (tiles.sum(axis=-1) - tiles[..., boundary]) / 7
        textured = rest > 0.5
        if textured.sum() >= 4:
            local = np.median(tiles[..., boundary][textured] / rest[textured])
            global_ratio = min(global_ratio, float(local))
    return global_ratio


def _off_grid(steps: set[int]) -> int:
    """Return where to cut an axis so that index 7 of the cut lies farthest from every step."""

    def distance(start: int) -> int:
        return min(min((b - start - 7) % 8, (7 + start - b) % 8) for b in steps)

    return max(range(8), key=lambda start: (distance(start), -start))


def own_save_grid_step(
    g: np.ndarray, phases: tuple[set[int], set[int]], luma_table: Sequence[int]
) -> float:
    """Return the grid step (grey levels) one save with these tables leaves on these pixels.

    The crop is saved again as a JPEG with the file's own luminance table, cut so that the new
    grid falls four pixels away from the file's own (`phases`), and the new grid's step is read.
    A grid no stronger than that is what the file's last save would leave on its own; an earlier,
    heavier save leaves several times more (its flat blocks survive a light save).
    """
    # The file's steps lie after the indexes in `phases` (two per axis when a rotation moved
    # the grid's anchor); the new save's lie after index 7 of the cut.
    cut = g[_off_grid(phases[1]) :, _off_grid(phases[0]) :]
    if cut.shape[0] < 32 or cut.shape[1] < 32:
        return 0.0
    pixels = Image.fromarray(np.clip(np.rint(cut), 0, 255).astype(np.uint8), "L")
    buffer = io.BytesIO()
    # A 16-bit table's steps above 255 would make libjpeg warn on stderr and leave baseline.
    steps = [min(255, max(1, int(step))) for step in luma_table]
    pixels.save(buffer, "JPEG", qtables=[steps])
    buffer.seek(0)
    with Image.open(buffer) as saved:
        again = np.asarray(saved.convert("L"), dtype=np.float32)
    return grid(again, phases=({7}, {7}))[1]
