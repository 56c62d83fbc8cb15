"""Take the screenshot of the Checks tab's website panel on a site whose certificate has expired,
in Italian at 1024x700 (docs/screenshots/site-certificate-1024-it.png).

The site is the labelled `https_ok` site of the tests, served over real TLS on 127.0.0.1 with a
certificate made here that expired yesterday (trusted through SSL_CERT_FILE, so the expiry is
the only fault). Run under a real X server:
    Xvfb :9 -screen 0 1024x700x24 & DISPLAY=:9 python docs/screenshots/take_site.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "auditor" / "checks" / "site"))
os.environ.setdefault("AUDITOR_LANG", "it")

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> int:
    """Check the expired site from the demo audit's Checks tab and save the window."""
    app = QApplication(sys.argv)
    from labelled import build, make_certificate, serve_tls

    from docs.screenshots.take import checks_pane, demo_window, demo_workspace
    from ui.app import use_qt_language
    from ui.widgets.theme import STYLE_SHEET

    lang = os.environ["AUDITOR_LANG"]
    app.setStyleSheet(STYLE_SHEET)
    use_qt_language(app, lang)
    tls = Path(tempfile.mkdtemp())
    site = build(tls / "labelled") / "https_ok"
    cert = make_certificate(tls, valid_days=(-90, -1))
    os.environ["SSL_CERT_FILE"] = str(cert[0])
    server = serve_tls(site, cert)
    tmp, store, ctx, audit_id = demo_workspace(lang)
    window = demo_window(ctx, tmp, audit_id, (1024, 700))
    checks = checks_pane(window)
    checks.show_panel(2)
    checks.site.url.setText(f"https://127.0.0.1:{server.server_address[1]}/")
    checks.site.run()
    for _round in range(10):
        app.processEvents()
    name = sys.argv[1] if len(sys.argv) > 1 else f"site-certificate-1024-{lang}.png"
    window.grab().save(str(OUT / name))
    server.shutdown()
    server.server_close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
