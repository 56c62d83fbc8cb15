"""The fifteenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 11:26 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 11:26-11:28 UTC, before any image of it
was looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names, software
and EXIF pixel sizes, and the repositories' licence and attribution texts had been read; nothing
else); what the contact sheets left out, the comparison with the earlier parts and the build's
sizes were added afterwards (times below). The checks of auditor.checks were never run on any of
it, nor any sharpness, blur or noise figure computed; it is never to be measured by the session
that wrote it. Asked for: 30-60 photographs at camera size from repositories no part has used,
as varied as an auditor meets them (shops, interiors, products, people, food, streets, night and
indoor shots, landscapes with sky), unedited camera and phone originals favoured. The search (see
"Looked at and not used") found few unedited originals under a stated licence in repositories no
round has used: the part holds what the rule below gives, mostly edited exports (wallpapers).

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to fourteenth parts. EXIF as read
  (Make / Model / Software, pixel size against the EXIF one):
  - TNThieding/exif, `tests/*`, 1500 px or more (its `LICENSE`: MIT, by Tyler N. Thieding; no
    other is given for its test pictures): the test photographs of a Python EXIF library, three
    of them phone pictures as the phones wrote them: Apple / iPhone 7 / `11.2.6` and `12.1.4`,
    4032 x 3024 (`grand_canyon.jpg`, `florida_beach.jpg`), and HUAWEI / CLT-L09 /
    `CLT-L09 9.0.0.168(C782E3R1P9)`, 2736 x 3648 (`github_issue_12.jpg`), EXIF size equal; and
    `scanner_without_app1.jpg`, 2550 x 3508, no EXIF (a scanner's page, by its name: to be seen
    on the contact sheet). Its other pictures are under the size (`gitlab_issue_26.jpg`, 1024 px,
    no EXIF; the rest under 1000 px); two are absent from the snapshot (`grayson_highlands.jpg`,
    `excess_ascii_null_bytes.jpg`).
  - getsolus/artwork, `backgrounds/*`, 1000 px or more (licences by picture in its
    `Attribution`: CC-BY-SA-4.0, CC-BY-4.0 or CC-BY-SA-3.0 for photographers' pictures, most
    of them from Wikimedia Commons, public domain or CC0 for others; the logos are the Solus
    project's): Solus's desktop backgrounds as the project published them (3670-8192 px on the
    long side, 21 of 27 stored, the others 4 MiB or more), without EXIF but two: Canon / Canon
    EOS 70D / `Adobe Photoshop CS6 (Windows)` (`komodo-dragon.jpg`, EXIF size equal) and NIKON
    CORPORATION / NIKON D750 / `GIMP 2.9.5` (`matador-rocks.jpg`, 3840 x 2160 from an EXIF
    6032 x 4032: reduced). Edited exports, then; among them, by their names, drawings and
    renders (to be seen on the contact sheet).
  - project-trident/trident-core, `void-desktop-files/usr/share/wallpapers/**/*`, 1000 px or
    more (its README beside them: photographs from Pexels, under the Pexels licence, by the
    credited photographers): Project Trident's wallpapers, landscapes by day and at night (a
    city at night, the aurora, a person by a tree under the stars), 3840 x 2160 and 6000 x 4000,
    no EXIF (exports), 10 of 14 stored (the others 4 MiB or more); `trident-login.jpg` is no
    picture (45 bytes).
  - shubhamranswal/Nazaare, `assets/photos/*`, 1000 px or more (its `LICENSE`: MIT, by Shubham
    Ranswal, whose own photographs these are: the pictures of his photography site, "free to
    download" by its README): Apple / iPhone SE (2nd generation), 4032 x 3024 and 2736 x 3650,
    EXIF size equal, seven of them as the phone wrote them (`14.2`, `15.2`, `15.2.1` in
    Software) and two through Snapseed (`UYQX4798.JPG`, `VFUZ3447.JPG`); 9 of 13 stored (the
    others 4 MiB or more). Added to the rule at about 11:29 UTC, after the other three
    repositories' contact sheets had left 25 photographs, fewer than the 30 asked for, and
    before any picture of it was looked at.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository, distinct across the part by bytes and by
  decoded pixels (the first in the order keeping its place; the repositories in the order above).
  Images that are not camera photographs as their camera or editor wrote them (drawings, renders,
  text cards, flat test fills, screenshots, cut-out packshots, scans, telescope, probe or
  spacecraft pictures, pictures with a logo or text laid on them, stacked or composited
  pictures, pictures run through a colour filter, the same picture again as another crop or
  size), and photographs wholly out of focus on purpose (the label "sharp" cannot hold for
  them), are left out on a contact sheet of thumbnails of the candidates in that order, looked at
  before any measure, and with it every copy of the same bytes under another name; a left-out
  file does not count towards the cap. All are labelled sharp (as published); the five degraded
  copies as in the earlier parts, with seeds from 15000 (one per chosen photograph, in the part's
  order). A photograph is written under its repository's owner and name and its path in the
  repository.
  The contact sheets (made at about 11:27-11:28 UTC: all 25 candidates of the first three
  repositories in the order, and three of them cropped at 1400 x 900 px) left out, of
  TNThieding/exif, `scanner_without_app1.jpg` (a scanner's page, nearly all white); of
  getsolus/artwork, `dessert-at-dusk` (a render of smooth waves in a dusk light, no desert),
  `digital-art-background` (a low-poly render), `solus-tiles-dark` and `solus-tiles-light` (a
  render of tiles bearing the Solus logo, in two tones), `green-glass-vase` (glass so close that
  the frame is smooth flat fills: abstract), `white-and-multicolored` (cracked paint on white:
  abstract, left out as doubtful), `AS08-16-2593` (the Earth from Apollo 8: a spacecraft's
  picture) and `circumpolar-trails-sunset` (star trails over a lighthouse: stacked exposures); of
  project-trident/trident-core, `photo-of-sky-during-sunset-1937687` (meteors streaking across a
  bright sunset sky: composited, left out as doubtful). They showed TNThieding/exif's others to
  be a clay monster figurine on a desk (the Huawei phone's), the Grand Canyon from its rim and a
  sunset over the sea from a beach; getsolus/artwork's to be twigs and pebbles close up before a
  background out of focus (`Twigonometry`), frost crystals on a window pane (`blue-wallpaper`), a
  white rose, rowing boats on a river under clouds, a sailing boat at sunset behind reeds, a
  motocross rider in mid-air against the sky, red cherry leaves against the sky, hills at dusk
  over a salt lake, a Komodo dragon, Mount Batok and the Bromo crater at dawn, Lower Antelope
  Canyon, a golden eagle in flight before snowy peaks and rocks in a sea smoothed by a long
  exposure (the rocks sharp); project-trident/trident-core's to be night skies over fields at
  dawn, the Milky Way over a person by a bare tree, the aurora over rocky mountains and over the
  sea, a flooded field track under clouds, a lit town under the Milky Way, a sunset over a lake
  behind reeds, a wooden boat on a still sea at sunset and the aurora over snowy mountains at
  dusk (all kept: mostly landscapes and night skies, as the wallpapers of a desktop are). With 25
  photographs left, shubhamranswal/Nazaare was added (above); its sheet (made at about 11:30 UTC,
  all 9 candidates, after its addition) left nothing out: hills at sunset, a black puppy on a
  porch, clouds round the sun, a green valley with people walking, a river valley against the
  sun, houses on terraced hills at sunset, a dry flower stem before a valley out of focus (the
  stem in focus), terraced fields under the sun and a puppy on a step. No candidate's decoded
  pixels equal those of another or of any original or screenshot of the earlier parts' caches
  (compared at about 11:28 and 11:31 UTC, the pictures of equal size, 450 then 738 pairs, the
  tuning part's included); none of their file names is among the cached parts' names. The part
  has no shop front, shop interior, food or product on a counter: none was found under a
  stated licence in a repository no round had used (see "Looked at and not used").
  A build (at about 11:31-11:33 UTC, sizes only, no measure; the check's module was replaced by a
  stub that refuses to run while it wrote the files) gave 34 photographs: TNThieding/exif 3,
  getsolus/artwork 13 of its 21, project-trident/trident-core 9 of its 10 and shubhamranswal/
  Nazaare 9; 3648-8192 px on the long side (2736 x 3648, 2736 x 3650, 3670, 3840 x 7, 4032 x 10,
  4096 x 8, 4160, 5472, 6000 x 3, 8192), all 34 of them 3000 px or more. As their EXIF says: 10
  written by the phone as it wrote them (Make and Model, its firmware in Software, EXIF pixel
  size equal): Apple iPhone 7 x 2, HUAWEI CLT-L09 and Apple iPhone SE (2nd generation) x 7; 4
  edited with their camera's EXIF kept (the iPhone SE through Snapseed x 2, a Canon EOS 70D
  through Photoshop CS6, a Nikon D750 through GIMP, reduced); 20 exports without EXIF (11 of
  getsolus/artwork, the 9 Pexels pictures). With their degraded copies and the screenshots
  below, 264 files (471 MB).
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one program no image part has used, each as published (PNG) and as JPEG Q85
  (transparent parts on white, as the pages show them), as the fifth and eighth to fourteenth
  parts did:
  - firefly-iii/docs, `docs/docs/images/**/*.png` (its `license`: CC-BY-SA-4.0; its `copying`:
    AGPL-3.0): the personal finance manager Firefly III's web interface and its Data Importer
    from their documentation (accounts, budgets, transactions, rules, reports, the importer's
    steps), at the sizes published (192 PNGs, 167 of them 600 px or more). Written as
    `screenshot-firefly-<path under docs/docs/images>` (several folders hold pictures of one
    name).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Firefly III or of
  its Data Importer or part of one (logos, diagrams, charts on their own, other programs'
  windows, web pages of banks or of GitHub, terminals) are left out on the contact sheet, with
  every copy of the same bytes under another name, and do not count towards the cap.
  The screenshot sheets (made at about 11:31 UTC: the first 48 of the 167 candidates in the
  order) left out `logo-flame` (the logo), `database` (a diagram), `ifttt-that` (IFTTT's logo),
  `development/enabled` and `development/disabled` (PHP code in an editor), `download_file`
  (Crowdin's translation site), `portainer_stack` and `portainer_env` (Portainer's window),
  `eb-link-accounts` (Enable Banking's web page), `sophtron-get-keys` (Sophtron's web page),
  `headers` (a bank's CSV file in a spreadsheet program) and `date` (a CSV file in a text
  editor); every other one was a window of Firefly III (budgets, accounts, transactions, split
  transactions, subscriptions, rules and their actions, search, tokens, the reconciliation
  overview, two whole-window overviews) or of its Data Importer (its start page, role and
  account selection, mapping, submission), light and dark, some with a ring drawn over a field
  as published; `how-to/data-importer/import/map-blurred-1.png` has the opposing accounts' names
  in it blurred to hide them, as published (kept: a window as it is shared; see the report to
  the lead). The 30th kept was the 41st in the order. The build gave 30 screenshots (700-3055 px
  on the long side, 5 of them under 1000 px), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were TNThieding/exif f1530fc1, getsolus/artwork 935b24ac, project-trident/
  trident-core 0a24d023, shubhamranswal/Nazaare e9cdbda3 and firefly-iii/docs 5cffead4 (none of
  its PNGs absent). A newer or whole snapshot would choose otherwise: the part is cached as
  round15.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at about 11:20-11:29 UTC):
  ilanRosenbaum/website (its owner's phone photographs of food, travel and ceramics under MIT,
  but no longer in the tree at its head), aabhiyann/portfolio-abhiyan (iPhone originals, no
  licence stated), henrahmagix/henrahmagix.github.io (a few black-and-white film-simulation
  exports), yavuzceliker/sample-images (Pixabay pictures modified with filters, by its README),
  mhd-maher/Loop-Closure-Detection-Dataset-for-Autonomous-Robots-A-Real-World-Approach (no
  picture in its tree), openfoodfacts/robotoff (product photographs under 1000 px),
  andrewdcampbell/OpenCV-Document-Scanner, veggiespam/ImageLocationScanner, remvee/exifr,
  bep/gallerydeluxe, nicokaiser/hugo-theme-gallery, leslievan/semi-utils and WillBrennan/
  BlurDetection2 (no photograph of 1000 px or more at their heads, or pictures with text laid
  on them), dusty-nv/jetson-inference (people, rooms, streets and fruit, but web copies of
  1024 px), jeremy-code/libexif-wasm (one photograph), riojack/ialight (no licence stated); for
  the screenshots actualbudget/docs (no licence stated; its successor actualbudget/actual too
  large to bring), FreshRSS/FreshRSS (few windows of 600 px or more,
  many of them thin strips), photoprism/photoprism-docs (mostly JPEG, and other programs'
  windows), cryptomator/docs and getsolus/help-center-docs (not needed).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round15.
"""

