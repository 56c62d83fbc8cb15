"""Child process of the start-up benchmark: start the app, or a bare PySide6 window, and say when shown."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bare() -> int:
    """Show an empty QMainWindow the way the app starts, and quit after the first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1440, 900)
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()


def app(workspace: str) -> int:
    """Start the real app on the workspace (ui.app.run quits after the first paint)."""
    os.environ["AUDITOR_QUIT_WHEN_SHOWN"] = "1"
    from ui.launcher import main

    sys.argv = ["auditor", "--workspace", workspace]
    return main()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
