"""What the held-out text sets' tests share: writing a page of a site's snapshot for a reader."""

from __future__ import annotations

from pathlib import Path


def write_file(root: Path, relative: str, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` at `root/relative` in `encoding`, making its folders; return the path."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
