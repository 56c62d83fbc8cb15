"""The fifth held-out part of the image set (photographs only), chosen by a rule written first.

The rule, committed on 4 December 2026 before any image of it was measured or looked at, after the
fourth part (benchmarks/image_round4.py) had been looked at:

- Photographs: every JPEG of at least 1000 px on the long side in three public GitHub
  repositories of real camera photographs that no round has used: openMVG/ImageDataset_SceauxCastle
  (`images/`), alicevision/dataset_monstree (every distinct file, by content) and
  mapillary/OpenSfM (`data/*/images/`); at most 12 per repository, the first in path order, so that
  one subject photographed from many angles does not weigh more than the others. Files absent from
  the stored snapshot (large files may be) are skipped. Read from a folder named by
  $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the repository's tree).
  All are labelled sharp (as published); the five degraded copies as in the earlier parts, with
  seeds from 4000.
- No screenshot part: the fourth part's 266 screenshots stay the latest held-out screenshots.

Added the same day, after the photographs had been measured and before any screenshot was: a
screenshot part (must be left alone), every PNG of at least 600 px on the long side in
KeePassXC's user guide (keepassxreboot/keepassxc, `docs/images/`: 85 windows, dialogs, menus
and toolbars, many captured on a HiDPI screen, some with the authors' arrows and frames; the
contact sheet showed all 85 to be the program's windows or parts of them), each as published
and as JPEG Q85 (transparent parts on white, as the guide's page shows them).

Measured once, with the code as it stands at the end of the fourth round; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round5.
"""

from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

from PIL import Image

from benchmarks.image_parts import photo_entries, screenshot_copies, snapshot_part

log = logging.getLogger(__name__)

# (repository folder, the subfolder pattern of its photographs), in the rule's order.
ROUND5_SOURCES = (
    ("openMVG+ImageDataset_SceauxCastle", "images/*"),
    ("alicevision+dataset_monstree", "**/*"),
    ("mapillary+OpenSfM", "data/*/images/*"),
)
PER_SOURCE = 12
MIN_LONG_SIDE = 1000
SCREENSHOTS = ("keepassxreboot+keepassxc", "docs/images/*.png")
MIN_SCREEN_SIDE = 600


def _photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    chosen = []
    for repo, pattern in ROUND5_SOURCES:
        seen, taken = set(), 0
        for path in sorted((snapshots / repo).glob(pattern)):
            if taken == PER_SOURCE or path.suffix.lower() not in (".jpg", ".jpeg"):
                continue
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                continue  # the same photo in another subset folder
            try:
                with Image.open(io.BytesIO(data)) as img:
                    img.load()
                    if max(img.size) < MIN_LONG_SIDE:
                        continue
            except OSError as exc:
                log.warning("round5: %s skipped: %s", path, exc)
                continue
            seen.add(digest)
            chosen.append((repo, path))
            taken += 1
    return chosen


def build_round5(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the fifth held-out part; return its manifest (cached as round5.json)."""

    def write(snapshots: Path, out: Path) -> list[dict]:
        manifest = []
        for seed, (repo, src) in enumerate(_photos(snapshots), start=4000):
            stem = f"{repo.split('+')[1]}-{src.stem}"
            manifest += photo_entries(out, stem, repo, src, seed, degrade)
        repo, pattern = SCREENSHOTS
        for src in sorted((snapshots / repo).glob(pattern)):
            with Image.open(src) as img:
                if max(img.size) < MIN_SCREEN_SIDE:
                    continue
            manifest += screenshot_copies(out, f"screenshot-keepassxc-{src.stem}", src, jpeg)
        return manifest

    return snapshot_part(root_cache, "round5", write)
