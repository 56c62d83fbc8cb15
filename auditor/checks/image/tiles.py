"""Find where a photo is in focus: a grid of native-resolution tiles, measured band by band.

A photo is sharp where it is in focus, and only there: a portrait's background, a smooth sky or a
dark room hold no fine detail in a perfectly good photo. So the frame is cut in 128 px tiles at
native resolution; a regular lattice of them samples the whole frame (the in-focus share), and the
tiles with the most structure on a 4x reduced copy are added (a small subject in focus). Each tile
is measured by its resample residuals: the RMS difference between the tile and its copy reduced by
a factor f and enlarged back, i.e. the detail finer than 1/(2f) cycles per pixel. The ratio of the
residual at f to the residual at 2f says whether the finest band holds as much detail as the
coarser one, as in every in-focus natural image (0.37-0.83 on the real photos here), or almost
none, as in a blurred or enlarged one (0.18-0.27). The ratio is free of contrast, so a dark or
low-contrast photo in focus reads as sharp, and sensor noise (estimated separately) is taken out
of each residual before the ratio.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image

from auditor.checks.image.measures import immerkaer_sigma

log = logging.getLogger(__name__)

TILE = 128  # side of a tile at native resolution (a multiple of 8: tiles sit on the JPEG grid)
PAD = 8  # mirrored border around each tile in the mosaic, so tiles never bleed into each other
LATTICE_TILES = 32  # at most this many tiles sample the frame evenly (the in-focus share)
CANDIDATE_TILES = 16  # and this many of the most structured tiles of the reduced copy
COARSE = 4  # reduction of the copy that picks the structured tiles
# Every factor the residuals are measured at: 1.5-6 for the detail scale, up to 12 as references.
FACTORS = (1.5, 2.0, 3.0, 6.0, 8.0, 12.0)
LATTICE_FACTORS = (2.0, 4.0, 8.0)
GRID_PHASES = (7, 0, 1)  # pixel phases (mod 8) beside the JPEG block boundary, left out
NOISE_BLOCK_MIN = 8  # smallest block whose flattest tenth caps the noise reading
EDGE_MIN_RISE = 20.0  # grey levels over 4 px: a strong edge (edge_sharpness)
EDGE_MIN_COUNT = 50  # strong edges needed along an axis to read its sharpness
RESAMPLE_FACTORS = (2.0, 2.5, 3.0, 4.0)  # enlargements whose repeated spectrum is looked for
RESAMPLE_BINS = 60  # tiles cut to a multiple of this: 1/k falls on a bin for every k above


@dataclass(frozen=True)
class Tiles:
    """Residuals of the measured tiles (noise removed) and where the tiles are."""

    boxes: np.ndarray  # (n, 4) left, top, right, bottom in the frame
    lattice: np.ndarray  # (n,) True for tiles of the even sample of the frame
    residual: dict[float, np.ndarray]  # factor -> (n,) RMS residual, noise taken out
    pixels: np.ndarray  # (n, side, side) float32 grey levels of every tile
    total: int  # tiles in the whole frame's grid


def tile_side(width: int, height: int) -> int:
    """Return the tile side for a picture (smaller pictures get smaller tiles, down to 32)."""
    side = TILE
    while side > 32 and min(width, height) < 2 * side:
        side //= 2
    return min(side, (min(width, height) // 8) * 8)


def sample(grey: np.ndarray, side: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Return the boxes of the tiles to measure, which belong to the even lattice, and the total."""
    rows, cols = grey.shape[0] // side, grey.shape[1] // side
    total = rows * cols
    step = max(1, math.ceil(math.sqrt(total / LATTICE_TILES)))
    # Centre the lattice so that a centred subject falls on it as often as an edge.
    r0, c0 = (rows - 1) % step // 2, (cols - 1) % step // 2
    chosen = {(r, c): True for r in range(r0, rows, step) for c in range(c0, cols, step)}
    if total > len(chosen):
        activity = _coarse_activity(grey, side, rows, cols)
        order = np.argsort(activity, axis=None)[::-1]
        added = 0
        for flat in order:
            r, c = divmod(int(flat), cols)
            if (r, c) not in chosen:
                chosen[(r, c)] = False
                added += 1
                if added >= CANDIDATE_TILES:
                    break
    keys = sorted(chosen)
    boxes = np.array([(c * side, r * side, (c + 1) * side, (r + 1) * side) for r, c in keys])
    lattice = np.array([chosen[k] for k in keys], dtype=bool)
    return boxes, lattice, total


