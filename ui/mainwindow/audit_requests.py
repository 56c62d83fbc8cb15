"""The main window's requests about audits: a new one, the demo, the profile, a client, the report.

A mixin of `MainWindow`: each request opens its dialog (loaded on first use, for a faster start)
or runs its work off the GUI thread, with progress in the status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ui.widgets import messages

if TYPE_CHECKING:
    from ui.audits.pane import AuditListPane
    from ui.audits.welcome import WelcomeView
    from ui.context import AppContext
    from ui.data.bundles import BundleController

log = logging.getLogger(__name__)


class AuditRequests:
    """New audit, demo, preferences, client, report and export (mixed into `MainWindow`)."""

    # Set by MainWindow: named here for the reader and the type checker.
    audits: AuditListPane
    welcome: WelcomeView
    context: AppContext
    bundles: BundleController

    def new_audit(self) -> None:
        """Ask for a new audit and open it."""
        from ui.dialogs.new_audit import (
            NewAuditDialog,  # dialogs load on first use: faster start-up
        )

        dialog = NewAuditDialog(self.context, parent=self)
        if dialog.exec() and dialog.created is not None:
            self.open_audit(dialog.created.id)

    def open_demo(self) -> None:
        """Build the demo audit off the GUI thread, then open it."""
        from auditor.demo import build_demo

        ctx = self.context
        _ = ctx.tr
        self.welcome.set_busy(True)
        self.statusBar().showMessage(_("Building the demo audit..."))

        def done(audit_id: str) -> None:
            self.welcome.set_busy(False)
            self.statusBar().clearMessage()
            ctx.events.audits_changed.emit()
            self.open_audit(audit_id)

        def failed(exc: BaseException) -> None:
            self.welcome.set_busy(False)
            messages.error(self, _("Demo not created"), str(exc))

        ctx.tasks.run(build_demo, ctx.store, on_done=done, on_error=failed)

    def preferences(self) -> None:
        """Edit the workspace profile."""
        from ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.context, self).exec()

    def dictionary(self) -> None:
        """See and change the words the spelling check accepts in this workspace."""
        from ui.dialogs.dictionary import DictionaryDialog

        DictionaryDialog(self.context, self).exec()

    def edit_client(self) -> None:
        """Edit the client of the open audit."""
        audit_id = self._open_audit_id()
        if audit_id:
            from ui.dialogs.client import ClientDialog

            ctx = self.context
            audit = ctx.store.audits.get(audit_id)
            ClientDialog(ctx, ctx.store.clients.get(audit.client_id), self).exec()

    def report(self) -> None:
        """Build the open audit's PDF report off the GUI thread, with progress in the status bar."""
        from PySide6.QtWidgets import QFileDialog

        from auditor.report import build_report

        ctx = self.context
        _ = ctx.tr
        audit_id = self._open_audit_id()
        if not audit_id:
            return
        from auditor.service import suggested_file_name

        # The language is chosen in the save dialog itself, as its file type: one dialog, native
        # on every platform, its choice preselected with the client's report language.
        client = ctx.store.clients.get(ctx.store.audits.get(audit_id).client_id)
        types = {"it": _("PDF report in Italian (*.pdf)"), "en": _("PDF report in English (*.pdf)")}
        default = client.report_language if client.report_language in types else "it"
        suggested = suggested_file_name(ctx.store, audit_id, ".pdf")
        name, chosen = QFileDialog.getSaveFileName(
            self, _("Save the report"), suggested, ";;".join(types.values()), types[default]
        )
        if not name:
            return
        lang = next((code for code, text in types.items() if text == chosen), default)
        self._flush()
        ctx.tasks.run(
            build_report,
            ctx.store,
            audit_id,
            Path(name),
            lang=lang,
            # In the window's language: the core's own progress text speaks the report's.
            on_progress=lambda done, total, _text: self.statusBar().showMessage(
                _("Building the report... {done}/{total}").format(done=done, total=total)
            ),
            on_done=lambda _r: self._report_done(Path(name)),
            on_error=lambda exc: messages.error(self, _("Report not created"), str(exc)),
        )

    def _report_done(self, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        _ = self.context.tr
        self.statusBar().showMessage(_("Report saved: {path}").format(path=path), 8000)
        if messages.confirm(
            self,
            _("Report"),
            _("The report is ready:\n{path}\n\nOpen the PDF now?").format(path=path),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_audit(self) -> None:
        """Export the open audit, or the one selected in the list."""
        audit_id = self._open_audit_id() or self.audits.current_audit()
        if audit_id:
            self.bundles.export(audit_id)
