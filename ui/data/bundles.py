"""Export and import audit bundles from the window, with progress and a clear result."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QProgressDialog, QWidget

from auditor.bundle import ImportResult, NewerCopyError, export_bundle, import_bundle
from auditor.bundle.crypto import is_encrypted
from auditor.service import suggested_file_name
from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)


class BundleController(QObject):
    """Ask for files and passwords, run the core functions, report what happened."""

    imported = Signal(str)  # audit id

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    def _password(self, title: str, twice: bool) -> str | None:
        """Return a password ('' for none) or None when cancelled."""
        _ = self.ctx.tr
        first, ok = QInputDialog.getText(
            self.window, title, _("Password (leave empty for none):"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if twice and first:
            again, ok = QInputDialog.getText(
                self.window, title, _("The same password again:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            if again != first:
                messages.error(self.window, title, _("The two passwords differ."))
                return None
        return first

    def _progress(self, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, "", 0, 100, self.window)
        dialog.setCancelButton(None)
        # Modal: while a bundle is written into the workspace, nothing else may write to it.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        return dialog

    def export(self, audit_id: str) -> None:
        """Export the audit to a bundle file chosen by the auditor."""
        _ = self.ctx.tr
        title = _("Export audit")
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            title,
            suggested_file_name(self.ctx.store, audit_id, ".auditbundle"),
            _("Audit bundles (*.auditbundle)"),
        )
        if not name:
            return
        password = self._password(title, twice=True)
        if password is None:
            return
        dialog = self._progress(_("Exporting..."))

        def done(path: Path) -> None:
            dialog.close()
            size = Path(path).stat().st_size / 1_048_576
            messages.info(
                self.window,
                title,
                _("Exported to {path} ({size:.1f} MB).").format(path=path, size=size),
            )

        def failed(exc: BaseException) -> None:
            dialog.close()
            messages.error(self.window, title, str(exc))

        self.ctx.tasks.run(
            export_bundle,
            self.ctx.store,
            audit_id,
            Path(name),
            password or None,
            on_progress=lambda d, t, *_r: dialog.setValue(int(100 * d / max(t, 1))),
            on_done=done,
            on_error=failed,
        )

    def import_(self) -> None:
        """Import a bundle chosen by the auditor into the workspace."""
        _ = self.ctx.tr
        title = _("Import audit")
        name, _filter = QFileDialog.getOpenFileName(
            self.window, title, "", _("Audit bundles (*.auditbundle);;All files (*)")
        )
        if not name:
            return
        self.import_path(Path(name))

    def offer_import(self, path: Path) -> None:
        """Ask whether to import a bundle opened from the file manager, then import it."""
        _ = self.ctx.tr
        title = _("Import audit")
        if not path.is_file():
            messages.error(
                self.window, title, _("The file {path} does not exist.").format(path=path)
            )
            return
        question = _("Import the audit bundle {name} into this workspace?").format(name=path.name)
        if messages.confirm(self.window, title, question):
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import one bundle file, asking for its password when it is encrypted."""
        password = None
        if is_encrypted(path):
            password = self._password(self.ctx.tr("Import audit"), twice=False)
            if password is None:
                return
        self._import(path, password, replace_newer=False)

    def _import(self, path: Path, password: str | None, *, replace_newer: bool) -> None:
        _ = self.ctx.tr
        title = _("Import audit")
        dialog = self._progress(_("Importing..."))

        def done(result: ImportResult) -> None:
            dialog.close()
            # The views refresh from the editor's change (the import touched the audits list).
            how = (
                _("unchanged")
                if result.unchanged
                else _("updated")
                if result.replaced
                else _("new")
            )
            messages.info(
                self.window,
                title,
                _("Imported \u201c{title}\u201d ({how}).").format(title=result.title, how=how),
            )
            self.imported.emit(result.audit_id)

        def failed(exc: BaseException) -> None:
            dialog.close()
            if isinstance(exc, NewerCopyError):  # the auditor decides which copy to keep
                if messages.confirm(self.window, title, str(exc)):
                    self._import(path, password, replace_newer=True)
                return
            messages.error(self.window, title, str(exc))

        # Staged and written on a worker; the write is the ImportBundle command of the window's
        # editor, so it is recorded in the audit's history and announced like any other change.
        self.ctx.tasks.run(
            partial(import_bundle, replace_newer=replace_newer, editor=self.ctx.editor),
            self.ctx.store,
            path,
            password,
            on_progress=lambda d, t, *_r: dialog.setValue(int(100 * d / max(t, 1))),
            on_done=done,
            on_error=failed,
        )
