"""Take the screenshot of Edit > Dictionary over the window, in Italian at 1024x700
(docs/screenshots/dictionary-1024-it.png).

Run under a real X server with a window manager, so that the dialog has its frame and title:
    Xvfb :9 -screen 0 1024x700x24 & DISPLAY=:9 openbox &
    DISPLAY=:9 python docs/screenshots/take_dictionary.py
Without a window manager the dialog is drawn over the window's own grab, frameless.
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
WORDS = ("Bellavista", "idromassaggio", "Valpolicella", "check-in", "Garda", "late-checkout")


def main() -> int:
    """Open the demo audit at 1024x700, then the dictionary with a refused entry, and save both."""
    app = QApplication(sys.argv)
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtTest import QTest

    from auditor.commands import AcceptWord
    from docs.screenshots.take import demo_window, demo_workspace
    from ui.app import use_qt_language
    from ui.dialogs.dictionary import DictionaryDialog
    from ui.widgets.theme import STYLE_SHEET

    lang = os.environ["AUDITOR_LANG"]
    app.setStyleSheet(STYLE_SHEET)
    use_qt_language(app, lang)
    tmp, store, ctx, audit_id = demo_workspace(lang)
    for word in WORDS:
        ctx.run(AcceptWord(word))
    window = demo_window(ctx, tmp, audit_id)  # maximised on a smaller screen, as a user sees it
    dialog = DictionaryDialog(ctx, window)
    dialog.show()
    dialog.word.setText("Hotel Bellavista")
    dialog.add()  # refused: the dialog says why, and keeps what was typed
    for _round in range(20):  # the window manager maps, frames and places both windows
        app.processEvents()
        QTest.qWait(50)
    if os.environ.get("DISPLAY"):
        shot = app.primaryScreen().grabWindow(0)  # the screen as seen: frames and titles
    else:
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(), dialog.grab())
        painter.end()
    name = sys.argv[1] if len(sys.argv) > 1 else f"dictionary-1024-{lang}.png"
    QPixmap(shot).save(str(OUT / name))
    dialog.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
