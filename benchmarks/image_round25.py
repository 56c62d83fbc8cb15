"""The twenty-fifth held-out part of the image set (photographs, screenshots), by a rule set first.

The rule, set on 6 December 2026 at 09:44:52 UTC by `date -u` (repositories, folders, sizes, order,
caps, names left out, the screenshots with them) and written down then, before any image of it was
looked at or measured (the search began at 09:37 UTC; the file lists, pixel sizes, byte sizes, EXIF
camera names and software, the repositories' licence and read-me texts had been read; nothing
else); what the contact sheets left out, the comparison with the earlier parts and the selection's
sizes were added afterwards (times below), and two counts of its text corrected from the same file
lists at 09:50 UTC (mattdibi/redox-keyboard's candidates, 39, not 37; the keyboards, three, not
four; its sources, floors, caps and names left out unchanged). The checks of auditor.checks were
never run on any of it, nor any sharpness, blur, noise or JPEG-quality figure computed; it is never
to be measured by the session that wrote it. Asked for: about 40 photographs at 1000-6000 px from
repositories no part has used, aimed at what an auditor of a business meets (shop fronts and
interiors, food, products, rooms, landscapes with sky, night and indoor shots), by many
photographers, under clear licences, and about 30 screenshots; after the twenty-fourth part, which
was more than half posed portraits and a third one photographer's, no source may give more than
ten, and none is a set of portraits. The search (see "Looked at and not used") found again no shop,
no food and no hotel room at camera size under a stated licence in a repository no part has used or
named: the recipe and restaurant sites keep web copies or stock pictures, the CMS and theme demos
ship web copies, and the community recipe site with its cooks' own photographs was named by the
twenty-second part. The part holds what the rule below gives: products close up (three makers'
do-it-yourself keyboards and a trackball, a laptop, their circuit boards, on desks and workbenches,
indoors, most of them phone pictures as the phones wrote them), a provincial park service's
landscapes with sky, a photography community's members' pictures (landscapes, streets, a palace,
fireworks at night, a desk), and a home-automation project's few pictures (an office, a portrait, a
security camera's still); no shop, no food and no hotel room is to be expected of it, said here and
below as its weakness (the sheet left out the desk and the still, and showed villages and fields
from above, no street).

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no image part has used
  or named, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to twenty-fourth parts. EXIF as read
  (Make / Model / Software), in the rule's order:
  - bcgov/bcparks.ca, `src/**/*`, 1000 px or more (its `LICENSE`: the Apache License 2.0, over
    the repository; its pictures' photographers are not named): the web site of BC Parks, the
    park service of British Columbia; by their names the home page's pictures (`homepage-
    things-to-do`, `-irr`, `-camping`, `carousel-1`, 6000 x 4000; `homepage-get-involved`,
    `-get-to-know`, `-accessibility`, 4163-4256 px; `carousel-2`, 2560 x 1705), a search page's
    background (`gatsby/src/images/home/search_bg.jpg`, 2880 x 1200 at 335 KB: to be seen on the
    contact sheet) and `haida-trail-marker-installation-1.jpg` (1080 x 864), none with EXIF.
    `carousel-3.jpg`, `homepage-conservation.jpg`, `homepage-visit-responsibly.jpg` and
    `homepage-wildlife-safety.jpg` are absent from the snapshot (4 MB or more).
  - pixlsus/website, two folders, each with its own cap (its `LICENSE`: Creative Commons
    Attribution-ShareAlike 4.0 International, over the repository): the site of PIXLS.US, a
    community of photographers using free software. Only two folders are read, because its
    tutorials' pictures are edits made to show an editing step (curves, looks, blur, noise,
    retouching, HDR, panoramas):
    - `src/articles/interview-chdk/*`, 2000 px or more: the pictures of an interview with the
      makers and users of CHDK (firmware for Canon compacts), each named after its photographer:
      `Garry.George.1` and `.2` (5245 and 5472 px, no EXIF), `Andrew.Hazelden.CHDK.Peggys.Cove`
      (Canon PowerShot SD780 IS through Photoshop CS5, 4000 x 3000), `ramiro-priegue-contest` and
      `-palacio` (PowerShot A590 IS through Paint.NET, 3264 and 2486 px), three of Peter Laudanski
      (PowerShot S110 through Photoshop CS6 or darktable, 2048 x 1536: `Heuernte.in.Holthausen`,
      "haymaking", and `Der.Dortmunder.Norden` and its `_01`, by their names one scene twice, to
      be seen on the sheet), reyalp's desk (`reyalp-desk`, 2048 x 1536, no EXIF) and fireworks
      (`reyalp-chdk-md-fireworks-20180704-9082-c2`, PowerShot G7 X through RawTherapee, 2000 x
      1500). Left out by name (the regular expression below): reyalp's sky pictures (`comet`,
      `moon`, `eclipse`, `iss`, `m31`; most of them `stack`s: telescope-like and stacked
      pictures) and the thumbnails (`th_*`). `Garry.George.1_01.jpg`, `1_02.jpg` and
      `Peter.Laudanski.Heuernte.in.Holthausen_01.jpg` are absent from the snapshot.
    - `src/images/main-lede/*`, 1600 px or more: the site's lead pictures: four PENTAX K10D
      pictures through RawTherapee or GIMP (`2015-06-06_rostanga_-_1`, `2015-06-06-rostanga`,
      `2015-04-12_soderasens_25`, 2048 px, by their names places in Skåne), and without EXIF
      `Steinbock_Andreas_Schneider` (2048 x 1363, by its name an ibex), `Kirkjufell_Andreas_
      Schneider` (1623 x 1080), `Birch_houz` (1920 x 894), `Moonlit_Mountains_crop` (1650 x
      768) and `2015-06-06_rostanga_-_2` (1650 x 928). Left out by name: `2015-09-30_soderasens_2`
      (7824 x 1152, 6.8:1: a stitched panorama).
    Who took the lead pictures without a name in them is not said (Pat David, the site's founder,
    wrote its early posts with a K10D); the site's licence is over them all as published.
  - mattdibi/redox-keyboard, `img/*`, 2000 px or more (its `LICENSE`: MIT, "Copyright (c) 2018
    Mattia Dal Ben", over the repository): the build guide of the Redox, a split keyboard: its
    circuit boards, cases, batteries, receiver and hot-swap sockets close up on a desk; by their
    EXIF an HTC 10 (4000 x 3000 and 4000 x 2240, as the phone wrote them), a samsung SM-G973F
    (Galaxy S10, 4032 x 2268), a samsung SM-T580 tablet (3264 x 2448) and, without EXIF, crops of
    2260-4000 px (`hs-mod-*`, `redox-1`, `redox-w-pcb1`, `falbatech-case-assembly`,
    `rgb-underglow1`, `2`; `redox-w-2.0-transmitters-assembly-2` to `-5`, 2273 x 1080). 39
    candidates. `redox-w-2.0-transmitters-assembly-1.jpg` is absent from the snapshot.
  - adereth/dactyl-keyboard, `**/*`, 2000 px or more (its `LICENSE`: the GNU Affero General Public
    License 3.0, which its README puts over "everything excluding the things/ and resources/
    directories", so over its guides' pictures too; a software licence over photographs, said
    here): the hand-wired Dactyl keyboard's guides: six LGE Nexus 5 pictures of its wiring as the
    phone wrote them (`guide/wiring-*`, `rows-and-columns-connected-to-chips`, 3264 x 2448), an
    Apple iPhone 6s picture through Pixelmator (`qmk-guide/dactyl-breadboard`, 3654 x 2006) and a
    FUJIFILM X-Pro2 one through Lightroom (`dactyl-pull-up-resistors`, 2383 x 1532). Left out by
    name: `trrs-diagram.jpg` (1476 x 2406: by its name a diagram). `qmk-guide/dactyl-left-
    wiring.jpg` and `dactyl-right-wiring.jpg` are absent from the snapshot.
  - josefadamcik/SofleKeyboard, `**/*`, 1900 px or more (its `LICENSE`: MIT, "Copyright (c) 2019
    Josef Adamcik", over the repository): the Sofle keyboard's build guides and pictures, none
    with EXIF: `build_guide/micro_placement*` (3024-4032 px, a phone's size), `build_guide_choc/
    led` and `led_sequence` (2832 x 1176, 2502 x 2024), `v2.0Issue` (2048 x 1155),
    `chocclear` (2016 x 1512), `IMG_20191110_131443` (2000 x 1125) and `IMG_20200126_114622`
    (1923 x 1081), each twice in `docs/images/` and `Images/` (the same bytes: one kept),
    `sofle_keyboard` and `sofle_choc` (1900 px). Left out by name: the renders (`*render*`).
  - home-assistant/frontend, `**/*`, 1000 px or more (its `LICENSE.md`: the Apache License 2.0,
    over the repository): the pictures of Home Assistant's interface gallery and demo, none with
    EXIF: `gallery/public/images/paulus.jpg` (2000 x 1200, by its name a portrait of its founder),
    `office.jpg` (1242 x 699, by its name a room), `demo/public/assets/jimpower/background-15.jpg`
    (1920 x 1080, a demo's background: to be seen on the sheet) and `jimpower/security/
    motion_3.jpg` (1200 x 675, by its folder a security camera's still).
  - mntmn/reform, `historic-reform1/**/*`, 2000 px or more (its README: "documentation, artwork,
    photos and drawings that are not trademarks: CC-BY-SA 4.0", "Copyright 2018-2020 MNT
    Research GmbH"): the first MNT Reform laptop's pictures: `pics/reform03-laptop.jpg` (Canon
    EOS 70D through GIMP, 2462 x 1696) and `handbook/source/case/reform-caseparts.jpg` (3000 x
    1750 at 171 KB, no EXIF: by its name the case's parts, perhaps a render: to be seen on the
    sheet). The snapshot is the repository's last commit on GitHub (2020).
  - ploopyco/classic-trackball, `hardware/**/*`, 2000 px or more (its `hardware/LICENSE`: CERN
    Open Hardware Licence v1.2; its README: "The hardware is released under OHL CERN v1.2"): two
    pictures of a reader's modification of the trackball (`Mechanicals-BTU-Mod/img/example-v4`,
    motorola Moto G (5), 2000 x 1500; `example-v3`, 2000 x 1333, no EXIF).
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 10 from bcgov/bcparks.ca, 7 from each of pixlsus/website's two
  folders, 6 from mattdibi/redox-keyboard, 4 from each of adereth/dactyl-keyboard,
  josefadamcik/SofleKeyboard and home-assistant/frontend and 2 from each of mntmn/reform and
  ploopyco/classic-trackball (so that the three keyboards give no more than 14 and no photographer
  more than 10), distinct across the part by bytes and by decoded pixels (the first in the order
  keeping its place; the sources in the order above). Images that are not camera photographs as
  their camera or editor wrote them (drawings, paintings, renders, text cards, tables, posters and
  banners, flat test fills, screenshots, photographed screens filling the picture, cut-out
  packshots, scans, telescope, probe or spacecraft pictures, pictures with a logo or text laid on
  them, stacked or composited pictures, collages, pictures run through a colour filter, the same
  picture again as another crop, size or edit), and photographs wholly out of focus on purpose
  (the label "sharp" cannot hold for them), are left out on a contact sheet of thumbnails of the
  candidates in that order, looked at before any measure, and with it every copy of the same bytes
  under another name; a left-out file does not count towards the cap. All are labelled sharp (as
  published); the five degraded copies as in the earlier parts, with seeds from 25000 (one per
  chosen photograph, in the part's order). A photograph is written under its repository's owner
  and name and its path in the repository.
  The contact sheets (made at 09:45:55-09:46:14 UTC: all 96 candidates of the eight sources in
  the order at 300 px, then five of them again at 900 px or cropped at 09:46:20-09:46:42 UTC,
  looked at by 09:47:00 UTC) left out, of pixlsus/website, `Garry.George.1` and `.2` (a
  cathedral's floor and nave, each with the photographer's signature and web address laid on
  it), `Peter.Laudanski.Der.Dortmunder.Norden` (the scene of its `_01` again, another edit, later
  in the order), `reyalp-desk` (a desk's cables and a USB hub so close that nearly all of it is
  out of focus: "sharp" is doubtful), `Birch_houz` (birch trunks in black and white: a colour
  filter) and `2015-06-06_rostanga_-_1` and `_-_2` (`2015-06-06-rostanga` again, other crops and
  edits); of home-assistant/frontend, `background-15` (a flat dark gradient, no photograph) and
  `motion_3` (a motion sensor on a table with grey bands laid across it); of mntmn/reform,
  `reform-caseparts` (a render of the case's parts on white); nothing of the others.
  `redox-w-firmware-3.jpg` has the decoded pixels of `pcb-w-assembly2.jpg` (another name, other
  bytes) and is left out by the rule's distinctness, not by the sheet. The sheets showed the
  pictures to be, in the order: of bcgov/bcparks.ca, a wheelchair user and two walkers on a
  forest trail (`homepage-accessibility`), a man measuring a cedar's trunk with a tape
  (`haida-trail-marker-installation-1`), a waterfall down red cliffs under a blue sky, looking
  up (`carousel-1`), a path between tall trunks in warm light (`carousel-2`), a carved figure on
  a cedar's trunk (`homepage-irr`), two park workers walking a trail with tools
  (`homepage-get-involved`), a family on a forest trail (`homepage-get-to-know`), a snowy peak
  under a blue sky, a wide crop (`search_bg`), two hikers on a sunlit path (`homepage-things-
  to-do`) and campers by a tent among big trees (`homepage-camping`); of pixlsus/website, a kite's
  view of a lakeside park and its rows of benches (`ramiro-priegue-contest`), a village among
  fields from above under a pale sky (`Peter.Laudanski.Der.Dortmunder.Norden_01`), a tractor
  making hay from above (`Heuernte.in.Holthausen`), a firework in a black sky at night
  (`reyalp-chdk-md-fireworks`), a domed palace and its garden from above (`ramiro-priegue-
  palacio`), sea rocks and surf from above (`Andrew.Hazelden.CHDK.Peggys.Cove`), blue spring
  flowers close (`2015-04-12_soderasens_25`), an ibex's head close (`Steinbock_Andreas_
  Schneider`), snowy mountains under a blue sky, a wide crop (`Moonlit_Mountains_crop`), a lake
  and meadow with the sun low in a yellow sky (`2015-06-06-rostanga`) and Kirkjufell and its
  waterfalls under an evening sky (`Kirkjufell_Andreas_Schneider`); of mattdibi/redox-keyboard,
  a circuit board with diodes on a blue mat (`pcb-w-assembly5`), a small receiver board on a
  wooden table (`redox-w-receiver-assembly-2`), two bare boards on a blue mat (`redox-w-pcb1`),
  a board's header close (`pcb-w-assembly2`), the finished keyboard on a wooden desk
  (`3d-printed-case`) and a board under a magnifier lamp (`pcb-w-assembly4`), the 6th kept; past
  the cap, more boards, cases, batteries, keycaps, an oscilloscope; of adereth/dactyl-keyboard,
  a hand testing the wiring with a multimeter (`wiring-create-rows-testing`), hand-wired switches
  in a white case on a wooden table (`wiring-create-columns-right`, upright), both halves on a
  desk with wires (`wiring-create-rows-both-sides`) and a breadboard with wires on blue
  (`dactyl-breadboard`); of josefadamcik/SofleKeyboard, two halves' controllers among coloured
  keycaps close (`micro_placement_v2`), a clear-cased keyboard with a knob (`chocclear`) and the
  keyboard twice on black (`IMG_20200126_114622`, `IMG_20191110_131443`), the 4th kept; past the
  cap, pictures with arrows and labels laid on them and renders (`led`, `micro_placement`,
  `v2.0Issue`, `led_sequence`) and two more keyboards; of home-assistant/frontend, a man's head and
  shoulders before weathered planks (`paulus`) and an open-plan office with a long wooden table,
  bar stools and plants by the windows (`office`); of mntmn/reform, the laptop open on white, its
  screen showing a page (`reform03-laptop`); of ploopyco/classic-trackball, a rainbow-printed
  trackball on white, a studio picture (`example-v3`), and the same on a table (`example-v4`).
  Besides the landscapes with sky (ten of the park service, seven of the photographers), the part
  is products close up: seventeen pictures of keyboards, circuit boards, a trackball and a
  laptop, on desks, mats and workbenches indoors; one night shot (the firework), one interior
  (the office), one portrait; no shop, no food, no hotel room.
  No candidate's bytes are those of a file in the other snapshots here (earlier parts' and those
  brought for their searches, 7988 files, compared at 09:47:24-09:47:58 UTC); of the earlier
  parts' pictures cached on this machine (2038 files: the seventeenth to twenty-fourth parts,
  their degraded copies with them), 162 have the pixel size of a chosen photograph or screenshot
  (2000 x 1500, 2048 x 1365, 2048 x 1536, 2448 x 3264, 3264 x 2448, 4000 x 3000, 4032 x 3024 or
  6000 x 4000), none their decoded pixels; no earlier image part's module names these
  repositories.
  A selection run (at 09:47:14-09:47:19 UTC, with the part's own selection functions only) and the
  part's build into ~/.cache/audit-desk-bench/images/round25 (at 09:48:00-09:49:10 UTC,
  `build_round25` with bench_image_set's `degrade` and `_jpeg`, the checks imported with it but
  never called; round25.json written; every file decoded whole by Pillow at 09:49:13 UTC) gave 40
  photographs: bcgov/bcparks.ca 10 (all, the cap), pixlsus/website 11 (6 of the interview's, all the
  sheet left, and 5 lead pictures, all the sheet left), mattdibi/redox-keyboard 6 (the cap) of 38
  distinct, adereth/dactyl-keyboard 4 (the cap) of 8, josefadamcik/SofleKeyboard 4 (the cap) of 11
  distinct, home-assistant/frontend 2, ploopyco/classic-trackball 2 and mntmn/reform 1; 1080-6000 px
  on the long side (1080, 1242, 1623, 1650, 1923, 2000 x 5, 2016, 2048 x 5, 2462, 2486, 2560, 2880,
  3264 x 4, 3654, 3984, 4000 x 6, 4032, 4163, 4203, 4256, 6000 x 4), 35 of them 2000 px or more, 59
  MB. As their EXIF says: 9 phone pictures as the phones wrote them (HTC 10 five, LGE Nexus 5 three,
  motorola Moto G (5) one), one through Pixelmator (iPhone 6s); 9 camera pictures through an editor
  (Canon PowerShot A590 IS through Paint.NET twice, S110 through darktable and Photoshop, G7 X
  through RawTherapee, SD780 IS through Photoshop, PENTAX K10D through RawTherapee and GIMP, Canon
  EOS 70D through GIMP); 21 without camera EXIF (the park service's ten at 1080-6000 px, the
  keyboards' crops, the lead pictures, the office and the portrait). With their five degraded copies
  each and the screenshots below, 300 files (356 MB). Its photographers are many but few are named:
  the park service's ten are unsigned (perhaps one photographer's), and the three keyboards' 14 are
  three makers' own (Mattia Dal Ben, Matthew Adereth, Josef Adamcik as their licences say).
  pixlsus/website gives 11, one more than the ten the opening asks of a source: its two folders have
  a cap of 7 each, as the rule set them; said here, not mended (its 11 are at least six
  photographers').
- Screenshots (must be left alone): every PNG (any case) of at least 600 px on the long side in
  the documentation of one program no image part has used, each as published (PNG) and as JPEG
  Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  twenty-fourth parts did:
  - logseq/docs, `assets/*` (its `LICENSE.md`: MIT, "Copyright (c) 2023 Logseq", over the
    repository): the documentation graph of Logseq, an outliner and note-taking program (Electron,
    for Windows, macOS and Linux; the pages are its own Markdown pages): its pages, blocks,
    references, embeds, search, sidebar, settings, whiteboards and the download page, at the sizes
    published (94 PNGs in its tree, 69 of them 600 px or more in `assets/`, 600-3400 px on the
    long side; most named by CleanShot or a screenshot tool, some by what they show). By their
    names some are diagrams or pictures, not the program's window (`Hier-vs-Netw-thinking-lite`,
    `BooleanLogic-1463x732`, `Arch-After-Refactoring`, `pages_knowledge_graph`, `color_swatch`):
    to be seen on the contact sheet. `screenshots/` is not read. Written as
    `screenshot-logseq-<file>` (one folder).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Logseq or part of one
  (logos, diagrams, drawings, other programs' windows, web pages other than Logseq's own, terminals,
  code) are left out on the contact sheet, with every copy of the same bytes under another name,
  and do not count towards the cap.
  The screenshot sheets (made at 09:45:55-09:46:14 UTC: all 69 candidates in the order at 380
  px, two of them again at 900 px at 09:46:50 UTC, looked at by 09:47:00 UTC) left out
  `Screenshot_from_2023-02-03_17-03-16` (a YouTube video's frame, "Live Demo Logseq
  Whiteboards", filling it), `Arch-After-Refactoring` and `BooleanLogic-1463x732` (diagrams),
  `Screenshot_from_2023-02-03_17-02-44` (a tweet's card filling a whiteboard) and
  `CleanShot_2022-09-22_at_17.30.29@2x` (the system's file browser, not Logseq); every one of the
  first 30 kept is Logseq's window or part of one, in its light or dark look: pages and blocks,
  the block context menu with its colour dots, the search result, the settings pages (general,
  editor, version control, features, advanced; some with an arrow, a box or numbers drawn on
  them), whiteboards' tools, shape selection and locked elements, the graph view
  (`pages_knowledge_graph`: three pages round "Knowledge Graph"), the all-pages table, the
  add-a-graph page, the alias-directory dialog, linked and unlinked references, filters, embeds,
  a query's result and a fan's documentation page published by Logseq (`CleanShot_202021-08-03`);
  past the 30th kept, more of the same, and a book's printed page, a diagram, two photographs of
  people and the download web page. The selection run gave 30 screenshots (603-3400 px on the
  long side, 9 of them under 1000 px; all 30 RGBA), 60 files.
- Files absent from the stored snapshots (their files of 4 MB and more are) are no candidates: the
  snapshots read are bcgov/bcparks.ca 8171e1d9829231fee4cc3ceb17660d580a95783e, pixlsus/website
  3694c2e610b44487be39ec9e32ee0a736d8e04c3, mattdibi/redox-keyboard
  55979e1f78d61375171b2c716a6c1ceb64a486ea, adereth/dactyl-keyboard
  e0416e329032b3648a86e53656906702603dbeb0, josefadamcik/SofleKeyboard
  fb294f7c58d0f91c379a9ef339159d4d056643e9, home-assistant/frontend
  85b2ca377ad228c0cec80bde7d011d9195650a8b, mntmn/reform 7ec8f9a645c9ad4c00d4b86aa4be134379307ad8,
  ploopyco/classic-trackball 66134a982366751794067b96b1c69276c179b20f and logseq/docs
  08f855f24d66e4509b7ea808554c13b4649e6ee1 (absent files named above), each extracted into
  $IMAGE_SNAPSHOTS with `tools/extract_snapshot.sh GIT_DIR $IMAGE_SNAPSHOTS/<owner>+<name>
  <commit>` (its JPEGs and PNGs, its licence and read-me files and a `.snapshot-commit` naming the
  commit). A newer or whole snapshot would choose otherwise: the part is cached as round25.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at 09:37-09:44 UTC):
  WordPress/twentytwentyfour (its pictures now WebP; its earlier JPEGs web copies of 2560 px at
  most, stock pictures), drupal/core (the Umami demo's dish pictures: web copies of 30-260 KB),
  LukeSmithxyz/based.cooking (no dish picture in its tree), sbates-idrc/c2lc-coding-environment
  (264 px copies), foostan/crkbd (CC BY 4.0, but its build pictures are wide crops of 2083 x 827,
  and a fifth keyboard), kata0510/Lily58 (one picture), davidphilipbarr/Sweep,
  MakotoKurauchi/helix, Zer0-bit/gaggiuino, tastyigniter/TastyIgniter, solidusio/solidus,
  Amatsuka4/ramen-oic and FrameworkComputer/Framework-Laptop-13 (no JPEG of 1000 px or more),
  inventree/InvenTree (718 MB) and City-of-Helsinki/helsinki-design-system (570 MB): snapshots too
  large to bring, linuxmint/mint-backgrounds-virginia (no snapshot to be had),
  riesinger/nononsensecooking (its cooks' own dish photographs under CC BY 4.0, but named by the
  twenty-second part), Qloapps/QloApps (no JPEG in its install folder, by its file list); for the
  screenshots TandoorRecipes/recipes (8 PNGs of 600 px or more), GNOME/gnome-user-docs (22
  figures, most of them strips of the top bar), opensourcepos/opensourcepos (three design
  pictures), grocy/grocy (four), frappe/books (two) and Zettlr/zettlr-docs (the eleventh part's).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round25.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part

BCPARKS = "bcgov+bcparks.ca"
PIXLS = "pixlsus+website"
REDOX = "mattdibi+redox-keyboard"
DACTYL = "adereth+dactyl-keyboard"
SOFLE = "josefadamcik+SofleKeyboard"
HOME_ASSISTANT = "home-assistant+frontend"
REFORM = "mntmn+reform"
PLOOPY = "ploopyco+classic-trackball"
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order. PIXLS has two folders, each with the
# same cap of its own.
ROUND25_SOURCES = (
    (BCPARKS, "src/**/*", None, 1000, 10),
    # the sky pictures (stacked, telescope-like) and the thumbnails, by their names
    (
        PIXLS,
        "src/articles/interview-chdk/*",
        re.compile(r"^(th_.*|.*(comet|moon|eclipse|iss|m31|stack).*)\.jpe?g$", re.IGNORECASE),
        2000,
        7,
    ),
    # a stitched panorama of 6.8:1, by its name and size
    (
        PIXLS,
        "src/images/main-lede/*",
        re.compile(r"^2015-09-30_soderasens_2\.jpe?g$", re.IGNORECASE),
        1600,
        7,
    ),
    (REDOX, "img/*", None, 2000, 6),
    # a diagram, by its name
    (DACTYL, "**/*", re.compile(r"^trrs-diagram\.jpe?g$", re.IGNORECASE), 2000, 4),
    # the renders, by their names
    (SOFLE, "**/*", re.compile(r"^.*render.*\.jpe?g$", re.IGNORECASE), 1900, 4),
    (HOME_ASSISTANT, "**/*", None, 1000, 4),
    (REFORM, "historic-reform1/**/*", None, 2000, 2),
    (PLOOPY, "hardware/**/*", None, 2000, 2),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    (
        # a signature and web address laid on them
        (PIXLS, "src/articles/interview-chdk/Garry.George.1.jpg"),
        (PIXLS, "src/articles/interview-chdk/Garry.George.2.jpg"),
        # the scene of `Der.Dortmunder.Norden_01` again, another edit
        (PIXLS, "src/articles/interview-chdk/Peter.Laudanski.Der.Dortmunder.Norden.jpg"),
        # nearly all of it out of focus: "sharp" is doubtful
        (PIXLS, "src/articles/interview-chdk/reyalp-desk.jpg"),
        # black and white
        (PIXLS, "src/images/main-lede/Birch_houz.jpg"),
        # `2015-06-06-rostanga` again, other crops and edits
        (PIXLS, "src/images/main-lede/2015-06-06_rostanga_-_1.jpg"),
        (PIXLS, "src/images/main-lede/2015-06-06_rostanga_-_2.jpg"),
        # a flat dark gradient; grey bands laid on a picture
        (HOME_ASSISTANT, "demo/public/assets/jimpower/background-15.jpg"),
        (HOME_ASSISTANT, "demo/public/assets/jimpower/security/motion_3.jpg"),
        # a render
        (REFORM, "historic-reform1/handbook/source/case/reform-caseparts.jpg"),
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
LOGSEQ = "logseq+docs"
SCREENSHOT_SOURCES = ((LOGSEQ, "assets/*", "logseq"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Logseq or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    (LOGSEQ, f"assets/{name}.png")
    for name in (
        "Screenshot_from_2023-02-03_17-03-16_1675436766285_0",  # a web video's frame
        "Arch-After-Refactoring_1619596960391_0",  # a diagram
        "Screenshot_from_2023-02-03_17-02-44_1675436722956_0",  # a tweet filling it
        "BooleanLogic-1463x732_1642527212344_0",  # a diagram
        "CleanShot_2022-09-22_at_17.30.29@2x_1663860644176_0",  # the system's file browser
    )
)


# The twenty-fifth held-out part, written by its rule (cached as round25.json).
build_round25 = partial(
    capped_part,
    part="round25",
    first_seed=25000,
    photo_sources=ROUND25_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
