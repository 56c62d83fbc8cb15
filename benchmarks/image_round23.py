"""The twenty-third held-out part of the image set (photographs, screenshots), by a rule set first.

The rule, set on 6 December 2026 at 05:37:09 UTC by `date -u` (repositories, folders, sizes,
order, caps, names left out, the screenshots with them) and written down then, before any image of
it was looked at or measured (the search began at 05:31 UTC; the file lists, pixel sizes, byte
sizes, EXIF camera names, software, ISO speeds, dates and EXIF pixel sizes, the repositories'
licence and read-me texts and one site's page naming its pictures had been read; nothing else);
what the contact sheets left out, the comparison with the earlier parts and the selection's sizes
were added afterwards (times below). The checks of auditor.checks were never run on any of it, nor
any sharpness, blur, noise or JPEG-quality figure computed; it is never to be measured by the
session that wrote it. Asked for: 30-60 photographs at camera size (long side about 2000 px or
more) from repositories no part has used, as varied as an auditor meets them (shops, interiors,
products, people, food, streets, night and indoor shots, landscapes with sky), camera and phone
originals favoured, and no data set made to study or benchmark noise, blur, compression,
denoising, deblurring, super-resolution or image quality, nor test pictures already degraded. The
search (see "Looked at and not used") found again very few photographs at camera size under a
stated licence in repositories no part has used: personal photography sites keep their pictures
outside their repositories, themes' and CMS demos' pictures are web copies of 1400-1920 px, and
most small businesses' sites state no licence for their pictures (one says outright that its
pictures are not free). The part holds what the rule below gives: at most 30 photographs, most of
them a student racing team's (phone, compact and DSLR pictures of its car, its workshop and its
test days), a canoe club's four and a museum's one; no shop, no food, no street and no night shot
is to be expected of it, said here and below as its weakness.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no image part has used,
  read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`,
  the repository's tree), as for the fifth to twenty-second parts. All three repositories are
  sites of the text sets (raceup/website of the twenty-seventh and Canoa-Club-Rimini/website of
  the twenty-sixth, both still waiting for their measurement; vattelalberto/museo-ocarina-budrio
  of the twenty-fifth, measured): those sets read their pages' words, never their pictures, and
  no image part has used them. EXIF as read (Make / Model / Software, ISO speed, pixel size
  against the EXIF one), in the rule's order:
  - raceup/website, `**/*`, 2000 px or more (its `LICENSE`: the Apache License 2.0, its README:
    "## License [Apache License] Version 2.0", over the repository): the web site of Race UP, the
    University of Padova's Formula SAE team: by their folders and names the team's pictures of
    its 2017 test days at the Varano circuit (`images/media/full/2017/varano-cd/`, `varano-ed/`),
    a ZF race camp (`zf/`), the chassis and power-train workshops it shows to new members
    (`images/join/`), an electronics post (`posts/2018/09/13/schede.jpg`, "boards") and a
    timeline picture. 49 JPEGs of 2000 px or more are stored: 14 Canon EOS 300D DIGITAL pictures
    (their names `CRW_*` the 300D's raw files') converted by Windows Photo Editor or Photoshop CC,
    2048-3072 px, ISO 100 or 200, most cropped (EXIF size equal to the pixel size, so written by
    the editor); three iPhone 6s pictures as the phone wrote them (`varano-cd/IMG_6550.JPG`,
    `IMG_6601.jpg`, `zf/IMG_4784.jpg`: Software `10.3.2`, 4032 x 3024, ISO 25-200, EXIF size
    equal); three other phone pictures as the phones wrote them (`join/cd_chassis1.jpg`, samsung
    / SM-G780F / its firmware, 4032 x 3024, ISO 125; `join/cd_power4.jpg`, motorola / moto g pro
    / its firmware, 4000 x 3000, ISO 372; `schede.jpg`, HUAWEI / VTR-L09 / its firmware, 3968 x
    2976, ISO 400); and, without camera EXIF, four 4320 x 3240 (`varano-ed/IMG_3736`, `3738`,
    `3810`, `3815`: a compact camera's size), seven 4032 x 3024 (`varano-ed/IMG_6558`, `6592`,
    `6593`, `6614`, `zf/IMG_4698`, `4783`, `4785`: an iPhone's size, EXIF stripped), three 300D
    sizes (`varano-ed/CRW_0185`, `CRW_0650`, `CRW_0677_2`), `zf/IMG_4736.jpg` (9062 x 3876),
    `zf/2017-06-02_ZF_Race_Camp_04.jpg` (2362 x 1330), `zf/85_ZF.jpg` and `85_ZF_3.jpg` (2531 x
    1138, 2658 x 1533), `join/ed_chassis8.jpeg` (2048 x 1536), `posts/2017/07/25/gallery/full/
    ed/2.jpg` and `4.jpg` (2048 x 1365 and 1152), `posts/2018/09/17/tab.JPG` (2062 x 1017, 143
    KB: by its name a table, to be seen on the contact sheet), `timeline/13.JPG` (2328 x 2329) and
    six of `fsg/` (below). Left out by name (the regular expression below): the six pictures of
    Formula Student Germany 2017 (`fsg/20170810_13-18-51_4143_klein.jpg` and five more, 3074-6016
    px): their names carry the event's photographers (klein, zenker, shidhartha-de, schulz, maru),
    press pictures the team's licence may not cover; and `zf/IMG_4736.jpg`, by its size (9062 x
    3876, 2.3:1 at 35 megapixels) a stitched panorama, a composite. `join/biz1.JPG`, `biz2.JPG`
    and `posts/2017/07/25/gallery/full/ed/1.jpg` are absent from the snapshot.
  - Canoa-Club-Rimini/website, `**/*`, 2000 px or more (its `LICENSE`: the Apache License 2.0,
    its template's copyright line not filled in, over the repository; its README names no
    licence): the site of a canoe and kayak club in Rimini, four pictures of 2000 px or more in
    `static/images/`: `about_us_hq.jpg` (NIKON CORPORATION / NIKON D500 / `Adobe Photoshop 23.4
    (Macintosh)`, 5568 x 3712, ISO 400, EXIF size equal), `about_us_summer_hq.jpg` (2000 x 1496,
    no EXIF), `header_contacts.jpg` (Paint.NET 5.1.8, 4032 x 2024: a crop) and
    `header_documents.jpg` (Paint.NET 5.1.7, 3072 x 1024, 212 KB: by its size and name a header
    strip, to be seen on the contact sheet). Its other pictures (1920 px and less) are no
    candidates.
  - vattelalberto/museo-ocarina-budrio, `img/*`, 2000 px or more (its `LICENSE`: CC0 1.0
    Universal, over the repository): the site of the ocarina museum of Budrio, its pictures an
    iPhone X's of 17 May 2022: `banner.jpg` (Apple / iPhone X / `15.4.1`, 2000 x 1500 from an EXIF
    4032 x 3024: reduced, ISO 32) and eight `teca1.jpg`-`teca8.jpg` (3740-3968 x 910-996, EXIF
    size equal but one: the display cases, by their names, as strips of 3.8-4.4:1). Left out by
    name: the eight strips (as the twenty-second part left out its blog's banners), so that this
    source gives at most one picture.
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 25 from raceup/website (so that one team's pictures do not make
  the whole part; they make most of it all the same) and 10 from each of the others, distinct
  across the part by bytes and by decoded pixels (the first in the order keeping its place; the
  sources in the order above). Images that are not camera photographs as their camera or editor
  wrote them (drawings, paintings, renders, text cards, tables, posters and banners, flat test
  fills, screenshots, photographed screens filling the picture, cut-out packshots, scans,
  telescope, probe or spacecraft pictures, pictures with a logo or text laid on them, stacked or
  composited pictures, collages, pictures run through a colour filter, the same picture again as
  another crop or size), and photographs wholly out of focus on purpose (the label "sharp" cannot
  hold for them), are left out on a contact sheet of thumbnails of the candidates in that order,
  looked at before any measure, and with it every copy of the same bytes under another name; a
  left-out file does not count towards the cap. All are labelled sharp (as published); the five
  degraded copies as in the earlier parts, with seeds from 23000 (one per chosen photograph, in
  the part's order). A photograph is written under its repository's owner and name and its path
  in the repository.
  The contact sheets (made at 05:37:19-05:37:24 UTC: all 47 candidates of the three sources in
  the order at 300 px, then six of them again at 900 px at 05:37:36 UTC, looked at by 05:37:58
  UTC) left out, of raceup/website, `zf/2017-06-02_ZF_Race_Camp_04.jpg` (some thirty teams and
  their cars from above, a white card with ZF's logo flat along its foot: laid on, it seems, as
  doubtful), `varano-ed/CRW_0677_2.jpg` (the team's group photograph again, `ed/2.jpg` being a
  crop of it in another tone and earlier in the order), `zf/85_ZF.jpg` (the car by a hangar,
  faded and warm-toned: a colour filter, it seems, as doubtful) and `posts/2018/09/17/tab.JPG` (a
  chart of brake torque); of Canoa-Club-Rimini/website, `header_documents.jpg` (a drawing of
  documents on pale blue); nothing of the museum. They showed the pictures to be, in the order: of
  raceup/website, the blue car on the Varano paddock with the team walking by, under a blue sky
  (`IMG_3815`), a welded exhaust manifold close up on a bench (`cd_power4`), the blue car on the
  paddock before green hills under cumulus (`IMG_3738`), a woman beside the black car in a booth
  with shelves behind (`IMG_4698`), people crowding round the blue car under a tent
  (`IMG_6558`), the team's group photograph in blue shirts before a grandstand (`ed/2`), people
  round the black car in a booth (`IMG_4783`), the car on the track between cones (`CRW_0358`),
  the car cornering by cones before the pit wall (`CRW_0718`), some hundreds of students of the
  teams from above with their flags (`CRW_0650`), the team in red working on the car in the pits
  (`CRW_0072`), a workshop with a chassis on a jig and a monitor (`cd_chassis1`), the team
  working on the car under a tent (`CRW_0011`, upright), a trophy's plate, "1st Classified", close
  up in the dark (`ed/4`), the car among cones and skid marks (`CRW_0094`), the team sitting on a
  grandstand's steps (`IMG_6614`), men round the black car in a booth (`IMG_4785`, another shot),
  men at the car in a tent garage among tools (`CRW_0227_(2)`), two electronics boards on grey
  close up (`schede`), the car cornering before a grandstand with banners (`CRW_0721`), the car
  among green cones on a test pad (`85_ZF_3`), the blue car on the paddock before hills
  (`IMG_3736`), the booth again (`IMG_4784`, a third shot), the car on the track close
  (`CRW_0500`) and the car's shark-mouthed nose close up (`CRW_0132`, the 25th kept); past the cap,
  the team under a tent looking at papers, the car's nose from above, the teams from above again,
  men talking by the pits, the car's nose with its sponsors' names, the workshop's chassis with a
  wheel, another group photograph with the car, people by the car on the paddock, men with
  folders, a red body panel with tools on it (upright) and people round the cars under tents; of
  Canoa-Club-Rimini/website, canoes on the sea at sunset (`header_contacts`, a wide crop), a
  beach promenade with people under a blue sky (`about_us_summer_hq`) and a riverside meadow with
  gazebos by the club house under a grey sky (`about_us_hq`); of the museum, terracotta figurines
  before a model of a castle tower, an exhibit close up (`banner`). Most of the racing team's
  pictures are outdoor daylight scenes of one car on asphalt; its booths, tents and workshop give
  the indoor shots; there is no night shot.
  No candidate's bytes are those of a file in the other snapshots here (earlier parts' and those
  brought for their searches, 6436 files, compared at 05:38:08 UTC); of the earlier parts'
  pictures cached on this machine (1492 files: the seventeenth to twenty-second parts), 24 have
  the pixel size of a chosen photograph (4032 x 3024 or 4000 x 3000), none their decoded pixels
  (05:38:52 UTC); no earlier image part's module names these repositories or their files.
  A selection run (at 05:38:08 UTC, with the part's own selection functions only), and a build into
  a scratch folder (at 05:38:57-05:39:02 UTC, `build_round23` with a stand-in for the degraded
  copies and Pillow's JPEG encoder, no check imported; the folder deleted after), gave 29
  photographs, one fewer than the 30 asked for: raceup/website 25 (the cap) of its 38 left by the
  rule and the sheet, Canoa-Club-Rimini/website 3 (all the sheet left) and
  vattelalberto/museo-ocarina-budrio 1; 2000-5568 px on the long side (2000 x 2, 2048 x 2, 2097,
  2150, 2323, 2658, 2766, 2865, 3072 x 5, 3968, 4000, 4032 x 8, 4320 x 3, 5568), all of them 2000
  px or more, 40 MB. As their EXIF says: 4 phone pictures as the phones wrote them (iPhone 6s,
  samsung SM-G780F, motorola moto g pro, HUAWEI VTR-L09; EXIF size equal); 9 Canon EOS 300D
  pictures through Windows Photo Editor or Photoshop CC, most of them cropped; 1 NIKON D500
  picture through Photoshop; 1 iPhone X picture reduced from 4032 x 3024; 1 crop through
  Paint.NET without camera EXIF; 13 without EXIF (eight of the racing team's at a compact camera's
  or an iPhone's size, stripped; five smaller copies). With their five degraded copies each and
  the screenshots below, 234 files once built (43 MB with the stand-in copies). The part is small
  and leans on one source far more than the rule's cap meant: 25 of its 29 are one student racing
  team's car, workshop and test days of 2017-2021 (people outdoors and under tents, one car on
  asphalt, parts close up); it has no shop, no food, no street at eye level, no night shot and,
  besides the circuit's hills, two beaches and a meadow, no landscape: none better was found under
  a stated licence in a repository no image part had used.
- Screenshots (must be left alone): every PNG (any case) of at least 600 px on the long side in
  the documentation of one program no image part has used, each as published (PNG) and as JPEG
  Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  twenty-second parts did:
  - OpenRefine/OpenRefine at 481586c6 (the parent of e4933112, "Migrate docs to
    https://github.com/OpenRefine/openrefine.github.com", 24 November 2022: the last commit whose
    tree holds the documentation), `docs/static/img/*` (its `LICENSE.txt`: the BSD 3-clause
    licence, "Copyright 2010, Google Inc." and "2010, OpenRefine contributors", over the
    repository): the user and developer manual of OpenRefine, a desktop program for cleaning
    tabular data that runs in the browser: its project screen, facets, clustering, reconciliation
    dialogs, expression editor, exporters, the Wikidata and Wikimedia Commons schema editors, at
    the sizes published (61 PNGs, 44 of them 600 px or more, 601-3045 px on the long side, 37 of
    those under 1000 px; 41 with an alpha channel or a palette; no two with the same bytes).
    Left out by name (the rule's list below): the developers' pages' windows of other programs,
    `eclipse-debug-config`, `eclipse-exec-config`, `eclipse-import-maven-project-2`,
    `intellij-maven`, `intellij-module-settings` and `intellij-open-module-settings` (Eclipse's
    and IntelliJ's dialogs), and `editing-pipeline` (3045 px wide, drawn from the
    `editing-pipeline.dot` beside it: a diagram). By their names `javahome` and `env` may be
    other programs' windows too (setting JAVA_HOME): to be seen on the contact sheet. Written as
    `screenshot-openrefine-<file>` (one folder).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of OpenRefine or part of
  one (logos, diagrams, other programs' windows, web pages other than OpenRefine's own, terminals,
  code) are left out on the contact sheet, with every copy of the same bytes under another name,
  and do not count towards the cap.
  The screenshot sheets (made at 05:37:24 UTC: all 37 candidates left by the rule in the order at
  380 px, and `wikidata-terms` at its size, looked at by 05:37:58 UTC) left out `javahome`
  (Windows' environment-variables dialog), `wikidata-terms` (a Wikidata item's web page), `env`
  (Windows' start menu searching for it) and `commons-contribution` (a Wikimedia Commons
  contributions page); every one of the first 30 kept is OpenRefine's window or part of one, in its
  one light look: the project screen and the data grid with its menus, the reconciliation dialogs
  and the hover over a candidate, the transpose, split, join and add-column dialogs, the
  expression editor, the fetch-URLs dialog, the custom tabular, SQL and templating exporters, the
  undo history, facets of dates and years, the Wikidata and Commons schema editors and the
  Wikidata login, three of them thin strips (the grid's head and pager, 1537 x 131; the terms of
  the schema editor, 908 x 227; the login dialog, 812 x 200); past the 30th kept, the Wikibase
  manifest dialog, the Wikidata schema and the clustering dialog, all OpenRefine's. The selection
  run gave 30 screenshots (601-1537 px on the long side, 27 of them under 1000 px; all 30 with an
  alpha channel), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were raceup/website 6451585a (three JPEGs absent, named above),
  Canoa-Club-Rimini/website 43d8cd0b, vattelalberto/museo-ocarina-budrio b1cbf496 and
  OpenRefine/OpenRefine 481586c6 (none absent), each extracted into $IMAGE_SNAPSHOTS with its
  JPEGs (the PNGs of `docs/static/img/` for OpenRefine), its licence and read-me files and a
  `.snapshot-commit` naming the commit. A newer or whole snapshot would choose otherwise: the part
  is cached as round23.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at 05:31-05:37 UTC):
  Julian-Alps/rifugiokugy.com (a mountain hut's phone, compact and iPad pictures of its rooms,
  restaurant and valley, 1800-4160 px; MIT over the site, but its README: "Images and text are
  copyrighted, you must ask permission to the owner"), Vogeltak/maxcrone.org and
  xiaoxiae/slama.dev (photography sites, MIT and GPL: their pictures are not in the repositories),
  PotteriesHackspace/potterieshackspace.github.com (MIT, no picture stored), getkirby/starterkit
  (Unsplash copies at 1400 px), Fupete/designers.italia.it (its 2500 px pictures are pages of a
  printed atlas), ThornDuke/samsahara.it (one theme example picture), pul87/prolocovaldinevaerli.it,
  turbolince/outdoormap, lucapost/asfoerbezzo and lucapost/myfairitaly.com (their licences a
  template's or a slide framework's, not the sites' pictures'), the other small Italian sites of
  the text sets (no licence stated), pagopa/io.italia.it (the IO app's marketing pictures),
  ukui/ukui-wallpapers and ente-io/motion_photos (looked at by earlier parts),
  NguyenDa18/NamPhuongMkt-v2-Site (a grocery's pictures, no licence), kbatson/kylebatsonphoto (no
  licence), Trustroots/trustroots (web copies with blurred variants), strapi/foodadvisor,
  umbraco/The-Starter-Kit and nicokaiser/hugo-theme-gallery (no picture of camera size, by their
  file lists); for the screenshots mixxxdj/manual (no licence stated in the repository),
  mapeditor/tiled (its `COPYING` covers the program, not the manual) and OpenShot/openshot-qt
  (its manual's pictures are JPEGs).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round23.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part

RACEUP = "raceup+website"
CANOA = "Canoa-Club-Rimini+website"
OCARINA = "vattelalberto+museo-ocarina-budrio"
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND23_SOURCES = (
    # Formula Student Germany's press pictures (their photographers in their names), a panorama
    (
        RACEUP,
        "**/*",
        re.compile(r"^(\d{8}_\d{2}-\d{2}-\d{2}_\d{4}_[a-z-]+|IMG_4736)\.jpe?g$", re.IGNORECASE),
        2000,
        25,
    ),
    (CANOA, "**/*", None, 2000, 10),
    # the display cases as strips of 3.8:1 or wider
    (OCARINA, "img/*", re.compile(r"^teca\d+\.jpe?g$", re.IGNORECASE), 2000, 10),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
RACEUP_2017 = "images/media/full/2017"
NOT_PHOTOS = frozenset(
    (
        # a logo card on a white panel along the foot of the picture (laid on, it seems: doubtful)
        (RACEUP, f"{RACEUP_2017}/zf/2017-06-02_ZF_Race_Camp_04.jpg"),
        (RACEUP, f"{RACEUP_2017}/varano-ed/CRW_0677_2.jpg"),  # `ed/2.jpg` again, another crop
        (RACEUP, f"{RACEUP_2017}/zf/85_ZF.jpg"),  # faded, warm-toned: a colour filter, it seems
        (RACEUP, "images/posts/2018/09/17/tab.JPG"),  # a chart
        (CANOA, "static/images/header_documents.jpg"),  # a drawing of documents on blue
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
OPENREFINE = "OpenRefine+OpenRefine"
OPENREFINE_IMAGES = "docs/static/img"
SCREENSHOT_SOURCES = ((OPENREFINE, f"{OPENREFINE_IMAGES}/*", "openrefine"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out by the rule by name (other programs' windows, a diagram), then on the contact sheet
# (not a window of OpenRefine or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    (OPENREFINE, f"{OPENREFINE_IMAGES}/{name}.png")
    for name in (
        "eclipse-debug-config",  # Eclipse's dialogs
        "eclipse-exec-config",
        "eclipse-import-maven-project-2",
        "intellij-maven",  # IntelliJ's dialogs
        "intellij-module-settings",
        "intellij-open-module-settings",
        "editing-pipeline",  # a diagram
        # left out on the contact sheet
        "javahome",  # Windows' environment-variables dialog
        "env",  # Windows' start menu searching for it
        "wikidata-terms",  # a Wikidata item's web page
        "commons-contribution",  # a Wikimedia Commons contributions web page
    )
)


# The twenty-third held-out part, written by its rule (cached as round23.json).
build_round23 = partial(
    capped_part,
    part="round23",
    first_seed=23000,
    photo_sources=ROUND23_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
