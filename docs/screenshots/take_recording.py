"""Take the screenshots of the Recording panel on the demo audit's phone visit.

A labelled synthetic call of the tests (tests/data/calls/it-recorder.flac: Italian ringback, an
espeak-ng greeting, a hold with music) is attached as the auditor would drop it. Run under a real
X server for real font rendering:
    xvfb-run -s "-screen 0 1440x900x24" python docs/screenshots/take_recording.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent
CALL = ROOT / "tests" / "data" / "calls" / "it-recorder.flac"
SHOTS = (("en", (1440, 900), "recording.png"), ("it", (1024, 700), "recording-1024-it.png"))


def take(app: QApplication, lang: str, size: tuple[int, int], name: str) -> None:
    """Build the demo, attach the call to its phone visit, and save the window as `name`."""
    from docs.screenshots.take import checks_pane, demo_window, demo_workspace
    from ui.checks import recording_consent

    tmp, store, ctx, audit_id = demo_workspace(lang)
    window = demo_window(ctx, tmp, audit_id, size)
    checks = checks_pane(window)
    checks.show_panel(4)  # the Recording panel
    recording_consent.ask_consent = lambda _parent: True  # the auditor answers "permitted"
    call = tmp / ("chiamata-reception.flac" if lang == "it" else "front-desk-call.flac")
    shutil.copyfile(CALL, call)
    checks.recording.attach(call)
    for _round in range(10):
        app.processEvents()
    window.grab().save(str(OUT / name))
    window.close()
    store.close()


def main() -> int:
    """Save recording.png (English, 1440x900) and recording-1024-it.png (Italian, 1024x700)."""
    app = QApplication(sys.argv)
    from ui.widgets.theme import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    for lang, size, name in SHOTS:
        os.environ["AUDITOR_LANG"] = lang
        take(app, lang, size, name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
