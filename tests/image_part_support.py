"""What every held-out image part's test checks the same way: pictures drawn for the test, no
repository of an earlier part, and the part's place in bench_image_set."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def picture(path: Path, size: tuple[int, int], shade: int, kind: str = "JPEG") -> Path:
    """Write a flat picture of its own shade (so no two have the same pixels)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (shade, 255 - shade, (shade * 7) % 256)).save(path, kind)
    return path


def assert_no_earlier_part_used(part: str, repositories: list[str], at_least: int) -> None:
    """Assert that no other image part's module names any of the part's repositories."""
    earlier = [
        path
        for path in BENCHMARKS.glob("image_*.py")
        if path.name not in (f"image_{part}.py", "image_parts.py")
    ]
    assert len(earlier) >= at_least
    for path in earlier:
        text = path.read_text(encoding="utf-8")
        for repo in repositories:
            owner, name = repo.split("+")
            assert not re.search(rf"{re.escape(owner)}[/+]{re.escape(name)}", text), (path, repo)


def assert_registered(part: str) -> None:
    """Assert that bench_image_set builds the part as it builds the others."""
    source = (BENCHMARKS / "bench_image_set.py").read_text(encoding="utf-8")
    assert f"from benchmarks.image_{part} import build_{part}" in source
    assert f'"{part}": build_{part},' in source
