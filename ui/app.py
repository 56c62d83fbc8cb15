"""Start the desktop app: open the workspace, pick the language, show the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from auditor.backup import latest_good_backup, restore_backup
from auditor.errors import AuditorError, WorkspaceError
from auditor.storage import Store
from auditor.i18n import SUPPORTED_LANGUAGES, default_language, translator
from auditor.workspace import open_workspace, resolve
from ui.context import AppContext
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings
from ui.tasks import TaskRunner
from ui.widgets import messages
from ui.widgets.theme import STYLE_SHEET

log = logging.getLogger(__name__)


def interface_language(preferred: str | None) -> str:
    """Return the language chosen in Preferences, else the system's."""
    return preferred if preferred in SUPPORTED_LANGUAGES else default_language()


def run(workspace: Path | None) -> int:
    """Run the desktop app on a workspace (the default one when None); return the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Audit Desk")
    app.setOrganizationName("audit-desk")
    app.setStyleSheet(STYLE_SHEET)
    store = _open_or_recover(workspace)
    if store is None:
        return 2
    ctx: AppContext | None = None
    try:
        ctx = AppContext(
            store=store,
            tasks=TaskRunner(),
            lang=interface_language(store.profile.get()["default_language"]),
        )
        window = MainWindow(ctx, UiSettings())
        window.show()
        window.backups.start()  # a consistent copy now, then hourly, each on a worker thread
        if os.environ.get("AUDITOR_QUIT_WHEN_SHOWN"):
            # For the start-up benchmark: report once the first event-loop pass has painted the window.
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return app.exec()
    finally:
        if ctx is not None:
            ctx.tasks.wait()  # a backup still being written must finish before we leave
            store = ctx.store  # a restore may have reopened the workspace
        store.close()


def _open_or_recover(workspace: Path | None) -> Store | None:
    """Open the workspace; when it is damaged, offer its latest good backup."""
    _ = translator(default_language())
    try:
        return open_workspace(workspace, check=True)
    except WorkspaceError as exc:
        path = resolve(workspace)
        backup = latest_good_backup(path) if path.is_file() else None
        if backup is None:
            messages.error(None, _("Cannot open the workspace"), str(exc))
            return None
        question = _("{problem}\n\nRestore the latest good backup ({name})? The damaged file is kept "
                     "beside the backups.").format(problem=exc, name=backup.name)
        if not messages.confirm(None, _("Cannot open the workspace"), question):
            return None
        try:
            restore_backup(path, backup)
            return open_workspace(path, check=True)
        except AuditorError as again:
            messages.error(None, _("Cannot open the workspace"), str(again))
            return None
