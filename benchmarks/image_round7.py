"""The seventh held-out part of the image set (photographs only), chosen by a rule written first.

The rule, written on 4 December 2026 at about 22:41 UTC, before any image of it was measured or
looked at (the file lists, pixel sizes, byte sizes and EXIF camera names had been read; nothing
else), and never to be measured by the session that wrote it:

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in three public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth and sixth parts:
  - openMVG/SfM_quality_evaluation, `Benchmarking_Camera_Calibration_2008/*/images/*`: Strecha
    et al.'s multi-view stereo photographs (CVPR 2008; EPFL; 3072 x 2048 px), of a fountain, a
    church's courtyard (Herz-Jesu), a castle's courtyard and an entrance, as openMVG republished
    them (PNG recompressed to JPEG at quality 100; the repository has no licence file: EPFL
    published the photographs to evaluate multi-view methods, the use made here). castle-P19
    shares ten of its photographs with castle-P30 (they fall out as the same pictures, found so
    after the contact sheet by comparing thumbnails); Herz-Jesus-P8 is a shoot of its own.
  - LycheeOrg/Lychee, `tests/Samples/*` (MIT): the photo gallery's test photographs (phones and
    cameras: Nexus 5X, iPhone 6s, Canon EOS R5 and 100D, Nikon D5000, ...). Left out by name:
    `orientation-*` (one picture turned and flipped five ways to test the EXIF orientation).
  - photoview/photoview, the whole tree (AGPL-3.0): its scanner's test photographs (Nikon D3
    previews, a Pixel 7, faces by Canon and Fujifilm cameras at 1000 px).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 30 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place). Images that are not camera
  photographs (drawings, renders, screenshots, flat test patterns, composites) are left out on a
  contact sheet of thumbnails of the candidates in that order, looked at before any measure; a
  left-out file does not count towards the cap. All are labelled sharp (as published); the five
  degraded copies as in the earlier parts, with seeds from 6000 (one per chosen photograph, in
  the part's order).
  The contact sheet (made at about 22:42 UTC, before any measure: the first 40 candidates of
  SfM_quality_evaluation, all of the others) showed camera photographs only. It showed
  photoview's `createdate_timezone_separate.jpg` to be `sample1_nef.jpg` again (one Nikon D3
  picture, 4284 px instead of 4256, the same date and Capture NX), and its quantization table
  (160 and more) a copy crushed to a JPEG quality of about 5 for a metadata test, not the picture
  as its camera or editor wrote it: left out. The others are as published (Lychee's
  `google_motion_photo_broken.jpg`, a phone's picture of monitors and an "up" sign, is the
  picture the left-out `orientation-*` files turn, and decodes whole).
  A first build (sizes only, no measure) gave 46 photographs (SfM_quality_evaluation 30, Lychee
  8, photoview 8), 1000-4256 px on the long side, 35 of them 3000 px or more.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were SfM_quality_evaluation 348a981e (none absent), Lychee b8e4d1e8
  (`ettlinger-alb.jpg`, `google_motion_photo.jpg` and `night.jpg` absent) and photoview 91cbeb41
  (two GPS test JPEGs absent). A newer or whole snapshot would choose otherwise: the part is
  cached as round7.json.
  Looked at and not used: thumbor/thumbor (its large JPEGs are filter outputs and a 9643 x 10328
  test of size), cdcseacave/openMVS_sample (the Sceaux Castle photographs of the fifth part),
  alicevision/dataset_buddha and OpenDroneMap/odm_data_aukerman (every photograph absent from the
  stored snapshots), pulsejet/memories (its test photographs are no longer in its tree).
- No screenshot part: the fifth part's KeePassXC screenshots stay the latest held-out ones.

To be measured once, with the code as it stands at the end of the sixth round; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round7.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.image_parts import (
    chosen_photos,
    photo_part,
    plain_name,
    snapshot_part,
)

# (repository folder, the glob of its candidate files, names left out by the rule), in the rule's
# order.
ROUND7_SOURCES = (
    ("openMVG+SfM_quality_evaluation", "Benchmarking_Camera_Calibration_2008/*/images/*", None),
    ("LycheeOrg+Lychee", "tests/Samples/*", re.compile(r"^orientation-", re.IGNORECASE)),
    ("photoview+photoview", "**/*", None),
)
PER_SOURCE = 30
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
NOT_PHOTOS = frozenset(
    {
        (
            "photoview+photoview",
            "api/scanner/externaltools/exiftool/test_data/createdate_timezone_separate.jpg",
        )
    }
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    return chosen_photos(snapshots, ROUND7_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def build_round7(root_cache: Path, degrade) -> list[dict]:
    """Write the seventh held-out part; return its manifest (cached as round7.json)."""

    def stem_of(repo: str, src: Path) -> str:
        # Strecha's sets repeat file names (0000.jpg): the set's folder names the photo.
        name = f"{src.parent.parent.name}-{src.stem}" if src.parent.name == "images" else src.stem
        return plain_name(f"{repo.split('+')[1]}-{name}")

    def write(snapshots: Path, out: Path) -> list[dict]:
        return photo_part(out, "round7", photos(snapshots), 6000, degrade, stem_of)[0]

    return snapshot_part(root_cache, "round7", write)
