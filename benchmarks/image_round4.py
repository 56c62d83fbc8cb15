"""The fourth held-out part of the image set (issue 17, fourth round), chosen by a rule written first.

The rule, written on 4 December 2026 and committed at 18:41 UTC, before any image of it was measured (the third
round's part, benchmarks/image_fresh.py, had been looked at by then and joined the tuning material):

- Photographs: every camera photograph of at least 1000 px on the long side found in sources no
  round had used: digiKam's own "about" background (Debian package digikam-data, a 4032x3024
  phone photograph) and the sample files of github.com/ianare/exif-samples (real cameras and
  phones: Canon, Fujifilm, Sony, an iPhone, a Nokia, a Reconyx trail camera, ...), read
  from a snapshot of that repository when one is available ($EXIF_SAMPLES, a folder holding its
  `jpg/` tree). Left out by the same rule: files whose name says they are corrupted or invalid,
  and images that are not camera photographs (drawings, textures, composites with drawn lines),
  judged on a contact sheet of thumbnails, never on a measure. Degraded copies as in the earlier
  rounds, with other seeds (from 3000).
- Screenshots (must be left alone): the English screenshots that KDE's own documentation publishes
  for KStars and Marble (Debian packages kstars-data and marble-data, `doc/HTML/en/`), every PNG
  of at least 600 px on the long side that the contact sheet shows to be a program's window or
  part of one; each as published (PNG) and as JPEG Q85.

Measured once with the code as it was before the fourth round's changes ("before") and once at
the end of the round ("after"); nothing of it is looked at in between. Nothing of it is shipped;
it lives in ~/.cache/audit-desk-bench/images/round4.
"""

from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path

from PIL import Image

from benchmarks.image_parts import degraded_copies, screenshot_copies

log = logging.getLogger(__name__)

EXIF = "$EXIF_SAMPLES"  # not a Debian package: the exif-samples snapshot folder (holding jpg/)
DIGIKAM = "usr/share/digikam/about/images/"
ROUND4_PACKAGES = ("digikam-data", "kstars-data", "marble-data")
# Every JPEG of at least 1000 px on the long side, minus corrupted.jpg (by its name), by category
# as the contact sheet showed them, before any measure. Left out there as not camera photographs:
# tests/45-gps_ifd.jpg (a racing game's render, its logo in a corner) and
# tests/67-0_length_string.jpg (one flat grey frame). Two files of the repository,
# mobile/HMD_Nokia_8.3_5G_hdr.jpg and tests/46_UnicodeEncodeError.jpg, were absent from the stored
# snapshot (large files) and could not be looked at. The names under tests/ say which exif-parsing
# bug each file once exposed, not that the image is damaged: they decode whole.
ROUND4_PHOTOS = {
    "landscape_sky": [
        ("digikam-data", DIGIKAM + "body-background.jpg"),
        (EXIF, "jpg/Reconyx_HC500_Hyperfire.jpg"),
        (EXIF, "jpg/mobile/HMD_Nokia_8.3_5G.jpg"),
        (EXIF, "jpg/tests/11-tests.jpg"),
        (EXIF, "jpg/tests/28-hex_value.jpg"),
        (EXIF, "jpg/tests/30-type_error.jpg"),
        (EXIF, "jpg/tests/33-type_error.jpg"),
        (EXIF, "jpg/tests/36-memory_error.jpg"),
    ],
    "shallow_focus": [
        (EXIF, "jpg/mobile/jolla.jpg"),
        (EXIF, "jpg/hdr/iphone_hdr_NO.jpg"),
        (EXIF, "jpg/hdr/iphone_hdr_YES.jpg"),
    ],
    "dark_indoor": [
        (EXIF, "jpg/hdr/canon_hdr_NO.jpg"),
        (EXIF, "jpg/hdr/canon_hdr_YES.jpg"),
        (EXIF, "jpg/tests/42_IndexError.jpg"),
    ],
    "indoor": [
        (EXIF, "jpg/exif-org/fujifilm-dx10.jpg"),
        (EXIF, "jpg/exif-org/sony-powershota5.jpg"),
    ],
    "product": [
        (EXIF, "jpg/tests/22-canon_tags.jpg"),
        (EXIF, "jpg/tests/35-empty.jpg"),
    ],
    "street": [
        (EXIF, "jpg/tests/87_OSError.jpg"),
    ],
}
# Every English documentation PNG of at least 600 px on the long side that the contact sheet showed
# to be a program's window or part of one (panels, toolbars, plots inside a window, windows with
# the authors' red arrows and labels). Left out there: Arp84_EyepieceView, alignment_polaris and
# mosaic_close_pole (the sky alone, no window around it), flux, kepler2nd and star_colors
# (diagrams), marble's download-region-1 (a drawing of map tiles and a globe).
ROUND4_SCREENSHOTS = {
    ("kstars-data", "usr/share/doc/HTML/en/kstars/"): (
        "Add_Object_to_Session_plan", "Another_way4", "Another_way5", "Another_way6",
        "Another_way_to_add", "Another_way_to_add_part3", "Delete_all_images",
        "EPView_Screenshot", "KStars_Neptune", "Savin_session", "advanced_page",
        "altvstime", "astrometry_indexes_settings", "astrometry_settings",
        "astrometry_windows_ansvr", "calc-angdist", "calc-apcoords", "calc-daylength",
        "calc-ecliptic", "calc-eqgal", "calc-equinox", "calc-geodetic", "calc-horizontal",
        "calc-julian", "calc-planetcoords", "calc-sidereal", "catalog_details",
        "colors_page", "complete_info_ldn", "csv_import", "csv_import_populated",
        "csv_openngc", "dark_library", "delete_catalog", "devicemanager", "dso_manager",
        "dss", "ekos-scheduler-mosaic-atpole", "ekos-scheduler-mosaic-rotation",
        "ekos-scheduler-mosaic-std", "ekos-scheduler-mosaic-threequarteroverlap",
        "ekos_analyze", "ekos_astrometry", "ekos_capture", "ekos_focus", "ekos_guide",
        "ekos_guide_phd2", "ekos_page", "ekos_profile_guider_select",
        "ekos_remote_astrometry", "ekos_rotator_settings", "ekos_scheduler", "ekos_summary",
        "ekos_summary_cheatsheet", "execute_session_nt", "execute_session_the_nt",
        "fits_page", "fits_settings", "fitsarea", "fitsviewer", "fitsviewer_histogram",
        "fitsviewer_selstat", "focus_bad_focus", "focus_ccdfw_group", "focus_display",
        "focus_good_focus", "focus_mechanics", "focus_process", "focus_relative_profile",
        "focus_settings", "focus_vcurve", "focus_vcurve_timeseries", "focuser_group",
        "geolocator", "guide_drift_graphics", "guides_page", "import_catalog", "indi_page",
        "indicontrolpanel", "jmoons", "kstars_annotation", "kstars_hips", "kstars_horizon",
        "kstars_m44_mac", "load_catalog", "mosaic_planner", "mosaic_wizard", "newfov",
        "open_dialog_ldn", "open_ldn", "optical_train_group", "polar_alignment_result",
        "polar_assistant_main", "profile_editor", "profile_editor_scripts",
        "profile_wizard_select", "satellites_page", "scheduler_planner", "screen1",
        "scriptbuilder", "sds", "solarsystem_page", "solver_settings",
        "star_profile_examine_pixels", "star_profile_final", "star_profile_main",
        "star_profile_toolbar1", "star_profile_toolbar2", "star_profile_vertical",
        "supernovae_page", "terrain_page", "viewops", "wut", "xplanet_page",
    ),
    ("marble-data", "usr/share/doc/HTML/en/marble/"): (
        "configure-cacheproxy", "configure-dateandtime", "configure-navigation",
        "configure-plugins", "configure-routing", "configure-synchronization",
        "configure-view", "download-region-3", "mapview-1", "measure-1", "quick-1",
        "routing-1", "routing-2", "routing-3", "routing-4", "routing-5", "routing-6",
        "search-1", "search-2",
    ),
}  # fmt: skip


