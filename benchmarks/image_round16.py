"""The sixteenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 13:10 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 13:10-13:12 UTC, before any image of it
was looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names, software
and EXIF pixel sizes, and the repositories' licence and attribution texts had been read; nothing
else); what the contact sheets left out, the comparison with the earlier parts and the build's
sizes were added afterwards (times below). The checks of auditor.checks were never run on any of
it, nor any sharpness, blur or noise figure computed; it is never to be measured by the session
that wrote it. Asked for: 30-60 photographs at camera size from repositories no part has used,
as varied as an auditor meets them (shops, interiors, products, people, food, streets, night and
indoor shots, landscapes with sky), unedited camera and phone originals favoured, edited exports
welcome. The search (see "Looked at and not used") found few photographs under a stated licence
in repositories no round has used, and the richest ones (restaurant and food pictures) in
snapshots too large to bring or stored as Git LFS pointers: the part holds what the rule below
gives, a few camera originals and mostly edited web exports.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to fifteenth parts. EXIF as read
  (Make / Model / Software, pixel size against the EXIF one):
  - wikimedia/operations-software-thumbor-plugins, `tests/integration/originals/*`, 1000 px or
    more (its `LICENSE`: MIT, by Gilles Dubuc and the Wikimedia Foundation; the pictures are
    Wikimedia Commons files kept under their Commons file names, each under the free licence
    of its Commons page, by the author named there: the repository does not restate them): the
    originals of Wikimedia's thumbnailer tests. As the cameras and phones wrote them: Canon /
    Canon PowerShot A650 IS / none, 1914 x 2565, EXIF size equal (`Cerkiew.jpg`); samsung /
    SM-J210F / `J210FXXU0APH2`, 3264 x 1836, EXIF size equal (`Green_and_golden_Butterfly_
    copy.jpg`); Sony Ericsson / U8i / its firmware, 1456 x 2592, EXIF size equal (`Tower.jpg`);
    Canon / Canon PowerShot SX230 HS / none, 3000 x 4000 from an EXIF 4000 x 3000 (turned,
    `Carrie.jpg`). Edited: Canon / Canon EOS 5D Mark III / `Digital Photo Professional`,
    3940 x 1737, EXIF size equal (a crop, `Munich_subway_station_Westfriedhof.jpg`); Panasonic
    / DMC-TZ6 / `GIMP 2.8.22`, 2347 x 3568 (`Rostockstein.jpg`); OLYMPUS IMAGING CORP. /
    SP510UZ / `gthumb 2.11.3`, 2304 x 3072 (`Smedavska_hornatina_Sloupsky_potok_vodopad_01.
    jpg`); NIKON CORPORATION / NIKON D3100 / `GIMP 2.8.10`, 3996 x 2140, EXIF size 0 x 0
    (`The_Poppet.jpg`, 152 KB); and `Interieur,_overzicht_tijdens_restauratie_(?)_-_Rolduc_-_
    20357536_-_RCE.jpg`, 1200 x 1197, no EXIF (a heritage agency's archive picture, by its
    name: to be seen on the contact sheet). Its other JPEGs are under the size
    (`EXIF_rotation_180.jpg`, 40 px; `Physical_map_tagged_AdobeRGB.jpg`, 392 px).
  - IMAGINARY/content-slider-apps, `kaleidoscope/assets/*/*`, 1000 px or more, names `bild*`
    left out (its `kaleidoscope/assets/README.md` gives the licence and author of every picture
    of the season folders, `autumn/`, `christmas/`, `spring/`, `summer/`, `winter/`: CC BY-SA
    4.0, 3.0 or 2.0, CC BY 2.0, CC0, public domain, the Pixabay and Pexels licences, most of
    them Wikimedia Commons photographs by Dietmar Rabich, Martin1009, Andrew Malone, Paul
    VanDerWerf, CGP Grey, Herzi Pinki, Benreis, Wowox, joost j. bakker and others; it credits
    nothing in `default/`, whose six `bild*` files are therefore no candidates; the repository
    has no licence file of its own): the pictures of IMAGINARY's kaleidoscope exhibit, "minor
    modifications" of the originals by its README (colour correction, rotation, scaling,
    cropping): 1200 x 800 to 1200 x 900 exports, by Adobe Photoshop Lightroom Classic 8.4.1
    (13, seven with their camera's Make and Model kept: Canon EOS 70D, Canon PowerShot SX240 HS
    and S3 IS, SONY DSC-HX400, NIKON COOLPIX P610, NIKON D50, Canon EOS 500D) or GIMP 2.10.4
    (2), five without EXIF; no EXIF pixel size: edited exports, all of them, at the least size
    of a camera picture. By its README three are no photographs (`christmas/1.jpg` a vintage
    Christmas card, `summer/3.jpg` a drawing by Ernst Haeckel, `winter/3.jpg` a painting by
    Ernst Ludwig Kirchner): to be seen on the contact sheet.
  - StartBootstrap/startbootstrap-business-casual, -clean-blog, -creative, -grayscale,
    -landing-page and -stylish-portfolio, `src/assets/img/**/*` each, 1000 px or more (their
    `LICENSE`: MIT, by Start Bootstrap LLC, over every file of the repository; the photographs
    are credited to nobody: whose they are is not said): the background photographs of six web
    page templates, 1500-1920 px on the long side (3, 4, 1, 2, 1 and 2 of them), no camera EXIF
    (one with an EXIF pixel size equal to its own): web exports. Their `dist/` copies are not
    read; their other pictures are under the size.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, paintings,
  renders, text cards, flat test fills, screenshots, cut-out packshots, scans, telescope, probe
  or spacecraft pictures, pictures with a logo or text laid on them, stacked or composited
  pictures, pictures run through a colour filter, the same picture again as another crop or
  size), and photographs wholly out of focus on purpose (the label "sharp" cannot hold for
  them), are left out on a contact sheet of thumbnails of the candidates in that order, looked at
  before any measure, and with it every copy of the same bytes under another name; a left-out
  file does not count towards the cap. All are labelled sharp (as published); the five degraded
  copies as in the earlier parts, with seeds from 16000 (one per chosen photograph, in the part's
  order). A photograph is written under its repository's owner and name and its path in the
  repository.
  The contact sheets (made at about 13:10-13:11 UTC: all 42 candidates in the order, and five of
  them again at 1400 px) left out, of wikimedia/operations-software-thumbor-plugins,
  `The_Poppet.jpg` (a baby's bath with a rubber duck, a dotted outline drawn over it) and
  `Interieur,_..._RCE.jpg` (an old paper print photographed or scanned on a dark ground: a
  reproduction); of IMAGINARY/content-slider-apps `christmas/1` (a vintage Christmas card),
  `summer/3` (Haeckel's hummingbirds, drawn) and `winter/3` (Kirchner's painting), as its README
  says; of Start Bootstrap's templates clean-blog's `post-bg.jpg` (an astronaut at the space
  station: a spacecraft's picture) and `contact-bg.jpg` (a black telephone on a white ground in
  black and white: a packshot run through a colour filter, left out as doubtful), grayscale's
  `bg-masthead.jpg` and `bg-signup.jpg` (misty forests in black and white: a colour filter) and
  landing-page's `bg-masthead.jpg` (fog over a calm sea, half the frame a flat haze: a flat fill,
  left out as doubtful). They showed the Wikimedia pictures kept to be a white church under a
  blue sky, a memorial stone with its plaque, a waterfall among mossy rocks, Munich's
  Westfriedhof underground station lit blue and yellow with a train streaking past in a long
  exposure (the platform, its lamps and the people waiting sharp: kept, see the report to the
  lead), a green moth on concrete, a woman singing with a guitar on an open-air stage, and a
  stone tower against a white sky; IMAGINARY's to be Heidelberg's old bridge and castle, paper
  star lanterns, blossom against the sky, fallen leaves (twice), vegetables heaped at a farm
  show, a sweet chestnut in its husk, pink flowers, a heap of chestnuts, rows of candles in
  Cologne cathedral, holly berries, moss between cobblestones, a snowflake close up (the crystal
  sharp, the background out of focus), blackthorn blossom and a dragonfly over lavender (the 15th
  kept was the 18th in the order; past the cap, cobblestones and a fruit and flower stall); Start
  Bootstrap's to be a barista smiling behind a coffee shop counter, a coffee shop seen from above
  (a 1900 x 710 strip), coffee beans filling the frame, a map, camera, bag and notebook laid on a
  table, a white desk with a laptop, a notebook, a phone and glasses, a laptop on a wooden desk
  with a white chair, and two still lifes of stationery on yellow. No candidate's decoded pixels
  equal those of another or of any original or screenshot of the earlier parts' caches (compared
  at about 13:11 UTC, the pictures of equal size, 126 pairs with the photographs and the first 48
  screenshots, the tuning part's included; the fifteenth part is not cached yet); none of their
  file names is among the cached parts' names. The part has no night street and no shop front
  seen from outside: none was found under a stated licence in a repository no round had used.
  A selection run (at about 13:11 UTC, with the part's own selection functions only: no file
  written, no degraded copy made, no check imported) gave 30 photographs:
  wikimedia/operations-software-thumbor-plugins 7 of its 9, IMAGINARY/content-slider-apps 15 of
  its 20 (the cap), Start Bootstrap's business-casual 3, clean-blog 2, creative 1 and
  stylish-portfolio 2; 1200-4000 px on the long side (1200 x 15, 1500, 1900 x 6, 1920, 2565,
  2592, 3072, 3264, 3568, 3940, 4000), 7 of them 2000 px or more. As their EXIF says: 4 written
  by the camera or phone as it wrote them (Make and Model, its firmware or none in Software):
  Canon PowerShot A650 IS, samsung SM-J210F and Sony Ericsson U8i (EXIF size equal) and Canon
  PowerShot SX230 HS (turned: 3000 x 4000 from an EXIF 4000 x 3000); 3 edited with their
  camera's EXIF kept (a Canon EOS 5D Mark III through Digital Photo Professional, a Panasonic
  DMC-TZ6 through GIMP 2.8.22, an Olympus SP510UZ through gthumb, EXIF size equal); 11 Lightroom
  Classic 8.4.1 exports at 1200 px (6 with their camera's Make and Model: Canon EOS 70D,
  PowerShot SX240 HS and S3 IS, SONY DSC-HX400, NIKON COOLPIX P610 and D50), 1 GIMP 2.10.4
  export, and 11 without EXIF (3 of IMAGINARY, the 8 of Start Bootstrap). The full build (with
  the degraded copies) is left to the session that measures the part.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to fifteenth
  parts did:
  - plausible/docs, `static/img/**/*.png` (its `LICENSE.md`: CC BY-SA 4.0): the web analytics
    service Plausible Analytics' web interface from its documentation (the dashboard, goals,
    funnels, custom properties, site and account settings, shared links, imports), and the
    windows of other services it is set up in, at the sizes published (420 PNGs, 409 of them
    600 px or more, 619-3631 px on the long side). Written as `screenshot-plausible-<file>` (no
    two of one name).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Plausible Analytics
  or part of one (logos, diagrams, other services' and programs' windows: Google Tag Manager,
  Cloudflare, Webflow, Shopify, Squarespace, WordPress, Carrd, Ghost, Looker Studio, browsers'
  consoles and extensions, mail programs, terminals, code) are left out on the contact sheet,
  with every copy of the same bytes under another name, and do not count towards the cap.
  The screenshot sheets (made at about 13:11 UTC: the first 64 of the 409 candidates in the
  order) left out `plausible-api-looker` (Looker Studio's connector page),
  `data-domain-plausible-analytics-script` (a page's HTML source), `plausible-analytics-
  wordpress-plugin`, `modify-a-file` and `use-a-plugin` (WordPress' administration, theme editor
  and a plugin), `adblock-plus-adguard-origin-exclude-own-visits` and `ublock-origin-temporary-
  rules` (browser extensions), `shopify-add-pixel`, `add-custom-code-to-shopify` and
  `order-status-page-shopify` (Shopify's administration), `confirm-element-id-carrd` (a
  browser's developer tools over a Carrd page), `how-to-get-started-with-the-stats-api-using-
  postman-3` (Postman), `sso-entra-users-groups` (Microsoft Entra), `create-a-thank-you-page-in-
  webflow` (Webflow), `GTM-trigger-fire` and `plausible-gtm-template-new-tag` (Google Tag
  Manager), `cloudflare-workers-dash` (Cloudflare) and `ghost-code-injection` (Ghost); every
  other one was Plausible's window or part of it (site and account settings, the dashboard with
  its chart, filters, segments and comparisons, goals, shared links, team and sign-up pages, the
  plan and subscription pages, the installation check), some with red arrows or frames drawn on
  them as published, a few with names or links masked as published.
  `nboarding-enable-enhanced-tracking.png` is `add-script-extensions-verify-installation.png`
  again (the same decoded pixels), written once. The 30th kept was the 49th in the order. The
  selection run gave 30 screenshots (619-2540 px on the long side, 2 of them under 1000 px), 60
  files once built.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were wikimedia/operations-software-thumbor-plugins 9a208172 (two PNGs absent,
  no JPEG), IMAGINARY/content-slider-apps b7079f82, StartBootstrap's business-casual b6f92893,
  clean-blog 1ebc4f8f, creative b1762d8c, grayscale d9744025, landing-page 247a46a2 and
  stylish-portfolio a658eb71, and plausible/docs 208d58ca (none of their pictures absent). A
  newer or whole snapshot would choose otherwise: the part is cached as round16.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at about 13:03-13:10 UTC):
  BookStackApp/website (its blog's cover photographs under the Unsplash, Pexels and CC licences
  folder by folder, and BookStack's windows, but every picture of it is a Git LFS pointer in the
  snapshot), tylerwongj/restaurant-website-business (restaurant, food and shop pictures from
  Pexels: snapshot too large to bring, 538 MB), drupal/drupal (the Umami demo's recipe pictures,
  by their names: 533 MB), 392781/mint-backgrounds (860 MB), openfoodfacts/openfoodfacts-server
  (2 GB), vpuri3/vpuri3.github.io (its Canon photographs no longer in its tree),
  fedoradesign/backgrounds (its photographic extras no longer in its tree), zxing/zxing (its
  barcode test pictures, mostly PNG), h2non/imaginary and discord/lilliput (one picture of 1000 px
  or more each, of unstated origin), StartBootstrap/startbootstrap-one-page-wonder (no picture of
  1000 px or more), kennylevinsen/hdr-test-images (generated charts), Catevika/restaurantea (PNG
  pictures only), fengyuanchen/viewerjs (pictures of unstated origin),
  microsoft/Appsample-Photosharing (diagrams and screenshots), PHPExif/php-exif and
  commons-app/apps-android-commons (one or two small test pictures), GjjvdBurg/HugoPhotoSwipe-Demo
  and pganssle-talks/pyconf-hyderabad-2020-stable-interface (a few web copies of Pexels and Flickr
  pictures, some modified); for the screenshots BookStackApp/website (LFS, above),
  mealie-recipes/mealie (few PNGs, most pictures WebP), and kimai/documentation, wallabag/doc and
  zammad/zammad-documentation-user (no PNG in the index).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round16.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part

# The templates of Start Bootstrap read, in the rule's order.
START_BOOTSTRAP = (
    "business-casual",
    "clean-blog",
    "creative",
    "grayscale",
    "landing-page",
    "stylish-portfolio",
)
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND16_SOURCES = (
    (
        "wikimedia+operations-software-thumbor-plugins",
        "tests/integration/originals/*",
        None,
        1000,
        15,
    ),
    # `default/` (the `bild*` files) is credited by no licence text
    ("IMAGINARY+content-slider-apps", "kaleidoscope/assets/*/*", re.compile(r"bild"), 1000, 15),
    *(
        (f"StartBootstrap+startbootstrap-{name}", "src/assets/img/**/*", None, 1000, 15)
        for name in START_BOOTSTRAP
    ),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    {
        *(
            ("wikimedia+operations-software-thumbor-plugins", f"tests/integration/originals/{name}")
            for name in (
                "The_Poppet.jpg",  # a dotted outline drawn over the picture
                # a picture of an old paper print on a dark ground: a reproduction, a scan
                "Interieur,_overzicht_tijdens_restauratie_(?)_-_Rolduc_-_20357536_-_RCE.jpg",
            )
        ),
        *(
            ("IMAGINARY+content-slider-apps", f"kaleidoscope/assets/{name}.jpg")
            for name in (
                "christmas/1",  # a vintage Christmas card: a drawing
                "summer/3",  # hummingbirds drawn by Ernst Haeckel
                "winter/3",  # a painting by Ernst Ludwig Kirchner
            )
        ),
        # an astronaut at the space station: a spacecraft's picture
        ("StartBootstrap+startbootstrap-clean-blog", "src/assets/img/post-bg.jpg"),
        # a telephone on a white ground in black and white: a packshot, a colour filter, doubtful
        ("StartBootstrap+startbootstrap-clean-blog", "src/assets/img/contact-bg.jpg"),
        # black and white: run through a colour filter
        ("StartBootstrap+startbootstrap-grayscale", "src/assets/img/bg-masthead.jpg"),
        ("StartBootstrap+startbootstrap-grayscale", "src/assets/img/bg-signup.jpg"),
        # fog over a calm sea, half the frame a flat haze: a flat fill, doubtful
        ("StartBootstrap+startbootstrap-landing-page", "src/assets/img/bg-masthead.jpg"),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("plausible+docs", "static/img/**/*.png", "plausible"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Plausible Analytics or part of one), by
# repository and path.
NOT_SCREENSHOTS = frozenset(
    ("plausible+docs", f"static/img/{name}.png")
    for name in (
        "plausible-api-looker",  # Looker Studio's connector page
        "data-domain-plausible-analytics-script",  # a page's HTML source
        "plausible-analytics-wordpress-plugin",  # WordPress' administration
        "adblock-plus-adguard-origin-exclude-own-visits",  # two browser extensions
        "shopify-add-pixel",  # Shopify's administration
        "add-custom-code-to-shopify",  # Shopify's administration
        "ublock-origin-temporary-rules",  # a browser extension
        "modify-a-file",  # WordPress' theme editor
        "confirm-element-id-carrd",  # a browser's developer tools over a Carrd page
        "how-to-get-started-with-the-stats-api-using-postman-3",  # Postman
        "use-a-plugin",  # a WordPress plugin's settings
        "sso-entra-users-groups",  # Microsoft Entra's administration
        "create-a-thank-you-page-in-webflow",  # Webflow's editor
        "GTM-trigger-fire",  # Google Tag Manager
        "cloudflare-workers-dash",  # Cloudflare's dashboard
        "ghost-code-injection",  # Ghost's administration
        "plausible-gtm-template-new-tag",  # Google Tag Manager
        "order-status-page-shopify",  # Shopify's administration
    )
)


# The sixteenth held-out part, written by its rule (cached as round16.json).
build_round16 = partial(
    capped_part,
    part="round16",
    first_seed=16000,
    photo_sources=ROUND16_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
