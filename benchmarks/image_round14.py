"""The fourteenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 09:37 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 09:37-09:38 UTC, before any image of it
was looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names, software
and DigitalZoomRatio and the repositories' licence texts had been read; nothing else); what the
contact sheets left out, the comparison with the earlier parts and the build's sizes were added
afterwards (times below). The checks of auditor.checks were never run on any of it, nor any
sharpness, blur or noise figure computed; it is never to be measured by the session that wrote
it. Asked for: camera and phone originals as their camera wrote them (EXIF Make and Model, no
editing program in Software, EXIF pixel size equal to the file's), at full camera size, from
several makers, as an auditor's phone would write them (shops, interiors, products, people,
streets, night and indoor shots), for the check that now trusts such files and names a phone's
digital zoom (EXIF DigitalZoomRatio). The search found few such photographs under a stated
licence in repositories no round has used (see "Looked at and not used"): the part holds what
the rule below gives, fewer photographs than the 30-60 asked for, most of them unedited.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to thirteenth parts. EXIF as read
  (Make / Model / Software / DigitalZoomRatio, pixel size against the EXIF one):
  - MishaalRahmanGH/Ultra_HDR_Samples, `Originals/*`, 1000 px or more (its `LICENSE`: CC-BY-4.0):
    Ultra HDR (JPEG_R) photographs by Mishaal Rahman as his phone wrote them: Google / Pixel 6 Pro
    / `HDR+ 1.0.570503588zd` / 0 (digital zoom not used), 4080 x 3072, EXIF size equal. Four of
    its ten originals are stored (`_01`, `_02`, `_04`, `_05`; the others are 4 MiB or more).
    Its `SDR Emulation/` folder (the same pictures re-made in Adobe Photoshop 25.0) is not read.
  - Azure-Samples/cognitive-services-sample-data-files, `ComputerVision/storage-lab-tutorial/
    photos/*`, 1500 px or more (MIT, the repository's licence; no other is given for its
    pictures): the travel photographs of Azure's storage lab tutorial as the cameras wrote them:
    `Colmar`, `Dubai`, `Jerusalem` and `Rome`, CASIO COMPUTER CO.,LTD / EX-Z750 / `1.00` /
    0/0 (written as no ratio), 3072 x 2304, and `Amy`, OLYMPUS OPTICAL CO.,LTD / C2000Z /
    `v951-80` / none, 1600 x 1200, EXIF size equal. Its `Innsbruck`, `Switzerland` and
    `Thailand` (1024 x 768 copies of 1600 x 1200 pictures, by their EXIF) are under the size.
    The repository's other folders (Custom Vision's hemlock and cherry pictures at 1600 x 900,
    reduced from a Samsung SM-G900V's 5312 x 2988; stock faces of 1000 px) are not read.
  - connectthefuture/mediaphile, `tests/**/*`, 1000 px or more (its `LICENSE`: BSD-3-Clause,
    "Modified BSD", by Thomas A. Weholt; no other is given for its test photographs): the test
    photographs of a photo-organising library, by camera maker: NIKON CORPORATION / NIKON D70 /
    `Ver.2.00` / 1.0, 3008 x 2000 (`Nikon/DSC_1807.JPG`); Panasonic / DMC-FS9 / `Ver.1.0` / 0,
    4000 x 2672 (`Panasonic/P1060413.JPG`); Apple / iPhone 4 / `Microsoft Windows Photo Viewer
    6.1.7600.16385` / none, 1936 x 2592 (`iphone/iPhone4/IMG_1069.JPG`: re-saved by Windows'
    viewer, EXIF size equal). Its 400 px Nikon E4600 copy (Photoshop CS3) and 804 px drawing are
    under the size; two Canon test files are absent from the snapshot.
  - MJBishop/geojsonphoto, `tests/test_files/test_images/test_exif/**/*`, 1000 px or more (its
    `LICENCE`: MIT; no other is given for its test photographs): Apple / iPhone SE (2nd
    generation) / `16.3.1` / none, 4032 x 3024, EXIF size equal (`EXIF.jpg`). Its other test
    folders hold the same picture again with its EXIF altered, corrupted or removed, and a
    100 px copy: not read.
  - LucaDanelutti/photo-stream, `photos/original/*`, 1000 px or more (its `LICENSE`: MIT, by
    Tim Van Damme, whose own photographs these are: the demonstration stream of his Photo Stream
    site generator, kept in this fork): full-size exports, SONY / ILCE-7RM3 / `Adobe Photoshop
    Lightroom Classic 8.4-9.2 (Macintosh)` / 1.0, 3463-7952 px on the long side, no EXIF pixel
    size (edited, as EXIF says: the part's minority of edited pictures, kept so that the check
    is also measured on camera-size photographs that it must not trust), with one LEICA M (Typ
    240) export (Lightroom 6.2.1) and one phone picture, Apple / iPhone 11 Pro / `13.3.1` /
    1.0223 (digital zoom), 4032 x 3024, EXIF size equal (`Moody Skies.jpeg`). 69 of its 92
    JPEGs are stored (the others are 4 MiB or more). At most 5 are taken from it (below), so
    that the unedited originals make most of the part.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository (5 for LucaDanelutti/photo-stream), distinct
  across the part by bytes and by decoded pixels (the first in the order keeping its place; the
  repositories in the order above). Images that are not camera photographs as their camera or
  editor wrote them (drawings, renders, text cards, flat test fills, screenshots, cut-out
  packshots, scans, telescope or probe pictures, pictures with a logo or text laid on them,
  stacked or composited pictures, pictures run through a colour filter, the same picture again
  as another crop or size), and photographs wholly out of focus on purpose (the label "sharp"
  cannot hold for them), are left out on a contact sheet of thumbnails of the candidates in that
  order, looked at before any measure, and with it every copy of the same bytes under another
  name; a left-out file does not count towards the cap. All are labelled sharp (as published);
  the five degraded copies as in the earlier parts, with seeds from 14000 (one per chosen
  photograph, in the part's order). A photograph is written under its repository's owner and
  name and its path in the repository.
  The contact sheets (made at about 09:38-09:39 UTC: all 13 candidates of the first four
  repositories and the first 12 of LucaDanelutti/photo-stream's 69 in the order, thumbnails and
  two of them at 1400 px) left out `Panasonic/P1060413.JPG` of mediaphile (a clear blue sky
  filling the frame with one small cloud: a flat fill, in which neither sharpness nor its loss can
  be seen; so the part has no Panasonic picture). They showed Ultra_HDR_Samples' pictures to be a
  park with a pond, a sky with the sun behind clouds and two car parks before low shop buildings
  under clouds; Azure's to be a man on a dune (Dubai), a girl in a kitchen (Amy), a crowded
  market street with stalls (Jerusalem), Colmar's canal houses and the Spanish Steps with people
  (Rome); mediaphile's to be a red toy wagon on gravel (Nikon D70) and a beer bottle on a table
  by a pool (iPhone 4); geojsonphoto's a dog's head close up on a beach, its eye and nose sharp,
  a second dog behind moving (kept); LucaDanelutti's first five in the order (the cap) a windmill
  against the sunset, a headland over the sea, stairs up to a station in the dark, a man at a
  restaurant table outdoors and lit trees reflected green in water (kept), and the next ones a
  portrait in the dark, a couple before a restaurant, a wind turbine, a clover flower close up,
  a lighthouse behind grass, a train in a station and a conference crowd before a screen.
  No chosen picture's decoded pixels equal those of another or of any original or screenshot of
  the earlier parts' caches (compared at about 09:38 UTC, the pictures of equal size, 59 pairs,
  the tuning part's included); none of their file names is among the cached parts' names.
  A build (at about 09:39-09:40 UTC, sizes only, no measure; the check's module was replaced by a
  stub that refuses to run while it wrote the files) gave 17 photographs: Ultra_HDR_Samples 4
  (`_04`, `_05`, `_01`, `_02`), cognitive-services-sample-data-files 5 (`Dubai`, `Amy`,
  `Jerusalem`, `Colmar`, `Rome`), mediaphile 2 (`DSC_1807`, `IMG_1069`), geojsonphoto 1
  (`EXIF.jpg`) and photo-stream 5 of its 69 (`Old Windmill`, `Deer (1)`, `Up To Where The Trains
  Are`, `Matt Sacks`, `Lit Trees Reflected`: its iPhone picture is not among them); 1600-7952 px
  on the long side (1600, 2592, 3008, 3072 x 4, 4032, 4080 x 4, 7339-7952 x 5), 15 of them
  3000 px or more. As their EXIF says: 12 written by the camera or phone as it wrote them
  (Make and Model, its firmware or none in Software, EXIF pixel size equal): Google Pixel 6 Pro
  x 4, Casio EX-Z750 x 4, Olympus C2000Z, Nikon D70, Apple iPhone SE (2nd generation); one
  re-saved by Windows Photo Viewer (Apple iPhone 4, EXIF size equal); four Lightroom exports of
  a Sony ILCE-7RM3 (no EXIF pixel size). DigitalZoomRatio: 0 (Pixel), 0/0 (Casio), 1.0 (Nikon,
  Sony), absent (Apple, Olympus): no picture of the part was taken with digital zoom. With their
  degraded copies and the screenshots below, 154 files (298 MB).
  The screenshot sheet (made at about 09:39 UTC: all 28 PNGs, in the order) left nothing out:
  every one is Paperless-ngx's window or part of it (document lists as cards, small cards,
  table, light and dark, the document editor with a scanned page, the logs, the dashboard,
  correspondents, custom fields, the create-new dialogs, mail rule, user and permission
  dialogs, the search preview's suggestions, the workflow editor and three mobile views);
  `documents-wchrome.png` and `documents-wchrome-dark.png` are `documents-smallcards.png` and
  `documents-smallcards-dark.png` again (the same bytes), written once. The build gave 26
  screenshots (770-3664 px on the long side, 6 of them under 2000 px), 52 files.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were Ultra_HDR_Samples de109721, cognitive-services-sample-data-files 65af3b93,
  mediaphile 2c51826a, geojsonphoto dee531a8 and photo-stream (LucaDanelutti) 6d9ca6b6. A newer
  or whole snapshot would choose otherwise: the part is cached as round14.json.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to thirteenth
  parts did:
  - paperless-ngx/paperless-ngx, `docs/assets/screenshots/*.png` (GPL-3.0, the repository's
    licence): the document manager Paperless-ngx's web interface from its documentation (the
    dashboard, document lists as cards and as a table, light and dark, the document editor,
    bulk editing, search, mail rules, permissions, workflows, the mobile views, dialogs), at
    the sizes published (28 PNGs, 770-3664 px on the long side, two of them the same bytes under
    a second name). Written as `screenshot-paperless-<file>`. Snapshot b0e0e8a3.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Paperless-ngx or
  part of one (logos, diagrams, other programs' windows, photographs) are left out on the
  contact sheet, with every copy of the same bytes under another name, and do not count towards
  the cap.

- Looked at and not used (file lists, sizes, EXIF and licences only, at about 09:25-09:37 UTC):
  sharmajai/photo-stream (a OnePlus A6000's photographs, nine of its ten of 2000 px or more
  cropped or resized, six by Windows Photo Editor; its MIT licence is the template author's, not the
  photographer's), waschinski/photo-stream and DoubtfulTurnip/photo-stream (Unsplash pictures
  without EXIF), claycarson/hallie-photo-stream, redsn0w422/photo-stream, electronsandstuff/
  photo-stream and vivekvayer/photo-stream (Lightroom, darktable and Camera Raw exports, many of
  2048 px), the other photo-stream forks (no photograph, or snapshots too large to bring),
  p47r1ckp3t3rs3n/vivino-test-images (supermarket wine shelves by an iPhone, but files of under
  1 MB, reduced, and no licence stated), whosnorman/community-patterns (a grocery store's aisles
  by an iPhone, converted from HEIC; 12 of 13 absent from the snapshot, no licence stated),
  OpenDroneMap/odm_data_toledo (every drone picture absent, 4 MiB or more), openalpr/benchmarks
  (cars cropped to their plates, under 1000 px), marcusklasson/GroceryStoreDataset (small
  copies, 105 KB at most), woss/fork-exif-oxidex (its camera-review test images no longer in
  its tree; copyright kept by their owners), AcademySoftwareFoundation/OpenImageIO-images (its
  Ultra HDR `sky.jpg` is Ultra_HDR_Samples' `_05` again, the same blob),
  sickelap/motion-photo-samples (its three phone pictures absent), jeffprosise's repositories
  (the same Casio pictures, or snapshots too large),
  Kwentar/blur_dataset (its phone pictures are on Kaggle, no licence stated), pulp-bio/wulpus,
  29decibel/es_exif, TheGuyWhoCodes/mediaphile, chrishunt/tracks, IQAndreas/sample-images,
  amokrushin/exiftool-sample-images, AlansCodeLog/photogrammetry-test-sets, Tony607/
  object_detection_demo, mmm84766/count_objects, OpenStitching/stitching_tutorial,
  Azure-Samples' other folders (above), xiaoxiae/slama.dev and the index's other hits (no
  photograph of 1000 px or more in the tree, or none at all); for the screenshots, HandBrake/
  handbrake-docs (no snapshot to be had).

To be measured once, at its end, by the session after next; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round14.
"""

