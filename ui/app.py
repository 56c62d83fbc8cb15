"""Start the desktop app: open the workspace, pick the language, show the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from auditor.errors import WorkspaceError
from auditor.i18n import SUPPORTED_LANGUAGES, default_language, translator
from auditor.workspace import open_workspace
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
    try:
        store = open_workspace(workspace, check=True)
    except WorkspaceError as exc:
        _ = translator(default_language())
        messages.error(None, _("Cannot open the workspace"), str(exc))
        return 2
    try:
        ctx = AppContext(
            store=store,
            tasks=TaskRunner(),
            lang=interface_language(store.profile.get()["default_language"]),
        )
        window = MainWindow(ctx, UiSettings())
        window.show()
        if os.environ.get("AUDITOR_QUIT_WHEN_SHOWN"):
            # For the start-up benchmark: report once the first event-loop pass has painted the window.
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return app.exec()
    finally:
        store.close()
