"""Child process of the programme view benchmark: the view on the 200 x 4 programme, measured."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

RUNS = 7


def main(workspace: str, client_id: str) -> None:
    """Print {"build_ms", "view_ms", "sort_ms", "wave_ms", "heatmap_ms", "rows"} as one JSON line."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from auditor.programme import build
    from auditor.storage import Store
    from ui.context import AppContext
    from ui.programme.view import ProgrammeView
    from ui.tasks import TaskRunner
    from ui.widgets.theme import STYLE_SHEET

    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE_SHEET)
    store = Store.open(workspace)
    ctx = AppContext(store=store, tasks=TaskRunner(), lang="en")

    builds = []
    for _ in range(RUNS):  # the reference: the core's bare build, same store, same process
        start = time.perf_counter()
        build(store, client_id)
        builds.append((time.perf_counter() - start) * 1000)

    view = ProgrammeView(ctx)
    view.resize(1440, 860)
    view.show()
    app.processEvents()

    def shown() -> float:
        done = []
        view.ready.connect(lambda: done.append(True))
        start = time.perf_counter()
        view.choose(client_id)  # the request: off the GUI thread, then shown
        while not done:
            app.processEvents()
            time.sleep(0.001)
        view.repaint()  # synchronous paint: what the user sees
        elapsed = (time.perf_counter() - start) * 1000
        view.ready.disconnect()
        return elapsed

    shown()  # warm-up: imports, first polish
    views = [shown() for _ in range(RUNS)]

    table, model = view.table, view.model
    sorts = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            start = time.perf_counter()
            table.sortByColumn(column, order)
            table.viewport().repaint()
            sorts.append((time.perf_counter() - start) * 1000)

    waves = []
    ids = [view.wave.itemData(i) for i in range(view.wave.count())]
    for wave_index in range(len(ids)):
        start = time.perf_counter()
        view.wave.setCurrentIndex(wave_index)
        view.repaint()
        waves.append((time.perf_counter() - start) * 1000)

    view.tabs.setCurrentIndex(0)
    heatmaps = []
    for wave_index in range(len(ids)):
        view.wave.setCurrentIndex(wave_index)
        view.programme._cache.clear()  # what a wave not yet looked at costs
        done = []
        view.heatmap_ready.connect(lambda done=done: done.append(True))
        start = time.perf_counter()
        view.tabs.setCurrentIndex(1)  # the tab asks for its heatmap, off the GUI thread
        while not done:
            app.processEvents()
            time.sleep(0.001)
        view.repaint()
        heatmaps.append((time.perf_counter() - start) * 1000)
        view.heatmap_ready.disconnect()
        view.tabs.setCurrentIndex(0)
    print(
        json.dumps(
            {
                "build_ms": statistics.median(builds),
                "view_ms": statistics.median(views),
                "sort_ms": statistics.median(sorts),
                "sort_max_ms": max(sorts),
                "wave_ms": statistics.median(waves),
                "heatmap_ms": statistics.median(heatmaps),
                "rows": model.rowCount(),
            }
        )
    )
    ctx.tasks.wait()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
