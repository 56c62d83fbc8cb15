"""The main window: composes the welcome view, audits list and audit view; routes requests."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QProgressBar, QStackedWidget

from auditor.errors import AuditorError, NotFoundError
from ui.audit.view import AuditView
from ui.audits.pane import AuditListPane
from ui.audits.welcome import WelcomeView
from ui.checks.pane import ChecksPane
from ui.context import AppContext
from ui.data.backups import BackupController
from ui.data.bundles import BundleController
from ui.mainwindow.actions import Actions
from ui.settings import UiSettings
from ui.widgets import messages

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Build the panes, connect them in one block, and route what they ask for."""

    def __init__(self, ctx: AppContext, settings: UiSettings):
        super().__init__()
        _ = ctx.tr
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(_("Audit Desk") + f" \u2014 {ctx.store.path.name}")
        self.resize(1440, 900)
        self.welcome = WelcomeView(ctx)
        self.audits = AuditListPane(ctx)
        self.audit_view = AuditView(ctx)
        checks = ChecksPane(ctx, self.audit_view.runner.position_changed)
        self.audit_view.add_pane(checks, _("Checks"))
        self.pages = QStackedWidget()
        for page in (self.welcome, self.audits, self.audit_view):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.actions = Actions(self, ctx.tr)
        self.backups = BackupController(ctx, self)
        self.bundles = BundleController(ctx, self)
        self.actions["report"].setVisible(importlib.util.find_spec("auditor.report") is not None)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.undo_label = QLabel()
        self.statusBar().addWidget(self.undo_label)
        self._connect()
        self._restore()

    def _connect(self) -> None:
        a, ctx = self.actions, self.ctx
        a["new_audit"].triggered.connect(self.new_audit)
        a["demo"].triggered.connect(self.open_demo)
        a["preferences"].triggered.connect(self.preferences)
        a["backup"].triggered.connect(self.backups.back_up)
        a["restore"].triggered.connect(self.backups.restore)
        a["import"].triggered.connect(self.bundles.import_)
        a["export"].triggered.connect(self.export_audit)
        self.backups.status_changed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.backups.restored.connect(self.show_list)
        self.bundles.imported.connect(self.open_audit)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.undo)
        a["audits"].triggered.connect(self.show_list)
        a["edit_client"].triggered.connect(self.edit_client)
        a["next_unanswered"].triggered.connect(self.audit_view.runner.next_unanswered)
        self.welcome.new_audit_requested.connect(self.new_audit)
        self.welcome.demo_requested.connect(self.open_demo)
        self.audits.open_requested.connect(self.open_audit)
        self.audits.count_changed.connect(
            lambda _n: (
                self._show_home() if self.pages.currentWidget() is not self.audit_view else None
            )
        )
        self.audit_view.back_requested.connect(self.show_list)
        self.audit_view.runner.finding_requested.connect(self._new_finding)
        self.audit_view.runner.position_changed.connect(self._remember_position)
        ctx.tasks.busy_changed.connect(self.busy.setVisible)
        ctx.undo.can_undo_changed.connect(a["undo"].setEnabled)
        a["report"].triggered.connect(self.report)
        a["undo"].setEnabled(False)
        self.audit_view.audit_changed.connect(self._audit_shown)
        self._audit_shown("")

    def _audit_shown(self, audit_id: str) -> None:
        for name in ("edit_client", "next_unanswered", "report"):
            self.actions[name].setEnabled(bool(audit_id))

    # --- navigation ------------------------------------------------------------------------

    def _show_home(self) -> None:
        empty = self.audits.model.rowCount() == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.audits)

    def show_list(self) -> None:
        """Show the audits list (or the welcome view when there are none)."""
        self.audit_view.flush()
        self.audit_view.set_audit(None)
        self.settings.last_audit = ""
        self._show_home()
        self.audits.table.setFocus()

    def open_audit(self, audit_id: str, visit_id: str = "", item_id: str = "") -> None:
        """Show an audit, at the visit and item given or where the auditor left it."""
        if not visit_id:
            visit_id, item_id = self.settings.position(audit_id)
        self.audit_view.set_audit(audit_id)
        runner = self.audit_view.runner
        ids = [s.visit.id for s in runner.sessions]
        if visit_id in ids:
            runner.show_visit(ids.index(visit_id), item_id)
        self.pages.setCurrentWidget(self.audit_view)
        self.audit_view.tabs.setCurrentWidget(runner)
        self.settings.last_audit = audit_id

    def _restore(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        last = self.settings.last_audit
        try:
            if last:
                self.ctx.store.audits.get(last)
                self.open_audit(last)
                return
        except NotFoundError:
            log.info("the last audit %s is gone", last)
        self._show_home()

    def _remember_position(self, visit_id: str, item_id: str) -> None:
        if self.audit_view.audit_id:
            self.settings.set_position(self.audit_view.audit_id, visit_id, item_id)

    # --- requests --------------------------------------------------------------------------

    def new_audit(self) -> None:
        """Ask for a new audit and open it."""
        from ui.dialogs.new_audit import NewAuditDialog  # dialogs load on first use: faster start-up

        dialog = NewAuditDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.created is not None:
            self.open_audit(dialog.created.id)

    def open_demo(self) -> None:
        """Build the demo audit off the GUI thread, then open it."""
        _ = self.ctx.tr
        self.welcome.set_busy(True)
        self.statusBar().showMessage(_("Building the demo audit..."))

        def done(audit_id: str) -> None:
            self.welcome.set_busy(False)
            self.statusBar().clearMessage()
            self.ctx.events.audits_changed.emit()
            self.open_audit(audit_id)

        def failed(exc: BaseException) -> None:
            self.welcome.set_busy(False)
            messages.error(self, _("Demo not created"), str(exc))

        from auditor.demo import build_demo

        self.ctx.tasks.run(build_demo, self.ctx.store, on_done=done, on_error=failed)

    def preferences(self) -> None:
        """Edit the workspace profile."""
        from ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.ctx, self).exec()

    def edit_client(self) -> None:
        """Edit the client of the open audit."""
        if self.audit_view.audit_id:
            audit = self.ctx.store.audits.get(self.audit_view.audit_id)
            from ui.dialogs.client import ClientDialog

            if ClientDialog(self.ctx, self.ctx.store.clients.get(audit.client_id), self).exec():
                self.ctx.changed(audit.id)

    def report(self) -> None:
        """Build the open audit's PDF report off the GUI thread, with progress in the status bar."""
        from auditor.report import (
            build_report,  # written by the report engineer; the action hides without it
        )

        _ = self.ctx.tr
        audit_id = self.audit_view.audit_id
        if not audit_id:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the report"), "report.pdf", "PDF (*.pdf)"
        )
        if not name:
            return
        self.audit_view.flush()
        self.ctx.tasks.run(
            build_report,
            self.ctx.store,
            audit_id,
            Path(name),
            on_progress=lambda done, total, text: self.statusBar().showMessage(
                f"{text} {done}/{total}"
            ),
            on_done=lambda _r: self._report_done(Path(name)),
            on_error=lambda exc: messages.error(self, _("Report not created"), str(exc)),
        )

    def _report_done(self, path: Path) -> None:
        _ = self.ctx.tr
        self.statusBar().showMessage(_("Report saved: {path}").format(path=path), 8000)
        if messages.confirm(self, _("Report"), _("The report is ready:\n{path}\n\nOpen the PDF now?").format(path=path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_audit(self) -> None:
        """Export the open audit, or the one selected in the list."""
        audit_id = self.audit_view.audit_id or self.audits.current_audit()
        if audit_id:
            self.bundles.export(audit_id)

    def _new_finding(self, visit_id: str, item_id: str) -> None:
        self.audit_view.findings.new_finding(visit_id, item_id)

    def undo(self) -> None:
        """Undo the last change made in the window."""
        _ = self.ctx.tr
        self.audit_view.flush()
        try:
            entry = self.ctx.undo.undo()
        except AuditorError as exc:
            messages.error(self, _("Cannot undo"), str(exc))
            return
        if entry is not None:
            self.ctx.changed(entry.audit_id)
            self.statusBar().showMessage(_("Undone: {what}").format(what=entry.label), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.audit_view.flush()  # a note typed a moment ago must be in the store before we go
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.ctx.tasks.wait()
        super().closeEvent(event)
