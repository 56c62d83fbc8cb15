"""The tenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 03:40 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 03:42-03:47 UTC, before any image of it
was measured (the file lists, pixel sizes, byte sizes, EXIF camera names and the repositories'
licence texts had been read, the decoded pixels compared with the earlier parts' originals for
copies, and the contact sheets below looked at; nothing else; the checks of auditor.checks were
never run on any of it, nor any sharpness, blur or noise figure computed), never to be measured
by the session that wrote it:

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in four public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to ninth parts:
  - BuddiesOfBudgie/budgie-backgrounds, `backgrounds/*` (CC0-1.0, the repository's licence; its
    README: every image "manually reviewed and confirmed to be compliant with this license"):
    the Budgie desktop's backgrounds, photographers' pictures (Canon EOS 5D Mark III, 5DS, 60D,
    600D, M, Rebel T1i and T5; Nikon D610, D800, D810, D3300; a Leica M (Typ 240); a bird, a
    canyon wren, otters, flowers, spices, mountains, a desert, a city at night, buildings) as the
    project published them: reduced to 3840 px on the long side (its `scripts/optimizeImage.sh`
    resizes to cover 3840 x 2160 and saves at JPEG quality 90 at most).
  - pop-os/wallpapers, `original/*` (its README: "Unsplash photos are in the public domain"; the
    repository has no licence file): Pop!_OS's photographs from Unsplash (a radio dish, a
    jellyfish, a sculpture, a lake, dunes by night, a facade of white triangles, Grand Canyon, a
    road sign, the Earth by night and a Dragon capsule seen from the International Space
    Station; 2768-6016 px).
    Its PNGs (illustrations) are not candidates.
  - elementary/wallpapers, `backgrounds/*` (licences by picture in its `debian/copyright`, read
    on the snapshot's `deb-packaging` branch as its LICENSE.md directs: Unsplash pictures
    published before 8 June 2017 CC0, later ones under the Unsplash licence, one under the
    Pexels licence): elementary OS's photographs (a mountain at dusk, a paper lamp, a pier at
    sunset, a canyon, a fern, flowers, a building against the sky; 3072-6000 px, no EXIF).
  - haraldk/TwelveMonkeys, the whole tree (BSD-3-Clause): the image-I/O library's test JPEGs
    that hold a photograph (an Olympus FE3010 and C40Z, a Sony DSC-P150, a Canon EOS 40D, an
    iPhone; a portrait, a museum case, a street, a bicycle, a motorcycle, a table, clay
    figures; 1168-4204 px). Left out by name: `Landscape_n`/`Portrait_n` (one picture written
    with each EXIF orientation, as the eighth part left such files out) and files whose name
    says they are damaged on purpose (`broken`, `corrupted`, `invalid`, `bogus`, `read-error`,
    anywhere in the name; as the fourth part left out names saying "corrupted" or "invalid").
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 20 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, covers, cut-out packshots, scans, telescope or probe pictures,
  stacked or composited pictures, the same picture again as another crop) are left out on a
  contact sheet of thumbnails of the candidates in that order, looked at before any measure; a
  left-out file does not count towards the cap. All are labelled sharp (as published); the five
  degraded copies as in the earlier parts, with seeds from 10000 (one per chosen photograph, in
  the part's order).
  The contact sheet (made at about 03:39 UTC: all 63 candidates, TwelveMonkeys' damaged-by-name
  files among them; the name rule above was written with it) left out, of budgie-backgrounds,
  `saturnian-profile.jpg` (Saturn by the Cassini probe: a probe's processed picture),
  `ocean-waves.jpg` (a woodblock print of waves) and `waves-midnight.jpg` and
  `valley-midnight.jpg` (flat vector drawings); of pop-os/wallpapers, `tony-webster-97532.jpg`
  (budgie's `high-trestle-trail.jpg` again: the same photograph, another crop and size, so not
  found by pixels), `jake-hills-36605.jpg` (a lunar eclipse as seven moons in a row: a
  composite), `nasa-89127.jpg` (a nebula by a space telescope), `ahmadreza-sajadi-10140-edit.jpg`
  (star trails over rocks: stacked exposures, then edited) and `nasa-45068.jpg` (the Moon's
  craters close up: a probe's picture or a scan of film, no camera named; left out as doubtful);
  of elementary/wallpapers, `Photo by SpaceX.jpg` (pop-os's `spacex-81773.jpg` again, another
  crop); of TwelveMonkeys, `jfif-grayscale-thumbnail.jpg` (a dental X-ray),
  `no-image-types-rgb-us-web-coated-v2-ms-photogallery-exif.jpg` (a book cover, drawn), and
  `grape_with_path.jpg` and `single-clip.jpg` (products cut out on white with Photoshop's
  clipping paths, as the ninth part left a packshot out). It showed budgie's
  `abstract-spiral.jpg` to be a photograph of a building's facade (kept) and, among the files
  the name rule leaves out, `read-error1024.jpg` to `read-error1028.jpg` to be flat white,
  `cmm-exception-invalid-icc-profile-data.jpg` a piste map, `invalid-icc-single-chunk-bad-
  sequence-number.jpg` a book cover, `corrupted-icc-srgb.jpg` a rose and
  `exif-oome-bogus-count.jpg` a Nikon D5 picture of a stage. No candidate's decoded pixels equal
  those of another or of any original or screenshot of the earlier parts (compared at about
  03:40 UTC, the pictures of equal size).
  A build (at about 03:44 UTC, sizes only, no measure; the check's module was replaced by a stub
  that refuses to run while it wrote the files) gave 40 photographs (budgie-backgrounds 15,
  pop-os/wallpapers 10, elementary/wallpapers 8, TwelveMonkeys 7), 1168-6016 px on the long side,
  34 of them 3000 px or more: with their degraded copies and the screenshots below, 360 files.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were budgie-backgrounds 82067426 (none absent), pop-os/wallpapers 03a25a14
  (`benjamin-voros-250200`, `ferdinand-stohr-149422`, `jasper-van-der-meij-97274-edit`,
  `nasa-89125`, `ricardo-gomez-angel-180819-blue` and `tim-mccartney-39907` absent),
  elementary/wallpapers f28b8614 (`A Large Body of Water Surrounded By Mountains`,
  `A Trail of Footprints In The Sand`, `Canazei Granite Ridges`, `Nattu Adnan`,
  `Photo of Valley`, `odin` and `odin-dark` absent) and TwelveMonkeys 41aaf3b1
  (`cmyk-sample-custom-icc-bright.jpg`, `cmyk-sample-multiple-chunk-icc.jpg` and
  `ts_open_300dpi.jpg` absent). A newer or whole snapshot would choose otherwise: the part is
  cached as round10.json.
  Looked at and not used: findit-studio/exifast (its Pentax photographs are 1600 px copies
  reduced from the cameras' 4928-7360 px, its DJI picture a 1280 px thermal-camera frame, its
  Insta360 picture equirectangular: stitched), PhotogrammetryCourse/PhotogrammetryTasks2024 (its
  photographs are on task branches, not in the default branch's tree, and no licence is
  stated), SmilyOrg/photofield, LibrePhotos/librephotos and libvips/libvips (documentation
  screenshots, small test pictures), and for the screenshots darktable-org/dtdocs (most of its
  62 PNGs of 600 px or more are example photographs, not the program's windows), Ardour/manual
  (no licence stated), mapeditor/tiled (32 documentation PNGs of 600 px or more),
  OpenShot/openshot-qt (its documentation's screenshots are JPEGs) and nextcloud/documentation
  (snapshot too large to bring).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth, eighth and ninth parts
  did:
  - JabRef/user-documentation, `en/.gitbook/assets/*.png` (CC BY-SA 4.0, the repository's
    licence): the reference manager's main window, entry editor, preferences, dialogs, menus and
    its AI chat, from JabRef 5 and 6, light and dark themes, some with the authors' arrows,
    frames and callouts, at the sizes published (608-4380 px on the long side, 31 of the 60
    under 1000 px: reduced ones, thin strips of a toolbar, HiDPI captures; 575 candidates).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60,
  distinct by bytes and by decoded pixels; pictures that are not a window of JabRef or part of
  one are left out on the contact sheet, with every copy of the same bytes under another name
  (the documentation keeps some pictures as `x.png`, `x (1).png` ... `x (5).png`), and do not
  count towards the cap. The contact sheet
  (made at about 03:40 UTC: the first 72 candidates in that order) left out
  `comparison-between-original-and-ocred-file.png` (two PDF pages side by side, not a window),
  `screenshot-edit-commit (1).png`, `screenshot-edit-pullrequest (1).png`,
  `screenshot-edit-page (1).png`, `pr-13182.png` and `workflow-check-results.png` (GitHub's
  web pages, from the pages on editing the documentation) and `dev-debug.png` (IntelliJ IDEA's
  run configuration, from the developers' pages); every other one was JabRef's window or part
  of one (the AI privacy notice, the plain-text import with a drawn "click here", strips of the
  toolbar and of the entry editor among them). The snapshot read was user-documentation
  6f34d801 (none absent). The build gave 60 screenshots, 120 files.

To be measured once, by a later round, at its end; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round10.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.image_parts import (
    chosen_photos,
    chosen_screenshots,
    photo_and_screenshot_part,
    plain_name,
)

# (repository folder, the glob of its candidate files, names left out by the rule), in the rule's
# order.
ROUND10_SOURCES = (
    ("BuddiesOfBudgie+budgie-backgrounds", "backgrounds/*", None),
    ("pop-os+wallpapers", "original/*", None),
    ("elementary+wallpapers", "backgrounds/*", None),
    (
        "haraldk+TwelveMonkeys",
        "**/*",
        # (re.match anchors at the start: the damage words may come anywhere in the name)
        re.compile(
            r"^((landscape|portrait)_\d\.|.*(broken|corrupted|invalid|bogus|read-error))",
            re.IGNORECASE,
        ),
    ),
)
PER_SOURCE = 20
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
NOT_PHOTOS = frozenset(
    {
        *(
            ("BuddiesOfBudgie+budgie-backgrounds", f"backgrounds/{name}.jpg")
            for name in ("saturnian-profile", "ocean-waves", "waves-midnight", "valley-midnight")
        ),
        *(
            ("pop-os+wallpapers", f"original/{name}.jpg")
            for name in (
                "tony-webster-97532",
                "jake-hills-36605",
                "nasa-89127",
                "ahmadreza-sajadi-10140-edit",
                "nasa-45068",
            )
        ),
        ("elementary+wallpapers", "backgrounds/Photo by SpaceX.jpg"),
        *(
            ("haraldk+TwelveMonkeys", f"imageio/{path}")
            for path in (
                "imageio-jpeg/src/test/resources/jpeg/jfif-grayscale-thumbnail.jpg",
                "imageio-jpeg/src/test/resources/jpeg/"
                "no-image-types-rgb-us-web-coated-v2-ms-photogallery-exif.jpg",
                "imageio-clippath/src/test/resources/jpeg/grape_with_path.jpg",
                "imageio-clippath/src/test/resources/jpeg/single-clip.jpg",
            )
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("JabRef+user-documentation", "en/.gitbook/assets/*.png", "jabref"),)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of JabRef), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("JabRef+user-documentation", f"en/.gitbook/assets/{name}.png")
    for name in (
        "comparison-between-original-and-ocred-file",
        "screenshot-edit-commit (1)",
        "screenshot-edit-pullrequest (1)",
        "screenshot-edit-page (1)",
        "pr-13182",
        "workflow-check-results",
        "dev-debug",
    )
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule."""
    return chosen_photos(snapshots, ROUND10_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule, the contact sheet's left-out
    files left out under every name they have."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE, NOT_SCREENSHOTS
    )


def owner_stem(repo: str, src: Path) -> str:
    """Return a photograph's stem: owner, repository and file (two repositories here are named
    `wallpapers`, so repo_stem's name alone would not say which)."""
    return plain_name(f"{repo.replace('+', '-')}-{src.stem}")


def build_round10(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the tenth held-out part; return its manifest (cached as round10.json)."""
    return photo_and_screenshot_part(
        root_cache, "round10", photos, screenshots, 10000, degrade, jpeg, stem_of=owner_stem
    )