from __future__ import annotations

from functools import partial

from benchmarks.image_parts import capped_part, tail_under

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND15_SOURCES = (
    ("TNThieding+exif", "tests/*", None, 1500, 15),
    ("getsolus+artwork", "backgrounds/*", None, 1000, 15),
    (
        "project-trident+trident-core",
        "void-desktop-files/usr/share/wallpapers/**/*",
        None,
        1000,
        15,
    ),
    # added at about 11:29 UTC (see the docstring)
    ("shubhamranswal+Nazaare", "assets/photos/*", None, 1000, 15),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    {
        # a scanner's page, nearly all white
        ("TNThieding+exif", "tests/scanner_without_app1.jpg"),
        *(
            ("getsolus+artwork", f"backgrounds/{name}.jpg")
            for name in (
                "dessert-at-dusk",  # a render: smooth waves in a dusk light
                "digital-art-background",  # a render: low-poly facets
                "solus-tiles-dark",  # a render: tiles bearing the Solus logo
                "solus-tiles-light",  # the same render in light tiles
                "green-glass-vase",  # glass close up: smooth flat fills, abstract
                "white-and-multicolored",  # cracked paint on white: abstract, doubtful
                "AS08-16-2593",  # the Earth from Apollo 8: a spacecraft's picture
                "circumpolar-trails-sunset",  # star trails: stacked exposures
            )
        ),
        # meteors streaking across a bright sunset sky: composited, doubtful
        (
            "project-trident+trident-core",
            "void-desktop-files/usr/share/wallpapers/trident-space/"
            "photo-of-sky-during-sunset-1937687.jpg",
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("firefly-iii+docs", "docs/docs/images/**/*.png", "firefly"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
SCREENSHOT_FOLDER = "docs/docs/images"
# Left out on the contact sheet (not a window of Firefly III or of its Data Importer or part of
# one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("firefly-iii+docs", f"{SCREENSHOT_FOLDER}/{path}.png")
    for path in (
        "explanation/more-information/logo/logo-flame",  # the logo
        "explanation/more-information/database",  # a diagram of the database
        "how-to/firefly-iii/advanced/ifttt-that",  # IFTTT's logo
        "how-to/firefly-iii/development/enabled",  # PHP code in an editor
        "how-to/firefly-iii/development/disabled",  # PHP code in an editor
        "how-to/firefly-iii/development/download_file",  # Crowdin's translation site
        "how-to/data-importer/installation/portainer_stack",  # Portainer's window
        "how-to/data-importer/installation/portainer_env",  # Portainer's window
        "tutorials/data-importer/eb-link-accounts",  # Enable Banking's web page
        "tutorials/data-importer/sophtron-get-keys",  # Sophtron's web page
        "tutorials/data-importer/headers",  # a bank's CSV in a spreadsheet program
        "tutorials/data-importer/date",  # a CSV file in a text editor
    )
)


# A screenshot's tail: its path under the documentation's images folder, without its suffix
# (several folders hold pictures of one name, such as `index.png`).
shot_tail = tail_under(SCREENSHOT_FOLDER)


# The fifteenth held-out part, written by its rule (cached as round15.json).
build_round15 = partial(
    capped_part,
    part="round15",
    first_seed=15000,
    photo_sources=ROUND15_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
    tail=shot_tail,
)
