"""The nineteenth held-out part of the image set (photographs and screenshots), by a rule set first.

Its screenshots are those of the first draft of this part: their rule set on 5 December 2026 at
about 18:01 UTC, their contact sheets looked at and their left-out files named then (below,
unchanged). Its first draft's photographs, the camera originals of
csjunxu/PolyU-Real-World-Noisy-Images-Dataset, were rejected by the lead at about 18:03 UTC (the
lead first gave 18:15, a misreading of the clock), before anything of them was measured: they are a
data set made for research on noise (indoor scenes shot from a tripod at ISO 800-12800 by design,
under a non-commercial licence), so the label "sharp as published, must be left alone" does not fit
them, and all of them are indoor objects. Nothing of them is kept; they stay under "Looked at and
not used". The photographs below were chosen anew by a new rule, set at about 18:11 UTC (the
rewrite began at 18:04 UTC), after the file lists, pixel sizes, byte sizes, EXIF camera names,
software, ISO speeds and EXIF pixel sizes, and the repositories' licence and read-me texts had been
read, and before any picture of it was looked at or measured; what the contact sheets left out, the
comparison with the earlier parts and the selection's sizes were added afterwards (times below).
The checks of auditor.checks were never run on any of it, nor any sharpness, blur or noise figure
computed; it is never to be measured by the session that wrote it. Asked for: 30-60 photographs at
camera size (long side about 2000 px or more) from repositories no part has used, as varied as an
auditor meets them (shops, interiors, products, people, food, streets, night and indoor shots,
landscapes with sky), camera and phone originals favoured, edited exports welcome, and no data set
made to study or benchmark noise, blur, compression, denoising, deblurring, super-resolution or
image quality, nor test pictures already degraded. The search (see "Looked at and not used") found
few photographs at camera size under a stated licence in repositories no part has used: the part
holds what the rule below gives, a few phone originals (by the captions in their repository, a town
at night and a container of biscuits among them), gain-map HDR exports of camera pictures, and
Pexels stock photographs of coasts from a window manager theme.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per source on the
  long side that Pillow decodes whole, in public GitHub repositories that no part has used, read
  from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository (`owner+name`, the
  repository's tree), as for the fifth to eighteenth parts. EXIF as read (Make / Model / Software,
  ISO speed, pixel size against the EXIF one), in the rule's order:
  - d-oit/blip_mistral_image_description_output, `images/*`, 2000 px or more (its `LICENSE`: MIT,
    Dominik Oswald, over the whole repository; its README: "`images`: Contains the sample image
    files", credited to nobody else): the two sample pictures of an image-captioning tool, phone
    pictures as the phone wrote them: Xiaomi / 21081111RG / no Software, 4000 x 1800 (ISO 9308)
    and 1800 x 4000 (ISO 1537), EXIF size equal; 1.7 and 3.2 MB.
  - imalink-project/imalink-core, `tests/fixtures/images/*`, 2000 px or more (its `LICENSE`: MIT,
    Kjell Kåre Olsen, over the whole repository): a phone picture for its EXIF tests, Sony /
    XQ-BC52 / `61.2.A.0.472A_0_0`, 4032 x 2688, ISO 800, EXIF size equal, 2.0 MB; beside it
    `Sony_DSC-HX90V.jpg` holds the text "404: Not Found" (no picture: Pillow does not decode it).
  - googleinterns/motion-photos-filereader, `MotionPhotoReader/app/src/main/**/*`, 2000 px or
    more (its `LICENSE`: Apache-2.0, over the whole repository): a Google Camera motion photo
    (a JPEG with a video after it; Pillow decodes the picture), Google / Pixel 3a XL /
    `HDR+ 1.0.0zdr`, 4032 x 3024, ISO 187, EXIF size equal, 4.0 MB, stored twice with the same
    bytes (`assets/motionphotos/` and `resources/`: taken once); two `MVIMG_*` pictures are
    absent from the snapshot.
  - vearutop/ultrahdr, `testdata/*`, 3000 px or more (its `LICENSE`: MIT, Viacheslav Poturaev,
    over the whole repository; the pictures are credited to nobody): the Ultra HDR tool's test
    pictures, camera pictures as Adobe Camera Raw exported them with a gain map: Canon / Canon EOS
    6D / `Adobe Photoshop Camera Raw 16.1 (Windows)`, 4534 x 3023, ISO 1600 (`old_acr.orig.jpg`)
    and Canon / Canon EOS R8 / `Adobe Photoshop Camera Raw 17.1 (Windows)`, 5915 x 3943, ISO 100
    (`uhdr.jpg`), no EXIF pixel size; 2.3 and 1.5 MB. Left out by name: `s01.orig.jpg` (Google /
    Pixel 6 Pro / `HDR+ 1.0.570503588zd`, 4080 x 3072: by its name, camera and software, it seems,
    the first of MishaalRahmanGH/Ultra_HDR_Samples' originals, which the fourteenth part used).
    Its smaller files (under 3000 px: by its README and their names the tool's thumbnail of
    `uhdr.jpg` at 2400 x 1600 and of `s01`, one Canon picture in five colour spaces at
    1200 x 800, a 600 px Ultra HDR sample, an 800 px test chart) are no candidates.
  - MONOGRID/gainmap-js, `tests/files/*`, 2000 px or more (its `LICENSE`: MIT, MONOGRID, over the
    whole repository; the pictures are credited to nobody): the test pictures of a gain-map
    encoder and decoder, HDR gain-map JPEGs as Adobe software wrote them (their XMP: Adobe XMP
    Core 7.0, the `hdr-gain-map` namespace, Photoshop resource blocks), no EXIF: edited exports,
    `01.jpg` to `10.jpg`, 2400 x 3000 (two), 3000 x 2098, 3000 x 2075, 3000 x 2009, 2326 x 3000,
    2947 x 2947, 3000 x 1687, 1943 x 3000, 2065 x 3000; 1.1-3.9 MB. Left out by name (the regular
    expression below): `pisa-4k.jpg` and `spruit_sunrise_4k.jpg` (4096 x 2048, by their names
    and size the equirectangular HDR panoramas of Poly Haven: stitched 360-degree composites);
    `abandoned_bakery_16k.jpg` is absent from the snapshot. Its `examples/` are not read.
  - tetiana-kolmychek/oceanic-awesomewm-theme, `wallpapers/orig/*` and, of the pictures not in
    that folder, `wallpapers/orig-1.7-ratio/*`, 2000 px or more (no licence file in the
    repository; `wallpapers/README.md`: the wallpapers are from Pexels "under CC0 license", each
    picture's page listed, `orig/` "originals, unchanged", `orig-1.7-ratio/` "orignals, cropped a
    bit to fit 1.77(7) ratio", "resizes and croppings are done by me"): stock photographs of
    coasts, beaches, islands, boats and a city, many from above. `orig/`, 12 pictures as Pexels
    served them: NIKON D7000 4700 x 2255, Canon EOS 550D 5000 x 3001, DJI FC300S through
    Lightroom 6.4 3992 x 2242, SONY ILCE-6000 5312 x 2650, Lightroom 6.6.1 (no camera) 3840 x
    2178, Canon EOS 60D 2300 x 1533, NIKON D80 2896 x 1944, DJI FC220 through Photoshop CS6 4000
    x 2250, Lightroom 6.10 (no camera) 3992 x 2242, `Instagram` (no camera) 2347 x 1287, two
    without EXIF (3840 x 2160, 2001 x 1125); 0.5-3.8 MB. `orig-1.7-ratio/`, 25 crops by the
    theme's author, 12 of them of the pictures in `orig/` under the same names (left out by name:
    the same pictures again as other crops) and 13 of pictures not in `orig/`: Canon EOS 5D
    Mark II through Photoshop CC 2015 4553 x 2561, NIKON D5300 through Photoshop Express 6000 x
    3375, Canon EOS 550D 5184 x 2916, NIKON D3300 6000 x 3375, DJI FC220 through Photoshop CC 2017
    3992 x 2245 and through Lightroom 6.10.1 4000 x 2250, DJI FC1102 through Snapseed 3968 x 2232
    (two), NIKON D5100 through Camera Raw 7.0 6144 x 3456, Canon EOS 1000D through Lightroom
    5.7.1 3888 x 2187, three without a camera's name (5616 x 3159, 4000 x 2250, 4415 x 2483),
    EXIF size equal to the crop's; 0.9-3.8 MB.
  Within each source the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 10 per source (the two folders of oceanic-awesomewm-theme are
  two sources, 10 each), distinct across the part by bytes and by decoded pixels (the first in
  the order keeping its place; the sources in the order above). Images that are not camera
  photographs as their camera or editor wrote them (drawings, paintings, renders, text cards,
  flat test fills, screenshots, cut-out packshots, scans, telescope, probe or spacecraft pictures,
  pictures with a logo or text laid on them, stacked or composited pictures, pictures run through
  a colour filter, the same picture again as another crop or size), and photographs wholly out of
  focus on purpose (the label "sharp" cannot hold for them), are left out on a contact sheet of
  thumbnails of the candidates in that order, looked at before any measure, and with it every
  copy of the same bytes under another name; a left-out file does not count towards the cap. All
  are labelled sharp (as published); the five degraded copies as in the earlier parts, with seeds
  from 19000 (one per chosen photograph, in the part's order). A photograph is written under its
  repository's owner and name and its path in the repository.
  The rule's words for `orig-1.7-ratio/` ("the pictures not in that folder") were wrong, found at
  about 18:12 UTC, after the contact sheets and the selection run, by listing the snapshot's tree
  against the extracted files: `orig/` holds all 25 originals in the repository, and the 13 not
  stored are absent from the snapshot (4 MiB or more); the crops taken are crops of those 13.
  What the rule takes is unchanged (its names and folders are as written); with a whole snapshot
  the originals would be candidates and their crops the same pictures again.
  The contact sheets (made at about 18:11 UTC: all 42 candidates in the order, the copy of the
  Pixel picture marked, then four of them again at 800 px: the keyboard, the stove, the moon over
  a peak, the snowy trees) left nothing out: every one is a photograph as its camera or editor
  wrote it. They showed the pictures to be, in the order, a town at dusk from a height with its
  lights on, biscuits in a plastic box close up, an old cast-iron kitchen stove in a wooden cabin
  (stored on its side, EXIF orientation 6), a computer keyboard's corner close up on a desk (and
  its copy), a city's waterfront at night in fog with its lights in the water, a concert crowd
  before a lit stage in haze (people, indoors, at night); of gainmap-js an arctic fox on grass, a
  valley in mist below granite walls, a glacier below peaks lit pink, an ice cliff over water,
  a mountain village below snowy peaks, a redwood forest with the sun through it, a full moon
  over a snowy peak at dusk (kept: a moonrise can be shot as it is, nothing on the sheet showed a
  composite), an iceberg's arch with a boat of people, Tokyo Tower lit over the city at night,
  snowy trees and cliffs mirrored in a river; of oceanic-awesomewm-theme's `orig/` a bay below
  cliffs (Navagio, Zakynthos), a beach and a coast road from above, a bay with yachts from above,
  an island town's red roofs from above, a wooded island under a blue sky, a boat on turquoise
  water from above, a long beach below a grassy headland, sand and surf from above, the
  Sugarloaf over Rio de Janeiro's bay in haze, teal water with one small boat from above (the
  10th), a river mouth and a beach from above and a bay with boats below a forest (past the
  cap); of its crops sand, rocks and shallows from above, Navagio's cove and its wreck from the
  cliff (the same place as the first of `orig/`, another picture: both kept), a beach and houses
  among trees from above, a waterfall onto a beach (McWay Falls), a rock arch in turquoise water,
  a white beach under clouds, a green island's coast, a boat in a lagoon between cliffs, a bay
  with a jetty and yachts, a beach with longtail boats (the 10th), and surf from above, a bay
  with boats from above and a coast of wooded cliffs (past the cap).
  No candidate's decoded pixels equal those of any original or screenshot of the seventeenth
  part's cache, the only earlier part cached on this machine (compared at about 18:12 UTC, the
  pictures of equal size: 3 pairs); none has the bytes of a file in the other snapshots here
  (round17's, PolyU's and those brought for this search); none of their file names is among
  round17's names; no earlier part's module names these repositories, their files or the
  Pexels pictures' numbers. The earlier parts' other pictures could not be compared: a Pexels or
  Adobe picture of an earlier part's wallpapers could be among them again (none seen on the
  sheets).
  A selection run and a build into a scratch folder (at about 18:12 UTC, `build_round19` with a
  stand-in for the degraded copies and Pillow's JPEG encoder, no check imported; the folder
  deleted after) gave 36 photographs: d-oit/blip_mistral_image_description_output 2 of 2,
  imalink-project/imalink-core 1 of 1, googleinterns/motion-photos-filereader 1 (its two copies
  one picture), vearutop/ultrahdr 2 of 2, MONOGRID/gainmap-js 10 of 10,
  tetiana-kolmychek/oceanic-awesomewm-theme 20 (10 of the 12 in `orig/`, 10 of the 13 crops);
  2001-6144 px on the long side (2001, 2300, 2896, 2947, 3000 x 9, 3840 x 2, 3888, 3968,
  3992 x 2, 4000 x 4, 4032 x 2, 4534, 4553, 4700, 5000, 5184, 5312, 5616, 5915, 6000 x 2, 6144),
  all of them 2000 px or more, 78 MB. As their EXIF says: 4 written by the phone as it wrote
  them (Xiaomi 21081111RG x 2, Sony XQ-BC52, Google Pixel 3a XL; EXIF size equal); 2 camera
  pictures exported by Adobe Camera Raw (Canon EOS 6D, EOS R8); 10 Adobe gain-map exports without
  EXIF; 20 Pexels stock photographs (10 as Pexels served them: NIKON D7000, D80, Canon EOS 550D,
  60D, SONY ILCE-6000, DJI FC300S through Lightroom, two through Lightroom without a camera's
  name, two without EXIF; 10 crops by the theme's author: Canon EOS 550D, 5D Mark II through
  Photoshop, 1000D through Lightroom, NIKON D3300, D5300 through Photoshop Express, D5100
  through Camera Raw, DJI FC1102 through Snapseed, FC220 through Lightroom, two without a
  camera's name). With their five degraded copies each and the screenshots below, 276 files once
  built. The part has no shop, no restaurant dish and no street seen at eye level; its indoor
  shots are the biscuits, the stove, the keyboard and the concert; more than half of it is
  coasts: none better was found under a stated licence in a repository no part had used.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one web application no image part has used, each as published (PNG) and as
  JPEG Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  eighteenth parts did:
  - Enalean/tuleap-documentation-en, `languages/en/images/screenshots/**/*.png` (its `LICENSE`:
    "Copyright (c) Enalean SAS, 2011 - 2019. All Rights Reserved. Copyright (c) Xerox
    Corporation, Codendi, 2000 - 2008. All Rights Reserved.", then the GNU GPL version 2, over
    the whole repository): the application lifecycle management web application Tuleap from its
    user and administrator guide (trackers, agile dashboards, kanban boards, test management,
    documents, file releases, Git repositories and pull requests, project administration,
    surveys, widgets), at the sizes published (280 PNGs, 229 of them 600 px or more, 600-1920 px
    on the long side, 99 of those under 1000 px; 200 of the 229 palette PNGs). Written as
    `screenshot-tuleap-<path under languages/en/images/screenshots>` (its folders could hold
    pictures of one name). By their folders' and files' names, some are other programs' windows
    (`jenkins/`, `gitlab/`, `gerrit/`, `mylyn/` (Eclipse's), `jetbrains/`,
    `bot-mattermost-plugins/`, `sftp_*`, `sc_bugzilla*`, `admin_grafana`) or diagrams
    (`SVN_Life_Cycle`): to be seen on the contact sheet. The documentation's other pictures
    (`languages/en/images/diagrams/`, `icons/`, `how-to/`, `openidconnect/`, its theme's files)
    are not read, nor the French documentation (Enalean/tuleap-documentation-fr).
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a web page of Tuleap or part of
  one (logos, diagrams, other programs' windows or pages, terminals, code) are left out on the
  contact sheet, with every copy of the same bytes under another name, and do not count towards
  the cap.
  The screenshot sheets (made at about 18:01-18:02 UTC: the first 40 of the 229 candidates in
  the order, then seven of them again at up to 1600 px) left out `pullrequest/jenkins-job-setup`
  (Jenkins' job configuration page), `testmanagement/testplan-export-xlsx` (the exported test
  plan in a spreadsheet program), `jenkins/tgbs_project_view` (Jenkins' project page) and
  `tracker/computed` (a diagram of releases, sprints and stories), and after the 30th kept
  `jenkins/configure_credentials` and `jenkins/tgbs_new_credential` (Jenkins' credentials
  forms) and `gitlab/bot-on-commit-gitlab` (GitLab's commit page with a bot's comment); every
  one of the first 30 kept is Tuleap's page or part of one (documents, test campaigns and their
  steps, a test failure's stack trace shown in a Tuleap dialog, Subversion and Gerrit
  administration, a tracker's workflow, pull requests and their diff, card walls, taskboard and
  release plan, program management, time tracking widgets and dialogs, the query language's
  autocompletion, the GitLab group link wizard and a GitLab repository's tile in Tuleap, the
  BotMattermost repository page, an access log page in the old theme), in the current and older
  themes; several carry the authors' red frames, arrows and labels as published, and some are
  thin strips (911 x 98, 1661 x 322, 794 x 247, 803 x 244). The selection run gave 30
  screenshots (611-1887 px on the long side, 10 of them under 1000 px), 60 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were d-oit/blip_mistral_image_description_output d0bb87a7,
  imalink-project/imalink-core 1a9045e2, googleinterns/motion-photos-filereader 3aab393c (its two
  `MVIMG_*` pictures absent), vearutop/ultrahdr 1d01d9f3, MONOGRID/gainmap-js d41c5492
  (`tests/files/abandoned_bakery_16k.jpg` absent), tetiana-kolmychek/oceanic-awesomewm-theme
  b204bfe4 (13 of the 25 originals in `wallpapers/orig/` absent) and
  Enalean/tuleap-documentation-en 1ddc6595 (none of its PNGs absent). A newer or whole snapshot
  would choose otherwise: the part is cached as round19.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at about 17:56-18:01 UTC):
  csjunxu/PolyU-Real-World-Noisy-Images-Dataset (the first draft's photographs, rejected by the
  lead at about 18:03 UTC, before anything of them was measured: a
  data set made for research on real-world noise, its scenes shot from a tripod at ISO 800-12800
  by design, under a BSD-like licence allowing use "solely for non-commercial purposes", and all
  of them indoor objects, so the label "sharp as published, must be left alone" does not fit
  them; `OriginalImages/`, 35 single shots by a Canon EOS 5D Mark II, EOS 80D, NIKON D800 and
  SONY ILCE-7M2 stored, five absent, and their means of many shots; snapshot 3af0f264),
  ReceiptManager/receipt-parser-legacy (its receipt photographs are Git LFS pointers),
  ukui/ukui-wallpapers (the Ubuntu Kylin community's wallpapers again, CC-BY-SA-3.0: its stored
  JPEGs but one, `2004default.jpg`, have the bytes of round17's UbuntuKylin/ubuntukylin-wallpapers
  files of the same names, by SHA-256 at about 18:03 UTC; 11 JPEGs are absent from the snapshot),
  IBM/powerai-vision-object-detection (its pictures are in zip files
  absent from the snapshot), ente-io/motion_photos (one phone picture of 267 KB, the others
  absent), libjxl/testdata (JPEG encodes of one flower picture), linuxmint/mint-backgrounds-una
  (no snapshot to be had), LinuxKits/Distro-wallpapers (a collection of many distributions'
  wallpapers, most of them with no licence known to it, many from repositories earlier parts
  used; not brought), jlopezcur/wallpapers (its credits name web sites, no licence),
  GoogleChromeLabs/squoosh, gohugoio/hugo, 11ty/eleventy-img, GoogleCloudPlatform/cloud-vision
  and openfoodfacts/openfoodfacts-dart (a few demonstration or test pictures each, by their file
  lists; not brought), cs-chan/Exclusively-Dark-Image-Dataset (no picture in its tree), and for
  the screenshots mautic/user-documentation (its licence only named in its build configuration)
  and PrestaShop/user-documentation-v8-en (no licence file in its tree);
  and, at about 18:04-18:10 UTC for the rewrite (file lists, sizes, EXIF and licences only):
  immich-app/test-assets (named to look at, but the sixth part used it), sharovd/Dehancer-CLI
  (its five Unsplash test pictures are 300 px copies), umbraco/The-Starter-Kit (its sample
  site's photographs no longer in its tree at its head), mcherif/anam-travel-agent (its
  Wikimedia Commons pictures resized under 1500 px), pop-os/cosmic-wallpapers (Git LFS pointers;
  by their names mostly space pictures), nicholaswilde/recipes (by their names pictures of its
  dishes, but a snapshot too large to bring, 777 MB) and raspberrypi/documentation (627 MB),
  linuxmint/mint-backgrounds-victoria and -ulyana and google/libmotionphoto (no snapshot to be
  had), inigochoa/wallpapers (by its file names mostly minimal renders), Trustroots/trustroots
  (donated travel photographs under no stated licence), gulvarol/grocerydataset (its shelf
  photographs only in release archives, for research only), kirkstrobeck/gainmaps.com (brands'
  logos), vendure-ecommerce/vendure (blog banners and screenshots), zenphoto/zenphoto,
  Piwigo/Piwigo, spacedriveapp/spacedrive, GNOME/shotwell, ente-io/ente, immich-app/immich,
  panoramax-project/DetectionTutorial, openfoodfacts/smooth-app_assets and
  openfoodfacts/open-prices-frontend (by their file lists, logos, screenshots, figures or a few
  single pictures each, no set of camera photographs; not brought).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round19.
"""

