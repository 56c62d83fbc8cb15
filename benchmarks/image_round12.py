"""The twelfth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 07:03 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 07:03 UTC, before any image of it was
looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names and the
repositories' licence texts had been read; nothing else); what the contact sheets left out, the
comparison with the earlier parts and the build's sizes were added at about 07:04-07:11 UTC. The
checks of auditor.checks were never run on any of it, nor any sharpness, blur or noise figure
computed; it is never to be measured by the session that wrote it. Made stronger than the
eleventh part, whose photographs were mostly the projects' reduced copies: here most are 3000 px
or more on the long side.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least 1000 px on the long side that
  Pillow decodes whole, in four public GitHub repositories that no round has used, read from a
  folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to eleventh parts:
  - linuxdeepin/deepin-wallpapers, `nonfree/**/*` (licences by folder in its `.reuse/dep5`:
    `nonfree/unsplash.com/*` under the Unsplash licence, `nonfree/deepin-private/*` by Wang Jinyu
    under CC-BY-NC-ND-4.0; used here as test material, never shipped nor shared): the deepin
    desktop's photographs, 16 Unsplash pictures (3840 px wide, no EXIF) and four Sony ILCE-7RM2
    landscapes of Kanas, Nam Co and Gongga Shan as Lightroom or Photoshop exported them (4000 x
    2250). Its `deepin/` and `platform/` folders (abstract renders, gradients, logos) are not
    read.
  - SqueezeSoftware/test_files, `Unsplash/jpg_original/*` (the folder's README: downloaded from
    Unsplash, under the Unsplash licence; the repository states no other): a file-conversion
    test set of Unsplash photographs as Unsplash serves the originals (2040-6000 px on the long
    side, 26 of the 30 at 3000 px or more; EXIF stripped by Unsplash).
  - Tech4Tracing/CartridgeOCR, `imagesForTesting/**/*` (MIT, the repository's licence; no other is
    given for its test pictures): cartridge cases and shotgun shells photographed close up, at a
    desk and in a car park, by a Google Pixel 5 and an Apple iPhone 11 as the phones wrote them
    (4032 x 3024). Left out by name: the WhatsApp copy (`receivedWhatsApp/`, a file named by a
    UUID: 1200 x 1600, re-compressed by the messenger, as the fresh part left a WhatsApp copy
    out).
  - ubuntu-mate/ubuntu-mate-artwork, `usr/share/backgrounds/**/*` (licences by picture in its
    `debian/copyright`: CC-BY-SA-4.0 for the community's pictures, CC0 for some others (the hippos,
    the indri, the blue crayfish, Simon Butcher's); the code GPL-3.0-or-later): Ubuntu MATE's
    backgrounds, among them photographs (animals, jellyfish, kudus, landscapes, a city, beaches;
    1366-4206 px) and renders, drawings and pictures with the distribution's logo laid on them
    (left out on the contact sheet).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, screenshots, cut-out packshots, scans, telescope or probe
  pictures, pictures with a logo or text laid on them, stacked or composited pictures, the same
  picture again as another crop or size) are left out on a contact sheet of thumbnails of the
  candidates in that order, looked at before any measure, and with it every copy of the same
  bytes under another name; a left-out file does not count towards the cap. All are labelled
  sharp (as published); the five degraded copies as in the earlier parts, with seeds from 12000
  (one per chosen photograph, in the part's order). A photograph is written under the
  repository's name, its folder's and its own (ubuntu-mate-artwork holds pictures of one name in
  several folders).
  The contact sheets (made at about 07:04-07:06 UTC: all 20 candidates of deepin-wallpapers, 30 of
  test_files and 110 of ubuntu-mate-artwork, the first 25 of CartridgeOCR's 43 in the order) left
  out, of deepin-wallpapers, `ashim-d-silva-WeYamle9fDM-unsplash.jpg` (Antelope Canyon: the tenth
  part's elementary/wallpapers `Ashim DSilva.jpg` again, another crop and size, so not found by
  pixels); of test_files, `malena-gonzalez-serena-UjFDbCr27zM` (a painted mural of a face filling
  the frame), `shefta-shifa-tccP0BotaAA` (a folk painting filling the frame) and
  `jon-tyson-FKkK1hnTe-Q` (a wall of graphic tiles, flat circles and bands: left out as doubtful);
  of ubuntu-mate-artwork, 97 of its 110: every picture with the distribution's logo or text laid
  on it (the `Webspresso-*`, `Ubuntu-MATE-*` and `*Mate*` pictures, `beach-vibes`,
  `chase-building-shot`, `city-chill`, `flying-with-mate`, `honey-island`, `edgewater-medical`,
  `simplematetunnel` with a logo painted on the bridge, `selassiemate*`), the renders and drawings
  (the mascots, the lobster, kudu, minotaur, numbat and oriole pictures, the generated jellyfish
  `jelly3/4/6`, the `Ubuntu-Mate-<tone>` blurred backgrounds with and without their logos,
  `Blissful_Sky*`, `Waves*`, `Silky`, the `*-Jazz` and `Shocking*` pictures) and `nasa-53884.jpg`
  (the Earth at night from the International Space Station, pop-os/wallpapers' picture of the
  tenth part again, and seen from orbit, as the eleventh part left `Hofn.jpg` out). It showed
  deepin's pictures to be mountains, lakes, dunes, canyons, a beach and waves from the air, a
  jellyfish, a facade against the sky, a betta fish on black and Wang Jinyu's landscapes (kept);
  test_files' to be a robin, fruit, raspberries, cherries, a butterfly on flowers, autumn leaves,
  embroidery threads in a heart, paintbrushes, a geometric facade, Burano's canal, a clownfish,
  square shelves of coloured goods, a Ferris wheel at night and a ladybird on forget-me-nots
  (kept); CartridgeOCR's to be cartridge cases and shotgun shells close up, on a desk, on white
  painted wood and between fingers (kept); and ubuntu-mate-artwork's 13 others to be the Milky Way
  over a lake and over a ridge, hippos, waves on a beach from the air, Yosemite, a road on Skye,
  misty mountains, an indri, a lone tree, a blue crayfish, raindrops on a window and
  `sebastian-muller-52.jpg`, city lights wholly out of focus as round bokeh (kept at first, as the
  ninth part kept near-black infrared frames; then left out, at about 07:11 UTC, by the session's
  lead reviewing the sheet before any measure: nothing in it is meant to be in focus, so the
  label "sharp", which asks the check to report nothing, cannot hold for it; the tuning part
  labels such photographs `soft_original` and does not score them. 2560 x 1440, so the counts
  below lose one photograph under 3000 px). No chosen picture's decoded pixels equal those of another or of any
  original or screenshot of the earlier parts (compared at about 07:07 UTC, the pictures of equal
  size, 659 pairs, in the cached parts; the thumbnails of the tenth and eleventh parts' wallpapers
  were looked at beside them for other crops of one picture).
  A build (at about 07:08-07:10 UTC, sizes only, no measure; the check's module was replaced by a
  stub that refuses to run while it wrote the files) gave 58 photographs (deepin-wallpapers 15 of
  its 19 left, test_files 15 of its 27 left, CartridgeOCR 15 of its 43, ubuntu-mate-artwork 13),
  2040-6000 px on the long side, 44 of them 3000 px or more (deepin-wallpapers 3840-4000 px, all
  15; test_files 2040-6000 px, 12; CartridgeOCR 4032 px, all 15; ubuntu-mate-artwork 2432-4206
  px, 2): with their degraded copies and the screenshots below, 468 files. Built again from
  nothing at about 07:12 UTC, the same way, once the bokeh picture was left out: 57 photographs
  (ubuntu-mate-artwork 12), 44 of them 3000 px or more, 462 files.
  Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were deepin-wallpapers ac2fe337 (none of `nonfree/` absent), test_files ba32ed75
  (`dan-cristian-padure`, `gigi`, `meritt-thomas` and `uriel-soberanes` absent), CartridgeOCR
  a93185a9 (the seven Canon SX620 HS pictures of `deviceComparison/canonsx620hs/` absent) and
  ubuntu-mate-artwork 7d8984c3 (none absent). A newer or whole snapshot would choose otherwise:
  the part is cached as round12.json.
  Looked at and not used: getkirby/starterkit (its photographs are 1400 px web copies),
  UbuntuBudgie/budgie-wallpapers (snapshot too large to bring), GNOME/gnome-backgrounds (its
  `nature/` pictures bear the names of mate-backgrounds' of the tuning part), cshum/imagor and
  davidbyttow/govips (mostly the libraries' golden outputs), weserv/images (the EXIF-orientation
  set `Landscape_n`/`Portrait_n` and the service's outputs), mapillary/mapillary_tools (two test
  photographs), Fyusion/LLFF (no photograph in the stored tree but a teaser figure), and for the
  screenshots ankitects/anki-manual (8 PNGs of 600 px or more, no licence stated) and
  obsidianmd/obsidian-help (no licence stated).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to eleventh parts
  did:
  - spyder-ide/spyder-docs, `doc/**/*.png` (MIT, the repository's licence): the Python IDE's main
    window, editor, IPython console, variable explorer, profiler, debugger, dialogs, preferences
    and menus, from its user guide, FAQ, tour and workshops, at the sizes published (135
    candidates; snapshot 8ebd37b6, none absent). Written as `screenshot-spyder-<folder>-<file>`
    (the two workshops hold pictures of one name).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 60,
  distinct by bytes and by decoded pixels; pictures that are not a window of Spyder or part of
  one (logos, plots and charts on their own, diagrams, other programs' windows, web pages) are
  left out on the contact sheet, with every copy of the same bytes under another name, and do not
  count towards the cap.
  The contact sheets (made at about 07:06 UTC: the first 80 candidates in that order) left out
  the workshops' plots on their own (`expected-vs-realized-portfolio-1/2/3-returns`,
  `scatter-plot-sharpe-portfolio-1/2`, `portfolio-1/2/3-*-stock-price`,
  `pet-preferences-cognitive-score-boxplot`: Matplotlib charts, not a window), Anaconda
  Navigator's window (`faq-navigator-install`, `installation-anaconda-navigator`), the macOS
  Finder beside Sublime Text (`history-log-file`), the macOS Terminal (`submit-a-report-conda-
  list`) and GitHub's issue form in a browser (`submit-a-report-issue-template`); every other one
  was Spyder's window or part of one (its variable explorer's data frames, the IPython console,
  the notebook pane nearly all black, its Matplotlib figure window with a drawn arrow, dialogs in
  the Windows style, and Spyder running in a web browser through Binder among them). The build
  gave 60 screenshots (600-2880 px on the long side, 23 under 1000 px), 120 files.

To be measured once, by a later round, at its end; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round12.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.image_parts import (
    chosen_photos,
    chosen_screenshots,
    folder_tail,
    photo_and_screenshot_part,
    plain_name,
)

# (repository folder, the glob of its candidate files, names left out by the rule), in the rule's
# order.
ROUND12_SOURCES = (
    ("linuxdeepin+deepin-wallpapers", "nonfree/**/*", None),
    ("SqueezeSoftware+test_files", "Unsplash/jpg_original/*", None),
    (
        "Tech4Tracing+CartridgeOCR",
        "imagesForTesting/**/*",
        # the WhatsApp copy, named by a UUID
        re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", re.IGNORECASE),
    ),
    ("ubuntu-mate+ubuntu-mate-artwork", "usr/share/backgrounds/**/*", None),
)
PER_SOURCE = 15
MIN_LONG_SIDE = 1000
# Left out on the contact sheet (not a photograph as its camera or editor wrote it), by repository
# and path.
MATE = "usr/share/backgrounds/ubuntu-mate-"
NOT_PHOTOS = frozenset(
    {
        (
            "linuxdeepin+deepin-wallpapers",
            "nonfree/unsplash.com/ashim-d-silva-WeYamle9fDM-unsplash.jpg",
        ),
        *(
            ("SqueezeSoftware+test_files", f"Unsplash/jpg_original/{name}-unsplash.jpg")
            for name in (
                "malena-gonzalez-serena-UjFDbCr27zM",
                "jon-tyson-FKkK1hnTe-Q",
                "shefta-shifa-tccP0BotaAA",
            )
        ),
        # Every other background of ubuntu-mate-artwork: renders, drawings, the logo laid on a
        # picture, the Earth from orbit (by folder, `ubuntu-mate-<folder>/<name>.jpg`).
        *(
            ("ubuntu-mate+ubuntu-mate-artwork", f"{MATE}{folder}/{name}.jpg")
            for folder, names in (
                (
                    "artful",
                    "In-The-Country In-The-Sea Shocking-No-Logo Shocking Ubuntu-MATE-Moon "
                    "Ubuntu-MATE-Northern-Lights Ubuntu-MATE-Sea Ubuntu-MATE-Snowflake "
                    "Ubuntu-MATE-Swirl1 Ubuntu-MATE-Swirl2 Wavey-Ubuntu-MATE "
                    "the-moon-and-ubuntu-mate",
                ),
                ("bionic", "Silky"),
                ("common", "Green-Jazz Grey-Jazz Ubuntu-MATE-Splash-Grey Ubuntu-MATE-Splash"),
                ("cosmic", "Ubuntu-MATE-Smoke"),
                ("disco", "Ubuntu-MATE-Mushrooms Ubuntu-MATE-Snail"),
                ("eoan", "edgewater-medical eoan-ermine"),
                ("focal", "WallPaperMateZippoGreen"),
                ("groovy", "groovy-gorilla-green groovy-gorilla-grey"),
                ("jammy", "jelly3 jelly4 jelly6"),
                (
                    "kinetic",
                    "kinetic-kudu-green kinetic-kudu-grey kudu-field kudu-foresty kudu-grass "
                    "kudu-standalone kudu-verdant",
                ),
                (
                    "legacy",
                    " ".join(
                        f"Ubuntu-Mate-{tone}{tail}"
                        for tone in ("Cold", "Dark", "Radioactive", "Warm")
                        for tail in ("-lightdm", "-no-logo", "")
                    ),
                ),
                (
                    "lunar",
                    "Lunar-Lobster-Explorer Lunar-Lobster-Landing Lunar-Lobster-Steampunk "
                    "Lunar-Lobster Mascot-Lunar-Lobster-Green Mascot-Lunar-Lobster-Grey",
                ),
                (
                    "mantic",
                    "Wallpaper_minotaur_dimmed_3840x2160 Wallpaper_minotaur_green_3840x2160 "
                    "Wallpaper_minotaur_light_3840x2160 minotaur-king",
                ),
                (
                    "noble",
                    " ".join(
                        f"numbat_wallpaper_{tone}_3480x2160"
                        for tone in ("dark", "dimmed", "green", "light")
                    ),
                ),
                (
                    "oracular",
                    " ".join(
                        f"wallapaper_Oriole_{tone}_3840x2160"
                        for tone in ("colour", "dark", "dimmed", "light")
                    ),
                ),
                # (sebastian-muller-52: left out by the lead, see the docstring)
                ("photos", "nasa-53884 sebastian-muller-52"),
                ("vivid", "Castelluccio-Italy-Mate1 Castelluccio-Italy-MateLove FlowersMate"),
                (
                    "wily",
                    " ".join(
                        f"Webspresso-{name}"
                        for name in (
                            "Burbo",
                            "City-of-Dreams",
                            "Fighter-Escort",
                            "Fort-Perch-Rock",
                            "Hilbre-Island",
                            "Lighthouse-and-Fort-Perch-Rock",
                            "Moel-Famau",
                            "New-Brighton-Lighthouse",
                            "Red-6",
                            "Take-Back-Your-Desktop",
                            "Triumph",
                        )
                    )
                    + " ubuntu-mate-trusty-green",
                ),
                (
                    "xenial",
                    "Blissful_Sky Blissful_Sky_Love beach-vibes chase-building-shot city-chill "
                    "flying-with-mate greyscaled-wood honey-island",
                ),
                ("yakkety", "Waves Waves_Ubuntu_MATE selassiemate selassiemategray"),
                (
                    "zesty",
                    "Ubuntu-MATE-Reflected Ubuntu-MATE-Sunset Ubuntu-MATE-Wet simplematetunnel",
                ),
            )
            for name in names.split()
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("spyder-ide+spyder-docs", "doc/**/*.png", "spyder"),)
SCREENSHOTS_PER_SOURCE = 60
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Spyder or part of one), by repository and path.
WORKSHOP = "doc/workshops/images/workshop-"
NOT_SCREENSHOTS = frozenset(
    {
        *(
            ("spyder-ide+spyder-docs", f"{WORKSHOP}1/{name}.png")
            for name in (
                "expected-vs-realized-portfolio-1-returns",
                "expected-vs-realized-portfolio-2-returns",
                "expected-vs-realized-portfolio-3-returns",
                "scatter-plot-sharpe-portfolio-1",
                "scatter-plot-sharpe-portfolio-2",
                "portfolio-1-monthly-stock-price",
                "portfolio-2-daily-stock-price",
                "portfolio-3-monthly-stock-price",
            )
        ),
        ("spyder-ide+spyder-docs", f"{WORKSHOP}2/pet-preferences-cognitive-score-boxplot.png"),
        *(
            ("spyder-ide+spyder-docs", f"doc/images/{path}.png")
            for path in (
                "faq/faq-navigator-install",
                "installation/installation-anaconda-navigator",
                "history/history-log-file",
                "submit-a-report/submit-a-report-conda-list",
                "submit-a-report/submit-a-report-issue-template",
            )
        ),
    }
)


def photos(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (repository, file) of the part's photographs, by the rule, the contact sheet's
    left-out files left out under every name they have."""
    return chosen_photos(snapshots, ROUND12_SOURCES, NOT_PHOTOS, MIN_LONG_SIDE, PER_SOURCE)


def screenshots(snapshots: Path) -> list[tuple[str, Path]]:
    """Return (name, file) of the part's screenshots, by the rule, the contact sheet's left-out
    files left out under every name they have."""
    return chosen_screenshots(
        snapshots, SCREENSHOT_SOURCES, MIN_SCREEN_SIDE, SCREENSHOTS_PER_SOURCE, NOT_SCREENSHOTS
    )


def folder_stem(repo: str, src: Path) -> str:
    """Return a photograph's stem: the repository's name, the file's folder and its own name
    (ubuntu-mate-artwork holds pictures of one name in several folders)."""
    return plain_name(f"{repo.split('+')[1]}-{src.parent.name}-{src.stem}")


def build_round12(root_cache: Path, degrade, jpeg) -> list[dict]:
    """Write the twelfth held-out part; return its manifest (cached as round12.json)."""
    return photo_and_screenshot_part(
        root_cache,
        "round12",
        photos,
        screenshots,
        12000,
        degrade,
        jpeg,
        stem_of=folder_stem,
        tail=folder_tail,
    )
