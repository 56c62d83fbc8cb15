"""Take the screenshot of the Checks tab on a demo workspace (docs/screenshots/checks.png).

Run under a real X server for real font rendering:
    xvfb-run -s "-screen 0 1440x900x24" python docs/screenshots/take_checks.py
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_LANG", "it")

from PySide6.QtWidgets import QApplication  # noqa: E402

log = logging.getLogger(__name__)
OUT = Path(__file__).resolve().parent
BLURRY = ROOT / "tests" / "auditor" / "checks" / "image" / "data" / "clock_motion.jpg"

REPLY = (
    "Gentile Sig.ra Rinaldi,\n"
    "la ringraziamo per averci contattato. Purtroppo il pacchetto spa per il weekend del "
    "28 novembre e' esaurito, perchè  abbiamo molte richieste. Ti proponiamo il weekend "
    "successivo allo stesso prezzo: la camera con vista lago e il massaggio di coppia sono "
    "inclusi, a due passi dal centro di verona.\n"
    "Per confermare puoi rispondere a questa mail entro venerdi.\n\n"
    "Cordiali saluti,\n"
    "Reception hotel bellavista\n"
)


def main() -> int:
    """Build a demo workspace, open the Checks tab on a checked reply and save the screenshot."""
    app = QApplication(sys.argv)
    from auditor.evidence import add_evidence
    from docs.screenshots.take import checks_pane, demo_window, demo_workspace
    from ui.widgets.theme import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    tmp, store, ctx, audit_id = demo_workspace(os.environ["AUDITOR_LANG"])
    add_evidence(
        store, audit_id, BLURRY.read_bytes(), name="reception.jpg", caption="Reception", lang="it"
    )
    window = demo_window(ctx, tmp, audit_id, (1440, 900))
    checks = checks_pane(window)
    panel = checks.text
    panel.editor.setPlainText(REPLY)
    panel.run()
    checks.show_panel(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    for _round in range(5):
        app.processEvents()
    name = sys.argv[1] if len(sys.argv) > 1 else "checks.png"
    window.grab().save(str(OUT / name))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
