"""The thirteenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 08:31 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 08:31 UTC, before any image of it was
looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names and the
repositories' licence texts had been read; nothing else); what the contact sheets left out, the
comparison with the earlier parts and the build's sizes were added afterwards (times below). The
checks of auditor.checks were never run on any of it, nor any sharpness, blur or noise figure
computed; it is never to be measured by the session that wrote it. Asked for: portraits of people
with blurred backgrounds, indoor and night shots, which the twelfth part lacked; the search found
few such photographs under a stated licence (see "Looked at and not used"), so the part holds
what the rule below gives.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to twelfth parts:
  - azzamsa/ubuntu-wallpapers, `curated/**/*`, 3000 px or more (its `curated/COPYING`: CC-BY-SA
    3.0 Unported; the pictures are those of Ubuntu's `ubuntu-wallpapers` package, its wallpaper
    contests' photographs by the credited photographers, gathered by release): 299 JPEGs of
    1024-10000 px, 115 of them 3000 px or more; EXIF names Nikon, Canon, Sony, Pentax, Olympus
    and Fujifilm cameras and phones for about 130 of them (the rest carry no camera name). Only
    those of 3000 px or more are candidates: the part is to hold camera-size pictures (the
    smaller ones may be reduced copies).
  - KDE/plasma-workspace-wallpapers, `*/contents/images*/*`, 1000 px or more (LGPL-3.0, each
    wallpaper's `metadata.json`): Plasma's extra wallpapers, photographs at 2560 x 1600 and
    renders. Named by the rule at 08:31 UTC and then dropped from it whole at about 08:37 UTC,
    before any build or measure: the comparison with the earlier parts (below) found every one
    of its photographs, by decoded pixels, among the tuning part's pictures (Debian's
    `plasma-workspace-wallpapers` package: `set/dark_indoor-Grey.jpg`,
    `set/landscape_sky-Kite.jpg`, `set/shallow_focus-FallenLeaf.jpg` and the others), and the
    rest are renders; it would have given no photograph.
  - Niremizov/amazon-rekognition, `Images/*`, 1000 px or more (its `Images/README.md`: taken
    from Pexels under CC0): the example pictures of an Amazon Rekognition demo, women on phones
    (3458 x 2282) and a woman jumping into water (5184 x 3456); its woman with a baby is absent
    from the stored snapshot.
  - rootkovska/qubes-wallpapers, `*`, 1000 px or more (its README: CC-BY-NC-SA-4.0, photographs
    taken in Poland by Joanna Gołębiewska and Joanna Rutkowska; used here as test material,
    never shipped nor shared): 23 JPEGs of 4191-4304 px (16:9 crops, no EXIF: re-encoded by
    Qubes' `qvm-convert-img`, as its README says). Added to the rule at about 08:40 UTC, after
    the first build had given too few photographs, before any picture of it was looked at.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, screenshots, cut-out packshots, scans, telescope or probe
  pictures, pictures with a logo or text laid on them, stacked or composited pictures, the same
  picture again as another crop or size; added at about 08:40 UTC, after the sheet, as the
  eleventh part's sheet did: pictures run through a colour filter), and photographs wholly out
  of focus on purpose (as the twelfth part's lead left a bokeh picture out: the label "sharp"
  cannot hold for them), are left out on a contact sheet of thumbnails of the candidates in that
  order, looked at before any measure, and with it every copy of the same bytes under another
  name; a left-out file does not count towards the cap. All are labelled sharp (as published);
  the five degraded copies as in the earlier parts, with seeds from 13000 (one per chosen
  photograph, in the part's order). A photograph is written under the repository's name and its
  path in the repository.
  The contact sheets (made at about 08:31-08:33 UTC: the first 36 of ubuntu-wallpapers' 115
  candidates in the order, all 23 of plasma-workspace-wallpapers and both of
  amazon-rekognition) left out, of ubuntu-wallpapers, `there_is_something_human_in_that_stuff`
  (a digital mosaic with a disc: a drawing), `Capucijnengang_by_Artem_Kavalerov` (a street
  turned grey with its red door kept in colour: a colour filter) and `Passion_by_Vilia_Majere`
  (red light swirling on black, nothing in focus: abstract); of plasma-workspace-wallpapers
  (dropped whole afterwards, see above), the renders and drawings (`Flow`, `Shell`,
  `SafeLanding`, `Honeywave`, `PastelHills`, `Autumn`), `EveningGlow` (boats under a sunset,
  tone-mapped from several exposures: stacked) and `BytheWater` (a phone picture run through a
  faded colour filter, mostly out of focus). It showed ubuntu-wallpapers' others to be a glowing
  filament in the dark, a suspension bridge, catkins, snowy peaks, a shuffleboard table
  indoors with people behind out of focus, mist over trees, sunsets over water, two fairground
  rides at night in a long exposure (their lights drawn into streaks, the frame of the wheel
  sharp: kept, see the report to the lead), a door in a yellow wall, stones with a starfish, a
  dragonfly on a blurred red ground, a park path, a harbour at dusk, Kamikochi's river, Cramond's
  causeway, hazy mountain ranges, a cuttlefish, flowers close up with blurred backgrounds, an
  autumn path, a cathedral's domes at night, leaves, lakes and mountains, the Grand Canyon,
  coloured pencils, spices, wooden parts, a gorilla, a film cartridge on yellow, a rope on a
  harbour post and a crocus (kept as candidates; the first 15 in the order, from the filament to
  the dragonfly, were taken); amazon-rekognition's to be two young women telephoning in a
  field and a woman leaping into turquoise water (kept).
  No candidate's decoded pixels equal those of another or of any original or screenshot of the
  earlier parts, the tuning part's packages included (compared at about 08:32-08:38 UTC, the
  pictures of equal size: 4811 pairs with plasma-workspace-wallpapers' and the first 20 of
  ubuntu-wallpapers', then 7397 pairs with all of ubuntu-wallpapers', amazon-rekognition's and
  electrum-docs'), but plasma-workspace-wallpapers' (above); no ubuntu-wallpapers file name is
  among the cached parts' names.
  The qubes-wallpapers sheet (made at about 08:40 UTC, all 23 candidates, after the rule's
  addition) left nothing out: macro photographs of spring flowers, leaves, a bumblebee, a
  damselfly, a spider and snails on sand and stone, their backgrounds out of focus, two pine
  cones on a beach, a sunset, reeds, a river island and a motorway interchange at night (`Zulu`);
  none of its pictures' decoded pixels or names equal those of the earlier parts' cached
  pictures (none of those is of equal size).
  A first build (at about 08:38-08:39 UTC, sizes only, no measure; the check's module was
  replaced by a stub that refuses to run while it wrote the files) gave 17 photographs
  (ubuntu-wallpapers 15, amazon-rekognition 2), 132 files: too few, so qubes-wallpapers was
  added and the part built again from nothing at about 08:40-08:41 UTC, the same way: 32
  photographs (ubuntu-wallpapers 15 of its 115, amazon-rekognition 2, qubes-wallpapers 15 of its
  23), 3456-5184 px on the long side, all 32 of them 3000 px or more (ubuntu-wallpapers
  3456-3840 px, amazon-rekognition 3458 and 5184 px, qubes-wallpapers 4191-4304 px): with their
  degraded copies and the screenshots below, 222 files. Still fewer photographs than the 40-60
  asked for: see the report to the lead.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were ubuntu-wallpapers 7cb53ad9 (`wily/Moss_inflorescence_by_carmelo75.jpg`
  absent), amazon-rekognition 3946d8b9 (`image-3-woman-with-baby.jpg` absent), qubes-wallpapers
  67c60219 (none absent) and, dropped, plasma-workspace-wallpapers 1b705475. A newer or whole
  snapshot would choose otherwise: the part is cached as round13.json.
  Looked at and not used: Xubuntu/xubuntu-artwork (its backgrounds are PNG renders),
  ubuntucinnamon/ubuntucinnamon-artwork (no JPEG in its tree), AlmaLinux/almalinux-backgrounds-
  extras (no picture in its tree), nextcloud/recognize (its test photographs are no longer in its
  tree), craftcms/europa-museum (its README: the imagery "is the property of each respective
  license holder. You are not free to use it"; mostly paintings), statamic/starter-kit-cool-
  writings (three small web pictures), Vrooli/Vrooli (its people fixtures are not in the stored
  tree), larssbr/odm_data_haltbrekken_run1 (no JPEG in the stored tree),
  idt-fhac/odm_data_buergewald (snapshot too large to bring, 9.5 GB), and, from their file
  lists only, serengil/deepface and serengil/retinaface (web copies of famous people's pictures,
  no licence for them), WordPress/wordpress-develop (a few test photographs in a very large
  repository), nolmoonen/jpeg-test-images (encoders' outputs of reference pictures),
  dimsemenov/PhotoSwipe and sachinchoolur/lightGallery (demo web copies), evanoberholster/
  imagemeta and mindeng/nom-exif (small test files); for the screenshots biolab/orange3 (its
  widget documentation is no longer in its tree) and syncthing/docs (mostly Windows' Task
  Scheduler).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to twelfth parts
  did:
  - spesmilo/electrum-docs, `**/*.png` (MIT, the repository's licence): the Bitcoin wallet
    Electrum's documentation, its windows and dialogs (wallet creation, payment requests,
    multisig signing, coin splitting, plugins, the watchtower), at the sizes published (37 PNGs
    stored, 18 of 600 px or more). Written as `screenshot-electrum-<folder>-<file>`.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60,
  distinct by bytes and by decoded pixels; pictures that are not a window of Electrum or part of
  one (logos, social cards, other programs' windows, diagrams) are left out on the contact sheet,
  with every copy of the same bytes under another name, and do not count towards the cap.
  The contact sheet (made at about 08:31 UTC: all 18 candidates) left out `_static/og-image.png`
  (Electrum's logo on a social card), `external_plugin_windows_regedit.png` (Windows' Registry
  Editor) and `payrequest.png` (a payment request page in Firefox); every other one was
  Electrum's window or a dialog of it (the send and receive tabs, transaction dialogs, the
  install wizard, the network dialog over a dark desktop, the swap server chooser in its dark
  theme, the watchtower). The build gave 15 screenshots (601-976 px on the long side, all under
  1000 px), 30 files. Snapshot 824a848c; 37 PNGs stored.

To be measured once, at its end, by the session after next (the next session measures the
twelfth part first); never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round13.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.image_parts import (
    capped_photos,
    chosen_screenshots,
    folder_tail,
    in_repository,
    photo_and_screenshot_part,
    plain_name,
)

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px), in the rule's order.
ROUND13_SOURCES = (
    ("azzamsa+ubuntu-wallpapers", "curated/**/*", None, 3000),
    ("Niremizov+amazon-rekognition", "Images/*", None, 1000),
    # added at about 08:40 UTC (see the docstring)
    ("rootkovska+qubes-wallpapers", "*", None, 1000),
)
PER_SOURCE = 15
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    ("azzamsa+ubuntu-wallpapers", f"curated/{path}.jpg")
    for path in (
        # a digital mosaic with a disc: a drawing
        "zesty/there_is_something_human_in_that_stuff_by_Pierre_Cante",
        # a street in grey with its red door kept in colour: run through a colour filter
        "disco/Capucijnengang_by_Artem_Kavalerov",
        # red light swirling on black, nothing in focus: abstract
        "zesty/Passion_by_Vilia_Majere",
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("spesmilo+electrum-docs", "**/*.png", "electrum"),)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Electrum or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("spesmilo+electrum-docs", path)
    for path in (
        "_static/og-image.png",  # the logo on a social card
        "png/external_plugin_windows_regedit.png",  # Windows' Registry Editor
        "png/payrequest.png",  # a payment request page in Firefox
    )
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule (each repository with its
    own least size), the contact sheet's left-out files left out under every name they have."""
    return capped_photos(
        snapshots, ((*source, PER_SOURCE) for source in ROUND13_SOURCES), NOT_PHOTOS
    )


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule, the contact sheet's left-out
    files left out under every name they have."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE, NOT_SCREENSHOTS
    )


def path_stem(repo: str, src: Path) -> str:
    """Return a photograph's stem: the repository's name and the file's path in it (Ubuntu's
    wallpapers are kept by release folder)."""
    return plain_name("-".join((repo.split("+")[1], *in_repository(repo, src))))


def build_round13(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the thirteenth held-out part; return its manifest (cached as round13.json)."""
    return photo_and_screenshot_part(
        root_cache,
        "round13",
        photos,
        screenshots,
        13000,
        degrade,
        jpeg,
        stem_of=path_stem,
        tail=folder_tail,
    )
