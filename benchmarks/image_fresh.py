"""The fresh held-out part of the image set (issue 17, third round), chosen by a rule written first.

The rule, written before any image of it was measured (the lxqt held-out part had been looked at
by then, so it joined the tuning part):

- Photographs: every photograph (a real scene, not a drawing or a flat-colour illustration,
  judged on a contact sheet of thumbnails, never on a measure) of at least 1000 px on the long
  side in two Debian packages no round had used: enlightenment-data (BSD-2 package; its
  backgrounds are .edj files holding the same photo at 13 sizes: the largest JPEG is taken)
  and forensics-samples-files (CC-BY-SA-4.0: real phone and camera photos at 1280-4000 px; the
  1024 px WhatsApp copy is left out, being a messenger's re-compression whose label is unclear).
  Left out as not photographs: Dunes, Sunset-Hills, Flat-Fan (illustrations), the Squiggles,
  Flat-Stone-Pattern (750 px). Degraded copies as before, with other seeds (from 2000).
- Screenshots (must be left alone): programs no round had used, under Xvfb: xterm with a man page
  (TrueType at 9 and 13 pt, and the bitmap `fixed` font), xcalc, xclock, xeyes, xlogo and
  xmessage dialogs grabbed as windows (small: 100-500 px), ImageMagick `display` of a PDF page
  rendered by pdftoppm, and the app's window at 800x600 and 1024x768 screens. Each as captured
  (PNG), as JPEG Q85 and Q95, and the screen-sized ones reduced as a browser zoom does (x0.8
  bilinear, x0.67 Lanczos, PNG).

Measured once with the code as it was ("before"), once at the end of the round ("after").
Nothing of it is shipped; it lives in ~/.cache/audit-desk-bench/images/fresh.
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from benchmarks.image_parts import degraded_copies, screenshot_entries

log = logging.getLogger(__name__)

ENLIGHTENMENT = "usr/share/enlightenment/data/backgrounds/"
FORENSICS = "usr/share/forensics-samples/original-files/"
FRESH_PACKAGES = ("enlightenment-data", "forensics-samples-files")
# By category, as the contact sheet shows them (before any measure).
FRESH_PHOTOS = {
    "landscape_sky": [
        ("enlightenment-data", ENLIGHTENMENT + "God-Rays.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Sunset-Clouds.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Snow-Trees.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Mountain.edj"),
    ],
    "shallow_focus": [
        ("enlightenment-data", ENLIGHTENMENT + "Bamboo.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Green-Maple.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Red-Maple.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Spruce-Needles.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "White-Flower.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Yellow-Flower.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Lichen-Branches.edj"),
    ],
    "dark_indoor": [
        ("enlightenment-data", ENLIGHTENMENT + "Foggy-Trees.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Peaks.edj"),
        ("forensics-samples-files", FORENSICS + "pic1/IMG_20200827_231612.jpg"),
        ("forensics-samples-files", FORENSICS + "pic2/IMG_20191224_234846.jpg"),
        ("forensics-samples-files", FORENSICS + "pic2/IMG_20200124_231153.jpg"),
    ],
    "product": [
        ("enlightenment-data", ENLIGHTENMENT + "Sea-of-Lanterns.edj"),
        ("enlightenment-data", ENLIGHTENMENT + "Paper-Flower.edj"),
        ("forensics-samples-files", FORENSICS + "pic1/IMG_1054.JPG"),
        ("forensics-samples-files", FORENSICS + "pic2/IMG_20200608_111614.jpg"),
    ],
}
SCREEN_SIZES = ((800, 600), (1024, 768))
ZOOMS = ((0.8, Image.Resampling.BILINEAR), (0.67, Image.Resampling.LANCZOS))


def largest_jpeg(blob: bytes) -> bytes:
    """Return the largest JPEG stored in an Enlightenment .edj background (or the file itself)."""
    if blob[:3] == b"\xff\xd8\xff":
        return blob
    best, area, start = b"", 0, blob.find(b"\xff\xd8\xff")
    while start >= 0:
        end = blob.find(b"\xff\xd9", start)
        while end >= 0:
            try:
                with Image.open(io.BytesIO(blob[start : end + 2])) as img:
                    img.load()
                    if img.width * img.height > area:
                        best, area = blob[start : end + 2], img.width * img.height
                break
            except OSError:  # an 0xFFD9 inside entropy-coded data cannot occur; a thumbnail's can
                end = blob.find(b"\xff\xd9", end + 2)
        start = blob.find(b"\xff\xd8\xff", start + 3)
    return best


def _x(command: list[str], size: tuple[int, int], grab: str, target: Path, wait: int = 4) -> None:
    """Run a program under Xvfb and grab the root window or the program's window into target."""
    w, h = size
    if grab == "root":
        take = 'import -window root "$T"'
    else:  # the program's own window, as a window grab tool takes it
        take = f'id=$(xdotool search --sync --onlyvisible --name "{grab}" | head -1); import -window "$id" "$T"'
    script = f'sleep 1; "$@" & p=$!; sleep {wait}; {take}; kill $p'
    subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {w}x{h}x24", "bash", "-c", script, "shot", *command],
        check=True, capture_output=True, timeout=120,
        env={**os.environ, "T": str(target), "QT_QPA_PLATFORM": "xcb"},
    )  # fmt: skip


