"""Start the desktop app: show the window at once, then open the workspace into it.

What the auditor waits for before seeing the window is only what a bare PySide6 window needs: the
store, the core and the panes load on the first turn of the event loop after the first paint,
behind an "Opening..." page (benchmarks/bench_app.py measures both moments).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from auditor.i18n import set_user_language, user_translator
from auditor.workspace import display_name, resolve
from ui import crash
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings, interface_language
from ui.widgets import messages
from ui.widgets.theme import SHELL_STYLE_SHEET, STYLE_SHEET

if TYPE_CHECKING:
    from auditor.storage import Store
    from ui.context import AppContext
    from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PROBE_ENV = "AUDITOR_STARTUP_PROBE"  # benchmarks: print "shown" and "ready", then quit
OPEN_FALLBACK_MS = 250  # open the workspace even if no paint arrives (a window started minimised)


def use_qt_language(app: QApplication, lang: str) -> None:
    """Let Qt's own texts (standard buttons, file dialogs, context menus) speak `lang` too."""
    for old in app.findChildren(QTranslator, "qtbase"):
        app.removeTranslator(old)
        old.deleteLater()
    if lang == "en":  # Qt's source language
        return
    qt_translator = QTranslator(app)
    qt_translator.setObjectName("qtbase")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt_translator)
    else:  # a trimmed Qt build: our own texts are still translated
        log.info("no Qt translation for %s in %s", lang, folder)


class _Startup:
    """Open the workspace into the shown window, once, and keep what must be closed at exit."""

    def __init__(
        self, app: QApplication, window: MainWindow, workspace: Path | None, bundle: Path | None
    ):
        self.app, self.window, self.workspace = app, window, workspace
        self.bundle = bundle  # a bundle double-clicked in the file manager: offered once open
        self.ctx: AppContext | None = None
        self.tasks: TaskRunner | None = None
        self.opened: Store | None = (
            None  # set by the worker, so a quit while opening still closes it
        )
        self.started = False
        self.probe = bool(os.environ.get(PROBE_ENV))

    def start(self) -> None:
        """Open the workspace on a worker: the core loads and a large file is checked off screen."""
        if self.started:
            return
        self.started = True
        if self.probe:
            print("shown", flush=True)
        from ui.tasks import TaskRunner

        self.tasks = TaskRunner()
        self.tasks.run(self._open, on_done=self._attach, on_error=self._failed)

    def _open(self) -> Store:
        # Runs off the GUI thread: the imports (about 150 ms of the core) and quick_check (100 ms
        # warm, 0.7 s cold for a 300 MB workspace) leave the window painting and movable.
        from auditor.workspace import open_workspace

        self.opened = open_workspace(self.workspace, check=True)
        import auditor.service  # noqa: F401  - the audits list's summaries, warmed here as well

        return self.opened

    def _failed(self, exc: BaseException) -> None:
        from auditor.errors import WorkspaceError

        store = None
        if isinstance(exc, WorkspaceError):
            store = _recover(self.workspace, exc, self.window)
        else:  # not the workspace's fault: say so, never a silent exit
            _ = user_translator()
            messages.error(self.window, _("Cannot open the workspace"), str(exc))
        if store is None:
            self.window.hide()
            self.app.exit(2)
            return
        self.opened = store
        self._attach(store)

    def _attach(self, store: Store) -> None:
        from ui.context import AppContext

        assert self.tasks is not None
        self.ctx = AppContext(
            store=store,
            tasks=self.tasks,
            lang=interface_language(store.profile.get()["default_language"]),
        )
        use_qt_language(self.app, self.ctx.lang)
        self.app.setStyleSheet(STYLE_SHEET)  # before the panes exist: each is polished once
        self.window.attach(self.ctx)
        assert self.window.backups is not None
        self.window.backups.start()  # a consistent copy now, then hourly, each on a worker thread
        if self.probe:
            self.window.repaint()  # the list as the auditor sees it, painted now
            print("ready", flush=True)
            self.app.quit()
        elif self.bundle is not None:
            # After this turn of the event loop: the audits list is painted behind the question.
            bundle, self.bundle = self.bundle, None
            QTimer.singleShot(0, lambda: self.window.bundles.offer_import(bundle))

    def close(self) -> None:
        """Wait for background work, then close the workspace."""
        if self.tasks is not None:
            self.tasks.wait()  # a backup still being written must finish before we leave
        if self.ctx is not None:
            self.ctx.store.close()  # the context's store: a restore may have reopened the workspace
        elif self.opened is not None:
            self.opened.close()  # the window closed while the workspace was opening


def run(workspace: Path | None, *, bundle: Path | None = None) -> int:
    """Run the desktop app on a workspace (the default one when None); return the exit status.

    With `bundle`, the app offers to import that audit bundle once the workspace is open.
    """
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Audit Desk")
    app.setOrganizationName("audit-desk")
    app.setStyleSheet(SHELL_STYLE_SHEET)
    settings = UiSettings()
    lang = interface_language(settings.interface_language)
    # The core's refusals while the workspace opens (damaged, read-only, not a workspace) speak
    # the window's language, as its menus already do; the workspace's context sets it again.
    set_user_language(lang)
    use_qt_language(app, lang)
    window = MainWindow(
        None,
        settings,
        lang=lang,
        workspace_name=display_name(workspace),
    )
    startup = _Startup(app, window, workspace, bundle)
    window.first_painted.connect(startup.start)
    window.show_at_start()
    QTimer.singleShot(OPEN_FALLBACK_MS, startup.start)
    uninstall = crash.install(lambda: QApplication.activeWindow() or window)
    try:
        return app.exec()
    finally:
        uninstall()
        startup.close()


def _open_or_recover(workspace: Path | None, parent: QWidget | None = None) -> Store | None:
    """Open the workspace; when it is damaged, offer its latest good backup."""
    from auditor.errors import WorkspaceError
    from auditor.workspace import open_workspace

    try:
        return open_workspace(workspace, check=True)
    except WorkspaceError as exc:
        return _recover(workspace, exc, parent)


def _recover(workspace: Path | None, exc: Exception, parent: QWidget | None) -> Store | None:
    """Offer the latest good backup of a workspace that would not open; return the reopened store."""
    from auditor.backup import latest_good_backup, restore_backup
    from auditor.errors import AuditorError
    from auditor.workspace import open_workspace

    _ = user_translator()
    path = resolve(workspace)
    backup = latest_good_backup(path) if path.is_file() else None
    if backup is None:
        messages.error(parent, _("Cannot open the workspace"), str(exc))
        return None
    question = _(
        "{problem}\n\nRestore the latest good backup ({name})? The damaged file is kept "
        "beside the backups."
    ).format(problem=exc, name=backup.name)
    if not messages.confirm(parent, _("Cannot open the workspace"), question):
        return None
    try:
        restore_backup(path, backup)
        return open_workspace(path, check=True)
    except AuditorError as again:
        messages.error(parent, _("Cannot open the workspace"), str(again))
        return None
