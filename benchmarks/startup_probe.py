"""Child process of the start-up benchmark: start the app, or a bare PySide6 window, and say when shown.

Both print "shown" on the same hook: the first event-loop turn after the window's first paint. The
app then prints "ready" once the workspace is open and its audits list painted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bare() -> int:
    """Show an empty QMainWindow the way the app starts, and quit after the first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event):
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))

    app = QApplication(sys.argv)
    window = Window()
    window.resize(1440, 900)
    window.show()
    return app.exec()


def app(workspace: str) -> int:
    """Start the real app through its console entry point (ui.app quits once "ready")."""
    os.environ["AUDITOR_STARTUP_PROBE"] = "1"
    from ui.launcher import main

    sys.argv = ["auditor", "--workspace", workspace]
    return main()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
