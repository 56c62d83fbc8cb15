"""`auditor --self-test`: the core's steps on a new workspace, then the window opened offscreen."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from auditor.selftest import SelfTestError, SelfTestRun, StepFailed, core_steps
from auditor.version import app_version

WINDOW_TIMEOUT_S = (
    30.0  # a cold disk in a fresh chroot is slow, but a window that never paints is a failure
)


def _window_step(run: SelfTestRun) -> None:
    """Open the main window on the self-test's workspace offscreen and check it shows the demo audit."""
    # Offscreen unless the caller chose a platform (xvfb, a real desktop): the self-test must run
    # on a machine with no display, as in the package test's chroot.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from ui.mainwindow.window import MainWindow
    from ui.settings import UiSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # The self-test's own settings file: the user's window geometry and last audit stay untouched.
    window = MainWindow(
        None, UiSettings(run.folder / "ui.ini"), lang="en", workspace_name="selftest"
    )
    painted: list[float] = []
    window.first_painted.connect(lambda: painted.append(time.perf_counter()))
    window.show()
    deadline = time.perf_counter() + WINDOW_TIMEOUT_S
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    if not painted:
        raise SelfTestError(f"the window was not painted within {WINDOW_TIMEOUT_S:.0f} s")
    run.timings.append(("window shown", painted[0] - started))

    from ui.context import AppContext
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    ctx = AppContext(store=run.state["store"], tasks=tasks, lang="en")
    try:
        window.attach(ctx)
        rows = window.audits.model.rowCount()
        if rows != 1:
            raise SelfTestError(f"the audits list shows {rows} audits, expected the demo audit")
        window.open_audit(run.state["audit_id"])  # builds the audit view: every pane's imports
        if window.pages.currentWidget() is not window.audit_view:
            raise SelfTestError("the demo audit did not open in the window")
        app.processEvents()
    finally:
        window.close()
        tasks.wait()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str]) -> int:
    """Run the self-test and print the version and the timings; return 0, or 1 naming the failed step."""
    keep = "--keep" in argv
    print(f"audit desk {app_version()} self-test", flush=True)
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="auditor-selftest-"))
    run = SelfTestRun(folder)
    printed = 0

    def report_progress() -> None:
        nonlocal printed
        for name, seconds in run.timings[printed:]:
            print(f"  {name:<14} {seconds * 1000:8.0f} ms", flush=True)
        printed = len(run.timings)

    try:
        for _step in core_steps(run):
            report_progress()
        run.step("window", lambda: _window_step(run))
        report_progress()
    except StepFailed as exc:
        report_progress()
        print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        store = run.state.get("store")
        if store is not None:
            store.close()
        if keep:
            print(f"  files kept in {folder}")
        else:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    print(f"self-test passed in {total:.1f} s (workspace, demo, score, report, window)", flush=True)
    return 0
