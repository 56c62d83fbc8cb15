"""The seventeenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 15:12 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 15:12-15:13 UTC, before any image of it
was looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names, software
and EXIF pixel sizes, and the repositories' licence and attribution texts had been read; nothing
else); what the contact sheets left out, the comparison with the earlier parts and the selection's
sizes were added afterwards (times below). The checks of auditor.checks were never run on any of
it, nor any sharpness, blur or noise figure computed; it is never to be measured by the session
that wrote it. Asked for: 30-60 photographs at camera size from repositories no part has used,
as varied as an auditor meets them (shops, interiors, products, people, food, streets, night and
indoor shots, landscapes with sky), unedited camera and phone originals favoured, edited exports
welcome. The search (see "Looked at and not used") again found few photographs under a stated
licence in repositories no round has used: the part holds what the rule below gives, a few phone
pictures at their full size (night streets among them), phone pictures of packaged products, and
mostly a distribution's edited wallpapers.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to sixteenth parts. EXIF as read
  (Make / Model / Software, pixel size against the EXIF one):
  - android/platform-samples, `samples/*/ultrahdr/src/main/assets/**/*`, 2000 px or more (its
    `LICENSE`: Apache-2.0, by The Android Open Source Project, over the whole repository; the
    pictures are credited to nobody else): the Ultra HDR sample pictures of Android's graphics
    and media samples, phone pictures at their full size, the six under `gainmaps/` JPEGs
    holding a gain map after their primary picture (Pillow decodes the primary, the picture
    every JPEG reader shows), `sdr/night_highrise.jpg` a plain JPEG (checked at about 15:17 UTC,
    after the contact sheets, by the files' markers and XMP only). As
    the phones wrote them: Google / Pixel 8 / `HDR+ 1.0.548852043zl`, 3072 x 4080, EXIF size
    equal (`graphics/.../gainmaps/night_highrise.jpg`); samsung / Galaxy S23 Ultra /
    `S918U1UES1AWFD`, 4000 x 3000, EXIF size equal (`graphics/.../sdr/night_highrise.jpg`).
    Without the camera's name (Make, Model and Software removed, the EXIF pixel size kept and
    equal): `lamps.jpg`, `train_station_night.jpg`, `desert_sunset.jpg` and `desert_wanda.jpg`,
    4080 x 3072, and `desert_palms.jpg`, 4032 x 3024 (phone sizes: taken as originals whose
    camera name was stripped). Three are absent from the snapshot (`grand_canyon.jpg`,
    `office.jpg`, `ultrahdr_cityscape.jpg`, 4 MiB or more).
  - openfoodfacts/test-data, `robotoff/tests/**/*`, 2000 px or more (no licence file: a store of
    test pictures for Open Food Facts' Robotoff, by its README; the pictures are Open Food Facts
    product pictures, named by the product's barcode and the picture's number, which Open Food
    Facts publishes under CC BY-SA 3.0 by its terms of use, by the contributors who took them;
    `price_proof_classification/0100_ithb89lJBe.jpg` is a proof sent to its Open Prices project,
    whose licence the repository does not state either): phone pictures of packaged food,
    without EXIF as the site serves them: 4080 x 3072, 4032 x 1816 (a crop), 3024 x 4032 (two,
    one of them the price proof, with an EXIF pixel size equal), 3036 x 4048, 2736 x 3648,
    2818 x 3677, 2309 x 4041, 2097 x 3347, 2000 x 2666 and 2498 x 2482 (a crop): 11 candidates,
    no camera name; uploaded as taken or cropped by their contributors (not known which: all
    labelled as published). Among them, by their folders, close-ups of nutrition tables and
    logos (to be seen on the contact sheet). Its other pictures are under the size; one is
    absent from the snapshot (`nutriscore/3023470001015_92.jpg`, 4 MiB or more).
  - UbuntuKylin/ubuntukylin-wallpapers, `*` (the top folder), 2000 px or more (its `COPYING` and
    `debian/copyright`: CC BY-SA 3.0 Unported, "Ubuntu Kylin community contributors", for every
    file but `warty-final-ubuntukylin.jpg`, GPL-3+, absent from the snapshot): the desktop
    backgrounds of Ubuntu Kylin's releases 2013-2020, 272 JPEGs, 261 of them 2000 px or more:
    84 exports of 3840 x 2400 or 3640 x 2400 (and 3840 x 2160) from Adobe Photoshop CC (2017,
    2019, 21.0), 38 of them with their camera's Make and Model kept (NIKON D7000 and D750, HUAWEI
    EML-AL00, Xiaomi MIX 2, EXIF size equal to the exported one), 33 with Photoshop's name only,
    13 without EXIF; 159 of 2560 x 1600 (8 with a NIKON D7000 or D750 named through Photoshop
    CS6 or CC 2014, 22 with Photoshop's name only, 129 without EXIF); and 18 others (5961 x 3974
    from a NIKON D7100 through Photoshop CC 2017; 4272 x 2848, 4085 x 2616, 3328 x 1872,
    3264 x 1840, 3200 x 1800 and 2389-3841 px ones, most without EXIF): edited exports, all of
    them, cut to the 16:10 of a screen. Among them, by their names, renders, drawings and brand
    pictures (`cool_technology`, `futuristic`, `ubuntukylin-*`, `kylin-*`,
    `the-three-body-problem` and others: to be seen on the contact sheet). Thirteen pictures are
    there twice under two names, the same bytes (`beach.jpg` and `beach2.jpg`, `koala` and
    `koala2`, ...: taken once). Two files are absent from the snapshot (`still-life.jpg`,
    `warty-final-ubuntukylin.jpg`); its six PNGs are not read.
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository (20 for UbuntuKylin/ubuntukylin-wallpapers),
  distinct across the part by bytes and by decoded pixels (the first in the order keeping its
  place; the repositories in the order above). Images that are not camera photographs as their
  camera or editor wrote them (drawings, paintings, renders, text cards, flat test fills,
  screenshots, cut-out packshots, scans, telescope, probe or spacecraft pictures, pictures with a
  logo or text laid on them, stacked or composited pictures, pictures run through a colour
  filter, the same picture again as another crop or size), and photographs wholly out of focus on
  purpose (the label "sharp" cannot hold for them), are left out on a contact sheet of thumbnails
  of the candidates in that order, looked at before any measure, and with it every copy of the
  same bytes under another name; a left-out file does not count towards the cap. All are
  labelled sharp (as published); the five degraded copies as in the earlier parts, with seeds
  from 17000 (one per chosen photograph, in the part's order). A photograph is written under its
  repository's owner and name and its path in the repository.
  The contact sheets (made at about 15:13-15:14 UTC: all 18 candidates of the first two
  repositories in the order, and the first 40 of UbuntuKylin/ubuntukylin-wallpapers' 248
  distinct ones, 26 of which were needed; then 39 of them again at 640-900 px) left out, of
  openfoodfacts/test-data, `image_embeddings/6420488009731_1.jpg` (a supplement jar close up on a
  red cloth, "Galaxy S21 5G" laid on the picture by the phone, most of the frame out of focus);
  of UbuntuKylin/ubuntukylin-wallpapers `starry-night` (a render: stars round the Ubuntu Kylin
  logo), `dream-hippocampus` (a drawing of a sea horse over the logo), `rule-of-attraction` (the
  Earth's curved limb and clouds from very high above: a balloon's or spacecraft's picture,
  left out as doubtful), `firstgeneration` (a drawing of a dragon's head), `ubuntukylin-
  minimalism` (the logo on grey) and `app` (a drawing: cartoon figures by the distribution's
  name). They showed android/platform-samples' pictures to be a palm garden with a fountain and
  the sun in the frame, a beach at sunset under a steep green peak, an industrial hall's
  ceiling with enamel pendant lamps lit (a bar's bottles at the edge), Denver's Union Station at
  night in neon with its reflection on a wet square, a lit night city seen from a height twice
  (the same view by the Galaxy S23 Ultra and by the Pixel 8: two pictures, both kept), and a
  pick-up camper hung with coloured lights at dusk, a dog beside it; openfoodfacts/test-data's
  to be an electronic shelf label on a shop shelf (a biscuit's price), a nutrition table close
  up on a Lidl bag, firm tofu in its vacuum pack on concrete, a Maggi bottle held in a hand over
  a café table, a bag of spinach, a boxed ready meal's front (courgettes), a yellow stock-cube
  box's back with its table and barcode, a biscuit box on a wooden table, a chilled curry tray
  and a muesli bag close up (phone pictures of packaged food, as an auditor photographs
  products); UbuntuKylin/ubuntukylin-wallpapers' (the 20th kept was the 26th in its order) to be
  an autumn railway in morning mist, a lake and grasses under a blue sky, a pier with a small
  blue tower on a pale sea, an interior wall of shelves with potted plants and a lantern, a
  rapeseed field with a straw parasol, a desert road under clouds, a snowy valley with a
  village and horses, an autumn wood by water, a green mountain valley, grassland before a
  village, San Francisco's skyline at night from a pier, a lake and a volcano behind an autumn
  tree, a park river with reflections, worn stone paving, yew branches with red berries,
  rapeseed against the sky, a doll seated on a box in a room (a still life), a man's silhouette
  against a bright sky between dark slopes, red tulips in a park and bare trees mirrored in a
  river at dusk. No candidate's decoded pixels equal those of another or of any original or
  screenshot of the earlier parts' caches (compared at about 15:15 UTC, the pictures of equal
  size, 601 pairs with the part's 37 photographs and 30 screenshots, the tuning part's included;
  the sixteenth part is not cached yet, and shares no repository with this one); none of their
  file names is among the cached parts' names. The part has no shop front, no shop interior but
  a shelf label, no restaurant dish and no person seen close: none was found under a stated
  licence in a repository no round had used.
  A selection run (at about 15:14 UTC, with the part's own selection functions only), and a
  build into a scratch folder (at about 15:16 UTC, `build_round17` with a stand-in for the
  degraded copies and Pillow's JPEG encoder, no check imported; the folder deleted after), gave
  37 photographs: android/platform-samples 7 of its 7, openfoodfacts/test-data 10 of its 11,
  UbuntuKylin/ubuntukylin-wallpapers 20 (the cap); 2498-5961 px on the long side (2498,
  2560 x 13, 2666, 3347, 3648, 3677, 3840 x 6, 4000, 4032 x 3, 4041, 4048, 4080 x 6, 5961), all
  of them 2000 px or more, 66 MB. As their EXIF says: 2 written by the phone as it wrote them
  (samsung Galaxy S23 Ultra, Google Pixel 8, EXIF size equal); 5 phone pictures at their full
  size without the camera's name (the other Android samples, EXIF size equal); 10 Open Food
  Facts product pictures without EXIF but one (the price proof's EXIF pixel size, equal);
  20 edited wallpaper exports (6 with their camera's name kept through Photoshop CC: NIKON
  D7000 x 2, D750 x 3, D7100; 4 with Photoshop's name only; 10 without EXIF). With their five
  degraded copies each and the screenshots below, 282 files once built.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one web application no image part has used, each as published (PNG) and as
  JPEG Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  sixteenth parts did:
  - cryptpad/documentation, `images/**/*.png` (its `LICENSE`: CC BY 4.0): the end-to-end
    encrypted office suite CryptPad's web interface from its user and administrator guide (the
    drive, the editors for documents, sheets, presentations, code, forms, kanban boards,
    whiteboards and diagrams, the calendar, the sharing, access and properties dialogs, history
    toolbars, registration, the instance setup), in English (`images/`) and in French
    (`images/fr/`), at the sizes published (77 PNGs, 63 of them 600 px or more, 628-1280 px on
    the long side: the documentation's pictures are 1280 px wide at most). Written as
    `screenshot-cryptpad-<path under images>` (the two languages hold pictures of one name).
    Its built copies under `www/*/_images/` are not read.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of CryptPad or part of
  one (logos, banners, diagrams, other programs' windows, terminals, code) are left out on the
  contact sheet, with every copy of the same bytes under another name, and do not count towards
  the cap.
  The screenshot sheets (made at about 15:14 UTC: the first 48 of the 63 candidates in the
  order) left out `dev/translations` (a diagram of the translation files) and `dev/client` (a
  diagram of the client's parts), both after the 30th kept; every one of the first 30 was
  CryptPad's window or part of one (the drive as a grid and a list and its history, the rich
  text, sheet, presentation, slides, diagram, kanban and poll editors, some with the office
  editor's menus open, the calendar, the access dialog, the creation screen, the instance
  setup's pages), in English and in French; six of them are thin strips of a document's
  history toolbar (1280 x 148-167, as published), several documents and slides show a
  photograph of a daisy laid out in them, one setup page has sentences marked in red as
  published. The selection run gave 30 screenshots (700-1280 px on the long side, 6 of them
  under 1000 px), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were android/platform-samples 36ec1066, openfoodfacts/test-data 3035b2c6,
  UbuntuKylin/ubuntukylin-wallpapers c8dcc201 and cryptpad/documentation 6c50051e. A newer or
  whole snapshot would choose otherwise: the part is cached as round17.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at about 15:07-15:13 UTC):
  HatefDastour/image_library (iPhone pictures, but its `LICENSE.md` reserves every right to the
  images), Sidd-underscore/Website (Pixel 7 Pro and Canon pictures, no licence stated),
  virtual/hugo-static-satinflame (small "stock photos", no licence file), huntergdavis/
  photo-stream (its MIT licence is the template author's), lubuntu-team/lubuntu-artwork (its
  photographic wallpapers absent from the snapshot, the rest renders), ChrisLomont/
  UltraHDR-Splitter (Pixel and Galaxy originals, all but one absent from the snapshot),
  google/libultrahdr and imazen/ultrahdr (small test pictures), microsoft/WinUI-Gallery (its
  sample photographs no longer in its tree), microsoft/Windows-universal-samples (400 px
  samples), JaidedAI/EasyOCR and krasch/photo_ocr (a few small pictures),
  openfoodfacts/openfoodfacts-ai (snapshot too large to bring, 562 MB),
  openfoodfacts/off-nutrition-table-extractor (its pictures are the tool's outputs),
  openfoodfacts/labelr (no picture), mmistakes/minimal-mistakes and mmistakes/so-simple-theme
  (snapshots too large to bring), linuxmint/mint-backgrounds-vanessa and -wilma and sturmen/
  ultrahdr-pwa-svelte (no snapshot to be had), Cr1istY/photo-work-add-watermark and
  lovemegowin/image-metadata-watermark (one picture or none).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round17.
"""

