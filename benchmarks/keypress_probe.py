"""Child process of the keypress benchmark: one answer key in the real window, to the score shown.

Usage: keypress_probe.py FOLDER AUDITS. Builds a workspace holding AUDITS audits (six touchpoints
each, half answered), opens the first in the real main window offscreen, and presses Y and N
alternately on a yes/no item: each press goes key -> runner -> SetAnswer command -> store ->
Change event -> runner, header and audits list refreshed. Prints one JSON line of medians (ms).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

PRESSES = 121  # fsync jitter is a millisecond: many presses, one median


def build(path: Path, audits: int) -> str:
    """Write the workspace and return the id of the audit the window opens."""
    from auditor.checklists import journey_templates
    from auditor.model import Audit, Client, TouchpointKind, Visit
    from auditor.storage import Store

    templates = journey_templates()
    with Store.open(path) as store, store.transaction():
        client = store.clients.add(Client(name="Benchmark chain"))
        first = ""
        for n in range(audits):
            audit = Audit(client_id=client.id, title=f"Branch {n:03d}", auditor="Bench")
            visits = [
                (
                    Visit(
                        audit_id=audit.id,
                        kind=TouchpointKind(t.touchpoint),
                        template_id=t.id,
                        template_version=t.version,
                    ),
                    t,
                )
                for t in templates
            ]
            store.audits.create(audit, visits)
            for visit, template in visits:
                for item in template.items[::2]:
                    if item.type == "yes_no":
                        store.answers.set(visit.id, item.id, "yes" if n % 3 else "no")
            first = first or audit.id
    return first


def main(folder: str, audits: int) -> None:
    """Print {"keypress_ms", "command_ms"} as one JSON line."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from auditor.commands import SetAnswer
    from auditor.storage import Store
    from ui.context import AppContext
    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings
    from ui.tasks import TaskRunner
    from ui.widgets.theme import STYLE_SHEET

    path = Path(folder) / f"keypress-{audits}.auditdesk"
    audit_id = build(path, audits)
    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE_SHEET)
    store = Store.open(path)
    ctx = AppContext(store=store, tasks=TaskRunner(), lang="en")
    window = MainWindow(ctx, UiSettings(path.with_suffix(".ini")))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    session = runner.session
    assert session is not None
    item = next(i for i in session.items[1::2] if i.type == "yes_no")  # unanswered at first
    runner.go_to_item(item.id)
    runner.item_view.setFocus()
    app.processEvents()
    label = runner.header.scores
    times = []
    for n in range(PRESSES):
        before = label.text()
        start = time.perf_counter()
        QTest.keyClick(runner.item_view, Qt.Key.Key_Y if n % 2 == 0 else Qt.Key.Key_N)
        label.repaint()  # the new score painted, as the auditor sees it
        times.append((time.perf_counter() - start) * 1000)
        if label.text() == before and n > 0:
            raise RuntimeError("the score did not change after a key")
    # The same command without the window: what the store and the core cost alone.
    commands = []
    for n in range(PRESSES):
        start = time.perf_counter()
        ctx.editor.run(SetAnswer(session.visit.id, item.id, "yes" if n % 2 else "no"))
        commands.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {
                "keypress_ms": statistics.median(times[1:]),
                "command_ms": statistics.median(commands[1:]),
            }
        )
    )
    window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