def _photo_sources(unpacked: Path) -> tuple[list[tuple[str, Path, int]], bool]:
    """Return (category, file, seed) for each photo at hand, and whether every one was."""
    samples = os.environ.get("EXIF_SAMPLES")
    if not samples or not (Path(samples) / "jpg").is_dir():
        log.warning("round4: $EXIF_SAMPLES names no folder holding jpg/: its photos are skipped")
        samples = None
    sources, complete = [], True
    seed = 3000  # per listed photo, so a photo keeps its seed when another one is missing
    for category, items in ROUND4_PHOTOS.items():
        for package, path in items:
            if package != EXIF:
                sources.append((category, unpacked / package / path, seed))
            elif samples:
                sources.append((category, Path(samples) / path, seed))
            else:
                complete = False
            seed += 1
    return sources, complete


def build_round4(root_cache: Path, fetch, degrade, jpeg) -> list[dict]:
    """Write the fourth held-out part; return its manifest (cached as round4.json when whole)."""
    manifest_path = root_cache / "round4.json"
    if manifest_path.exists():
        return json.loads(manifest_path.read_text())
    unpacked = fetch(root_cache, ROUND4_PACKAGES)
    out = root_cache / "round4"
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    sources, complete = _photo_sources(unpacked)
    for category, src, seed in sources:
        try:
            data = src.read_bytes()
            with Image.open(io.BytesIO(data)) as img:
                img.load()  # a snapshot cut short leaves a truncated file: not a photo to judge
                rgb = img.convert("RGB")
        except OSError as exc:
            log.warning("round4: %s skipped: %s", src, exc)
            complete = False
            continue
        stem = f"{category}-{src.stem}"
        original = out / f"{stem}.jpg"
        original.write_bytes(data)
        manifest.append({"file": original.name, "category": category, "kind": "sharp"})
        manifest += degraded_copies(out, stem, category, rgb, seed, degrade)
    for (package, folder), names in ROUND4_SCREENSHOTS.items():
        app = package.removesuffix("-data")
        for name in names:
            src = unpacked / package / folder / f"{name}.png"
            if not src.exists():
                log.warning("round4: %s is missing from %s", src.name, package)
                complete = False
                continue
            manifest += screenshot_copies(out, f"screenshot-{app}-{name}", src, jpeg)
    if complete:
        manifest_path.write_text(json.dumps(manifest, indent=1))
    else:  # rebuilt on the next run, so that "before" and "after" can be judged on the whole part
        log.warning(
            "round4: part incomplete, not cached; figures are not comparable to a whole run"
        )
    return manifest