from __future__ import annotations

from functools import partial

from benchmarks.image_parts import capped_part, tail_under

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND17_SOURCES = (
    ("android+platform-samples", "samples/*/ultrahdr/src/main/assets/**/*", None, 2000, 15),
    ("openfoodfacts+test-data", "robotoff/tests/**/*", None, 2000, 15),
    ("UbuntuKylin+ubuntukylin-wallpapers", "*", None, 2000, 20),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    {
        # "Galaxy S21 5G" laid on the picture by the phone; most of the frame out of focus
        (
            "openfoodfacts+test-data",
            "robotoff/tests/ml/category/image_embeddings/6420488009731_1.jpg",
        ),
        *(
            ("UbuntuKylin+ubuntukylin-wallpapers", f"{name}.jpg")
            for name in (
                "starry-night",  # a render: stars round the Ubuntu Kylin logo
                "dream-hippocampus",  # a drawing of a sea horse over the logo
                "rule-of-attraction",  # the Earth's limb from high above: doubtful
                "firstgeneration",  # a drawing: a dragon's head
                "ubuntukylin-minimalism",  # the logo on grey
                "app",  # a drawing: cartoon figures by the distribution's name
            )
        ),
    }
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("cryptpad+documentation", "images/**/*.png", "cryptpad"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
SCREENSHOT_FOLDER = "images"
# Left out on the contact sheet (not a window of CryptPad or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("cryptpad+documentation", f"{SCREENSHOT_FOLDER}/{path}.png")
    for path in (
        "dev/translations",  # a diagram of the translation files
        "dev/client",  # a diagram of the client's parts
    )
)


# A screenshot's tail: its path under the documentation's images folder, without its suffix
# (the English and French folders hold pictures of one name).
shot_tail = tail_under(SCREENSHOT_FOLDER)


# The seventeenth held-out part, written by its rule (cached as round17.json).
build_round17 = partial(
    capped_part,
    part="round17",
    first_seed=17000,
    photo_sources=ROUND17_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
    tail=shot_tail,
)
