"""Take the screenshot of the Checks tab on a demo workspace (docs/screenshots/checks.png).

Run under a real X server for real font rendering:
    xvfb-run -s "-screen 0 1440x900x24" python docs/screenshots/take_checks.py
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
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
    from auditor.demo import build_demo
    from auditor.evidence import add_evidence
    from auditor.storage import Store
    from docs.screenshots.take import _use_test_checklist_if_none
    from ui.context import AppContext
    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings
    from ui.tasks import SyncTaskRunner
    from ui.widgets.theme import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    tmp = Path(tempfile.mkdtemp())
    _use_test_checklist_if_none(tmp)
    store = Store.open(tmp / "demo.auditdesk")
    audit_id = build_demo(store)
    add_evidence(
        store, audit_id, BLURRY.read_bytes(), name="reception.jpg", caption="Reception", lang="it"
    )
    ctx = AppContext(store=store, tasks=SyncTaskRunner(), lang=os.environ["AUDITOR_LANG"])
    window = MainWindow(ctx, UiSettings(tmp / "ui.ini"))
    window.resize(1440, 900)
    window.show()
    window.open_audit(audit_id)
    view = window.audit_view
    checks = view.panes[-1]
    view.tabs.setCurrentWidget(checks)
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
