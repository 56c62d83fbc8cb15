"""The main window: composes the welcome view, audits list and audit view; routes requests.

The window is shown before the workspace is open: its frame, menus and an "Opening..." page need
only Qt, so they appear in about the time a bare PySide6 window does, and `attach` fills it once
the store and the panes are loaded. The audit view, the checks pane and the bundle controller are
built on first use: the audits list is what the auditor sees first. For the same reason, Qt classes
used only after the workspace is open are imported where they are used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from auditor.errors import AuditorError, NotFoundError
from auditor.i18n import translator
from ui.mainwindow.actions import Actions
from ui.mainwindow.audit_requests import AuditRequests
from ui.mainwindow.programme_actions import ProgrammeActions
from ui.settings import UiSettings, interface_language
from ui.widgets import messages

if TYPE_CHECKING:
    from auditor.commands import Change
    from ui.audit.view import AuditView
    from ui.context import AppContext
    from ui.data.backups import BackupController
    from ui.data.bundles import BundleController
    from ui.programme.controller import ProgrammeController
    from ui.programme.view import ProgrammeView
    from ui.templates.view import TemplatesView

log = logging.getLogger(__name__)

FIRST_SIZE = QSize(1440, 900)  # before any size was saved, when the screen has room

AUDIT_ACTIONS = ("edit_client", "next_unanswered", "report")
ALWAYS_ENABLED = ("quit", "about")  # need no workspace: usable while it opens


class MainWindow(ProgrammeActions, AuditRequests, QMainWindow):
    """Build the panes, connect them in one block, and route what they ask for.

    The programme's page and dialogs come from `ProgrammeActions` (programme_actions.py), the
    requests about audits (new, demo, preferences, client, report, export) from `AuditRequests`
    (audit_requests.py).
    """

    first_painted = Signal()  # once, when the window has been painted for the first time

    def __init__(
        self,
        ctx: AppContext | None,
        settings: UiSettings,
        *,
        lang: str = "en",
        workspace_name: str = "",
    ):
        super().__init__()
        self.ctx: AppContext | None = None
        self.settings = settings
        self.lang = ctx.lang if ctx is not None else lang
        self._painted = False
        self._audit_view: AuditView | None = None
        self._bundles: BundleController | None = None
        self._templates_view: TemplatesView | None = None
        self._programme_view: ProgrammeView | None = None
        self._programme: ProgrammeController | None = None
        self._back_to_programme = False  # an audit opened from the programme view goes back there
        self.backups: BackupController | None = None
        _ = translator(self.lang)
        name = ctx.store.path.name if ctx is not None else workspace_name
        self.setWindowTitle(_("Audit Desk") + (f" \u2014 {name}" if name else ""))
        # The first start's size, within the screen's free area: on a 1366x768 laptop a 1440x900
        # window would open with its right edge and status bar off the screen (see show_at_start).
        self.resize(FIRST_SIZE.boundedTo(self.screen().availableGeometry().size()))
        self.opening = QLabel(_("Opening {name}...").format(name=name) if name else "")
        # Centred by the style sheet: touching the Qt namespace here costs 16 ms before the first paint.
        self.opening.setProperty("role", "opening")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening)
        self.setCentralWidget(self.pages)
        self.actions = Actions(self, _)
        for action in self.actions.by_name.values():
            action.setEnabled(action.objectName() in ALWAYS_ENABLED)  # the rest need the store
        self.actions["quit"].triggered.connect(self.close)
        self.actions["about"].triggered.connect(self.about)
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        if ctx is not None:
            self.attach(ctx)

    def show_at_start(self) -> None:
        """Show the window as the app starts: maximised on a first start on a screen smaller than
        FIRST_SIZE, else at its size (the saved one restores its own state).

        A size bounded to the screen's free area is the inside of the window: the window
        manager's title bar and borders come on top, and at 1024x700 the status bar fell off the
        screen. A maximised window is framed by the window manager itself.
        """
        if self.settings.geometry is None and self.size() != FIRST_SIZE:
            self.showMaximized()
        else:
            self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint has reached the screen

    # --- the workspace arrives -------------------------------------------------------------

    def attach(self, ctx: AppContext) -> None:
        """Fill the window for the open workspace and return to where the auditor left off."""
        from PySide6.QtWidgets import QProgressBar

        from ui.audits.pane import AuditListPane
        from ui.audits.welcome import WelcomeView
        from ui.data.backups import BackupController

        self.ctx = ctx
        if ctx.lang != self.lang:  # the profile's language differs from the last run's
            self.actions.retranslate(ctx.tr)
            self.lang = ctx.lang
        self.settings.interface_language = ctx.lang
        self.setWindowTitle(ctx.tr("Audit Desk") + f" \u2014 {ctx.store.path.name}")
        self.welcome = WelcomeView(ctx)
        self.audits = AuditListPane(ctx)
        for page in (self.welcome, self.audits):
            self.pages.addWidget(page)
        self.backups = BackupController(ctx, self)
        # The status bar comes with the workspace: creating it costs 11 ms before the first paint.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.actions.bind_shortcuts()
        for action in self.actions.by_name.values():
            action.setEnabled(True)
        self._connect()
        self._restore()
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()

    def _connect(self) -> None:
        a, ctx = self.actions, self.context
        a["new_audit"].triggered.connect(self.new_audit)
        a["demo"].triggered.connect(self.open_demo)
        a["preferences"].triggered.connect(self.preferences)
        a["backup"].triggered.connect(self.backups.back_up)
        a["restore"].triggered.connect(self.backups.restore)
        a["import"].triggered.connect(lambda: self.bundles.import_())
        a["export"].triggered.connect(self.export_audit)
        self.backups.status_changed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        ctx.events.message_requested.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.backups.restore_started.connect(self.show_list)
        self.backups.restored.connect(self.show_list)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        a["dictionary"].triggered.connect(self.dictionary)
        a["audits"].triggered.connect(self.show_list)
        a["edit_client"].triggered.connect(self.edit_client)
        a["next_unanswered"].triggered.connect(lambda: self.audit_view.runner.next_unanswered())
        a["report"].triggered.connect(self.report)
        a["templates"].triggered.connect(self.show_templates)
        self._connect_programme()
        self.welcome.new_audit_requested.connect(self.new_audit)
        self.welcome.demo_requested.connect(self.open_demo)
        self.audits.open_requested.connect(self.open_audit)
        self.audits.count_changed.connect(self._count_changed)
        ctx.tasks.busy_changed.connect(self.busy.setVisible)
        ctx.events.undo_changed.connect(self._undo_changed)
        ctx.events.profile_changed.connect(self._remember_language)
        self._undo_changed()
        self._audit_shown("")

    def _undo_changed(self) -> None:
        # The menu names what Ctrl+Z would revert ("Undo Delete finding"), as editors do.
        _ = self.context.tr
        editor = self.context.editor
        for name, label, plain, named in (
            ("undo", editor.undo_label(), _("&Undo"), _("&Undo {what}")),
            ("redo", editor.redo_label(), _("&Redo"), _("&Redo {what}")),
        ):
            self.actions[name].setEnabled(label is not None)
            self.actions[name].setText(named.format(what=_(label)) if label else plain)

    @property
    def context(self) -> AppContext:
        """Return the open workspace's context (only once `attach` has run)."""
        if self.ctx is None:
            raise RuntimeError("the workspace is not open yet")
        return self.ctx

    @property
    def audit_view(self) -> AuditView:
        """Return the audit view, building it the first time an audit is shown."""
        if self._audit_view is None:
            from ui.audit.view import AuditView
            from ui.checks.pane import ChecksPane

            ctx = self.context
            view = AuditView(ctx)
            view.add_pane(ChecksPane(ctx, view.runner.position_changed), ctx.tr("Checks"))
            self.pages.addWidget(view)
            view.back_requested.connect(self._back_from_audit)
            view.runner.finding_requested.connect(view.findings.new_finding)
            view.runner.position_changed.connect(self._remember_position)
            view.audit_changed.connect(self._audit_shown)
            self._audit_view = view
        return self._audit_view

    @property
    def templates_view(self) -> TemplatesView:
        """Return the checklist templates page, built the first time it is shown."""
        if self._templates_view is None:
            from ui.templates.bridge import catalogue_callables
            from ui.templates.view import TemplatesView

            view = TemplatesView(self.context, **catalogue_callables(self.context))
            self.pages.addWidget(view)
            view.back_requested.connect(self.show_list)
            self._templates_view = view
        return self._templates_view

    def show_templates(self) -> None:
        """Show the checklist templates: the catalogue and its editor."""
        self._flush()
        view = self.templates_view
        view.refresh()
        self.pages.setCurrentWidget(view)
        view.table.setFocus()

    @property
    def bundles(self) -> BundleController:
        """Return the import/export controller, built on first use."""
        if self._bundles is None:
            from ui.data.bundles import BundleController

            self._bundles = BundleController(self.context, self)
            self._bundles.imported.connect(self.open_audit)
        return self._bundles

    def _remember_language(self) -> None:
        # Preferences apply a new language at the next start: the window must open in it at once.
        preferred = self.context.store.profile.get()["default_language"]
        self.settings.interface_language = interface_language(preferred)

    def _audit_shown(self, audit_id: str) -> None:
        for name in AUDIT_ACTIONS:
            self.actions[name].setEnabled(bool(audit_id))

    def _count_changed(self, _count: int) -> None:
        if self._audit_view is None or self.pages.currentWidget() is not self._audit_view:
            self._show_home()

    def _flush(self) -> None:
        if self._audit_view is not None:
            self._audit_view.flush()  # a note typed a moment ago goes to the store first

    def _open_audit_id(self) -> str:
        return self._audit_view.audit_id if self._audit_view is not None else ""

    # --- navigation ------------------------------------------------------------------------

    def _show_home(self) -> None:
        empty = self.audits.model.rowCount() == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.audits)

    def show_list(self) -> None:
        """Show the audits list (or the welcome view when there are none)."""
        self._flush()
        if self._audit_view is not None:
            self._audit_view.set_audit(None)
        self.settings.last_audit = ""
        self._back_to_programme = False
        self._show_home()
        self.audits.table.setFocus()

    def open_audit(self, audit_id: str, visit_id: str = "", item_id: str = "") -> None:
        """Show an audit, at the visit and item given or where the auditor left it."""
        if not visit_id:
            visit_id, item_id = self.settings.position(audit_id)
        view = self.audit_view
        view.set_audit(audit_id)
        runner = view.runner
        ids = [s.visit.id for s in runner.sessions]
        if visit_id in ids:
            runner.show_visit(ids.index(visit_id), item_id)
        self.pages.setCurrentWidget(view)
        view.tabs.setCurrentWidget(runner)
        self.settings.last_audit = audit_id

    def _restore(self) -> None:
        last = self.settings.last_audit
        try:
            if last:
                self.context.store.audits.get(last)
                self.open_audit(last)
                return
        except NotFoundError:
            log.info("the last audit %s is gone", last)
        self._show_home()

    def _remember_position(self, visit_id: str, item_id: str) -> None:
        audit_id = self._open_audit_id()
        if audit_id:
            self.settings.set_position(audit_id, visit_id, item_id)

    # --- requests --------------------------------------------------------------------------

    def about(self) -> None:
        """Show the application's name, version, copyright and where its licences are."""
        from PySide6.QtWidgets import QMessageBox

        from auditor.version import app_version

        _ = translator(self.lang)
        text = _(
            "<h3>Audit Desk {version}</h3>"
            "<p>The mystery-shopper audit desk: offline checklists, findings, evidence and client "
            "reports.</p>"
            "<p>Copyright \u00a9 the audit desk authors. Proprietary software: see LICENSE.</p>"
            "<p>It includes third-party software under its own licences, Qt for Python (PySide6) "
            "under the LGPL-3.0 among them: see NOTICE, installed with the application.</p>"
        ).format(version=app_version())
        QMessageBox.about(self, _("About Audit Desk"), text)

    def undo(self) -> None:
        """Take back the last change (a new entry in the audit's history, never an erasure)."""
        _ = self.context.tr
        self._step(self.context.editor.undo, _("Undone: {what}"), _("Cannot undo"))

    def redo(self) -> None:
        """Do again the change Undo took back."""
        _ = self.context.tr
        self._step(self.context.editor.redo, _("Redone: {what}"), _("Cannot redo"))

    def _step(self, step: Callable[[], Change | None], done: str, refused: str) -> None:
        _ = self.context.tr
        self._flush()
        try:
            change = step()
        except AuditorError as exc:
            messages.error(self, refused, str(exc))
            return
        if change is not None:
            self.statusBar().showMessage(done.format(what=_(change.label)), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flush()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        if self.ctx is not None:
            self.ctx.tasks.wait()
        super().closeEvent(event)
