"""The twentieth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at 19:46:51 UTC by `date -u` (repositories, folders, sizes,
order, caps, the screenshots with them) and written down then, before any image of it was looked
at or measured (the search began at 19:43 UTC; the file lists, pixel sizes, byte sizes, EXIF
camera names, software, ISO speeds and EXIF pixel sizes, the repositories' licence, read-me and
attribution texts and the licence fields of one demo's asset database had been read; nothing
else); what the contact sheets left out (19:47:02-19:47:41 UTC), the comparison with the earlier
parts (19:47:41-19:48:01 UTC) and the selection's sizes were added afterwards. The checks of
auditor.checks were never run on any of it, nor any sharpness, blur or noise figure computed; it
is never to be measured by the session that wrote it. Asked for: 30-60 photographs at camera size
(long side about 2000 px or more) from repositories no part has used, as varied as an auditor
meets them (shops, interiors, products, people, food, streets, night and indoor shots, landscapes
with sky), camera and phone originals favoured, edited exports welcome, and no data set made to
study or benchmark noise, blur, compression, denoising, deblurring, super-resolution or image
quality, nor test pictures already degraded. The search (see "Looked at and not used") found few
photographs at camera size under a stated licence in repositories no part has used: the part
holds what the rule below gives, three Wikimedia Commons photographs of a professional (two of
them camera pictures exported by Lightroom, with their EXIF) and thirty stock and Wikimedia
Commons photographs of classic cars from a content-management demo, each with its licence
recorded in the demo's asset database, resized by the demo's authors and without EXIF.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no part has used, read
  from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to nineteenth parts. EXIF as read (Make / Model /
  Software, ISO speed, pixel size against the EXIF one), in the rule's order:
  - baddonkey/exif-turbo, `tests/sample-data/**/*`, 2000 px or more (its `LICENSE`: MIT,
    baddonkey, over the whole repository; `tests/sample-data/ATTRIBUTION.md`: the pictures in
    `schweiz/` are photographs by Giles Laurent published on Wikimedia Commons under CC BY-SA 4.0,
    "© Giles Laurent, gileslaurent.com, License CC BY-SA", each file's Commons page listed; `gps/`
    one CC0 picture by 1904.CC): the test pictures of a photo-search desktop program. Stored and
    of 2000 px or more: `schweiz/Schlösser/001 Chateau de Chillon and Dents du Midi ...` (2400 x
    1601, no EXIF, 4.0 MB), `schweiz/Wildlife/Birds/010c ...` and `011 Wild Bearded Vulture in
    flight at Pfyn-Finges ...` (SONY / ILCE-1 / `Adobe Photoshop Lightroom Classic 9.3
    (Macintosh)`, 3712 x 2475 at ISO 640 and 2899 x 1933 at ISO 320, no EXIF pixel size; 3.6 and
    2.8 MB). Under 2000 px and so no candidates: the ibex (1200 x 800) and the vertical panorama
    of the Milky Way (1200 x 1736; a stitched astrophotograph in any case); eight of Giles
    Laurent's are absent from the snapshot (the other castle, the red deer, the other vultures
    and eagles, the stargazer), and the CC0 picture of `gps/` is no longer in its tree.
  - pimcore/demo, `public/var/assets/Car Images/**/*`, 2000 px or more (its `LICENSE.md`: GPLv3 or
    the Pimcore Enterprise License, Pimcore GmbH, over the repository; each picture's author,
    source page and licence recorded in the demo's asset metadata, `dump/data-1-assets_metadata.sql`
    (fields `author`, `source`, `license`, `copyright`)): the demo data of the Pimcore content and
    product-information platform, photographs of classic cars at shows, on roads and streets,
    in parks and before buildings, details of grilles, lamps, dashboards and interiors, from
    Pixabay, Pexels, Unsplash and Wikimedia Commons. 51 of its 244 car pictures are 2000 px or
    more (none of them absent from the snapshot): 3000 px on the long side but six (2933, 2587,
    2560, and the uprights 3000 x 3125 and 3000 x 4500 twice), 0.2-1.3 MB, no EXIF (resized and
    saved by the demo's authors, it seems: web copies); licences of the 51, as recorded: Pixabay
    License 28, Pexels License 10, CC BY-SA 3.0 4, CC BY-SA 2.0 DE 3, CC BY-SA 3.0 FR,
    CC BY-SA 4.0, CC BY 2.0, CC BY 3.0 DE, Unsplash License and CC0 one each. By their names and
    metadata, some are pictures of scale models (to be seen on the contact sheet: photographs
    all the same). Its brand logos and its `Sample Content/` pictures (all under 2000 px) are
    not read.
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 10 from baddonkey/exif-turbo and 30 from pimcore/demo, distinct
  across the part by bytes and by decoded pixels (the first in the order keeping its place; the
  sources in the order above). Images that are not camera photographs as their camera or editor
  wrote them (drawings, paintings, renders, text cards, flat test fills, screenshots, cut-out
  packshots, scans, telescope, probe or spacecraft pictures, pictures with a logo or text laid
  on them, stacked or composited pictures, pictures run through a colour filter, the same
  picture again as another crop or size), and photographs wholly out of focus on purpose (the
  label "sharp" cannot hold for them), are left out on a contact sheet of thumbnails of the
  candidates in that order, looked at before any measure, and with it every copy of the same
  bytes under another name; a left-out file does not count towards the cap. All are labelled
  sharp (as published); the five degraded copies as in the earlier parts, with seeds from 20000
  (one per chosen photograph, in the part's order). A photograph is written under its
  repository's owner and name and its path in the repository.
  The contact sheets (made at 19:47:02 UTC: all 54 candidates in the order at 300 px, then ten
  of them again at 900 px, by 19:47:15 UTC) left nothing of baddonkey/exif-turbo out and, of
  pimcore/demo, six: `citroen/car-1679015.jpg` (an orange 2CV before a house turned grey: a
  colour filter, selective colour) and `citroen/red-89219.jpg` (a red 2CV before a street turned
  grey: the same), `jaguar/Jaguar_Mk2-P4070328-gradient.jpg` (a car cut out on a grey gradient),
  and, as doubtful, `fiat/auto-3302898.jpg` (a red Fiat 500 with a suitcase on cobbles, the
  background painted over in grey and white), `dodge/charger-1833346.jpg` (an orange Charger
  with its wheels sharp before a background streaked as if by speed: a motion blur laid around
  a still car, it seems) and `buick/buick-1400243.jpg` (a blue Buick, the picture's edges and
  corners smeared outward: a blur laid on it, it seems). They showed the pictures to be, in the
  order, Chillon castle on its lake at dusk below snowy peaks, a bearded vulture in flight over
  rock and one over snowy rock (kept: the birds sharp on the sheet, as published); of
  pimcore/demo a Porsche 356 cabriolet in a parade with onlookers, a Fiat 500 by a river, the
  front of a black Mercedes 300 SL model close up (a scale model, shallow depth of field), a
  steering wheel and dashboard in red, a 300 SL model from the side before a yellow house, a
  Jaguar's tail lamp and chrome, the tail of the 300 SL model, a Mercury Comet in a car park
  (strongly toned, perhaps tone-mapped: kept, nothing on the sheet showed a composite), a red
  Ferrari's flank and mirror (upright), the front of the 300 SL model, a blue Beetle from behind
  (upright), a red E-Type from the front before a hall, a Citroen DS's roof and lamp, a red
  E-Type before a brick wall, a blue Chevrolet's grille and chrome close up, a Corvette C1 at a
  show (a wide crop, 3000 x 975), a Jaguar's green flank and tail (upright), a green Beetle
  cabriolet at a meeting, an orange VW bus under a blue sky, an orange 911 before a shed, a Jaguar
  Mk IX on gravel, a black Fiat 500 by the sea, two 190 SLs on paths under trees, a red 356 on
  grass under trees, a Cadillac Eldorado on a road in low sun, a white Jaguar before an office
  building, an Alfa Romeo 1900C at the Grand Palais show, a Mustang's flank close up and an
  orange 911 before a wall (the 30th); past the cap, a Citroen DS's rear lamp, a yellow Fiat 500
  in a street, a black Jaguar in a hall, a golden Beetle before a palace, a red Mustang's grille,
  a 190 SL on cobbles, a Jaguar Mk IX's lit interior at night, an Aston Martin DB5 at a show, two
  red Ferraris, a 911 Targa, an Alfa's dashboard, a 190 SL, a 230 SL and a 190 SL's cockpit.
  No candidate's decoded pixels equal those of any original or screenshot of the seventeenth
  part's cache or of the files of the eighteenth part's cache present at the time (184 pictures,
  compared at 19:47:41-19:47:54 UTC: no pictures of equal size; 16 x 16 mean-brightness hashes of
  the whole pictures found no pair near but dark window screenshots against Cryptomator's dark
  windows, other programs); none has the bytes of a file in the other snapshots here (round17's
  to round19's and those brought for this search, 2076 files); none of their file names is among
  the cached parts' names; no earlier part's module names these repositories, their files or
  Giles Laurent. The earlier parts' other pictures could not be compared: a Pixabay, Pexels or
  Unsplash picture of an earlier part's wallpapers could be among them again (none seen, none a
  car picture that the sheets recalled).
  A selection run (at 19:48 UTC, with the part's own selection functions only), and a build into
  a scratch folder (at 19:49:30 UTC, `build_round20` with a stand-in for the degraded copies and
  Pillow's JPEG encoder, no check imported; the folder deleted after), gave 33
  photographs: baddonkey/exif-turbo 3 (all its candidates), pimcore/demo 30 (the cap) of its 45
  left by the contact sheet; 2400-4500 px on the long side (2400, 2560, 2899, 2933, 3000 x 25,
  3125, 3712, 4500 x 2; 3000 x 975 the widest), all of them 2000 px or more, 29 MB. As their
  EXIF says: 2 camera pictures exported by Lightroom (SONY ILCE-1); 31 without EXIF (Giles
  Laurent's castle, and the demo's 30 web copies, 0.3-1.3 MB each: Pixabay License 15, Pexels
  License 9, CC BY-SA 3.0 2, CC BY-SA 2.0 DE, CC BY 3.0 DE, Unsplash License and CC0 one each).
  With their five degraded copies each and the screenshots below, 258 files once built. The part
  is narrow: but for the castle and the vultures it is cars (products on show, several of them
  scale models close up), outdoors by day; it has no shop, no room, no food, no person seen close
  and no night shot (the one lit interior at night is past the cap): none better was found under
  a stated licence in a repository no part had used.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one desktop application no image part has used, each as published (PNG) and as
  JPEG Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  nineteenth parts did:
  - HandBrake/HandBrake-docs, `source/docs/en/images/*/*[0-9].png` (its `LICENSE`: CC BY-SA 4.0
    over the whole repository; `source/docs/license.markdown`: "HandBrake Documentation (this
    work) is licensed under the Creative Commons Attribution-ShareAlike 4.0 International
    License"): the video transcoder HandBrake's windows and dialogs for macOS and Windows from its
    user guide (the main window and its tabs, presets, the queue, preferences, audio and subtitle
    defaults, the installer, the update dialog), the pictures named with the HandBrake version they
    show (names ending in a digit: `toolbar-1.1.0.png`), as the pages use them, not the
    unannotated `-original` copies nor the `@2x` doubles beside them, nor the three unversioned
    Linux pictures (109 PNGs, 70 of them 600 px or more, 620-1210 px on the long side; 37 of the
    macOS folder, 33 of the Windows one). Written as `screenshot-handbrake-<path under
    source/docs/en/images>` (the `mac/` and `windows/` folders hold pictures of one name). The
    documentation's other pictures (its icons, its performance charts, its theme) are not read,
    nor HandBrake's source repository.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of HandBrake or part of
  one (logos, diagrams, other programs' windows, terminals, code) are left out on the contact
  sheet, with every copy of the same bytes under another name, and do not count towards the cap.
  The screenshot sheets (made at 19:47:02 UTC: all 70 candidates in the order at 400 px, then
  four of them again at 920 px) left out `mac/destination-finder-1.0.0` (a macOS Finder window of
  encoded files); every one of the first 30 kept is HandBrake's window or part of one (its main
  window on macOS and Windows with its tabs, the preset and title menus, the chapters tab, the
  toolbar and single buttons as thin strips 920 x 76, 1000 x 95 and 887 x 77, the open-source
  dialog and a file dragged onto the window, the preferences, the audio defaults, the video
  filters, the queue, the encode in progress, the Windows installer's pages and the macOS update
  dialog), in HandBrake's older and newer looks; several carry the authors' red frames as
  published, and video frames and covers of Blender's open films (Big Buck Bunny, Elephants
  Dream, Sintel, Tears of Steel) show in some. Past the 30th kept, `windows/smartscreen-*`
  (Windows' SmartScreen warning) and `mac/destination-finder-1.1.0` (Finder) would have been
  left out. The selection run gave 30 screenshots (620-1210 px on the long side, 23 of them under
  1000 px), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were baddonkey/exif-turbo 55c2a4fa (eight JPEGs and a PNG absent, above),
  pimcore/demo 86981426 (none of its car pictures absent; two `Sample Content/` JPEGs and two
  PNGs absent) and
  HandBrake/HandBrake-docs 22a78e8b (none of its PNGs absent). A newer or whole snapshot would
  choose otherwise: the part is cached as round20.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at 19:43-19:46 UTC):
  limath91/al-folio (a personal site's Fujifilm pictures under its template's MIT licence, the
  photographer's own terms unstated), cassiomolin/cassiomolin.github.io (a photography blog's
  pictures, no licence for them), ct-martin/photo-gallery and rtmurase/photo-gallery (photographs
  all rights reserved), jxck-s/aircraft-photos (no snapshot to be had), yurucam/exif-frame
  (previews of its frames laid on one picture), ssoj13/exiftool-rs, szTheory/exifcleaner,
  MultiScreenSDK/app-sample-photos, common-repository/sample-images and
  geeksforsocialchange/PlaceCal (a picture or two each, by their file lists; not brought),
  sambecker/exif-photo-blog (no JPEG in its tree), shopware/SwagPlatformDemoData (600 px product
  pictures), neos/Neos.Demo (small site pictures), pimcore/demo-ecommerce (low-resolution product
  pictures and logos) and pimcore/pimcore (two pictures), robingrindrod/gimp-sample-images (a
  script, no picture); for the screenshots FrankBijnen/ExifToolGui (its documentation's window
  pictures, fewer) and doublecmd/doublecmd (Double Commander's help, in a large source
  repository), not brought. HandBrake/HandBrake-docs, named by the fourteenth part for want of
  a snapshot, could be had this time.

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round20.
"""

