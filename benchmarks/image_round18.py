"""The eighteenth held-out part of the image set (photographs and screenshots), by a rule set first.

The rule, set on 5 December 2026 at about 17:15 UTC (repositories, folders, sizes, order, caps,
the screenshots with them) and written out here at about 17:15-17:16 UTC, before any image of it
was looked at or measured (the file lists, pixel sizes, byte sizes, EXIF camera names, software
and EXIF pixel sizes, and the repositories' licence and attribution texts had been read; nothing
else); what the contact sheets left out, the comparison with the earlier parts and the selection's
sizes were added afterwards (times below). The checks of auditor.checks were never run on any of
it, nor any sharpness, blur or noise figure computed; it is never to be measured by the session
that wrote it. Asked for: 30-60 photographs at camera size from repositories no part has used,
as varied as an auditor meets them (shops, interiors, products, people, food, streets, night and
indoor shots, landscapes with sky), unedited camera and phone originals favoured, edited exports
welcome. The search (see "Looked at and not used") again found few photographs under a stated
licence in repositories no round has used: the part holds what the rule below gives, camera
originals of a forensic image database (as the cameras wrote them) and the full-size web copies of
a desktop's stock-photograph wallpapers.

- Photographs: every JPEG (`.jpg`/`.jpeg`, any case) of at least the size named per repository
  on the long side that Pillow decodes whole, in public GitHub repositories that no round has
  used, read from a folder named by $IMAGE_SNAPSHOTS holding one folder per repository
  (`owner+name`, the repository's tree), as for the fifth to seventeenth parts. EXIF as read
  (Make / Model / Software, pixel size against the EXIF one):
  - polimi-ispl/prnu-python, `test/data/nat-jpg/*`, 2000 px or more (its `LICENSE.md`: MIT, over
    the whole repository; the pictures are credited to nobody: by their names and cameras they
    are pictures of the Dresden Image Database of Gloe and Böhme (2010), which the repository does
    not name): the "natural" test pictures of a camera-fingerprint (PRNU) extractor, as the
    cameras wrote them: NIKON CORPORATION / NIKON D200 / `Ver.2.00`, 3872 x 2592 (two), NIKON D70 /
    `Ver.1.02`, 3008 x 2000 (six), NIKON D70s / `Ver.1.00`, 3008 x 2000 (eight), the EXIF pixel
    size equal for all 16; files of 0.6-3.8 MB (the cameras' "basic" or "normal" JPEG quality, by
    their sizes). Four are absent from the snapshot (`Nikon_D200_0_15585.JPG`,
    `Nikon_D200_1_17202.JPG`, `Nikon_D200_1_17330.JPG`, `Nikon_D200_1_17580.JPG`). Its `ff-jpg/`
    pictures (flat fields, by the folder's name: flat test fills) are no candidates, nor
    `test/data/camera.jpg` (a NIKON D70s picture beside the folder) and `prnu1.jpg`/`prnu2.jpg`
    (2014 x 3039, no EXIF: by their names the fingerprints' pictures).
  - languageseed/work_suite, `themes/images/*`, 2000 px or more (no licence file at its top; the
    folder's `LICENSE.md` and `README.md`: the "Bentobox" desktop's wallpapers, downloaded from
    Unsplash and Pexels under the Unsplash and Pexels licences, each photographer named and
    credited by file): stock photographs as their sites serve them, 54 of 67 stored (the other 13
    absent from the snapshot), 2048-7680 px on the long side (2048 x 1328 to 7680 x 4320; 35 of
    them 4000 px or more), none with EXIF: full-size web copies or exports, as the photographers
    uploaded them. Among them, by their names and authors, abstract renders and fluid-art pictures
    (`maxim-berg-*`, `milad-fakurian-*`, `pawel-czerwinski-*`, `philip-oroni-*` and others: to be
    seen on the contact sheet).
  Within each repository the files are taken in the order of the SHA-256 of their bytes (a fixed,
  reproducible shuffle), at most 15 per repository (20 for languageseed/work_suite), distinct
  across the part by bytes and by decoded pixels (the first in the order keeping its place; the
  repositories in the order above). Images that are not camera photographs as their camera or
  editor wrote them (drawings, paintings, renders, text cards, flat test fills, screenshots,
  cut-out packshots, scans, telescope, probe or spacecraft pictures, pictures with a logo or text
  laid on them, stacked or composited pictures, pictures run through a colour filter, the same
  picture again as another crop or size), and photographs wholly out of focus on purpose (the
  label "sharp" cannot hold for them), are left out on a contact sheet of thumbnails of the
  candidates in that order, looked at before any measure, and with it every copy of the same bytes
  under another name; a left-out file does not count towards the cap. All are labelled sharp (as
  published); the five degraded copies as in the earlier parts, with seeds from 18000 (one per
  chosen photograph, in the part's order). A photograph is written under its repository's owner
  and name and its path in the repository.
  The contact sheets (made at about 17:15-17:16 UTC: all 16 candidates of polimi-ispl/prnu-python
  and all 54 of languageseed/work_suite in the order, then fourteen of them again at 560-800 px and
  two cut out at full size) left out nothing of polimi-ispl/prnu-python, and of languageseed/
  work_suite 21 renders and drawings (`maxim-berg-*` x 7, `philip-oroni-*` x 3, `milad-fakurian-*`
  x 2, `li-zhang-*` x 2, `martin-martz-*` x 2, `pawel-czerwinski-YAtspJ-HV2E` (a smooth render,
  its middle a flat fill at full size), `sebastian-svenson-*`, `tiago-wolf-*`, `axel-ruffini-*`,
  `aperture-vintage-*`: ribbons, waves, cubes, fluid shapes, paper cut-outs), the Milky Way
  alone with no ground (`jeremy-thomas-E0AHdsENmDg`, `pexels-philippedonn-1169754`: an
  astrophotograph, stacked as a rule; left out as doubtful), two night skies blended, it seems,
  over a landscape (`benjamin-voros-phIFdC6lA4E`, the Milky Way and a meteor over snowy peaks;
  `mark-basarab-1OtUkD_8svc`, stars through a slot canyon's opening; left out as doubtful) and
  `daniel-leone-v7daTKlZzaw` (the same peaks as `daniel-leone-g30P1zcOzXo`, earlier in the order,
  regraded: perhaps the same picture as another crop; left out as doubtful). Comparing the
  candidates' thumbnails with the earlier parts' cached originals (at about 17:17-17:19 UTC:
  16 x 16 mean-brightness hashes, of the whole picture and of its middle cut to the cached
  picture's shape, for the 35 chosen against 515 originals) then found two of them to be
  pictures of earlier parts again, another copy of one picture: `ashim-d-silva-WeYamle9fDM`
  (round10's elementary `Ashim_DSilva.jpg`, the same size, not the same pixels) and
  `nattu-adnan-Ai2TRdvI6gM` (round12's ubuntu-mate `nattu-adnan-328570.jpg`, a crop at
  2560 x 1440): left out at about 17:19 UTC by the rule's "the same picture again as another crop
  or size", before any measure; the next two in the order took their places. They showed
  polimi-ispl/prnu-python's pictures to be, as the Dresden Image Database shot them in winter, a
  desk covered with the database's cameras, a snowy tree before a building under a blue sky, the
  Zwinger's Crown Gate in snow three times from one spot (by a D200 and two D70: three shots,
  three exposures, all kept), the Semperoper and King John's statue on the snowy square, a
  facade's cornice and dome under a grey sky, an office's ceiling with a strip light and a
  concrete pillar, a globe lamp lit beside a candle in a dim room and the same globe close up with
  a mug (indoor shots), the snowy Elbe meadows before the old town's skyline, the Zwinger's
  courtyard in snow, a snowy street seen from a window, a dark arcade at dusk and a snowy slope
  with bushes and a railing (the 16th, past the cap, the Crown Gate again at dusk, nearly black);
  languageseed/work_suite's (the 20th kept was the 44th in its order) to be a cliff over green
  water with a gull, Mount Fuji at dusk over a lake with a town's lights, a snowy peak under the
  stars after sunset, a sunset over clouds and mountains, the aurora over a snowy gorge with a
  figure holding a torch, hot-air balloons in a clear sky, a slot canyon's red walls, a wall of
  weathered coloured tiles, Yosemite's Liberty Cap and Nevada Fall at dusk, dunes under a pink
  sky with the moon, a mountain valley with pines under clouds, a granite dome at sunset behind
  pines, a row of coloured lockers in sunlight (indoors), surf on sand and surf over rocks from
  above, snowy peaks at dusk, a lake mirroring mountains at Moraine Lake and at a lake framed by
  pines, a road through a green glen under clouds and jagged peaks in cloud above a forest. No
  candidate's decoded pixels equal those of another or of any original or screenshot of the
  earlier parts' caches (compared at about 17:16 and 17:19 UTC, the pictures of equal size, 169
  then 138 pairs with the part's photographs and 26 screenshots, the tuning part's included; the
  seventeenth part is not cached yet, and shares no repository with this one); none of their file
  names is among the cached parts' names. The part has no shop, no restaurant dish, no product on
  a counter and no person seen close, and its night shots are landscapes: none was found under a
  stated licence in a repository no round had used; its indoor shots are the Dresden pictures'
  few rooms and the lockers.
  A selection run (at about 17:19 UTC, with the part's own selection functions only), and a build
  into a scratch folder (at about 17:19 UTC, `build_round18` with a stand-in for the degraded
  copies and Pillow's JPEG encoder, no check imported; the folder deleted after), gave 35
  photographs: polimi-ispl/prnu-python 15 of its 16 (the cap), languageseed/work_suite 20 (the
  cap) of its 26 left by the contact sheet and the comparison; 3000-7179 px on the long side
  (3000, 3008 x 13, 3096, 3300, 3840, 3872 x 2, 3968, 3973, 4017, 4446, 4488, 4928, 5181, 5472,
  5493, 5496, 5760, 6000 x 4, 7179; 2362 x 3096 the one upright), all of them 2000 px or more,
  61 MB. As their EXIF says: 15 written by the camera as it wrote them (NIKON D200 x 2, D70 x 6,
  D70s x 7; Make, Model and firmware in Software, EXIF pixel size equal); 20 stock photographs
  without EXIF (17 from Unsplash, 3 from Pexels), full-size web copies or exports.
  With their five degraded copies each and the screenshots below, 262 files once built.
- Screenshots (must be left alone): every PNG of at least 600 px on the long side in the
  documentation of one desktop application no image part has used, each as published (PNG) and as
  JPEG Q85 (transparent parts on white, as the pages show them), as the fifth and eighth to
  seventeenth parts did:
  - cryptomator/docs, `static/img/desktop/*.png` (its `LICENSE.txt`: CC BY-SA 4.0): the
    file-encryption program Cryptomator's desktop application from its user guide (the vault list,
    the add-vault wizard, the unlock and password dialogs, the recovery key, the vault options,
    the preferences, error dialogs, the event view), at the sizes published (26 PNGs, all of them
    600 px or more, 860-1524 px on the long side). Written as `screenshot-cryptomator-<file>` (no
    two of one name). The documentation's other pictures (its Android and iOS apps' screens, the
    Cryptomator Hub web service's pages, the security section's diagrams) are not read: one
    application.
  Taken the same way as the photographs: in the order of the SHA-256 of their bytes, at most 30,
  distinct by bytes and by decoded pixels; pictures that are not a window of Cryptomator or part
  of one (logos, diagrams, other programs' windows, terminals, code) are left out on the contact
  sheet, with every copy of the same bytes under another name, and do not count towards the cap.
  The screenshot sheet (made at about 17:16 UTC: all 26 candidates in the order) left nothing out:
  every one is Cryptomator's window or a dialog of it (the vault list empty, locked and unlocked,
  the add-vault wizard's steps, the unlock, password-change and reset-password dialogs, the
  recovery key shown and entered, three error dialogs with a stack trace, the vault options'
  tabs, the virtual-drive preferences, the event view, the decrypt-file-names window), macOS
  windows with their shadows on a transparent margin and three Windows or Linux ones; two have a
  user's name in a path masked as published. The selection run gave 26 screenshots (860-1524 px
  on the long side, 2 of them under 1000 px), 52 files.
- Files absent from the stored snapshots (their largest files may be) are no candidates: the
  snapshots read were polimi-ispl/prnu-python 91e1585a, languageseed/work_suite f97665bb and
  cryptomator/docs 1123f664 (none of its PNGs absent). A newer or whole snapshot would choose
  otherwise: the part is cached as round18.json.
- Looked at and not used (file lists, sizes, EXIF and licences only, at about 17:11-17:15 UTC):
  ghostbsd/ghostbsd-wallpapers (nine wallpapers at its head, seven stored, by their names
  abstracts and landscapes, and no licence or credit stated anywhere in its tree),
  photoprism/photoprism (its example and test photographs are web copies of 420 KB at most; its
  two larger JPEGs absent), linuxmint/mint-backgrounds-xia (no snapshot to be had),
  nextcloud/server (its theming backgrounds, named after their photographers, in a snapshot of
  4.5 GB, too large to bring), strapi/foodadvisor (its demo data, a restaurant guide's pictures,
  in a `data.zip` absent from the snapshot), tobiagru/HoloselectaDataset (no picture in its tree),
  CaiJimmy/hugo-theme-stack (web copies of 56 KB at most), KDE/digikam-test-data (by its file
  names, test pictures for digiKam's features, most of the photographs blurred, badly exposed or
  compressed on purpose for its quality sorter; not brought), MarcusWolschon/osmeditor4android,
  openfoodfacts/open-prices and Lymphatus/libcaesium (a few test or documentation pictures each,
  by their file lists; not brought), and GalliumOS/galliumos-artwork (by its README, three stock
  pictures beside renders; not brought).

To be measured once, at its end, by a later session; never tuned on.
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/round18.
"""