def _coarse_activity(grey: np.ndarray, side: int, rows: int, cols: int) -> np.ndarray:
    """Return, per tile, the Laplacian energy of a 4x reduced copy (structure a focus can hold)."""
    factor = COARSE if side >= 4 * COARSE else 1
    small = Image.fromarray(grey[: rows * side, : cols * side]).reduce(factor)
    s = np.asarray(small, dtype=np.float32)
    lap = np.zeros_like(s)
    lap[1:-1, 1:-1] = np.abs(
        s[:-2, 1:-1] + s[2:, 1:-1] + s[1:-1, :-2] + s[1:-1, 2:] - 4 * s[1:-1, 1:-1]
    )
    cell = side // factor
    return lap[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).mean(axis=(1, 3))


def cut(grey: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Return the tiles of the boxes as a float32 stack."""
    return np.stack([grey[t:b, left:r] for left, t, r, b in boxes]).astype(np.float32)


@cache
def off_grid(side: int) -> np.ndarray:
    """Return the (side, side) weights that leave out the pixels next to the 8 px JPEG grid.

    A JPEG's block steps, and those of a small heavy JPEG enlarged x2 (a 16 px grid), sit
    between the pixels 7 and 0 of each period, the enlargement's ramp reaching pixel 1: those
    steps read as fine detail that the picture does not hold. Tiles start on multiples of 8.
    """
    keep = ~np.isin(np.arange(side) % 8, GRID_PHASES)
    return (keep[:, None] & keep[None, :]).astype(np.float64)


def residuals(
    stack: np.ndarray, factors: tuple[tuple[float, float], ...], *, grid_free: bool = False
) -> dict[tuple[float, float], np.ndarray]:
    """Return, per (fx, fy), the RMS difference of each tile and its reduced-then-enlarged copy.

    `grid_free` averages only the pixels away from the 8 px grid (see `off_grid`).
    """
    n, side, _ = stack.shape
    if n == 0:
        return {f: np.zeros(0) for f in factors}
    pad = min(PAD, side // 2)
    cell = side + 2 * pad
    cols = math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    mosaic = np.zeros((rows * cell, cols * cell), dtype=np.float32)
    padded = np.pad(stack, ((0, 0), (pad, pad), (pad, pad)), mode="reflect")
    for i in range(n):
        r, c = divmod(i, cols)
        mosaic[r * cell : (r + 1) * cell, c * cell : (c + 1) * cell] = padded[i]
    img = Image.fromarray(mosaic, "F")
    out = {}
    for fx, fy in factors:
        small = img.resize(
            (max(1, round(img.width / fx)), max(1, round(img.height / fy))), Image.Resampling.BOX
        )
        up = np.asarray(small.resize(img.size, Image.Resampling.BICUBIC), dtype=np.float32)
        err = (mosaic - up) ** 2
        cells = err.reshape(rows, cell, cols, cell)[:, pad : pad + side, :, pad : pad + side]
        if grid_free and side % 8 == 0:
            weights = off_grid(side)
            per = np.einsum("rycx,yx->rc", cells, weights).ravel()[:n] / weights.sum()
        else:
            per = cells.mean(axis=(1, 3), dtype=np.float64).ravel()[:n]
        out[(fx, fy)] = np.sqrt(per)
    return out


@cache
def noise_gain(fx: float, fy: float, side: int = TILE) -> float:
    """Return the residual variance that white noise of variance 1 leaves at a factor."""
    noise = np.random.default_rng(0).normal(0, 1, (4, side, side)).astype(np.float32)
    return float((residuals(noise, ((fx, fy),))[(fx, fy)] ** 2).mean())


def without_noise(rms: np.ndarray, sigma: float, fx: float, fy: float, side: int) -> np.ndarray:
    """Return residuals with the share sensor noise of this sigma adds taken out."""
    if sigma <= 0:
        return rms
    return np.sqrt(np.maximum(rms**2 - noise_gain(fx, fy, side) * sigma**2, 0.0))


def measure_tiles(grey: np.ndarray) -> tuple[Tiles, float] | None:
    """Return the measured tiles of a grey frame and its noise sigma (None if too small)."""
    height, width = grey.shape
    side = tile_side(width, height)
    if side < 16:
        return None
    boxes, lattice, total = sample(grey, side)
    stack = cut(grey, boxes)
    # Sensor noise is everywhere: read it on the even sample, stacked into one tall strip. Its
    # flattest blocks (an eighth of the tile, 8 px at least) cap the reading: in a small window
    # grab (32 px tiles) a 16 px block always holds a glyph stroke, an 8 px one can miss it.
    sigma = immerkaer_sigma(
        np.concatenate(list(stack[lattice]), axis=0), block=max(NOISE_BLOCK_MIN, side // 8)
    )
    # The detail ratio (2 over 4) is read away from the grid; structure (8) on every pixel.
    raw = residuals(stack, ((2.0, 2.0), (4.0, 4.0)), grid_free=True)
    raw |= residuals(stack, ((8.0, 8.0),))
    residual = {f: without_noise(raw[(f, f)], sigma, f, f, side) for f in LATTICE_FACTORS}
    tiles = Tiles(boxes=boxes, lattice=lattice, residual=residual, pixels=stack, total=total)
    return tiles, sigma


def binned_noise(stack: np.ndarray, side: int) -> float:
    """Return the noise reading of the tiles averaged over 2 x 2 pixels (see NOISE_TEXTURE_RATIO).

    Averaging halves white noise and shrinks a camera's grain; scene texture as fine as grain
    (grass, leaves seen from the air) holds more at the coarser scale, so its reading grows.
    """
    n, h, w = stack.shape
    binned = stack[:, : h // 2 * 2, : w // 2 * 2].reshape(n, h // 2, 2, w // 2, 2).mean(axis=(2, 4))
    return immerkaer_sigma(
        np.concatenate(list(binned), axis=0), block=max(NOISE_BLOCK_MIN // 2, side // 16)
    )


def directional(stack: np.ndarray, sigma: float) -> dict[str, np.ndarray]:
    """Return per tile the residuals along one axis at x2 and x4 (noise taken out)."""
    side = stack.shape[1]
    pairs = ((2.0, 1.0), (8.0, 1.0), (1.0, 2.0), (1.0, 8.0))
    raw = residuals(stack, pairs)
    return {f"{fx:g}x{fy:g}": without_noise(raw[(fx, fy)], sigma, fx, fy, side) for fx, fy in pairs}


def scales(stack: np.ndarray, sigma: float) -> dict[float, np.ndarray]:
    """Return per tile the residuals at every factor of FACTORS (noise taken out)."""
    side = stack.shape[1]
    raw = residuals(stack, tuple((f, f) for f in FACTORS))
    return {f: without_noise(raw[(f, f)], sigma, f, f, side) for f in FACTORS}


def top_band(stack: np.ndarray) -> np.ndarray:
    """Return per tile the spectral power above 0.3 cycle/px over that between 0.1 and 0.2.

    An enlargement by k holds nothing above 1/(2k) cycle/px but the interpolation's faint images
    (x2: nothing above 0.25); a photo in focus, however hazy, keeps its sensor noise and fine
    texture up to the Nyquist frequency. Hann window; the JPEG grid's harmonics (k/8 cycle/px on
    either axis) are left out, so a grid does not pass for detail.
    """
    n = stack.shape[1]
    window = np.hanning(n).astype(np.float32)
    centred = stack - stack.mean(axis=(1, 2), keepdims=True)
    power = np.abs(np.fft.rfft2(centred * window[:, None] * window[None, :])) ** 2
    fy = np.abs(np.fft.fftfreq(n))[:, None]
    fx = np.fft.rfftfreq(n)[None, :]
    radius = np.maximum(fx, fy)
    grid = np.isclose((fx * 8) % 1, 0) | np.isclose((fy * 8) % 1, 0)
    top = (radius >= 0.3) & ~grid
    mid = (radius >= 0.1) & (radius < 0.2) & ~grid
    return power[:, top].mean(axis=1) / np.maximum(power[:, mid].mean(axis=1), 1e-9)


def resample_trace(stack: np.ndarray) -> float | None:
    """Return how strongly the tiles' spectrum repeats as an enlargement's does (0-1, or None).

    An image enlarged by k is its small copy's spectrum, periodic with period 1/k cycle/px, seen
    through the interpolation kernel: the detail at 1/k - g is a copy of the detail at g (Popescu
    & Farid 2005, Kirchner 2008 find the same period in the pixels). So for each g between
    0.3/k and 1/(2k), the products Y(1/k - g) conj(Y(-g)) over the other axis's frequencies
    share one phase; in a camera photo, whose detail above 1/(2k) is its own, their phases are
    unrelated.
    Per tile (a tile's offset from the enlargement's grid turns that phase), along each axis:
    |sum of the products| over the sum of their magnitudes, the tiles' median per g, averaged
    over g; the weaker axis, the strongest of k = 2, 2.5, 3 and 4. Tiles are cut to a multiple
    of 60 px so that every 1/k falls on a frequency bin. The JPEG grid (k/8 cycle/px) relates
    the same frequencies for k = 2 and 4, more weakly.
    """
    side = stack.shape[1] // RESAMPLE_BINS * RESAMPLE_BINS
    if side == 0 or len(stack) == 0:
        return None
    window = np.hanning(side)
    tiles = stack[:, :side, :side].astype(np.float64)
    centred = tiles - tiles.mean(axis=(1, 2), keepdims=True)
    spectrum = np.fft.fft2(centred * window[:, None] * window[None, :])
    best = 0.0
    for k in RESAMPLE_FACTORS:
        period = round(side / k)  # 1/k cycle/px, in bins
        g = np.arange(max(2, round(0.3 * period)), math.ceil(period / 2))
        axes = []
        for z in (spectrum, np.transpose(spectrum, (0, 2, 1))):
            products = z[:, :, period - g] * np.conj(z[:, :, (side - g) % side])
            phase = np.abs(products.sum(axis=1)) / np.maximum(np.abs(products).sum(axis=1), 1e-12)
            axes.append(float(np.median(phase, axis=0).mean()))
        best = max(best, min(axes))
    return best


def edge_sharpness(stack: np.ndarray) -> tuple[float | None, float | None]:
    """Return how sharp the strong edges across x and across y are (None: too few such edges).

    Per axis: the strongest tenth of the pixels by their gradient over 4 px (at least
    EDGE_MIN_RISE grey levels), whose gradient lies within 22.5 degrees of that axis; for each,
    the largest one-pixel step next to it over a quarter of the 4-pixel rise, median over them:
    4 for a step edge, 1 for a ramp 4 px wide or wider. Camera shake smears the edges across its
    motion and leaves those along it; a striped texture (pine needles) holds less detail along
    one axis, but the edges it has are as sharp both ways.
    """
    g = stack.astype(np.float32)
    p = np.pad(g, ((0, 0), (2, 2), (2, 2)), mode="edge")
    n = g.shape[1]

    def at(dy: int, dx: int) -> np.ndarray:
        return p[:, 2 + dy : 2 + dy + n, 2 + dx : 2 + dx + n]

    gx, gy = at(0, 2) - at(0, -2), at(2, 0) - at(-2, 0)
    mag = np.hypot(gx, gy)
    strong = (mag >= np.quantile(mag, 0.9, axis=(1, 2), keepdims=True)) & (mag >= EDGE_MIN_RISE)
    tan = math.tan(math.radians(22.5))
    out: list[float | None] = []
    for rise, other, (dy, dx) in ((gx, gy, (0, 1)), (gy, gx, (1, 0))):
        chosen = strong & (np.abs(other) <= tan * np.abs(rise))
        if int(chosen.sum()) < EDGE_MIN_COUNT:
            out.append(None)
            continue
        step = np.maximum(np.abs(at(dy, dx) - g), np.abs(g - at(-dy, -dx)))
        out.append(float(np.median(4.0 * step[chosen] / np.abs(rise[chosen]))))
    return out[0], out[1]
