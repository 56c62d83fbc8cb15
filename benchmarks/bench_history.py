"""History pane figure: an audit with 10,000 recorded changes told, loaded and first painted."""

from __future__ import annotations

import itertools
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from auditor.checklists import journey_templates
from auditor.model import NA, AnswerType, Audit, Client, HistoryEntry, Item
from auditor.service import PlannedVisit, create_audit
from auditor.storage import Store
from benchmarks.common import median_ms, row

ENTRIES = 10_000
RUNS = 7


def _value(item: Item, i: int) -> Any:
    match item.type:
        case AnswerType.YES_NO:
            return ["yes", "yes", "no", NA][i % 4]
        case AnswerType.SCALE:
            return 1 + i % item.scale_max
        case AnswerType.CHOICE:
            return item.options[i % len(item.options)].id
        case AnswerType.NUMBER | AnswerType.TIMER:
            return float(5 + i % 40)
        case AnswerType.TEXT:
            return f"The receptionist said the rooms were {i % 7} floors up; confirmed by e-mail."
    return None


def build(path: Path) -> str:
    """Create an audit of six touchpoints with ENTRIES history entries and return its id.

    The entries are what the commands record (answers and their changes, notes, findings,
    evidence, completions and later changes, undo and redo), written in one transaction through
    the store: running 10,000 commands would only time the commands.
    """
    with Store.open(path) as store:
        client = store.clients.add(Client(name="Benchmark Hotels S.p.A."))
        audit = Audit(client_id=client.id, title="Audit with a long history")
        _, visits = create_audit(store, audit, [PlannedVisit(t.id) for t in journey_templates()])
        templates = {t.id: t for t in journey_templates()}
        places = list(
            itertools.chain.from_iterable(
                [(v, item) for item in templates[v.template_id].items] for v in visits
            )
        )
        start = datetime(2026, 11, 2, 9, 0).astimezone()
        last: dict[tuple[str, str], Any] = {}
        entries = []
        for i in range(ENTRIES):
            visit, item = places[i % len(places)]
            at = start + timedelta(seconds=7 * i)
            common = {
                "audit_id": audit.id,
                "at": at,
                "actor": "Giulia Bianchi",
                "device": "laptop-giulia",
            }
            kind = i % 20
            if kind == 5:
                old = f"Observation {i - 20}" if i >= 20 else ""
                entry = HistoryEntry(
                    action="note", visit_id=visit.id, item_id=item.id, old=old,
                    new=f"Observation {i}: the lobby was tidy but the signage was small.", **common,
                )  # fmt: skip
            elif kind == 9:
                entry = HistoryEntry(
                    action="add_finding", visit_id=visit.id, item_id=item.id, target=f"f{i}",
                    new={"title": f"Finding {i}: detail missed", "severity": "major"}, **common,
                )  # fmt: skip
            elif kind == 13:
                entry = HistoryEntry(
                    action="add_evidence", visit_id=visit.id, item_id=item.id, target=f"e{i}",
                    new={"caption": f"Photo {i}", "file": f"IMG_{i}.jpg", "regions": i % 2}, **common,
                )  # fmt: skip
            elif kind == 17:
                entry = HistoryEntry(
                    action="complete_visit", visit_id=visit.id, old="in_progress", new="completed",
                    **common,
                )  # fmt: skip
            else:
                new = _value(item, i)
                old = last.get((visit.id, item.id))
                last[(visit.id, item.id)] = new
                entry = HistoryEntry(
                    action="answer" if new is not None else "clear", visit_id=visit.id,
                    item_id=item.id, old=old, new=new, via=("", "", "", "undo", "redo")[i % 5],
                    **common,
                )  # fmt: skip
            entries.append(entry)
        with store.transaction():
            store.history.add(entries)
        return audit.id


def _plain_select_ms(path: Path, audit_id: str) -> float:
    """Return the median time of reading the same rows with one plain SELECT (the reference)."""
    # The floor no layer above SQLite can beat: the same query as the store's, on its own
    # read-only connection, rows left as tuples (the app's SQL stays in auditor/storage).
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def once() -> None:
        conn.execute(
            "SELECT * FROM history WHERE audit_id = ? ORDER BY julianday(at), rowid", (audit_id,)
        ).fetchall()

    try:
        return median_ms(once, runs=RUNS)
    finally:
        conn.close()


def run() -> list[dict]:
    """Return the history rows: the entries read, the rows told, the History tab painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from auditor.audit_history import history_rows, rows_of

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "history.auditdesk"
        audit_id = build(path)
        reference = _plain_select_ms(path, audit_id)
        with Store.open(path) as store:
            assert store.history.count(audit_id) == ENTRIES
            read = median_ms(lambda: store.history.for_audit(audit_id), runs=RUNS)
            visits, entries = store.audits.visits(audit_id), store.history.for_audit(audit_id)
            telling = median_ms(lambda: rows_of(store, "it", visits, entries), runs=RUNS)
            told = median_ms(lambda: history_rows(store, audit_id, "it"), runs=RUNS)
            shown = _shown_ms(app, store, audit_id)
    name = f"history, {ENTRIES:,} changes"
    select = "one plain SELECT of the rows"
    return [
        row(f"{name}: entries read", read, None, reference, select),
        row(f"{name}: told from read entries", telling),
        row(f"{name}: rows read and told", told, None, reference, select),
        row(f"{name} shown (rows, model, paint)", shown, 200.0, reference, select),
    ]


def _shown_ms(app: Any, store: Store, audit_id: str) -> float:
    """Return the median time from opening the History tab on the audit to its first paint."""
    from PySide6.QtCore import QEvent, QObject

    from ui.context import AppContext
    from ui.history.pane import HistoryPane
    from ui.tasks import SyncTaskRunner

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    pane = HistoryPane(AppContext(store=store, tasks=SyncTaskRunner(), lang="it"))
    paints = Paints(pane)
    pane.table.viewport().installEventFilter(paints)
    pane.resize(1400, 800)
    pane.show()
    app.processEvents()  # the empty pane on screen is not part of the figure
    times = []
    try:
        for attempt in range(RUNS + 1):
            pane.set_audit(None)
            app.processEvents()
            paints.count = 0
            start = time.perf_counter()
            pane.set_audit(audit_id)  # shown: reads, tells, resets the model, scrolls to the end
            app.processEvents()  # lays out and paints the rows in view, once
            elapsed = (time.perf_counter() - start) * 1000
            assert paints.count >= 1 and pane.model.rowCount() == ENTRIES
            if attempt:  # the first run warms up (templates parsed, fonts loaded)
                times.append(elapsed)
    finally:
        pane.close()
        pane.deleteLater()
        app.processEvents()
    return statistics.median(times)


if __name__ == "__main__":
    from benchmarks.__main__ import fmt

    for result in run():
        print(fmt(result))
