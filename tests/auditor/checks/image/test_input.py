"""Unusable input is refused with a one-line EvidenceError; the CLI keeps its contract."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from auditor.checks.image import check_image
from auditor.errors import AuditorError, EvidenceError

from .labelled import DATA, dead_leaves, encode

ROOT = Path(__file__).resolve().parents[4]
METRIC_KEYS = {
    "width",
    "height",
    "format",
    "camera",
    "digital_zoom",
    "sharpness",
    "relative_sharpness",
    "contrast",
    "noise_sigma",
    "noise_texture_ratio",
    "jpeg_quality",
    "jpeg_quality_confidence",
    "resample_psnr",
    "resample_psnr_h",
    "resample_psnr_v",
    "blockiness",
    "grid_step",
    "own_save_grid_step",
    "screen_like",
    "flat_share",
    "crisp_edge_share",
    "flat_block_share",
    "straight_line_share",
    "top_band",
    "resample_trace",
    "detail_width",
    "detail_height",
    "crop",
    "tile",
    "in_focus_share",
    "detail_ratio",
    "detail_ratio_h",
    "detail_ratio_v",
    "edge_sharpness_h",
    "edge_sharpness_v",
    "band_ratios",
    "detail_factor",
    "has_structure",
    "focus_box",
    "verdict",
}


def _bomb_png(side: int = 20000) -> bytes:
    out = io.BytesIO()
    Image.new("1", (side, side)).save(out, "PNG", optimize=True)
    return out.getvalue()


def _tiff() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(out, "TIFF")
    return out.getvalue()


HOSTILE = {
    "empty": (b"", "is empty"),
    "text": (b"Dear customer, thank you for writing to us.\n" * 20, "not an image"),
    "truncated": ((DATA / "coffee.jpg").read_bytes()[:20000], "damaged or truncated"),
    "bomb": (_bomb_png(), "decompression bomb"),
    "tiff": (_tiff(), "TIFF image, not an accepted format"),
    "header_only": (b"\x89PNG\r\n\x1a\n", "not an image"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_bytes_are_refused_in_one_line(kind: str) -> None:
    data, reason = HOSTILE[kind]
    with pytest.raises(EvidenceError) as caught:
        check_image(data, target=f"{kind}.bin")
    message = str(caught.value)
    assert isinstance(caught.value, AuditorError)
    assert reason in message and f"{kind}.bin" in message
    assert "\n" not in message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match=r"cannot read .*missing\.jpg"):
        check_image(tmp_path / "missing.jpg")


def test_a_file_and_its_bytes_give_the_same_result(tmp_path: Path) -> None:
    path = tmp_path / "rocket.jpg"
    path.write_bytes((DATA / "rocket.jpg").read_bytes())
    from_file = check_image(path, target="rocket.jpg")
    from_bytes = check_image(path.read_bytes(), target="rocket.jpg")
    assert from_file.to_json() == from_bytes.to_json()
    assert set(from_file.metrics) == METRIC_KEYS


def test_result_of_a_sharp_small_photo_whole() -> None:
    result = check_image((DATA / "rocket.jpg").read_bytes(), target="rocket.jpg")
    data = result.to_json()
    assert {
        k: data["metrics"][k]
        for k in (
            "width",
            "height",
            "format",
            "jpeg_quality",
            "verdict",
            "detail_width",
            "detail_height",
        )
    } == {
        "width": 640,
        "height": 427,
        "format": "JPEG",
        "jpeg_quality": 90,
        "verdict": "low_resolution",
        "detail_width": 640,
        "detail_height": 427,
    }
    assert data["findings"] == [
        {
            "rule": "low_resolution",
            "severity": "minor",
            "message": "640x427 pixels: small for a report photo (about 800 pixels on the long "
            "side are needed for half a printed page).",
        }
    ]


def test_messages_in_italian() -> None:
    blurred = encode(
        dead_leaves().resize((800, 600)).resize((1600, 1200), Image.Resampling.BICUBIC), "JPEG", 95
    )
    result = check_image(blurred, lang="it", target="x2.jpg")
    assert [f.rule for f in result.findings] == ["blurry"]
    assert result.findings[0].message.startswith("Nitidezza ")
    assert "ingrandita da un'immagine più piccola" in result.findings[0].message


def test_png_has_no_jpeg_quality_and_exif_rotation_swaps_the_size() -> None:
    png = check_image(encode(dead_leaves(), "PNG"), target="leaves.png")
    assert (png.metrics["format"], png.metrics["jpeg_quality"], png.metrics["verdict"]) == (
        "PNG",
        None,
        "ok",
    )
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90: the phone held upright
    out = io.BytesIO()
    dead_leaves().save(out, "JPEG", quality=90, exif=exif)
    rotated = check_image(out.getvalue(), target="upright.jpg")
    assert (rotated.metrics["width"], rotated.metrics["height"]) == (1200, 1600)


def test_odd_modes_are_measured() -> None:
    pixels = np.random.default_rng(8).integers(0, 65535, (300, 400), dtype=np.uint16)
    results = {}
    for name, img in {
        "I;16": Image.fromarray(pixels),
        "P": dead_leaves().convert("P"),
        "LA": dead_leaves().convert("LA"),
        "CMYK": dead_leaves().convert("CMYK"),
    }.items():
        fmt = "JPEG" if name == "CMYK" else "PNG"
        results[name] = check_image(
            encode(img, fmt) if fmt == "PNG" else _cmyk_jpeg(img), target=name
        )
    assert {k: r.metrics["format"] for k, r in results.items()} == {
        "I;16": "PNG",
        "P": "PNG",
        "LA": "PNG",
        "CMYK": "JPEG",
    }
    assert results["CMYK"].metrics["verdict"] == "ok"


def _cmyk_jpeg(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=92)
    return out.getvalue()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", "check", "image", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "AUDITOR_LANG": "en"},
    )


def test_cli_prints_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "q8.jpg"
    path.write_bytes(encode(dead_leaves(), "JPEG", 8))
    run = _cli(str(path), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"check", "target", "findings", "metrics"}
    assert (data["check"], data["target"]) == ("image", str(path))
    assert set(data["metrics"]) == METRIC_KEYS
    assert data["metrics"]["jpeg_quality"] == 8 and data["metrics"]["verdict"] == "over_compressed"
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("over_compressed", "major")]


@pytest.mark.parametrize(
    "content", [b"", b"not an image at all", b"\xff\xd8\xff\xe0" + b"\x00" * 40]
)
def test_cli_refuses_bad_input_with_exit_2_and_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.jpg"
    path.write_bytes(content)
    run = _cli(str(path), "--json")
    assert run.returncode == 2
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.jpg" in lines[0]


def test_cli_refuses_a_missing_file(tmp_path: Path) -> None:
    run = _cli(str(tmp_path / "nope.png"))
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
