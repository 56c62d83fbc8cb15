"""What every part of the image set writes the same way: degraded copies and screenshot entries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PIL import Image


def degraded_copies(
    out: Path,
    stem: str,
    category: str,
    rgb: Image.Image,
    seed: int,
    degrade: Callable[[Image.Image, int], dict[str, bytes]],
) -> list[dict]:
    """Write a photo's degraded copies beside it (`<stem>-<kind>.jpg`); return their entries."""
    entries = []
    for kind, data in degrade(rgb, seed).items():
        name = f"{stem}-{kind}.jpg"
        (out / name).write_bytes(data)
        entries.append({"file": name, "category": category, "kind": kind})
    return entries


def screenshot_entries(paths: Iterable[Path]) -> list[dict]:
    """Return the manifest entries of screenshots, which must be left alone."""
    return [{"file": p.name, "category": "screenshot", "kind": "screenshot"} for p in paths]
