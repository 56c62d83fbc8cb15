"""Draw the application icon with Pillow: hicolor PNGs, a Windows .ico and a macOS .icns."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MASTER = 1024  # drawn once large, then scaled down: small sizes stay smooth


def draw(size: int = MASTER) -> Image.Image:
    """Return the icon: a clipboard with a checklist and a magnifying glass on a teal tile."""
    s = size / 1024
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((48 * s, 48 * s, 976 * s, 976 * s), radius=200 * s, fill=(17, 94, 89, 255))
    # The clipboard and its clip.
    d.rounded_rectangle(
        (230 * s, 200 * s, 730 * s, 860 * s), radius=48 * s, fill=(250, 250, 247, 255)
    )
    d.rounded_rectangle(
        (370 * s, 150 * s, 590 * s, 260 * s), radius=30 * s, fill=(200, 160, 60, 255)
    )
    # Three checklist rows: a tick and a line each.
    for row in range(3):
        y = (360 + row * 150) * s
        d.line(
            [(290 * s, y + 10 * s), (320 * s, y + 45 * s), (375 * s, y - 25 * s)],
            fill=(22, 163, 74, 255),
            width=max(1, int(28 * s)),
            joint="curve",
        )
        d.rounded_rectangle(
            (420 * s, y - 5 * s, 660 * s, y + 35 * s), radius=18 * s, fill=(120, 130, 140, 255)
        )
    # The magnifying glass: the detail the auditor looks for.
    cx, cy, r = 700 * s, 700 * s, 150 * s
    d.line(
        [(cx + 95 * s, cy + 95 * s), (cx + 230 * s, cy + 230 * s)],
        fill=(40, 40, 40, 255),
        width=int(70 * s),
    )
    d.ellipse(
        (cx - r, cy - r, cx + r, cy + r),
        fill=(210, 235, 245, 235),
        outline=(40, 40, 40, 255),
        width=int(45 * s),
    )
    return img


def main(out: Path) -> int:
    """Write hicolor/<N>x<N>/apps/audit-desk.png, audit-desk.ico and audit-desk.icns under `out`."""
    master = draw()
    for size in HICOLOR_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        master.resize((size, size), Image.Resampling.LANCZOS).save(
            folder / "audit-desk.png", optimize=True
        )
    master.save(out / "audit-desk.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    master.save(out / "audit-desk.icns")
    master.resize((256, 256), Image.Resampling.LANCZOS).save(out / "audit-desk.png")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))
