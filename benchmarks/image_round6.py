"""The sixth held-out part of the image set (photographs only), chosen by a rule written first.

The rule, written on 4 December 2026 at about 21:08 UTC, before any image of it was measured or
looked at (the file lists, pixel sizes and byte sizes had been read; nothing else):

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in four public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth part:
  - drewnoakes/metadata-extractor-images, `jpg/*` (not its subfolders): the files named after the
    camera or phone that took them (Canon, Nikon, Fujifilm, Olympus, Panasonic, Sony, Apple,
    Samsung, ...; full size as the camera wrote them, 1000-4900 px). Left out by name: `Issue …`,
    `issue …` and `metadata-extractor-dotnet issue …` (pictures attached to bug reports, of unknown
    making) and `Photoshop (n)` (edited files); and so the `ImageTestSuite/` subfolder (malformed
    files for a fuzzer, named by hash). Its README: "You are free to use these media files
    however you wish."
  - cvg/Hierarchical-Localization, `datasets/sacre_coeur/mapping/*`: ten Flickr photographs of
    one church, as the Image Matching Challenge published them (about 1000-1080 px).
  - immich-app/test-assets, the whole tree (its README: "All assets are public domain").
  - lovell/sharp, `test/fixtures/*` (not its subfolders: `expected/` holds sharp's own outputs).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle, so that the cap does not keep the first camera makers of the alphabet), at
  most 30 per repository, distinct by content across the part. Images that are not camera
  photographs (drawings, renders, flat test patterns, composites) are left out on a contact sheet
  of thumbnails of the candidates in that order, looked at before any measure; a left-out file
  does not count towards the cap. All are labelled sharp (as published); the five degraded copies
  as in the earlier parts, with seeds from 5000 (one per chosen photograph, in the part's order).
  The contact sheet (the first 40 candidates of metadata-extractor-images, all of the others)
  left out three files of lovell/sharp: `flowers.jpeg` (a flat pink vignette, no scene),
  `alpha-layer-2-ink.jpg` (a drawn circle) and `gain-map.jpg` (a video game's render with its
  HUD). It also showed `Epson PhotoPC 3000Z.jpg` and `Seiko Epson PhotoPC 3000Z.jpg` to be one
  picture under two names (the pixels are identical, the metadata not): so "distinct by content"
  means by bytes and by decoded pixels, the first in the order keeping its place (rule made
  precise at about 21:11 UTC, still before any measure).
  Amended at about 21:13 UTC, before any measure, after a first build (sizes only) showed 12 of
  its 46 photographs at 3000 px or more while issue 17's goal concerns camera sizes: the
  candidates of metadata-extractor-images must be at least 3000 px on the long side (54 files of
  the snapshot; 3000-4928 px), the other repositories keep 1000 px. The contact sheet was made
  again for its first 40 candidates in that order: it left none out (all camera photographs;
  the 36th, past the cap, photographs a terminal's screen).
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were metadata-extractor-images 4beba640 (80 of its `jpg/` files absent, among
  them the newest cameras', Nikon D810, Sony A7M4, ...), Hierarchical-Localization c13273bd,
  test-assets ec56cc6c (four motion-photo JPEGs absent) and sharp ea5bef24 (none of its JPEGs
  absent). A newer or whole snapshot would choose otherwise: the part is cached as round6.json.
- No screenshot part: the fifth part's KeePassXC screenshots stay the latest held-out ones.

Measured once, with the code as it stands at the end of the fifth round; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round6.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.image_parts import (
    candidates,
    distinct_photos,
    photo_part,
    repo_stem,
    snapshot_part,
)

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px), in the rule's order.
ROUND6_SOURCES = (
    (
        "drewnoakes+metadata-extractor-images",
        "jpg/*",
        re.compile(r"^(issue |metadata-extractor-dotnet issue |photoshop \()", re.IGNORECASE),
        3000,  # camera sizes: the amendment of about 21:13 UTC
    ),
    ("cvg+Hierarchical-Localization", "datasets/sacre_coeur/mapping/*", None, 1000),
    ("immich-app+test-assets", "**/*", None, 1000),
    ("lovell+sharp", "test/fixtures/*", None, 1000),
)
PER_SOURCE = 30
# Left out on the contact sheet (not camera photographs), by repository and path.
NOT_PHOTOS = frozenset(
    ("lovell+sharp", f"test/fixtures/{name}")
    for name in ("flowers.jpeg", "alpha-layer-2-ink.jpg", "gain-map.jpg")
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    sources = (
        (repo, candidates(snapshots, repo, pattern, left_out, NOT_PHOTOS), min_side)
        for repo, pattern, left_out, min_side in ROUND6_SOURCES
    )
    return distinct_photos(sources, PER_SOURCE)


def build_round6(root_cache: Path, degrade) -> list[dict]:
    """Write the sixth held-out part; return its manifest (cached as round6.json)."""

    def write(snapshots: Path, out: Path) -> list[dict]:
        return photo_part(out, "round6", photos(snapshots), 5000, degrade, repo_stem)[0]

    return snapshot_part(root_cache, "round6", write)
