"""The eighth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 00:02 UTC (repositories, folders, sizes, order, caps)
and written out here at about 00:04 UTC, before any image of it was measured (the file lists,
pixel sizes, byte sizes and EXIF camera names had been read, and the contact sheets below looked
at; nothing else; the checks of auditor.checks were never run on any of it), never to be
measured by the session that wrote it:

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in four public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to seventh parts:
  - MikeKovarik/exifr, `test/fixtures/**` (MIT): the EXIF parser's test photographs (a Google
    Pixel, Canon EOS 1300D and 600D, Nikon D3S and D700, a Parrot drone's camera, a Motorola
    phone).
  - openMVG/Image_datasets, `Drone/**` (CC BY-NC 4.0; "OpenMVG image samples", by Pierre
    Moulon): a DJI Mini 2's photographs of a desert mountain from the air (4000 x 2250 px). Its
    `360_dataset/` (a Ricoh Theta S's pictures of a flat and of a school, 5376 x 2688 px) was in
    the first draft of this rule and taken out by the lead at about 00:12 UTC, before any measure:
    an equirectangular picture is stitched and remapped in the camera from two fisheye images,
    so every pixel is resampled, and it is not a picture as a lens made it.
  - openMVG/Color_Harmonization_Image_Dataset, the whole tree (Pierre Moulon's photographs for
    Moulon et al., CVMP 2013): three Nokia Lumia 800 photographs of a poster on a wall
    (3264 px).
  - bpatrik/pigallery2, the whole tree (MIT): the gallery's demo and test photographs (Canon EOS
    600D pictures of animals and landscapes as their photographer exported them, 1224-2079 px).
    Left out by name: `Landscape_n`/`Portrait_n` (one picture turned nine ways to test the EXIF
    orientation) and, as the contact sheet showed them, `Chars*` (lines of letters and smileys,
    drawn) and the `…-hhmmss-<city>` cards of `4MinsAroundTheWorld/` (a city's name and times
    in text on black).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 20 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, reduced copies, scans) are left out on a contact sheet of
  thumbnails of the candidates in that order, looked at before any measure; a left-out file does
  not count towards the cap. All are labelled sharp (as published); the five degraded copies as
  in the earlier parts, with seeds from 7000 (one per chosen photograph, in the part's order).
  The contact sheet (made at about 00:02 UTC: all 90 candidates) left out, of exifr,
  `cookiezen.jpg` (a painted or rendered fantasy scene), `issue-exifr-47.jpeg` (a scan of an
  old black-and-white print of a street) and `IMG_20180725_163423-tiny.jpg` (a 1012 px copy of
  `IMG_20180725_163423.jpg`, reduced for a test); of pigallery2, `iso_error.jpg`,
  `date_error.JPG`, `broken_orientation_exif.jpg` and `broken_orientation_exif2.jpg` (metadata
  tests whose picture is a flat grey fill, at most a strip of scene at the top). It showed
  exifr's `canon-dslr.jpg` to be a dark, underexposed room (a camera's picture as written: kept),
  and two pigallery2 files to be the same pictures as others (`test/backend/assets/exiftool.jpg`
  as `demo/images/IMG_6253.jpg`, `demo/images/IMG_5910.jpg` as exifr's `sidecar/IMG_5910.jpg`):
  their decoded pixels are identical, so the rule's "distinct by pixels" keeps one of each.
  A first build (at about 00:05 UTC, sizes only, no measure) gave 48 photographs (exifr 7;
  Image_datasets 20 of its 32: 14 from the drone, 6 in 360 degrees; Color_Harmonization 3;
  pigallery2 18), 1200-5376 px on the long side, 27 of them 3000 px or more. The build with the
  360-degree pictures out (about 00:14 UTC, sizes only) gave 45 photographs (exifr 7, the drone
  17, Color_Harmonization 3, pigallery2 18), 1200-4000 px, 24 of them 3000 px or more.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of two programs no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth part did:
  - kovidgoyal/calibre, `manual/images/*.png` (GPL-3.0): the e-book manager's and editor's
    windows, dialogs, toolbars and views (its cover grid and bookshelf show book covers).
  - Gnucash/gnucash-docs, `C/*/figures/*.png` (GFDL; the English guide and manual): GnuCash's
    windows, registers, dialogs, reports and charts, a few with the authors' callouts. (The text
    set's sixth round read the manuals' paragraphs, never their figures.)
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60
  per repository, distinct across the screenshots by bytes and by decoded pixels (the guide and
  the manual share some figures). The contact sheet (made at about 00:03 UTC: calibre's 30
  candidates and GnuCash's first 66 of 107 in that order) showed every one to be the program's
  window or part of one (GnuCash's `Report_Investment_Lots_StackedBar.png` is the report's chart
  as the program draws it): none left out. The first build gave 90 screenshots
  (calibre 30, GnuCash 60), 180 files.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were exifr 6cbf6e92 (`issue-exifr-44.jpeg` and
  `xmp - multisegment pano with vr.jpg` absent), Image_datasets 32398916 (four drone photographs
  absent), Color_Harmonization_Image_Dataset 5d03f679 (none absent), pigallery2 cd421464 (one PNG
  absent), calibre ea9ccaf4 and gnucash-docs 1ccea462 (none absent; this snapshot keeps the
  English figures under `C/guide/` and `C/manual/`). A newer or whole snapshot would choose
  otherwise: the part is cached as round8.json.
  Looked at and not used: photoprism/photoprism (its example photographs are 331-720 px),
  rperrot/ReconstructionDataSet (every photograph absent from the stored snapshot),
  mattiasw/ExifReader, hMatoba/Piexif, dsoprea/go-exif and exif-js/exif-js (no camera-size
  photograph), photostructure/exiftool-vendored.js (its test JPEGs are Git LFS pointers in the
  stored snapshot).

To be measured once, by a later round, at its end; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round8.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.image_parts import (
    chosen_photos,
    chosen_screenshots,
    photo_and_screenshot_part,
)

# (repository folder, the glob of its candidate files, names left out by the rule), in the rule's
# order.
ROUND8_SOURCES = (
    ("MikeKovarik+exifr", "test/fixtures/**/*", None),
    ("openMVG+Image_datasets", "Drone/**/*", None),
    ("openMVG+Color_Harmonization_Image_Dataset", "**/*", None),
    (
        "bpatrik+pigallery2",
        "**/*",
        re.compile(r"^((landscape|portrait)_\d\.|chars|(utc-)?\d{8}-\d{6}-)", re.IGNORECASE),
    ),
)
PER_SOURCE = 20
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
NOT_PHOTOS = frozenset(
    {
        ("MikeKovarik+exifr", "test/fixtures/cookiezen.jpg"),
        ("MikeKovarik+exifr", "test/fixtures/issue-exifr-47.jpeg"),
        ("MikeKovarik+exifr", "test/fixtures/IMG_20180725_163423-tiny.jpg"),
        *(
            ("bpatrik+pigallery2", f"test/backend/assets/{name}")
            for name in (
                "edge_case_exif_data/iso_error.jpg",
                "edge_case_exif_data/date_error.JPG",
                "orientation/broken_orientation_exif.jpg",
                "orientation/broken_orientation_exif2.jpg",
            )
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (
    ("kovidgoyal+calibre", "manual/images/*.png", "calibre"),
    ("Gnucash+gnucash-docs", "C/*/figures/*.png", "gnucash"),
)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    return chosen_photos(snapshots, ROUND8_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE
    )


def build_round8(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the eighth held-out part; return its manifest (cached as round8.json)."""

    def tail(name: str, src: Path) -> str:
        # GnuCash's guide and manual hold figures of the same name: the folder names them.
        return f"{src.parent.parent.name}-{src.stem}" if name == "gnucash" else src.stem

    return photo_and_screenshot_part(
        root_cache, "round8", photos, screenshots, 7000, degrade, jpeg, tail=tail
    )
