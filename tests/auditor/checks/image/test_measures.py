"""The pixel measures on inputs whose answer is known."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from auditor.checks.image import measures


def _noise(sigma: float, shape: tuple[int, int] = (512, 512), seed: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (128.0 + rng.normal(0, sigma, shape)).astype(np.float32)


def test_immerkaer_reads_the_noise_sigma_on_a_flat_field() -> None:
    for sigma in (2.0, 5.0, 10.0, 20.0):
        # The edge mask drops the 10 % strongest gradients of pure noise: a small downward bias.
        assert 0.8 * sigma <= measures.immerkaer_sigma(_noise(sigma)) <= 1.05 * sigma


def test_immerkaer_ignores_smooth_shading() -> None:
    y, x = np.mgrid[0:256, 0:256].astype(np.float32)
    assert measures.immerkaer_sigma(0.5 * x + 0.3 * y) < 0.01


def test_laplacian_variance_of_a_checkerboard() -> None:
    board = (np.indices((64, 64)).sum(axis=0) % 2 * 255).astype(np.float32)
    # Every interior pixel has Laplacian +-1020: variance 1020^2.
    assert measures.laplacian_variance(board) == 1020.0**2
    assert measures.laplacian_variance(np.full((64, 64), 7, np.float32)) == 0.0


def test_resample_psnr_separates_detail_from_smoothness() -> None:
    detailed = _noise(40.0)
    smooth = np.asarray(
        Image.fromarray(detailed, "F")
        .resize((128, 128), Image.Resampling.BOX)
        .resize((512, 512), Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    assert measures.tile_psnr(detailed) < 20
    assert measures.tile_psnr(smooth) > 40


def test_blockiness_grows_as_jpeg_quality_drops() -> None:
    y, x = np.mgrid[0:512, 0:512]
    scene = Image.fromarray(
        ((np.sin(x / 9.0) * np.cos(y / 13.0) + 1) * 100 + _noise(6.0) - 128)
        .clip(0, 255)
        .astype(np.uint8)
    )
    values = []
    for quality in (90, 40, 10):
        out = io.BytesIO()
        scene.save(out, "JPEG", quality=quality)
        values.append(measures.blockiness(measures.grey_crop(Image.open(out))))
    assert values == sorted(values)
    assert values[0] < 1.4 and values[2] > 2.0


def test_grey_crop_is_centred_and_flattens_transparency() -> None:
    img = Image.new("RGBA", (3000, 2000), (0, 0, 0, 0))
    img.paste((0, 0, 0, 255), (1000, 500, 2000, 1500))
    crop = measures.grey_crop(img)
    assert crop.shape == (1024, 1024) and crop.dtype == np.float32
    # Transparent pixels read as the white page under them, the opaque square as black.
    assert crop[0, 0] == 255.0 and crop[512, 512] == 0.0
    assert measures.grey_crop(Image.new("L", (300, 200))).shape == (200, 300)
