"""Turn a decoded image into the raw metrics the verdict reads."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PIL import Image

from auditor.checks.image import measures, screen, tiles
from auditor.checks.image import thresholds as t
from auditor.checks.image.jpeg_quality import estimate_quality
from auditor.imaging import normalise, source_of

log = logging.getLogger(__name__)

# The detail scales tried, finest first: "no detail finer than 1/(2f) cycles per pixel".
SCALES = (1.5, 2.0, 3.0)


def _ratio(fine: np.ndarray, coarse: np.ndarray) -> np.ndarray:
    """Return fine/coarse residuals, with a floor that keeps flat tiles from dividing by noise."""
    return fine / np.maximum(coarse, t.RESIDUAL_FLOOR)


def _psnr(rms: np.ndarray) -> float:
    mse = max(float(np.median(rms)) ** 2, 1e-6)
    return 10.0 * math.log10(255.0**2 / mse)


def detail_factor(band: dict[float, float]) -> float:
    """Return by how much the picture could shrink without losing detail (1 = not at all).

    `band[f]` is the best tiles' residual at f over the residual at 4f: the picture holds no
    detail at scale f when that band is nearly empty compared with the next coarser one.
    """
    factor = 2.0  # judged blurry: at least no detail finer than 1/4 cycle/px
    for f in SCALES:
        if f > factor and band[f] < t.BAND_EMPTY:
            factor = f
    return factor


def focus(grey: np.ndarray) -> dict[str, Any]:
    """Return the tile metrics: where the photo is in focus, how sharp there, at what scale."""
    found = tiles.measure_tiles(grey)
    if found is None:
        sigma = measures.immerkaer_sigma(grey)
        return {"noise_sigma": sigma, "tiles": None}
    tl, sigma = found
    res2, res4, res8 = tl.residual[2.0], tl.residual[4.0], tl.residual[8.0]
    ratio = _ratio(res2, res4)
    textured = res4 >= t.TEXTURE_RESIDUAL
    structured = res8 >= t.STRUCTURE_RESIDUAL
    faint = res8 >= t.FAINT_RESIDUAL
    in_focus = textured & (ratio >= t.FOCUS_RATIO)
    lattice = tl.lattice
    # The best tiles: the most fine detail among tiles with texture at 1/8 cycle/px. A picture
    # with structure but no such texture anywhere was blurred past it (detail ratio 0).
    pool = np.flatnonzero(textured)
    if pool.size:
        ratio = np.where(textured, ratio, 0.0)
    elif structured.any():
        pool = np.flatnonzero(structured)
        ratio = np.zeros_like(ratio)
    else:
        # Only faint structure (a hazy sky, fog, dusk): its fine detail is faint too, so no tile
        # is textured, blurred or not. Judged on the ratio of those tiles: sharp ones keep their
        # finest band (0.65-0.88 here), blurred or enlarged copies lose it (0.24-0.31). With no
        # faint structure either, there is nothing a lens could have blurred: cannot judge.
        pool = np.flatnonzero(faint) if faint.any() else np.arange(len(res2))
        ratio = np.where(faint, ratio, 0.0)
    best = pool[np.argsort(-res2[pool], kind="stable")[: t.BEST_TILES]]
    stack = tl.pixels[best]
    scale_res = tiles.scales(stack, sigma)
    band = {f: float(np.median(_ratio(scale_res[f], scale_res[f * 4]))) for f in (1.5, 2.0, 3.0)}
    axes = tiles.directional(stack, sigma)
    # Camera shake smears along one axis: fine detail there is lost while coarse structure keeps
    # its balance; a striped texture is unbalanced at every scale, so the two are compared.
    fine = np.log((axes["2x1"] + 0.5) / (axes["1x2"] + 0.5))
    coarse = np.log((axes["8x1"] + 0.5) / (axes["1x8"] + 0.5))
    ax = float(np.median(fine - coarse))
    ay = -ax
    edges = tiles.edge_sharpness(stack)
    # Second, independent cue of an enlargement: the spectrum above its Nyquist frequency.
    has_texture = bool(textured.any())
    top = float(np.median(tiles.top_band(stack))) if has_texture else None
    # And of any resampling: an enlarged picture's spectrum repeats with the enlargement's period.
    trace = tiles.resample_trace(stack) if has_texture else None
    raw = tiles.residuals(stack, ((2.0, 2.0), (2.0, 1.0), (1.0, 2.0)))
    lap = np.array([measures.laplacian_variance(p) for p in stack])
    var = stack.var(axis=(1, 2), dtype=np.float64)
    b = tl.boxes[best[0]]
    side = int(tl.boxes[0][2] - tl.boxes[0][0])
    return {
        "noise_sigma": sigma,
        # Read only where the ratio means something (see _texture_ratio): most photos are clean.
        "noise_binned": (
            tiles.binned_noise(tl.pixels[lattice], side) if sigma >= t.NOISE_MINOR / 2 else None
        ),
        "tiles": {
            "side": side,
            "measured": len(res2),
            "total": tl.total,
            "in_focus_share": float(in_focus[lattice].mean()),
            "structured_share": float((structured | textured)[lattice].mean()),
            "has_structure": bool(faint.any() or structured.any() or has_texture),
            "detail_ratio": float(np.median(ratio[best])),
            "band": band,
            "top_band": top,
            "resample_trace": trace,
            "axis_ratio": (ax, ay),
            "edges": edges,
            "fine_residual": float(np.median(res2[best])),
            "psnr": (_psnr(raw[(2.0, 2.0)]), _psnr(raw[(2.0, 1.0)]), _psnr(raw[(1.0, 2.0)])),
            "sharpness": float(np.median(lap)),
            "variance": float(np.median(var)),
            "focus_box": [int(v) for v in b],
        },
    }


def _opaque(img: Image.Image, shape: tuple[int, ...]) -> np.ndarray | None:
    """Return where the picture is fully opaque, or None when it has no transparency."""
    if img.mode not in ("RGBA", "LA", "PA") and "transparency" not in img.info:
        return None
    try:
        alpha = np.asarray(img.convert("RGBA").getchannel("A"))
    except (OSError, ValueError):
        return None
    if alpha.shape != shape or alpha.min() == 255:
        return None  # turned upright by its EXIF tag, or transparency declared but unused
    return alpha == 255


def _grey(pixels: Image.Image) -> np.ndarray:
    return np.asarray(pixels if pixels.mode == "L" else pixels.convert("L"))


def measure(
    img: Image.Image, jpeg_tables: Mapping[int, Sequence[int]] | None = None
) -> dict[str, Any]:
    """Return every metric of an image (no verdict): size, format, sharpness, noise, compression."""
    # The same pixels as the thumbnail and the report: first frame, upright, 8-bit, on white.
    pixels = normalise(img)
    source = source_of(pixels)
    camera = source.camera if source else None
    fmt = ((source.format if source else None) or "").upper() or None
    if jpeg_tables is None and fmt == "JPEG" and source is not None:
        jpeg_tables = source.jpeg_tables
    width, height = pixels.size
    grey = _grey(pixels)
    crop = measures.grey_crop(pixels) if max(width, height) > measures.CROP_SIDE else None
    if crop is None:
        crop = grey.astype(np.float32)
        origin = (0, 0)
    else:
        origin = measures.crop_origin(width, height)
    phases = measures.grid_phases(width, height, *origin)
    block, step = measures.grid(crop, phases=phases)
    cues = screen.screen_cues(grey, _opaque(img, grey.shape))
    found = focus(grey)
    tl = found["tiles"]
    estimate = estimate_quality(jpeg_tables) if fmt == "JPEG" else None
    own_step = None
    if estimate and estimate.confidence < t.QUALITY_CONFIDENCE and block >= t.BLOCKINESS_MINOR:
        # Tables of the file's own (a camera's, an editor's): their quality cannot be read, so
        # the grid one save with them leaves is made again and measured (verdict._own_grid_step).
        own_step = measures.own_save_grid_step(crop, phases, jpeg_tables[min(jpeg_tables)])
    if tl is None:  # a picture too small for tiles: the whole of it is the one measure
        sharp = measures.laplacian_variance(crop)
        variance = float(crop.var(dtype=np.float64))
        psnr = (measures.tile_psnr(crop),) * 3
        tl = {
            "in_focus_share": None,
            "detail_ratio": None,
            "band": dict.fromkeys(SCALES, 1.0),
            "top_band": None,
            "resample_trace": None,
            "axis_ratio": (None, None),
            "edges": (None, None),
            "focus_box": None,
            "side": None,
            "has_structure": False,
        }
    else:
        sharp, variance, psnr = tl["sharpness"], tl["variance"], tl["psnr"]
    if tl["detail_ratio"] is None:  # the whole-picture resample test, as before tiles
        factor = _small_factor(crop, psnr[0])
    elif tl["has_structure"] and soft(
        tl["detail_ratio"],
        tl["band"][2.0],
        tl["top_band"],
        tl["resample_trace"],
        found["noise_sigma"],
    ):
        factor = detail_factor(tl["band"])
        if tl["detail_ratio"] == 0:  # no tile has detail finer than 1/8 cycle/px at all
            factor = max(factor, 4.0)
    else:
        factor = 1.0
    return {
        "width": width,
        "height": height,
        "format": fmt,
        # The camera that wrote the file as it is (auditor/camera.py), None for any other file,
        # and its digital zoom (1.0: none; 2.0: a crop enlarged twice by the camera).
        "camera": camera.name if camera else None,
        "digital_zoom": camera.zoom if camera else None,
        # Laplacian variance, relative sharpness, contrast and resample PSNR of the best tiles.
        "sharpness": round(sharp, 1),
        # Scale-free sharpness: Laplacian energy per unit of contrast (soft pictures under 0.05).
        "relative_sharpness": round(sharp / max(variance, 1e-6), 3),
        "contrast": round(variance**0.5, 1),
        "noise_sigma": round(found["noise_sigma"], 2),
        # The noise reading of the same pixels averaged 2 x 2, over the reading itself: noise
        # shrinks (white noise to 0.5), scene texture mistaken for noise grows (1 or more).
        "noise_texture_ratio": _texture_ratio(found),
        "jpeg_quality": estimate.quality if estimate else None,
        "jpeg_quality_confidence": estimate.confidence if estimate else None,
        "resample_psnr": round(psnr[0], 1),
        "resample_psnr_h": round(psnr[1], 1),
        "resample_psnr_v": round(psnr[2], 1),
        "blockiness": round(block, 2),
        # Grey levels by which the grid's steps exceed the others (under 1: invisible).
        "grid_step": round(step, 2),
        # The step one save with the file's own tables leaves on the same pixels (only measured
        # under tables that are not the standard ones scaled, when the grid stands out).
        "own_save_grid_step": _round(own_step, 2),
        # Drawn, not photographed (auditor/checks/image/screen.py): flat areas, one-pixel edges.
        "screen_like": screen.looks_like_screen(cues),
        "flat_share": round(cues["flat_share"], 3),
        "crisp_edge_share": round(cues["crisp_share"], 3),
        "flat_block_share": _round(cues["flat_blocks"], 3),
        "straight_line_share": _round(cues["straight_share"], 4),
        "detail_width": max(1, round(width / factor)),
        "detail_height": max(1, round(height / factor)),
        "crop": [crop.shape[1], crop.shape[0]],
        # Where the photo is in focus (tiles of `tile` px at native resolution).
        "tile": tl["side"],
        "in_focus_share": _round(tl["in_focus_share"], 3),
        "detail_ratio": _round(tl["detail_ratio"], 3),
        "detail_ratio_h": _round(tl["axis_ratio"][0], 3),
        "detail_ratio_v": _round(tl["axis_ratio"][1], 3),
        # Step over rise of the strong edges across x and across y (4: a step; 1: a 4 px ramp).
        "edge_sharpness_h": _round(tl["edges"][0], 3),
        "edge_sharpness_v": _round(tl["edges"][1], 3),
        "band_ratios": {f"{f:g}": round(v, 3) for f, v in tl["band"].items()},
        "top_band": _round(tl["top_band"], 5),
        # How strongly the spectrum repeats as an enlargement's does (tiles.resample_trace).
        "resample_trace": _round(tl["resample_trace"], 3),
        "detail_factor": factor,
        "has_structure": tl["has_structure"],
        "focus_box": tl["focus_box"],
    }


def soft(
    ratio: float,
    band2: float,
    top: float | None,
    trace: float | None,
    noise: float,
) -> bool:
    """Return True when the best tiles hold no fine detail: out of focus, or enlarged."""
    return soft_cue(ratio, band2, top, trace, noise) is not None


def soft_cue(
    ratio: float,
    band2: float,
    top: float | None,
    trace: float | None,
    noise: float,
) -> str | None:
    """Return which cue says the best tiles hold no fine detail, or None when none does.

    "detail": their finest detail is weak against the next coarser one (out of focus, blurred, or
    enlarged past recognition); "top": the detail ratio is near the line, but the top of the
    spectrum is empty, as an enlargement's; "resampled": an empty top and a spectrum that repeats
    with an enlargement's period. The verdict's message names the cue that was measured.
    """
    if lens_soft(ratio, trace, noise):
        return None
    if ratio < t.BLUR_RATIO or (ratio < t.SOFT_RATIO and band2 < t.SOFT_BAND):
        return "detail"
    # Hazy or dark photos enlarged x2-x2.5 keep a detail ratio at the line (0.341-0.349): what
    # they have lost is the top of the spectrum, which a photo in focus keeps.
    if ratio < t.ENLARGED_RATIO and top is not None and top < t.TOP_BAND_EMPTY:
        return "top"
    # A sharpened picture halved or shrunk and enlarged again keeps more of its ratio, yet its top
    # is nearly as empty and its spectrum repeats: both cues together name it up to a higher ratio.
    if (
        ratio < t.RESAMPLED_RATIO
        and top is not None
        and top < t.RESAMPLED_TOP
        and trace is not None
        and trace >= t.RESAMPLED_TRACE
    ):
        return "resampled"
    return None


def lens_soft(ratio: float, trace: float | None, noise: float) -> bool:
    """Return True for a camera photo a little soft through its lens, not blurred nor enlarged.

    Some cameras hold less than their pixel count (a strong anti-aliasing filter, a phone's small
    lens and noise reduction): at 100 % they read as soft as an enlargement by 2 of a sharp photo.
    What tells them apart is how the detail was lost. An enlargement repeats its spectrum with
    its period (`resample_trace`); a lens does not. A blur applied to the file smooths the
    sensor's noise with the picture; a lens blurs the scene before the sensor adds its noise.
    """
    return (
        ratio >= t.LENS_SOFT_RATIO
        and trace is not None
        and trace < t.RESAMPLE_TRACE
        and noise >= t.SENSOR_NOISE
    )


def _small_factor(grey: np.ndarray, psnr_x2: float) -> float:
    """Return the detail factor of a picture too small for tiles (resample PSNR at 2-6)."""
    if psnr_x2 < t.DETAIL_PSNR:
        return 1.0
    factor = 2.0
    for k in (3, 4, 6):
        if measures.tile_psnr(grey, k, k) >= t.DETAIL_PSNR_COARSE:
            factor = float(k)
        else:
            break
    return factor


def _texture_ratio(found: dict[str, Any]) -> float | None:
    binned = found.get("noise_binned")
    if binned is None:
        return None  # too little noise read for the ratio to mean anything (or no tiles)
    return round(binned / found["noise_sigma"], 2)


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
