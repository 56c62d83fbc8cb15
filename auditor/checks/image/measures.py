"""Measure sharpness, noise, resampling and blockiness on a grey crop (numpy, float32).

Every function takes a 2-D float32 array of luminance in 0..255 (see `grey_crop`) and returns
plain floats, so the verdict can be re-calibrated from the raw metrics alone.
"""

from __future__ import annotations

import logging
import math

import numpy as np
from PIL import Image

log = logging.getLogger(__name__)

CROP_SIDE = 1024  # the centre crop every pixel measure reads, at native resolution
TILE = 128  # side of the tiles that find the detailed part of a crop


def grey_crop(img: Image.Image, side: int = CROP_SIDE) -> np.ndarray:
    """Return the centre crop (at most side x side) of an image as float32 luminance."""
    width, height = img.size
    cw, ch = min(side, width), min(side, height)
    left, top = (width - cw) // 2, (height - ch) // 2
    crop = img.crop((left, top, left + cw, top + ch))
    if crop.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(crop, dtype=np.float32)
        peak = float(arr.max()) or 1.0
        return arr * (255.0 / (65535.0 if peak > 255 else 255.0))
    if crop.mode == "F":
        return np.asarray(crop, dtype=np.float32)
    if crop.mode != "L":
        if "A" in crop.getbands() or (crop.mode == "P" and "transparency" in crop.info):
            # Transparent pixels show the page under them: measure them on white, as shown.
            rgba = crop.convert("RGBA")
            flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            flat.alpha_composite(rgba)
            crop = flat
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


def immerkaer_sigma(g: np.ndarray, edge_quantile: float = 0.9) -> float:
    """Return the noise standard deviation (Immerkaer 1996), ignoring the strongest edges."""
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
    return float(math.sqrt(math.pi / 2.0) * conv[keep].sum(dtype=np.float64) / (6.0 * count))


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


def blockiness(g: np.ndarray, tile: int = 64) -> float:
    """Return how much stronger steps are on an 8-pixel grid than elsewhere (1.0 = none)."""
    if g.shape[0] < 32 or g.shape[1] < 32:
        return 1.0
    ratios = []
    for axis in (1, 0):
        diff = np.abs(np.diff(g, axis=axis))
        if axis == 0:
            diff = diff.T
        n = (diff.shape[1] // 8) * 8
        phases = diff[:, :n].reshape(diff.shape[0], -1, 8).mean(axis=(0, 1))
        # The grid need not start at the crop's edge: take the strongest phase as the boundary.
        boundary = int(np.argmax(phases))
        global_ratio = float(
            phases[boundary] / max(float(np.delete(phases, boundary).mean()), 1e-6)
        )
        # A JPEG grid shows in every textured tile; a drawn screenshot's few sharp edges that happen to
        # fall on one phase do not. The median over tiles separates them.
        rows, cols = diff.shape[0] // tile, n // tile
        if rows >= 2 and cols >= 2:
            tiles = (
                diff[: rows * tile, : cols * tile]
                .reshape(rows, tile, cols, tile // 8, 8)
                .mean(axis=(1, 3))
            )
            others = (tiles.sum(axis=-1) - tiles[..., boundary]) / 7
            textured = others > 0.5
            if textured.sum() >= 4:
                local = np.median(tiles[..., boundary][textured] / others[textured])
                global_ratio = min(global_ratio, float(local))
        ratios.append(global_ratio)
    return float(np.mean(ratios))
