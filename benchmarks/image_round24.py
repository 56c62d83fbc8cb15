"""The twenty-fourth held-out part of the image set (photographs, screenshots), by a rule set first.

The rule, set on 6 December 2026 at 07:19:10 UTC by `date -u` (repositories, folders, sizes,
order, caps, names left out, the screenshots with them) and written down then, before any image of
it was looked at or measured (the search began at 07:12 UTC; the file lists, pixel sizes, byte
sizes, EXIF camera names, software, ISO speeds, dates and EXIF pixel sizes, the repositories'
licence and read-me texts and one site's licence page and footer had been read; nothing else);
what the contact sheets left out, the comparison with the earlier parts and the selection's sizes
were added afterwards (times below), and a few figures of its text corrected from the same
metadata at 07:19-07:25 UTC (the screenshots under 1000 px, the portraits without camera EXIF,
the cameras' sizes, the wording of the non-commercial parallel; its sources, floors, caps and
names left out unchanged). The checks of auditor.checks were never run on any of it, nor
any sharpness, blur, noise or JPEG-quality figure computed; it is never to be measured by the
session that wrote it. Asked for: 30-60 photographs at camera size (long side about 2000 px or
more) from repositories no part has used, as varied as an auditor meets them (shops, interiors,
products, people, food, streets, night and indoor shots, landscapes with sky), camera and phone
originals favoured, and no data set made to study or benchmark noise, blur, compression, denoising,
deblurring, super-resolution or image quality, nor test pictures already degraded. The search (see
"Looked at and not used") found again few photographs at camera size under a stated licence in
repositories no part has used: the recipe sites' own dish photographs are web copies of 1500-1600
px, small businesses' and student teams' sites state no licence, the photographers' sites keep
their pictures elsewhere (as the earlier parts found), and the CMS themes' demos are web copies.
The part holds what the rule below gives: at most 50 photographs, most of them people (the
portraits of a government fellowship's fellows, a free-software community's team and events), a
photographer's camera pictures at 1920 px (below the 2000 px asked for, said here) and two street
pictures of Washington; no shop, no food and no product close up is to be expected of it, and of
night shots and landscapes only what the photographer's 14 pictures hold (not known before the
sheet: their names are dates and camera file numbers), said here and below as its weakness.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no image part has used,
  read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`,
  the repository's tree), as for the fifth to twenty-third parts. EXIF as read (Make / Model /
  Software, ISO speed, pixel size against the EXIF one), in the rule's order:
  - cannikin/cambium-rsc, `web/public/photos/*`, 1900 px or more (its `LICENSE.md`, under
    "Photography": "Copyright (c) 2024 Rob Cameron. The photos included are licensed under
    Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)"; its README says
    the same pictures are "available under the CC BY-ND 4.0 license" and links the BY-NC deed:
    either way, used as test material, never shipped nor shared, as for the thirteenth and
    twenty-first parts' wallpapers and the twenty-second part's album under non-commercial terms):
    the sample photographs of a small photo-viewing app (its CSS filters are applied in the
    browser, not to the files), 14 pictures of its author, all exported by `Capture One 15
    Macintosh` at 1920 px on the long side (1920 x 1280, 1280 x 1920, 1536 x 1920, 1440 x 1920;
    EXIF size equal), 0.8-3.7 MB: FUJIFILM X100T (2015, 2016), X-T1 (2015-2016, four), X100F (2017,
    two, ISO 400 and 3200), X-T4 (2022, three), X-H2 (2024) and Apple iPhone 13 Pro Max (2022, two,
    ISO 32 and 50); names are dates and camera file numbers (`20151231-DSF0401.jpg`), so what they
    show is not known before the sheet. Their long side of 1920 px is under the 2000 asked for: the
    source's floor is 1900 px so that they count, said as a weakness (exports reduced from the
    cameras' 4032-7728 px). The same 14 files are in cannikin/cambium-classic (not read for the
    part).
  - presidential-innovation-fellows/pif-website, `assets/images/**/*`, 2000 px or more (its
    `LICENSE.md`: "As a work of the United States government, this project is in the public
    domain within the United States of America. Additionally, we waive copyright and related
    rights in the work worldwide through the CC0 1.0 Universal public domain dedication", over
    the repository): the web site of the Presidential Innovation Fellows (a US government
    fellowship), 41 JPEGs of 2000 px or more: 33 fellows' portraits (`fellows/2018/...` to
    `fellows/2024/...`, most of them square crops of 2000-5792 px), by their EXIF a Canon EOS 5D
    Mark II, III and IV, EOS R, EOS REBEL T3i, NIKON D610, D3300, D4S, Z 7_2, OLYMPUS E-M5,
    FUJIFILM X-Pro2 through Photoshop, Lightroom or Camera Raw (ISO 100-12800), iPhone 8, 11, 13,
    15 Pro and 15 Pro Max, a samsung SM-G975U and a OnePlus A6000 as the phones wrote them or
    cropped, and ten without camera EXIF; four project pictures (`projects/ciso-pif-evanta.jpg`,
    iPhone 6s Plus through Photoshop, 3355 x 2516; `hero-new-farmers_copy.jpg`, 2000 x 1000;
    `nih-uniting-communications-and-science.jpg`, 2679 x 1998; `usagm.jpeg`, 2048 x 1365); and four
    banners (`banners/pif-reunion.jpeg`, 2000 x 1333, and three left out below). Left out by name
    (the regular expression below): `banner-apply-bw.jpeg` (6720 x 2024, by its name black and
    white: a colour filter) and `pif-application-2024.jpg` and `pif-ai-eo-application-2024.jpg`
    (2500 x 1406 and 2880 x 1620, by their names calls for applications, text laid on). The
    portraits were sent in by the fellows, their photographers unnamed: the repository's CC0
    dedication is over them as over the rest, but whether it was the fellows' to give is not said
    (a doubt, not a press credit: none names a photographer). `fellows/2022/pamela-jennings-phd.jpg`
    is absent from the snapshot. Its other pictures (the banners of 1992 px, portraits of
    1940-1966 px and smaller) are no candidates.
  - fossasia/fossasia.org, `img/**/*`, 2000 px or more (no licence file; its `licenses/index.html`
    and every page's footer: "© Copyright 2009- 2023 Creative Commons By License, FOSSASIA", a
    Creative Commons Attribution licence over the site, its version not given: a weaker statement
    than the others', said here): the site of FOSSASIA, an Asian free-software community, 14 JPEGs
    of 2000 px or more: event pictures (`HongPhucFOSSASIA.JPG`, NIKON D5100 through GIMP, 4333 x
    2876, ISO 2000; `fossasia-pnompenh_org.jpg`, Canon EOS 30D through GIMP, 2000 x 983, ISO 1600;
    `fossasia-summit-2019.jpg`, SONY ILCE-7M3 through Capture One, 2048 x 943;
    `internship-program_org.jpg`, Canon EOS 700D through Picasa, 5063 x 3332; and without EXIF
    `IMG_6615.jpg`, `banner2_org.jpg`, `summit.jpg`, 2048 x 1365, and `subscribe_orig.jpg`, 2048 x
    1260, by its name a newsletter's header: to be seen on the contact sheet) and six team
    portraits (`team/AsitavaSarkar.jpg`, Xiaomi Redmi Note3 as the phone wrote it, 2291 x 2916;
    `team/RohanAgarwal.jpg`, iPhone 7 Plus as the phone wrote it, 3024 x 4032; without EXIF
    `AliAyubKhan.jpg`, 2048 x 1365, `AnubhutiVerma.jpg`, 3456 x 2304, `DravitLochan.JPG`, 3456 x
    5184, `jogendra.JPG`, 2340 x 2340 at 298 KB). Four JPEGs are absent from the snapshot
    (`img/Jugaadfest_Bangalore1.jpg`, `header-fossasia-original.jpg`, `mentorship.jpg`,
    `team/UdayThejaMadisetty.jpg`).
  - usds/newSite2026, `public/image-breaks/*`, 2000 px or more (its `LICENSE`: MIT, "Copyright (c)
    2026 U.S. Digital Service", over the repository): the US Digital Service's new site's
    section-break pictures, three of 2000 px or more: `eop-building.jpg` (iPhone XR, iOS 14.5,
    2600 x 1767, ISO 25, EXIF size equal: a crop or reduction written by the phone's editor) and
    `jackson-place.jpg` (iPhone XR, 15.4.1, 2600 x 2281, ISO 25), by their names the Executive
    Office building and Jackson Place in Washington, and `white-house.jpg` (2600 x 1040, no EXIF,
    2.5:1: to be seen on the contact sheet). Its 1400 px pictures (crops of these, by their
    names) are no candidates.
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 from cannikin/cambium-rsc and from
  presidential-innovation-fellows/pif-website (so that the fellows' portraits do not make the
  part) and 10 from each of the others, distinct across the part by bytes and by decoded pixels
  (the first in the order keeping its place; the sources in the order above). Images that are not
  camera photographs as their camera or editor wrote them (drawings, paintings, renders, text
  cards, tables, posters and banners, flat test fills, screenshots, photographed screens filling
  the picture, cut-out packshots, scans, telescope, probe or spacecraft pictures, pictures with a
  logo or text laid on them, stacked or composited pictures, collages, pictures run through a
  colour filter, the same picture again as another crop or size), and photographs wholly out of
  focus on purpose (the label "sharp" cannot hold for them), are left out on a contact sheet of
  thumbnails of the candidates in that order, looked at before any measure, and with it every copy
  of the same bytes under another name; a left-out file does not count towards the cap. All are
  labelled sharp (as published); the five degraded copies as in the earlier parts, with seeds from
  24000 (one per chosen photograph, in the part's order). A photograph is written under its
  repository's owner and name and its path in the repository.
  The contact sheets (made at 07:20:10-07:20:26 UTC: all 69 candidates of the four sources in the
  order at 300 px, then four of them again at 900 px at 07:20:44 UTC, looked at by 07:20:55 UTC)
  left out, of presidential-innovation-fellows/pif-website,
  `fellows/2022/emilia-ndely-ogundipe-headshot.jpg` (a portrait in black and white: a colour
  filter); nothing of the other three. They showed the pictures to be, in the order: of
  cannikin/cambium-rsc, a slot canyon's curved sandstone walls close (`20220331-DSCF1484`,
  upright), a small window in a sunlit wall half in shadow (`20150225-DSF4486`), desert buttes
  under a blue sky with clouds (`20220330-DSCF1369`), a canyon's scrubby slope seen from above
  (`20220328-IMG_5414`, upright), a fence black against a red sunset sky (`20240224-DSCF2814`), a
  tall wedge-shaped building against a blue sky, looking up (`20161009-DSF8597`, upright), an old
  door in a wall of black and white tiles (`20170721-DSCF2449`, upright), a red mesa under one
  cloud and a deep blue sky (`20220330-IMG_5512`, upright), a house's window with a creeper
  (`20170721-DSCF2492`, upright), weathered boards with a vine (`20160723-DSF2210`, upright),
  frosted leaves close up, pale, on a shallow focus (`20151231-DSF0293`), a lone walker on a bare
  ridge under a blue sky (`20160603-DSF2047`), a canyon's layered walls in sunlight
  (`20220328-DSCF1003`, upright) and a snowy road between pines toward a granite cliff
  (`20151231-DSF0401`, upright); of presidential-innovation-fellows/pif-website, men signing
  papers at a round table with a woman beside them, indoors (`ciso-pif-evanta`), thirteen
  fellows' portraits at head and shoulders (`cen-liu`, `jay-davis`, `ryan-harrison`,
  `kevin-luo`, `nadia-fawaz`, `erin-doherty`, `bennett-gebken` before a US flag, `michael-conlin`,
  `michael-pritchard`, `rachel-shi`, `rupam-jyoti-sarmah`, `adele-luta`, `olivia-zhu` before a
  flag: most on plain or blurred backgrounds, some smoothed by their
  retouchers, it seems) and two farmers holding a box of yellow squash in a field, pick-up trucks
  behind (`hero-new-farmers_copy`), the 15th kept being `olivia-zhu`; past the cap, more
  portraits (one before cherry blossoms), a cameraman filming on white sand (`usagm`), two women
  in an ornate hall (`nih-uniting-communications-and-science`) and the fellows' group photograph
  on the White House's steps (`pif-reunion`); of fossasia/fossasia.org, a young man on a balcony
  before a lake and hills (`jogendra`), a man at a café table (`RohanAgarwal`, upright), a woman
  speaking into a microphone before an event banner (`HongPhucFOSSASIA`), two young men seated
  indoors (`AnubhutiVerma`), a man standing before a decorated wall (`AsitavaSarkar`, upright), a
  panel of five on orange chairs on a stage, the hall dark (`IMG_6615`), a young man at night under
  a street lamp's warm light (`AliAyubKhan`), students in red shirts at a booth under a "SKILL"
  banner (`internship-program_org`), attendees with lanyards crowding a corridor (`summit`) and a
  man in a dinner jacket on the phone before purple-lit decorations (`DravitLochan`, upright, the
  10th kept); past the cap, an audience with thumbs up, dancers in costume with a man, and two
  group photographs (wide crops); of usds/newSite2026, a grand office building's facade across a
  street under a blue sky (`eop-building`), red-brick town houses behind trees with parked cars
  (`jackson-place`) and the White House beyond its lawn and trees, a wide crop (`white-house`).
  Besides the photographer's landscapes with sky and the two streets, the part is people: indoors
  (events, a booth, a meeting) and portraits; one night shot; no shop, no food but the squash in
  the field, no product close up, no interior of a home or a shop.
  No candidate's bytes are those of a file in the other snapshots here (earlier parts' and those
  brought for their searches, 6993 files, compared at 07:21:13 UTC); of the earlier parts'
  pictures cached on this machine (1726 files: the seventeenth to twenty-third parts), 24 have
  the pixel size of a chosen photograph or screenshot (2048 x 1365, 3024 x 4032 or 3456 x 5184),
  none their decoded pixels (07:21:37 UTC); no earlier image part's module names these
  repositories.
  A selection run (at 07:21:00 UTC, with the part's own selection functions only) and the part's
  build into ~/.cache/audit-desk-bench/images/round24 (at 07:21:54-07:23:00 UTC, `build_round24`
  with bench_image_set's `degrade` and `_jpeg`, the checks imported with it but never called;
  round24.json written) gave 42 photographs: cannikin/cambium-rsc 14 (all), presidential-
  innovation-fellows/pif-website 15 (the cap) of its 37 left by the rule and the sheet,
  fossasia/fossasia.org 10 (the cap) of 14 and usds/newSite2026 3 (all); 1920-5792 px on the long
  side (1920 x 14, 2000 x 2, 2048 x 3, 2268, 2293, 2316, 2340, 2400 x 2, 2600 x 3, 2916, 2926,
  3239, 3355, 3456, 3617, 3718, 3840 x 2, 4032, 4333, 5063, 5184, 5792), 28 of them 2000 px or
  more, 77 MB. As their EXIF says: 14 camera and phone pictures exported by Capture One at 1920
  px (FUJIFILM X100T, X-T1, X100F, X-T4, X-H2; iPhone 13 Pro Max); 7 phone pictures (iPhone 6s
  Plus through Photoshop, iPhone 11, samsung SM-G975U, iPhone 7 Plus, Xiaomi Redmi Note3, iPhone
  XR twice, most of them cropped by the phone or its editor); 7 camera pictures through
  Photoshop, Lightroom, GIMP or Picasa or cropped (Canon EOS 5D Mark III three times and Mark IV,
  EOS REBEL T3i, EOS 700D, NIKON D5100); 14 without camera EXIF. With their five degraded copies
  each and the screenshots below, 312 files (306 MB). The part leans on people: 13 government
  fellows' portraits and 10 pictures of a free-software community's team and events make more
  than half of it; a third of it is one photographer's 14 pictures at 1920 px, under the 2000 px
  asked for; no shop, no food, no product: none better was found under a stated licence in a
  repository no image part had used.
- Screenshots (must be left alone): every PNG (any case) of at least 600 px on the long side in
  the documentation of one program no image part has used, each as published (PNG) and as JPEG
  Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  twenty-third parts did:
  - metabrainz/picard-docs, `*/images/*` (its `LICENSE`: CC0 1.0 Universal, over the repository;
    its README: "This documentation project is open source and provided under CC0 1.0"): the user
    guide of MusicBrainz Picard, a desktop music tagger (Qt, for Windows, macOS and Linux): its
    main window, options pages, the first-run wizard, the file-naming script editor, CD lookup,
    AcoustID submission, option profiles and the log viewer, at the sizes published (156 PNGs in
    `appendices/`, `config/`, `getting_started/` and `usage/images/`, 60 of them 600 px or more,
    600-1414 px on the long side, 47 of those under 1000 px; 49 with an alpha channel; no two with
    the same bytes or the same name). By their names some may not be Picard's own windows
    (`browser_1`-`3`, `add_disc_id_1`, `cd_lookup_1`-`3`, `submit_*`: MusicBrainz's web pages
    opened from Picard): to be seen on the contact sheet. `_static/` (logos) is not read. Written
    as `screenshot-picard-<file>` (one folder).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Picard or part of one
  (logos, diagrams, other programs' windows, web pages, terminals, code) are left out on the
  contact sheet, with every copy of the same bytes under another name, and do not count towards
  the cap.
  The screenshot sheets (made at 07:20:10-07:20:26 UTC: all 60 candidates in the order at 380 px,
  looked at by 07:20:58 UTC) left out `manual_lookup_2`, `browser_1`, `cd_lookup_2` and
  `browser_3` (MusicBrainz's web pages in a browser, opened from Picard) and `submit_cluster_4` (a
  web page's form confirmation); every one of the first 30 kept is Picard's window or part of one,
  in its light look but `cd_lookup_result` and `cd_lookup_1` (dark): the main window with its
  file and album panes and toolbar, several with red rectangles drawn round a button or a column
  (`submit_acoustid_*`, `submit_cluster_*`), the metadata pane, the options (general, plugins,
  file naming, cover art, profiles), the file-naming script editor and its details, the log
  viewer and a log line's detail (600 x 146), the first-run wizard's updates page, the ISRC
  submission, tags from file names, custom columns, the album search results and the plugins'
  execution order; past the 30th kept, more of the same and four more web pages (by their
  names and on the sheet). The selection run gave 30 screenshots (600-1222 px on the long side,
  27 of them under 1000 px; 25 with an alpha channel), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were cannikin/cambium-rsc 1d95b8887b9b49a5a8f90b9eba156aeabd8e00cf (none
  absent), presidential-innovation-fellows/pif-website 8ae57fae9f46935560b8eaaef4fd936eebdf5cf9
  (one JPEG absent, named above), fossasia/fossasia.org 44580d0c3e08fd8c944e502c53e567745845e104
  (four absent, named above), usds/newSite2026 61842c1ee9b2a8c37450fd67f601379bfb7e8509 (none
  absent) and metabrainz/picard-docs d0be9921f2f840b07fcd8ef483a21de6d9b77d9c (none absent),
  each extracted into $IMAGE_SNAPSHOTS with `tools/extract_snapshot.sh GIT_DIR
  $IMAGE_SNAPSHOTS/<owner>+<name> <commit>` (its JPEGs and PNGs, its licence and read-me files and
  a `.snapshot-commit` naming the commit). A newer or whole snapshot would choose otherwise: the
  part is cached as round24.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at 07:12-07:19 UTC):
  k88hudson/wouldeatagain (a recipe blog's own dish photographs, NIKON D7100, under CC BY-SA 4.0,
  but web copies of 1500 px at most), nicholaswilde/recipes and rampatra/photography (snapshots of
  777 and 553 MB: too large to bring), darktable-org/dtorg (by their names and posts the blog's
  demonstrations of its editing modules: saturation, local contrast, colour look-up tables),
  getgrav/grav-skeleton-photographer-site, -receptar-site, -woo-site, -mediator-site, -twenty-site
  and -agency-site (web copies under 700 KB), ION-Racing-UiS/ionracingno (a student racing team's
  pictures, no licence stated), GSA-TTS/tts.gsa.gov and 18F/join.tts.gsa.gov (three pictures or
  fewer, small), Paulen101/WRO_AUPP, MoCsabi/WRO2025-FE-StormsNGR, Abe57/Encore-FE-WRO2025,
  PRVRobotics/Sojourner-WRO-FutureEngineers-2026, Devansh-awat/greenbotics-2026,
  KarenWon9/WRO-FI-Team-Spark, Battlepillars/Wro26 and the Nerdvana teams' repositories (school
  robotics teams' vehicle and team photographs, no licence stated) and
  EliaKr/new-school-robotics-fe (GPL-3.0, but its photographs absent from the snapshot),
  A-N-M-Noor/LazyGo_WRO2025 (no photograph of 1 MB or more), the small Italian sites of the text
  sets not used by an image part (casaway-it/casaway.it, magiaslab/agriturismolarondine,
  ArmyDev/palazzo-reale-genova and others: large JPEGs, no licence stated),
  ClemensElflein/OpenMower and VoronDesign/Voron-Documentation (by their file lists an app's
  pictures, boards, pin-outs and wiring diagrams); for the screenshots Ardour/manual and
  bisq-network/bisq-docs (no licence stated in the repository) and gaphor/gaphor (16 PNGs in its
  documentation, most of them diagrams).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round24.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part

CAMBIUM = "cannikin+cambium-rsc"
PIF = "presidential-innovation-fellows+pif-website"
FOSSASIA = "fossasia+fossasia.org"
USDS = "usds+newSite2026"
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND24_SOURCES = (
    # exports of 1920 px on the long side: the floor is 1900 px so that they count
    (CAMBIUM, "web/public/photos/*", None, 1900, 15),
    # a black-and-white banner, two calls for applications (text laid on), by their names
    (
        PIF,
        "assets/images/**/*",
        re.compile(
            r"^(banner-apply-bw|pif-application-2024|pif-ai-eo-application-2024)\.jpe?g$",
            re.IGNORECASE,
        ),
        2000,
        15,
    ),
    (FOSSASIA, "img/**/*", None, 2000, 10),
    (USDS, "public/image-breaks/*", None, 2000, 10),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    ((PIF, "assets/images/fellows/2022/emilia-ndely-ogundipe-headshot.jpg"),)  # black and white
)
# (repository folder, the glob of its screenshots, the name they are written under).
PICARD = "metabrainz+picard-docs"
SCREENSHOT_SOURCES = ((PICARD, "*/images/*", "picard"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Picard or part of one: MusicBrainz's web pages in
# a browser), by repository and path.
NOT_SCREENSHOTS = frozenset(
    (PICARD, f"usage/images/{name}.png")
    for name in ("manual_lookup_2", "submit_cluster_4", "browser_1", "cd_lookup_2", "browser_3")
)


# The twenty-fourth held-out part, written by its rule (cached as round24.json).
build_round24 = partial(
    capped_part,
    part="round24",
    first_seed=24000,
    photo_sources=ROUND24_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