from __future__ import annotations

from functools import partial

from benchmarks.image_parts import capped_part

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND14_SOURCES = (
    ("MishaalRahmanGH+Ultra_HDR_Samples", "Originals/*", None, 1000, 15),
    (
        "Azure-Samples+cognitive-services-sample-data-files",
        "ComputerVision/storage-lab-tutorial/photos/*",
        None,
        1500,
        15,
    ),
    ("connectthefuture+mediaphile", "tests/**/*", None, 1000, 15),
    ("MJBishop+geojsonphoto", "tests/test_files/test_images/test_exif/**/*", None, 1000, 15),
    # edited exports (Lightroom, as their EXIF says): at most 5, so the originals make most
    ("LucaDanelutti+photo-stream", "photos/original/*", None, 1000, 5),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    {
        # a clear blue sky filling the frame, one small cloud: a flat fill, nothing to be sharp
        ("connectthefuture+mediaphile", "tests/Panasonic/P1060413.JPG"),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (
    ("paperless-ngx+paperless-ngx", "docs/assets/screenshots/*.png", "paperless"),
)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Paperless-ngx or part of one), by repository and
# path.
NOT_SCREENSHOTS: frozenset[tuple[str, str]] = frozenset()


# The fourteenth held-out part, written by its rule (cached as round14.json).
build_round14 = partial(
    capped_part,
    part="round14",
    first_seed=14000,
    photo_sources=ROUND14_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
