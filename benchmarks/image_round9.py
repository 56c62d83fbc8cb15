"""The ninth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 02:12 UTC (repositories, folders, sizes, order, caps;
the screenshots added at about 02:15 UTC) and written out here at about 02:14-02:17 UTC, before
any image of it was measured (the file lists, pixel sizes, byte sizes and EXIF camera names had
been read, the decoded pixels compared with the earlier parts' originals for copies, and the
contact sheets below looked at; nothing else; the checks of auditor.checks were never run on any
of it, nor any sharpness, blur or noise figure computed), never to be measured by the session
that wrote it:

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in five public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to eighth parts:
  - Ashampoo/kim, `src/commonTest/resources/com/ashampoo/kim/testdata/full/*` (Apache-2.0, the
    repository's licence; no other licence is given for its test photographs): the metadata
    library's test photographs as their photographers exported them (Canon EOS 5D Mark III/IV,
    60D, 70D, 500D, 550D, Rebel T3i/T5i, M3; Nikon D500, D610, D810, D3300, D5100, D5600, D7000;
    Sony A700, A6000, A6300, A7R III, RX100; Fujifilm X-T2, X-T20, X-Pro2; Olympus E-M10; a Sony
    Ericsson phone; animals, flowers, landscapes, a girl in a field, a ship, a cat indoors;
    1024-6000 px). Its other folders (`headers/`: the metadata alone, no pixels; `modified/`:
    the same pictures with other metadata; `exifthumbs/`, `previews/`: small copies) are not
    read.
  - google/cameratrapai, `test_data/*` (Apache-2.0; the photographs CDLA-Permissive-1.0 by the
    folder's README, from LILA's camera-trap sets and Dan Morris): camera-trap photographs by
    day and by infrared at night (Reconyx and other trail cameras, 2048-3264 px), with the data
    bar the camera writes into the picture. Left out by name: `african_elephants_*` (the
    README's "Modified" copies: grey, CMYK, truncated and turned ones of `african_elephants.jpg`).
  - apache/commons-imaging, `src/test/resources/**/*` (Apache-2.0): the imaging library's test
    photographs (a Canon PowerShot SD750, a Nikon D50, an Oregon Scientific DS6639, a Panasonic
    DMC-LX2, a Samsung phone).
  - Exiv2/exiv2, `test/data/**/*` (GPL-2.0-or-later): the bug reports' photographs among the
    metadata tests (a Samsung and a Motorola phone, a Sony Xperia; most of the folder is crafted
    crash files that do not decode, or small).
  - davemorrissey/subsampling-scale-image-view, the whole tree (Apache-2.0): the image view's
    sample photographs (an alpine meadow under mountains, a road through a forest from the air;
    2668-4000 px, no EXIF).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 20 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, reduced copies, scans, 360-degree or stitched or composited
  pictures) are left out on a contact sheet of thumbnails of the candidates in that order, looked
  at before any measure; a left-out file does not count towards the cap. All are labelled sharp
  (as published); the five degraded copies as in the earlier parts, with seeds from 9000 (one
  per chosen photograph, in the part's order).
  The contact sheet (made at about 02:11 UTC: all 61 candidates) left out, of kim,
  `photo_37.jpg` (a lunar eclipse as nine moons in a row: a composite of many exposures); of
  cameratrapai, `ocelot.jpg` (a scan, by an HP ScanJet, of a film camera-trap print); of
  commons-imaging, `20220514_102409.jpg` (a flat red fill with a strip of a pencil sketch: an
  edit, not a scene) and `FallHarvestKitKat_07610.jpg` (a product's cut-out packshot on white,
  made in Photoshop, no camera named); of exiv2, `exiv2-bug1040.jpg` (a 1140 x 70 text strip),
  `exiv2-bug937.jpg` (a text card, "Darwin Core Sample Image") and `exiv2-bug876.jpg` (a pencil
  sketch on a white sheet, 1500 px and 54 KB). It showed cameratrapai's `blank.jpg` and
  `blank3.jpg` to be near-black infrared frames with no animal (a trail camera's pictures as
  written: kept, as the eighth part kept a dark room) and kim's `photo_13.jpg`, `photo_14.jpg`
  and `photo_32.jpg` to have no EXIF (1920 and 3525 px exports of a tiger, a turtle and a sea
  arch: kept). No candidate's decoded pixels equal those of another or of any original of the
  earlier parts (compared at about 02:13 UTC).
  A build (at about 02:16 UTC, sizes only, no measure; the check's module was replaced by a stub
  that refuses to run while it wrote the files) gave 38 photographs (kim 20 of its 36 left;
  cameratrapai 9; commons-imaging 4; exiv2 3; subsampling-scale-image-view 2), 1024-6000 px on
  the long side, 20 of them 3000 px or more: with their degraded copies and the screenshots
  below, 348 files.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were kim daf25cdd (`full/photo_8`, `_21`, `_22`, `_23`, `_30`, `_48`, `_49` and
  `_50` absent; `photo_44`, `_45` and `_46` are no whole JPEG), cameratrapai 6520b836,
  commons-imaging c79002ce, exiv2 e84cb9db and subsampling-scale-image-view 173e421f (none of
  their JPEGs absent). A newer or whole snapshot would choose otherwise: the part is cached as
  round9.json.
  Looked at and not used: thumbsup/thumbsup, saimn/sigal, photonixapp/photonix and
  xemle/home-gallery (no photograph of 1000 px or more at their heads),
  OpenDroneMap-ja/odm_data_snowpeak (Canon IXUS photographs from the air, but no licence stated),
  Mgzz03/odm_data_helenenschacht and OpenDroneMap/ODM (every photograph absent or empty),
  photostructure/exif-oxide (its test images are no longer in its tree), cvg/LightGlue and
  facebookresearch/segment-anything (1024-1800 px copies, figures), silvia-odwyer/photon (web
  copies of 1000-2000 px, some with its filters applied), KDE/digikam (its test photographs are
  blurred, compressed and exposed wrongly on purpose), and opencv/opencv_extra,
  RhetTbull/osxphotos and jimp-dev/jimp (snapshots too large to bring).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth parts did:
  - jim-easterbrook/Photini, `src/doc/images/screenshot_*.png` (GPL-3.0): the photo metadata
    editor's main window with its tabs (descriptive, technical, maps, regions, address, the
    upload tabs), its dialogs and menus over a grid of photograph thumbnails, 605-630 px on the
    long side (178 candidates).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60,
  distinct by bytes and by decoded pixels. The contact sheet (made at about 02:15 UTC: the first
  60 candidates in that order) showed every one to be a window of the program or of a dialog
  over it, and `screenshot_153.png` a web browser's window the program opens to log in (a
  program's window as well): none left out. The snapshot read was Photini 11db0115 (none
  absent). The build gave 60 screenshots, 120 files.

To be measured once, by a later round, at its end; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round9.
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
ROUND9_SOURCES = (
    ("Ashampoo+kim", "src/commonTest/resources/com/ashampoo/kim/testdata/full/*", None),
    ("google+cameratrapai", "test_data/*", re.compile(r"^african_elephants_", re.IGNORECASE)),
    ("apache+commons-imaging", "src/test/resources/**/*", None),
    ("Exiv2+exiv2", "test/data/**/*", None),
    ("davemorrissey+subsampling-scale-image-view", "**/*", None),
)
PER_SOURCE = 20
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
NOT_PHOTOS = frozenset(
    {
        ("Ashampoo+kim", "src/commonTest/resources/com/ashampoo/kim/testdata/full/photo_37.jpg"),
        ("google+cameratrapai", "test_data/ocelot.jpg"),
        ("apache+commons-imaging", "src/test/resources/data/images/jpg/8/20220514_102409.jpg"),
        (
            "apache+commons-imaging",
            "src/test/resources/images/jpeg/photoshop/IMAGING-246/FallHarvestKitKat_07610.jpg",
        ),
        ("Exiv2+exiv2", "test/data/exiv2-bug1040.jpg"),
        ("Exiv2+exiv2", "test/data/exiv2-bug937.jpg"),
        ("Exiv2+exiv2", "test/data/exiv2-bug876.jpg"),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("jim-easterbrook+Photini", "src/doc/images/screenshot_*.png", "photini"),)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    return chosen_photos(snapshots, ROUND9_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE
    )


def build_round9(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the ninth held-out part; return its manifest (cached as round9.json)."""
    return photo_and_screenshot_part(root_cache, "round9", photos, screenshots, 9000, degrade, jpeg)
