"""Take the documentation screenshots of the window on a demo workspace.

Run under a real X server for real font rendering:
    xvfb-run -s "-screen 0 1440x900x24" python docs/screenshots/take.py
Add --only-programme to take only the programme's shots (docs/screenshots/take_programme.py).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_LANG", "en")

from PySide6.QtWidgets import QApplication  # noqa: E402

log = logging.getLogger(__name__)
OUT = Path(__file__).resolve().parent


def _use_test_checklist_if_none(folder: Path) -> None:
    """Fall back to the tests' checklist while the built-in ones are not written yet."""
    import auditor.checklists as checklists
    from tests.auditor.conftest import MINI_TEMPLATE

    if checklists.builtin_templates():
        return
    (folder / "mini.toml").write_text(MINI_TEMPLATE, "utf-8")
    checklists.checklists_dir = lambda: folder
    checklists.builtin_templates.cache_clear()


def demo_workspace(lang: str) -> tuple[Path, Any, Any, str]:
    """Return (folder, store, context, audit id): the demo workspace in a new temporary folder."""
    from auditor.demo import build_demo
    from auditor.storage import Store
    from ui.context import AppContext
    from ui.tasks import SyncTaskRunner

    tmp = Path(tempfile.mkdtemp())
    _use_test_checklist_if_none(tmp)
    store = Store.open(tmp / "demo.auditdesk")
    audit_id = build_demo(store)
    return tmp, store, AppContext(store=store, tasks=SyncTaskRunner(), lang=lang), audit_id


def demo_window(ctx: Any, folder: Path, audit_id: str, size: tuple[int, int] | None = None) -> Any:
    """Return the window shown at `size` (None: as a user starts it) on the audit."""
    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings

    window = MainWindow(ctx, UiSettings(folder / "ui.ini"))
    if size is None:
        window.show_at_start()  # maximised on a screen smaller than 1440x900, as a user sees it
    else:
        window.resize(*size)
        window.show()
    window.open_audit(audit_id)
    return window


def checks_pane(window: Any) -> Any:
    """Return the open audit's Checks pane, brought forward."""
    view = window.audit_view
    checks = view.panes[-1]
    view.tabs.setCurrentWidget(checks)
    return checks


def main() -> int:
    """Build a demo workspace, show the window at 1440x900 and save its screenshots."""
    app = QApplication(sys.argv)
    from auditor.demo import build_demo
    from auditor.evidence import add_evidence
    from auditor.storage import Store
    from ui.context import AppContext
    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings
    from ui.tasks import SyncTaskRunner
    from ui.widgets.theme import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    tmp = Path(tempfile.mkdtemp())
    _use_test_checklist_if_none(tmp)
    if "--only-programme" in sys.argv:
        return programme_shots(app, tmp)
    store = Store.open(tmp / "demo.auditdesk")
    audit_id = build_demo(store)
    visits = store.audits.visits(audit_id)
    if not store.evidence.for_audit(audit_id):  # the demo photos are not shipped yet
        from tests.auditor.imagefactory import photo_jpeg

        first_item = (
            store.audits.template(visits[0].template_id, visits[0].template_version).items[0].id
        )
        for seed, caption in enumerate(
            ("Call log: 12 rings", "Reception desk", "Home page hero image"), 1
        ):
            add_evidence(
                store,
                audit_id,
                photo_jpeg(1200, 800, seed=seed),
                name=f"photo{seed}.jpg",
                visit_id=visits[0].id,
                item_id=first_item if seed == 1 else None,
                caption=caption,
                run_check=False,
            )
    ctx = AppContext(store=store, tasks=SyncTaskRunner(), lang=os.environ["AUDITOR_LANG"])
    window = MainWindow(ctx, UiSettings(tmp / "ui.ini"))
    window.resize(1440, 900)
    window.show()

    def settle() -> None:
        for _round in range(5):
            app.processEvents()

    window.show_list()
    settle()
    window.grab().save(str(OUT / "audits.png"))
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    runner.go_to(0)
    settle()
    window.grab().save(str(OUT / "runner.png"))
    window.audit_view.tabs.setCurrentWidget(window.audit_view.findings)
    settle()
    window.grab().save(str(OUT / "findings.png"))
    window.audit_view.tabs.setCurrentWidget(window.audit_view.evidence)
    settle()
    window.grab().save(str(OUT / "evidence.png"))
    # A change, its undo and a redo after the visit was completed: what a reviewer looks for.
    from auditor.commands import SetAnswer

    visit = visits[1]
    template = store.audits.template(visit.template_id, visit.template_version)
    item = next(i for i in template.items if i.type == "yes_no")
    current = store.answers.get(visit.id, item.id)
    other = "no" if current is None or current.value == "yes" else "yes"
    ctx.run(SetAnswer(visit.id, item.id, other, "Checked again on the recording"))
    ctx.editor.undo()
    ctx.editor.redo()
    window.audit_view.tabs.setCurrentWidget(window.audit_view.history)
    settle()
    window.grab().save(str(OUT / "history.png"))
    window.close()
    store.close()
    return programme_shots(app, tmp)


def programme_shots(app: QApplication, tmp: Path) -> int:
    """Take the programme view's and its dialogs' shots on a workspace of their own."""
    from auditor.storage import Store
    from docs.screenshots.take_programme import take

    store = Store.open(tmp / "programme.auditdesk")
    take(app, store, tmp)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
