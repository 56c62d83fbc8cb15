"""Render the demo report's cover, summary, first touchpoint and evidence index pages as PNGs (docs/report/).

Needs pdftoppm (poppler-utils):
    python docs/report/take.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent
PAGES = {"cover": 1, "summary": 3, "touchpoint": 6, "evidence": -1}  # -1: the last page
DPI = 72


def main() -> int:
    """Build the demo audit in a temporary workspace and picture four pages per language."""
    from pypdf import PdfReader

    from auditor.demo import build_demo
    from auditor.report import build_report
    from auditor.storage import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.auditdesk")
        audit_id = build_demo(store)
        for lang in ("it", "en"):
            pdf = Path(tmp) / f"{lang}.pdf"
            build_report(store, audit_id, pdf, lang=lang)
            last = len(PdfReader(str(pdf)).pages)
            for name, wanted in PAGES.items():
                page = last if wanted < 0 else wanted
                stem = OUT / f"{lang}-{name}-{page:02d}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(DPI),
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