from __future__ import annotations

from functools import partial

from benchmarks.image_parts import capped_part

# (repository folder, the glob of its candidate files, names left out by the rule, the least long
# side in px, the most taken from it), in the rule's order.
ROUND18_SOURCES = (
    ("polimi-ispl+prnu-python", "test/data/nat-jpg/*", None, 2000, 15),
    ("languageseed+work_suite", "themes/images/*", None, 2000, 20),
)
# Left out on the contact sheet (not a photograph as its camera or editor wrote it, or wholly out
# of focus on purpose), by repository and path.
NOT_PHOTOS = frozenset(
    ("languageseed+work_suite", f"themes/images/{name}.jpg")
    for name in (
        # renders and drawings: abstract shapes, ribbons, waves, cubes, fluid art
        "maxim-berg-Tba7ds4aF_k-unsplash",
        "martin-martz-OR8DEvVhym0-unsplash",
        "philip-oroni-1aF8IIHMHm8-unsplash",
        "maxim-berg-TcE45yIzJA0-unsplash",
        "sebastian-svenson-d2w-_1LJioQ-unsplash",
        "pawel-czerwinski-YAtspJ-HV2E-unsplash",
        "tiago-wolf-W4CTDtL2LQo-unsplash",
        "maxim-berg-wOVUjOGc9Oo-unsplash",
        "martin-martz-VDKA7N_v_hI-unsplash",
        "li-zhang-K-DwbsTXliY-unsplash",
        "maxim-berg-EirX0QN4-Sk-unsplash",
        "philip-oroni-gftMuFt8vNk-unsplash",
        "maxim-berg-3E2xgrlNXq4-unsplash",
        "maxim-berg-fKPZGJI4dXU-unsplash",
        "milad-fakurian-0_8gAoFrzbw-unsplash",
        "axel-ruffini-cVNocf2UtbY-unsplash",
        "aperture-vintage-NrAvSjyW3D4-unsplash",
        "li-zhang-18qm9W6eZ-8-unsplash",
        "maxim-berg-JiM_eFf2O3M-unsplash",
        "philip-oroni-3er4tNSPPoc-unsplash",
        "milad-fakurian-CdAmQAko9As-unsplash",
        # the Milky Way alone, no ground: an astrophotograph, stacked as a rule (doubtful)
        "jeremy-thomas-E0AHdsENmDg-unsplash",
        "pexels-philippedonn-1169754",
        # a night sky blended over a landscape: composited (doubtful)
        "benjamin-voros-phIFdC6lA4E-unsplash",  # the Milky Way and a meteor over snowy peaks
        "mark-basarab-1OtUkD_8svc-unsplash",  # stars through a slot canyon's opening
        # the same peaks as daniel-leone-g30P1zcOzXo, regraded: perhaps another crop (doubtful)
        "daniel-leone-v7daTKlZzaw-unsplash",
        # the same picture as one of an earlier part (found by comparing thumbnails)
        "ashim-d-silva-WeYamle9fDM-unsplash",  # round10's elementary `Ashim_DSilva.jpg`
        "nattu-adnan-Ai2TRdvI6gM-unsplash",  # round12's ubuntu-mate `nattu-adnan-328570.jpg`
    )
)
# (repository folder, the glob of its screenshots, the name they are written under).
SCREENSHOT_SOURCES = (("cryptomator+docs", "static/img/desktop/*.png", "cryptomator"),)
SCREENSHOTS_PER_SOURCE = 30
MIN_SCREEN_SIDE = 600
# Left out on the contact sheet (not a window of Cryptomator or part of one), by repository and
# path.
NOT_SCREENSHOTS: frozenset[tuple[str, str]] = frozenset()


# The eighteenth held-out part, written by its rule (cached as round18.json).
build_round18 = partial(
    capped_part,
    part="round18",
    first_seed=18000,
    photo_sources=ROUND18_SOURCES,
    not_photos=NOT_PHOTOS,
    screenshot_sources=SCREENSHOT_SOURCES,
    screenshots_per_source=SCREENSHOTS_PER_SOURCE,
    not_screenshots=NOT_SCREENSHOTS,
    min_screen_side=MIN_SCREEN_SIDE,
)