from __future__ import annotations

from functools import partial

from benchmarks.image_parts import capped_part, tail_under

PIMCORE = "pimcore+demo"
PIMCORE_CARS = "public/var/assets/Car Images"
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND20_SOURCES = (
    ("baddonkey+exif-turbo", "tests/sample-data/**/*", None, 2000, 10),
    (PIMCORE, f"{PIMCORE_CARS}/**/*", None, 2000, 30),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    (PIMCORE, f"{PIMCORE_CARS}/{path}")
    for path in (
        "citroen/car-1679015.jpg",  # selective colour: the house and street turned grey
        "citroen/red-89219.jpg",  # selective colour: the street turned grey
        "jaguar/Jaguar_Mk2-P4070328-gradient.jpg",  # cut out on a grey gradient
        # doubtful
        "fiat/auto-3302898.jpg",  # the background painted over in grey and white
        "dodge/charger-1833346.jpg",  # a motion blur laid around a still car, it seems
        "buick/buick-1400243.jpg",  # the edges and corners smeared outward, it seems
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_FOLDER = "source/docs/en/images"
SCREENSHOT_SOURCES = (
    # the versioned pictures, as the pages use them (not `-original`, not `@2x`)
    ("HandBrake+HandBrake-docs", f"{SCREENSHOT_FOLDER}/*/*[0-9].png", "handbrake"),
)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of HandBrake or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("HandBrake+HandBrake-docs", f"{SCREENSHOT_FOLDER}/{path}.png")
    for path in ("mac/destination-finder-1.0.0",)  # a macOS Finder window
)


# A screenshot's tail: its path under the documentation's images folder, without its suffix
# (`mac/` and `windows/` hold pictures of one name).
shot_tail = tail_under(SCREENSHOT_FOLDER)


# The twentieth held-out part, written by its rule (cached as round20.json).
build_round20 = partial(
    capped_part,
    part="round20",
    first_seed=20000,
    photo_sources=ROUND20_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
    tail=shot_tail,
)
