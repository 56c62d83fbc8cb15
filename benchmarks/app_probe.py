"""Child process of the app benchmark: open the large audit in the real window and measure it."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    """Return this process's resident memory in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(workspace: str, audit_id: str) -> None:
    """Print {"open_ms", "scroll_ms", "rss_mb"} as one JSON line."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from auditor.storage import Store
    from ui.context import AppContext
    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings
    from ui.tasks import TaskRunner
    from ui.widgets.theme import STYLE_SHEET

    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE_SHEET)
    store = Store.open(workspace)
    ctx = AppContext(store=store, tasks=TaskRunner(), lang="en")
    window = MainWindow(ctx, UiSettings(Path(workspace).with_suffix(".ini")))
    window.show()
    app.processEvents()
    opens = []
    for _ in range(5):
        window.show_list()
        app.processEvents()
        start = time.perf_counter()
        window.open_audit(audit_id)
        window.repaint()  # synchronous paint: the first frame the auditor sees
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
    view = window.audit_view
    view.tabs.setCurrentWidget(view.evidence)
    app.processEvents()
    bar = view.evidence.strip.list.verticalScrollBar()
    steps = []
    for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.pageStep())):
        start = time.perf_counter()
        bar.setValue(value)
        view.evidence.strip.list.viewport().repaint()
        steps.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {
                "open_ms": statistics.median(opens),
                "scroll_ms": statistics.median(steps) if steps else 0.0,
                "rss_mb": rss_mb(),
            }
        )
    )
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