from __future__ import annotations

import re
from functools import partial

from benchmarks.image_parts import capped_part, tail_under

OCEANIC = "tetiana-kolmychek+oceanic-awesomewm-theme"
# The crops in `orig-1.7-ratio/` of the pictures in `orig/` (the same names): the same pictures
# again as other crops, left out by name.
OCEANIC_CROPS_OF_ORIGINALS = re.compile(
    r"^(161212|164041|172787|188029|286758|315998|35626|372738|533678|539681|575717|587015)"
    r"\.jpe?g$",
    re.IGNORECASE,
)
# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND19_SOURCES = (
    ("d-oit+blip_mistral_image_description_output", "images/*", None, 2000, 10),
    ("imalink-project+imalink-core", "tests/fixtures/images/*", None, 2000, 10),
    (
        "googleinterns+motion-photos-filereader",
        "MotionPhotoReader/app/src/main/**/*",
        None,
        2000,
        10,
    ),
    # `s01.orig.jpg`: it seems the first of MishaalRahmanGH/Ultra_HDR_Samples' originals (round14)
    ("vearutop+ultrahdr", "testdata/*", re.compile(r"^s01\.", re.IGNORECASE), 3000, 10),
    # the equirectangular HDR panoramas (stitched composites), by their names
    (
        "MONOGRID+gainmap-js",
        "tests/files/*",
        re.compile(r"^(pisa|spruit_sunrise|abandoned_bakery)", re.IGNORECASE),
        2000,
        10,
    ),
    (OCEANIC, "wallpapers/orig/*", None, 2000, 10),
    (OCEANIC, "wallpapers/orig-1.7-ratio/*", OCEANIC_CROPS_OF_ORIGINALS, 2000, 10),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS: frozenset[tuple[str, str]] = frozenset()
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_FOLDER = "languages/en/images/screenshots"
SCREENSHOT_SOURCES = (
    ("Enalean+tuleap-documentation-en", f"{SCREENSHOT_FOLDER}/**/*.png", "tuleap"),
)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a web page of Tuleap or part of one), by repository and path.
NOT_SCREENSHOTS = frozenset(
    ("Enalean+tuleap-documentation-en", f"{SCREENSHOT_FOLDER}/{path}.png")
    for path in (
        "pullrequest/jenkins-job-setup",  # Jenkins' job configuration page
        "testmanagement/testplan-export-xlsx",  # the exported test plan in a spreadsheet program
        "jenkins/tgbs_project_view",  # Jenkins' project page
        "tracker/computed",  # a diagram of releases, sprints and stories
        # after the 30th kept
        "jenkins/configure_credentials",  # Jenkins' credentials form
        "gitlab/bot-on-commit-gitlab",  # GitLab's commit page with a bot's comment
        "jenkins/tgbs_new_credential",  # Jenkins' credentials dialog
    )
)


# A screenshot's tail: its path under the documentation's screenshots folder, without its suffix
# (its sub-folders could hold pictures of one name).
shot_tail = tail_under(SCREENSHOT_FOLDER)


# The nineteenth held-out part, written by its rule (cached as round19.json).
build_round19 = partial(
    capped_part,
    part="round19",
    first_seed=19000,
    photo_sources=ROUND19_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
    tail=shot_tail,
)
