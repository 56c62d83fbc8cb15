"""The twenty-second held-out part of the image set (photographs, screenshots), by a rule set first.

The rule, set on 5 December 2026 at 23:43:45 UTC by `date -u` (repositories, folders, sizes,
order, caps, names left out, the screenshots with them) and written down then, before any image of
it was looked at or measured (the search began at 23:36 UTC; the file lists, pixel sizes, byte
sizes, EXIF camera names, software, ISO speeds and EXIF pixel sizes, the repositories' licence and
read-me texts, one site's licence component and one site's image-attribution page had been read;
nothing else); what the contact sheets left out, the comparison with the earlier parts and the
selection's sizes were added afterwards (times below). The checks of auditor.checks were never run
on any of it, nor any sharpness, blur, noise or JPEG-quality figure computed; it is never to be
measured by the session that wrote it. Asked for: 30-60 photographs at camera size (long side
about 2000 px or more) from repositories no part has used, as varied as an auditor meets them
(shops, interiors, products, people, food, streets, night and indoor shots, landscapes with sky),
camera and phone originals favoured, and no data set made to study or benchmark noise, blur,
compression, denoising, deblurring, super-resolution or image quality, nor test pictures already
degraded; the twentieth and twenty-first parts had been weak on variety (cars by day; wallpapers
and a newsletter), so this one was to aim for shops, food, streets, interiors and night. The search
(see "Looked at and not used") found very few photographs at camera size under a stated licence in
repositories no part has used (the metadata libraries', photo managers', converters' and camera
apps' test pictures of every language searched had been taken by earlier parts), and no camera or
phone original with its camera's name but three edited exports: the part holds what the rule below
gives, 22 photographs (fewer than the 30 asked for), said here and below as its weakness.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no part has used, read
  from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to twenty-first parts. EXIF as read (Make / Model /
  Software, ISO speed, pixel size against the EXIF one), in the rule's order:
  - 18F/18f.gsa.gov, `assets/**/*`, 2000 px or more (its `LICENSE.md`: "As a work of the United
    States government, this project is in the public domain within the United States of America.
    Additionally, we waive copyright and related rights in the work worldwide through the CC0 1.0
    Universal public domain dedication", over the whole repository): the website and blog of 18F,
    the US government's digital service agency, its blog pictures: by their names and sizes phone
    pictures of its offices, workshops, hackathons and team events (most 3264 x 2448 or 2448 x
    3264, 1.1-2.4 MB, the size of an iPhone's 8-megapixel pictures, all without EXIF: stripped
    for the web, it seems), `day-in-life-content/allhands.JPG`, `kate.JPG`, `tacos1.JPG` and
    `tacos2.JPG`, `govtechhack/IMG_3995.JPG`, `IMG_3996.JPG`, `IMG_3998.JPG`, `IMG_4014.JPG` and
    `IMG_4015.JPG` (the last two 2448 x 2448), `agile-day/agile-day.jpg`, `bechdel/team.jpg`,
    `new-to-hackathon/nametag.jpg`, `portigal-event-image/portigalevent.jpg`, and others smaller
    for their size: `18f-website-refresh/refreshed-website-ribbon-cutting.jpg` (3438 x 2190),
    `2014/12/protosketch.jpg` (1936 x 2592), `every-kid-in-a-park/glacier-park.jpg` (2048 x 1365),
    `meeting-facilitation/the-meeting.jpg` and `workshopping.jpg` (2448 x 1599 and 1601),
    `nea/bright-spots.jpg` (2220 x 1234), `strothman_julie.jpg` (2065 x 2755), `user-interview/
    hi-med-low.jpg` (1982 x 2366), `web-design-standards/pinch-hitter.jpg` (1600 x 2254),
    `common/img/hire-us.jpg` and `img/page-feature/hire-us.jpg` (2048 x 1544, the same bytes),
    `img/page-feature/join.jpg` (2048 x 1536), `img/speaking/ron-speaking-color-corrected.jpg`
    (2000 x 1429) and the home page's wide pictures `img/home/hero-every-kid.jpg` and
    `hero-immigration.jpg` (2048 x 838 and 820; to be seen on the contact sheet). Left out by name
    (the regular expression below): the blog's banners, by their sizes strips of 3.5:1 or wider
    (`10-anniv-dark`, `5-anniv-bright`, `5-anniv-light`, `image-blog-bright`, `-dark`, `-light`,
    `blog_banner`, `commercial-off-the-shelf`, 2028-2272 x 550-568; `icebergs-with-moon` and
    `design-system-designer-banner`, 2080 x 500; `engineering-10-banner`, 4642 x 1195;
    `agbudg_blogimage_03`, 8000 x 1501), and two pictures named as a web page and a design
    (`code-gov/homepage-2016`, 2048 x 780; `web-design-standards/cloud.gov-uswds-tokens`, 2338 x
    3934). Its other pictures (under 2000 px) are no candidates.
  - digimill/seoulvibe, `public/images/t*/*` (the `themes/` and `tips/` folders), 2000 px or more
    (no licence file over the repository; its `docs/image-attribution.md`: "Most images are sourced
    from Unsplash under the Unsplash License", each picture named with its Unsplash page): a
    Seoul city guide's pictures, Unsplash photographs as the site keeps them, resized to 1600 px
    wide and without EXIF (web copies). Of 2000 px or more on the long side, the four uprights
    named in the attribution page: `themes/local-weekend-loop.jpg` (1600 x 2000, "people in a
    market during daytime"), `tips/convenience-life-hub.jpg`, `tips/popup-radar-weekly.jpg` ("a
    road lined with tall buildings") and `tips/one-manwon-seoul-loop.jpg` ("a woman standing
    behind a counter in a store"), 1600 x 2400, 0.6-0.75 MB. Its other pictures of those folders
    are 1600 x 1067 (no candidates); the uprights of `spots/` (shops, halls, a forest) are named
    in no attribution and are not read, nor `areas/` (1600 px, Wikimedia Commons).
  - gyng/album, `**/*`, 2000 px or more (its `LICENSE`: MIT, Ng Guoyou, over the repository; its
    `src/License.tsx`, the licence the album site shows for its pictures: CC BY-NC 4.0; used as
    test material, never shipped nor shared, as for the thirteenth and twenty-first parts' wallpapers,
    a sentence added at review, after the rule was set): the test
    albums of a static photo-album generator, three photographs of its author, each kept in two or
    three test albums under one name (the same bytes): `DSCF0506-2.jpg` (1918 x 2877, ISO 200),
    `DSCF2485-2.jpg` (2176 x 3264, ISO 200) and `DSCF2581-2_2.jpg` (1743 x 2615, ISO 3200), all
    FUJIFILM / X100T / `Adobe Photoshop Camera Raw 10.2 (Windows)`, no EXIF pixel size: camera
    pictures exported by Camera Raw, cropped or reduced from the X100T's 4896 x 3264. Left out by
    name: `screenshot.jpg` (3840 x 2160, no EXIF: by its name the album site's screenshot). The
    smaller copies of `docs/images/caption-benchmark/` (under 1000 px) are no candidates;
    `DSCF0593.jpg` and `DSCF2768.JPG` are absent from the snapshot.
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 from 18F/18f.gsa.gov and 10 from each of the others, distinct
  across the part by bytes and by decoded pixels (the first in the order keeping its place; the
  sources in the order above). Images that are not camera photographs as their camera or editor
  wrote them (drawings, paintings, renders, text cards, posters and banners, flat test fills,
  screenshots, photographed screens filling the picture, cut-out packshots, scans, telescope, probe
  or spacecraft pictures, pictures with a logo or text laid on them, stacked or composited
  pictures, collages, pictures run through a colour filter, the same picture again as another crop
  or size), and photographs wholly out of focus on purpose (the label "sharp" cannot hold for
  them), are left out on a contact sheet of thumbnails of the candidates in that order, looked at
  before any measure, and with it every copy of the same bytes under another name; a left-out file
  does not count towards the cap. All are labelled sharp (as published); the five degraded copies
  as in the earlier parts, with seeds from 22000 (one per chosen photograph, in the part's order).
  A photograph is written under its repository's owner and name and its path in the repository.
  The contact sheets (made at 23:43:52-23:43:55 UTC: all 41 candidates of the three sources in
  the order at 300 px, looked at by 23:44:05 UTC) left out, of 18F/18f.gsa.gov,
  `nea/bright-spots.jpg` (a web page: arts sectors as icons on dark blue) and
  `web-design-standards/pinch-hitter.jpg` (a drawing of a batter); nothing of the other two. They
  showed the pictures to be, in the order: of 18F, a woman at a whiteboard covered with sticky
  notes (`join`), people at desks before a projected screen in an office (`portigalevent`), four
  people before windows and a wall of sticky notes (`hire-us`; its copy under `common/img/` is the
  same bytes), a man with a microphone before whiteboards against a red wall, twice (`IMG_3996`,
  `IMG_3995`, two shots), some sixty people in an office, a group photograph (`bechdel/team`), a
  phone in a hand showing a map app (`protosketch`), a woman's head and shoulders close up
  (`strothman_julie`), tacos on a paper plate close up (`tacos2`), people cutting a ribbon on a
  stage before a projected web page (`ribbon-cutting`), smiling children in orange shirts (a wide
  crop, `hero-every-kid`), people raising their right hands at a ceremony (a wide crop,
  `hero-immigration`), a name-tag card and coloured dots on brown paper (`nametag`), orange sticky
  notes under "HIGH / MED / LOW" on paper (`hi-med-low`) and sticky notes on a whiteboard under
  "the Meeting" (`the-meeting`, the 15th kept); past the cap, an audience in a hall with a
  chandelier ceiling (`agile-day`), a lake with stones below snowy mountains (`glacier-park`),
  toy eagles on a table with "best usability" notes (`IMG_4015`), people at laptops around an
  office table (`allhands`), a man speaking beside a flip chart (`ron-speaking`), three men at a
  whiteboard (`workshopping`), people at laptops on a hackathon floor (`IMG_4014`), a woman before
  a patterned wall (`kate`), two men cooking on a low table in an office (`tacos1`) and an
  audience on chairs holding plates (`IMG_3998`); of digimill/seoulvibe, a market's food stalls
  under hanging lamps with a vendor (`one-manwon-seoul-loop`), a street of shops climbing toward N
  Seoul Tower (`popup-radar-weekly`), a street-food stall with two cooks and a customer
  (`local-weekend-loop`) and a convenience store's lit front at night across a zebra crossing
  (`convenience-life-hub`), all upright and strongly toned as Unsplash pictures often are (kept:
  nothing on the sheet showed a filter or a composite); of gyng/album, a turtle swimming in shallow
  water, seen from above (`DSCF2485-2`), a gravel road toward a snowy peak under a blue sky
  (`DSCF0506-2`) and a macaque sitting on a log in a forest (`DSCF2581-2_2`, ISO 3200), all upright.
  No candidate's bytes are those of a file in the other snapshots here (earlier parts' and those
  brought for this search, 5277 files, compared at 23:44:21 UTC); no picture of the earlier parts'
  caches on this machine (1078 files) has the pixel size of a chosen photograph or screenshot, so
  none has their pixels; no earlier part's module names these repositories, their files, Ng
  Guoyou, the X100T or the four Unsplash photo ids. The earlier parts' other pictures could not be
  compared: an Unsplash picture of an earlier part's wallpapers or demos could be among them again
  (none seen, none that the sheets recalled).
  A selection run (at 23:44:21 UTC, with the part's own selection functions only), and a build into
  a scratch folder (at 23:44:41-23:44:45 UTC, `build_round22` with a stand-in for the degraded
  copies and Pillow's JPEG encoder, no check imported; the folder deleted after), gave 22
  photographs: 18F/18f.gsa.gov 15 (the cap) of its 25 left by the rule and the sheet,
  digimill/seoulvibe 4 (all) and gyng/album 3 (all); 2000-3438 px on the long side (2000, 2048 x 4,
  2366, 2400 x 3, 2448, 2592, 2615, 2755, 2877, 3264 x 7, 3438), all of them 2000 px or more, 28
  MB. As their EXIF says: 3 camera pictures exported by Camera Raw (FUJIFILM X100T); 19 without
  EXIF (the 15 of 18F, phone-sized pictures stripped for the web, and the four Unsplash web
  copies). With their five degraded copies each and the screenshots below, 192 files once built
  (30 MB with the stand-in copies). The part is small and leans on one source: 15 of its 22 are
  the offices, workshops and events of one government team (people indoors, sticky notes,
  whiteboards, one dish of tacos), taken by phones a decade ago; its shops, street food and one
  night street are four web copies of Unsplash pictures at 1600 px wide; it has no camera or phone
  original with its camera's name as the camera wrote it, no product close up but a phone in a
  hand, and no landscape with sky but the X100T's road: none better was found under a stated
  licence in a repository no part had used.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one desktop application no image part has used, each as published (PNG) and as
  JPEG Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  twenty-first parts did:
  - WalletWasabi/WasabiDoc, `docs/.vuepress/public/*.png` (its `LICENSE`: MIT, "Copyright (c)
    2026 The Wasabi Wallet Developers", over the repository): the documentation of the Wasabi
    Wallet, a desktop Bitcoin wallet (Avalonia, for Windows, macOS and Linux): its windows,
    dialogs, settings, the coinjoin "music box", the send and receive pages, menus and the status
    bar, at the sizes published (93 PNGs, 66 of them 600 px or more, 601-2025 px on the long side,
    54 of those under 1000 px; 62 with an alpha channel; no two with the same bytes). By their names
    some are not Wasabi's own windows (logos, an infographic, a workflow diagram, Kleopatra's
    windows for verifying the download, the download buttons of its web site, macOS install
    dialogs): to be seen on the contact sheet. Written as `screenshot-wasabi-<file>` (one
    folder). Wasabi's source repository is not read.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Wasabi or part of one
  (logos, diagrams, infographics, other programs' windows, web pages, terminals, code) are left out
  on the contact sheet, with every copy of the same bytes under another name, and do not count
  towards the cap.
  The screenshot sheets (made at 23:44:09 UTC: all 66 candidates in the order at 380 px, the
  first 40 looked at by 23:44:20 UTC) left nothing out among the first 30: every one is Wasabi's
  window or part of one, all in its dark look but `WhiteMode` (the main window in the light look):
  the transaction search, the settings (Bitcoin, RPC, dust limit), the send page and its preview,
  payjoin, privacy suggestions and fee icon, the recovery words and the wallet backup type, the
  wallet-name page, the addresses awaiting payment and a label being edited, the Tor status
  pop-up, the privacy progress tile, the PSBT broadcaster, the payment-successful page, the
  cancel dialog, the coinjoin payments dialog, the history with a coinjoin row; eleven of them thin
  strips (a settings row, the music box, the privacy bar, a history row: 601-1719 px wide, 34-162
  px high). Past the 30th kept, `Virtualbox`, `InfographicWhyWasabi`, `DownloadAll` and
  `Logo_without_text_with_bg_dark_with_yt` would by their names have been looked at again. The
  selection run gave 30 screenshots (601-1920 px on the long side, 26 of them under 1000 px), 60
  files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were 18F/18f.gsa.gov 0a55c75e (no JPEG absent), digimill/seoulvibe 7f9c3533
  (none absent), gyng/album d3111f27 (three JPEGs absent: `test-manifest/DSCF2768.JPG`,
  `test-simple/DSCF0593.jpg` and `test-simple/DSCF2768.JPG`) and WalletWasabi/WasabiDoc 0977ab1f
  (none absent). A newer or whole snapshot would choose otherwise: the part is cached as
  round22.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at 23:36-23:43:45 UTC):
  picturama/test-data (its camera pictures absent from the snapshot, the rest 800 px),
  kc0bfv/autophugo (Flickr pictures of cats, dogs and fish at 2048 px, their licences not
  stated), mfg92/hugo-shortcode-gallery (three pictures, one a focus stack),
  whosnorman/community-patterns (a grocery store's iPhone pictures: no licence, the originals
  absent, only compressed copies), pine64/website (no licence stated), tasmota/docs (a few phone
  pictures of devices, no licence file), meshtastic/meshtastic (no picture of 2000 px),
  hackclub/site (one picture at its head), 18F/handbook (no picture at its head),
  henrahmagix/henrahmagix.github.io (monochrome film simulations), riesinger/nononsensecooking
  (its own dish photographs under CC BY 4.0, but 1600 x 1040), davisprickett-source/curious-city
  (4.4 GB: too large to bring), haltakov/simple-photo-gallery, SixLabors/ImageSharp, imgproxy/
  imgproxy, davidbyttow/govips, panpf/zoomimage, GSA/digitalgov.gov (stock pictures under
  Getty's terms), usds/website, uswds/uswds-site, 18F/methods, 18F/brand and wled/WLED-Docs (by
  their file lists: few or small pictures, test renders, or no picture of camera size); named
  already by earlier parts and so not used: MishaalRahmanGH/Ultra_HDR_Samples,
  Tech4Tracing/CartridgeOCR, ReceiptManager's receipts, Ashampoo/kim, the Lychee, Immich, ente,
  PhotoPrism, LibrePhotos and other photo managers' test pictures.

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round22.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part

EIGHTEEN_F = "18F+18f.gsa.gov"
SEOULVIBE = "digimill+seoulvibe"
ALBUM = "gyng+album"
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND22_SOURCES = (
    # the blog's banners (strips of 3.5:1 or wider), a web page and a design, by their names
    (
        EIGHTEEN_F,
        "assets/**/*",
        re.compile(
            r"^(10-anniv-dark|5-anniv-(bright|light)|image-blog-(bright|dark|light)|blog_banner"
            r"|commercial-off-the-shelf|icebergs-with-moon|design-system-designer-banner"
            r"|engineering-10-banner|agbudg_blogimage_03|homepage-2016|cloud\.gov-uswds-tokens)"
            r"\.jpg$",
            re.IGNORECASE,
        ),
        2000,
        15,
    ),
    (SEOULVIBE, "public/images/t*/*", None, 2000, 10),
    # the album site's screenshot
    (ALBUM, "**/*", re.compile(r"^screenshot\.jpg$", re.IGNORECASE), 2000, 10),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    (EIGHTEEN_F, f"assets/blog/{path}")
    for path in (
        "nea/bright-spots.jpg",  # a web page
        "web-design-standards/pinch-hitter.jpg",  # a drawing
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
WASABI = "WalletWasabi+WasabiDoc"
WASABI_IMAGES = "docs/.vuepress/public"
SCREENSHOT_SOURCES = ((WASABI, f"{WASABI_IMAGES}/*.png", "wasabi"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Wasabi or part of one), by repository and path:
# none among the first 30 in the order.
NOT_SCREENSHOTS: frozenset[tuple[str, str]] = frozenset()


# The twenty-second held-out part, written by its rule (cached as round22.json).
build_round22 = partial(
    capped_part,
    part="round22",
    first_seed=22000,
    photo_sources=ROUND22_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