def _scenes(work: Path, root: Path) -> list[tuple[str, list[str], tuple[int, int], str]]:
    page = work / "page-1.png"
    if not page.exists():
        pdf = "/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "2", "-l", "2", "-singlefile",
                        pdf, str(work / "page-1")], check=True)  # fmt: skip
    man = "man -P cat bash 2>/dev/null | head -300; sleep 30"
    py = sys.executable
    scenes = []
    for w, h in ((1024, 768), (1600, 900)):
        scenes += [
            (f"xterm_ttf9-{w}x{h}", ["xterm", "-maximized", "-fa", "DejaVu Sans Mono", "-fs", "9",
                                     "-e", "bash", "-c", man], (w, h), "root"),
            (f"xterm_ttf13-{w}x{h}", ["xterm", "-maximized", "-fa", "DejaVu Sans Mono", "-fs",
                                      "13", "-e", "bash", "-c", man], (w, h), "root"),
            (f"xterm_fixed-{w}x{h}", ["xterm", "-maximized", "-fn", "fixed", "-e", "bash", "-c",
                                      man], (w, h), "root"),
            (f"display_pdf-{w}x{h}", ["display", str(page)], (w, h), "root"),
        ]  # fmt: skip
    scenes += [
        ("xcalc", ["xcalc"], (1024, 768), "Calculator"),
        ("xclock", ["xclock", "-geometry", "300x300"], (1024, 768), "xclock"),
        ("xeyes", ["xeyes", "-geometry", "240x160"], (1024, 768), "xeyes"),
        ("xlogo", ["xlogo", "-geometry", "200x200"], (1024, 768), "xlogo"),
        ("xmessage_ask", ["xmessage", "-buttons", "Save,Discard,Cancel", "-title", "dialog",
                          "Save the changes to the audit before closing?"], (1024, 768),
         "dialog"),
        ("xmessage_note", ["xmessage", "-title", "note", "-file",
                           str(root / "docs" / "checks" / "image.md")], (800, 600), "note"),
    ]  # fmt: skip
    for w, h in SCREEN_SIZES:
        scenes.append((f"app-{w}x{h}", [py, "-m", "ui.launcher", "--workspace",
                                        str(work / "empty.auditdesk")], (w, h), "root"))  # fmt: skip
    return scenes


def take_screenshots(out: Path, root: Path) -> list[tuple[Path, bool]]:
    """Take the fresh screenshots; return their paths and whether each fills a screen."""
    work = out.parent / "fresh-work"
    work.mkdir(parents=True, exist_ok=True)
    shots = []
    for name, command, size, grab in _scenes(work, root):
        target = out / f"screenshot-{name}.png"
        if not target.exists():
            _x(command, size, grab, target, wait=7 if command[0] == sys.executable else 4)
        shots.append((target, grab == "root"))
    return shots


def build_fresh(root_cache: Path, repo: Path, fetch, degrade, jpeg) -> list[dict]:
    """Write the fresh held-out part; return its manifest (cached as fresh.json)."""
    manifest_path = root_cache / "fresh.json"
    if manifest_path.exists():
        return json.loads(manifest_path.read_text())
    unpacked = fetch(root_cache, FRESH_PACKAGES)
    out = root_cache / "fresh"
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    seed = 2000  # neither the tuning part's seeds nor the first held-out part's
    for category, items in FRESH_PHOTOS.items():
        for package, path in items:
            src = unpacked / package / path
            data = largest_jpeg(src.read_bytes())
            stem = f"{category}-{src.stem}"
            original = out / f"{stem}.jpg"
            original.write_bytes(data)
            manifest.append({"file": original.name, "category": category, "kind": "sharp"})
            with Image.open(io.BytesIO(data)) as img:
                rgb = img.convert("RGB")
                manifest += degraded_copies(out, stem, category, rgb, seed, degrade)
            seed += 1
    for shot, screen in take_screenshots(out, repo):
        entries = [shot]
        with Image.open(shot) as img:
            rgb = img.convert("RGB")
            for q in (85, 95):
                jpeg_path = out / f"{shot.stem}-q{q}.jpg"
                jpeg_path.write_bytes(jpeg(rgb, q))
                entries.append(jpeg_path)
            if screen:
                for zoom, method in ZOOMS:
                    size = (round(rgb.width * zoom), round(rgb.height * zoom))
                    zoomed = out / f"{shot.stem}-zoom{round(zoom * 100)}.png"
                    rgb.resize(size, method).save(zoomed)
                    entries.append(zoomed)
        manifest += screenshot_entries(entries)
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return manifest
