"""The eleventh held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 05:37 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 05:37 UTC, before any image of it was
looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names and the
repositories' licence texts had been read; nothing else); what the contact sheets left out, the
comparison with the earlier parts and the build's sizes were added at about 05:40-05:42 UTC. The
checks of auditor.checks were never run on any of it, nor any sharpness, blur or noise figure
computed; it is never to be measured by the session that wrote it:

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in five public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to tenth parts:
  - microsoft/lepton_jpeg_rust, `images/*` (Apache-2.0, the repository's licence; no other
    licence is given for its test pictures): the JPEG recompressor's test files, among them
    photographs as the cameras wrote them (an Apple iPhone 4S and 5, a Canon PowerShot ELPH 110
    HS, a Microsoft Lumia 950; a city, hills, a room). Left out by name: files whose name says
    the test's authors cut or damaged them (`trunc`, `garbage`, `crop`, `corrupt`, `bad`,
    `fail`, and `rst`: restart-marker strips 255 px wide; anywhere in the name, any case).
  - nextcloud/photos, `tests/playwright/fixtures/**/*` (AGPL-3.0-or-later, the repository's
    licence; its REUSE.toml gives no other for the test photographs): the photo app's test
    photographs from a OnePlus 5 (4605-4608 px).
  - jwagner/smartcrop.js, `examples/images/**/*` (MIT, the repository's licence): the cropping
    library's example pictures, the author's own photographs (a Nikon D5100, a Sony RX100 II)
    reduced to 1080 px high for its slide show, and one Unsplash photograph.
  - sfmtool/sfmtool, `test-data/images/**/*` (Apache-2.0): the structure-from-motion tool's test
    photographs, a toy dinosaur on a table from all sides (a Google Pixel 7 Pro, 2040 x 1536:
    half the 4080 x 3072 the camera wrote, as the project published them).
  - wagtail/bakerydemo, `bakerydemo/base/fixtures/media/original_images/*` (its README: "All
    content in the demo is public domain ... All images are from either Wikimedia Commons or
    other copyright-free sources"; the code BSD-3-Clause): the CMS demo's pictures of breads,
    bakers and Icelandic towns and landscapes, reduced to 1000-1400 px as the demo ships them.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, screenshots, cut-out packshots, scans, strips, pictures pixelated
  or otherwise damaged on purpose, stacked or composited pictures, the same picture again as
  another crop) are left out on a contact sheet of thumbnails of the candidates in that order,
  looked at before any measure, and with it every copy of the same bytes under another name; a
  left-out file does not count towards the cap. All are labelled sharp (as published); the five
  degraded copies as in the earlier parts, with seeds from 11000 (one per chosen photograph, in
  the part's order).
  The contact sheet (made at about 05:38 UTC: all 14 candidates of lepton_jpeg_rust, 5 of
  nextcloud/photos, 9 of smartcrop.js and 26 of bakerydemo, and the first 20 of sfmtool's 85 in
  the order) left out, of lepton_jpeg_rust, `iphoneprogressive.jpg` and `iphoneprogressive2.jpg`
  (`iphone.jpg`'s office again, as two crops of about 1020 x 660), `grayscale.jpg` (the same
  office again in grey), `mathoverflow.jpg` (random coloured noise: a flat test fill),
  `out_of_order_dqt.jpg` (a newspaper page: print and text), `nonoptimalprogressive.jpg` (a
  drawing of dots and squares) and `zeros_in_dqt_tables.jpg` (flat bands of grey and green: the
  Lumia 950's file with its quantisation tables zeroed leaves no picture); of nextcloud/photos,
  all five (posterised: a few flat levels, the skies in bands, 180-430 KB for 16 megapixels:
  re-encoded for small test fixtures, not as the camera wrote them); of bakerydemo, `Hofn.jpg`
  (a river delta under clouds seen from orbit: a satellite's or an astronaut's picture),
  `hof-cornell-university-filter.jpg` (run through a colour filter, as its name says) and
  `Bagel.jpg` (a cut-out on white, as the ninth and tenth parts left packshots out). It showed
  lepton's `slrindoor.jpg` to be a photograph of a painted wall with a man sitting in it (kept),
  `progressive_late_dht.jpg` (900 x 1600) and `android.jpg` (960 x 1280) to be phone
  photographs of a room and of a woman with a cake (kept), smartcrop.js's pictures to be
  mountains, coasts, a red panda, a gecko, a paraglider's views and a portrait (kept),
  sfmtool's to be the toy from all sides (kept) and bakerydemo's `Baguette_de_pain_...jpg` to be
  a loaf photographed on white with its shadow (kept). Apart from two byte-for-byte copies in
  lepton_jpeg_rust (`mathoverflow_scalar.jpg`, `cathedral_db_non_int_rustold.jpg`), no
  candidate's decoded pixels equal those of another or of any original or screenshot of the
  earlier parts (compared at about 05:39 UTC, the pictures of equal size, in the earlier
  repositories' snapshots and the cached parts).
  A build (at about 05:41 UTC, sizes only, no measure; the check's module was replaced by a stub
  that refuses to run while it wrote the files) gave 46 photographs (lepton_jpeg_rust 7,
  nextcloud/photos none, smartcrop.js 9, sfmtool 15 of its 85, bakerydemo 15 of its 23 left),
  1000-4608 px on the long side, 6 of them 3000 px or more (most are the projects' reduced
  copies): with their degraded copies and the screenshots below, 396 files. (A first build, at
  about 05:40 UTC, took `mathoverflow_scalar.jpg`, a byte copy of the left-out
  `mathoverflow.jpg`; the code then left out every copy of a left-out file's bytes, as the rule
  says, and the part was built again from nothing.)
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were lepton_jpeg_rust 439a166 (`blockoutofmemory`, `coefoutofrange`, `hq`,
  `samplingbeyond2`, `slrcity` and `trunc` absent), nextcloud/photos 7472fd2e, smartcrop.js
  0e207ed, sfmtool ffa3eb4 and bakerydemo 8e2b625 (none of their JPEGs absent). A newer or whole
  snapshot would choose otherwise: the part is cached as round11.json.
  Looked at and not used: dropbox/lepton (every picture of it is in lepton_jpeg_rust too),
  tomsaleeba/test-data-site (six LG phone originals, but no licence stated), rwcarlsen/goexif
  (its samples are EXIF headers without pixels), simulot/immich-go (clip art; its photographs
  are under 1000 px or absent), borglab/gtsfm (a door from twelve sides, "All Rights
  Reserved"), nicokaiser/nceu.kaiser.photo (conference photographs, "(c) Nico Kaiser", no
  licence), danielgatis/rembg (four web pictures of 1000-1480 px), rampatra/photography
  (snapshot too large to bring), and for the screenshots mixxxdj/manual (no licence stated).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to tenth parts
  did:
  - Zettlr/zettlr-docs, `docs/en/img/*.png` (GPL-3.0, the repository's licence; its README: "This
    documentation is licensed via the GNU GPL v3 license"): the Markdown editor's main window,
    preferences, dialogs, menus, sidebars and editor panes, at the sizes published (80
    candidates).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60,
  distinct by bytes and by decoded pixels; pictures that are not a window of Zettlr or part of
  one (logos, formulas, exported documents, other programs' windows) are left out on the contact
  sheet, with every copy of the same bytes under another name, and do not count towards the cap.
  The contact sheet (made at about 05:39 UTC: all 80 candidates) left out
  `latex_template_first_export.png` and `latex_template_final_export.png` (exported PDF pages, one
  in another program's viewer), `pandoc_variable_resolution.png` (a diagram) and
  `latex_template_move.png` (a file manager's columns with a drawn arrow: the Finder's, it seems;
  left out as doubtful); every other one was Zettlr's window or part of one (its image and PDF
  viewers, print preview, statistics, graph view, the developer tools beside the editor, strips of
  the status bar, and editor text with LanguageTool's and the readability mode's marks among them).
  The snapshot read was zettlr-docs f29e768 (none absent). The build gave 60 screenshots (603-3824
  px on the long side, 35 under 1000 px), 120 files.

To be measured once, by a later round, at its end; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round11.
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
ROUND11_SOURCES = (
    (
        "microsoft+lepton_jpeg_rust",
        "images/*",
        # (re.match anchors at the start: the words may come anywhere in the name)
        re.compile(r"^.*(trunc|garbage|crop|corrupt|bad|fail|rst)", re.IGNORECASE),
    ),
    ("nextcloud+photos", "tests/playwright/fixtures/**/*", None),
    ("jwagner+smartcrop.js", "examples/images/**/*", None),
    ("sfmtool+sfmtool", "test-data/images/**/*", None),
    ("wagtail+bakerydemo", "bakerydemo/base/fixtures/media/original_images/*", None),
)
PER_SOURCE = 15
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
NOT_PHOTOS = frozenset(
    {
        *(
            ("microsoft+lepton_jpeg_rust", f"images/{name}.jpg")
            for name in (
                "iphoneprogressive",
                "iphoneprogressive2",
                "grayscale",
                "mathoverflow",
                "out_of_order_dqt",
                "nonoptimalprogressive",
                "zeros_in_dqt_tables",
            )
        ),
        *(
            ("nextcloud+photos", f"tests/playwright/fixtures/media/{name}.jpg")
            for name in (
                "IMG_20191024_081301",
                "IMG_20191027_134014",
                "IMG_20191031_173558",
                "IMG_20200101_153745",
                "IMG_20200101_154159",
            )
        ),
        *(
            ("wagtail+bakerydemo", f"bakerydemo/base/fixtures/media/original_images/{name}.jpg")
            for name in ("Hofn", "hof-cornell-university-filter", "Bagel")
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("Zettlr+zettlr-docs", "docs/en/img/*.png", "zettlr"),)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Zettlr or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("Zettlr+zettlr-docs", f"docs/en/img/{name}.png")
    for name in (
        "latex_template_first_export",
        "latex_template_final_export",
        "pandoc_variable_resolution",
        "latex_template_move",
    )
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule, the contact sheet's
    left-out files left out under every name they have."""
    return chosen_photos(snapshots, ROUND11_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule, the contact sheet's left-out
    files left out under every name they have."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE, NOT_SCREENSHOTS
    )


def build_round11(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the eleventh held-out part; return its manifest (cached as round11.json)."""
    return photo_and_screenshot_part(
        root_cache, "round11", photos, screenshots, 11000, degrade, jpeg
    )
