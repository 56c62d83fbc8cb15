"""Automatic backups while the app runs, and restoring one from the window."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QWidget

from auditor.backup import backup_due, list_backups, make_backup, restore_backup
from auditor.storage import Store
from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000  # look every ten minutes whether the hourly backup is due


class BackupController(QObject):
    """Back up at start-up and hourly on a worker (its own connection), restore on request."""

    status_changed = Signal(str)
    restore_started = Signal()  # the workspace is about to close for a restore
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self._failing = False  # the last backup failed and the auditor was told in a box

    def start(self) -> None:
        """Take the start-up backup and begin the hourly schedule."""
        self._back_up(automatic=True)
        self.timer.start()

    def back_up_if_due(self) -> None:
        """Back up when the last backup is an hour old."""
        if backup_due(self.ctx.store.path):
            self._back_up(automatic=True)

    def back_up(self) -> None:
        """Back up now, as asked from the menu: a failure is always shown in a message box."""
        self._back_up(automatic=False)

    def _back_up(self, *, automatic: bool) -> None:
        # A path, not the store: the worker opens its own connection, so nothing races.
        self.ctx.tasks.run(
            make_backup,
            self.ctx.store.path,
            on_done=self._done,
            on_error=lambda exc: self._failed(exc, automatic=automatic),
        )

    def _done(self, _path: Path) -> None:
        self._failing = False
        _ = self.ctx.tr
        self.status_changed.emit(
            _("Backed up at {time}").format(time=datetime.now().strftime("%H:%M"))
        )

    def _failed(self, exc: BaseException, *, automatic: bool) -> None:
        _ = self.ctx.tr
        if automatic and self._failing:
            # Told once in a box already: a full disk retried every ten minutes would otherwise
            # put the same box in front of the auditor's work each time.
            self.status_changed.emit(
                _("Backup failed at {time}: {reason}").format(
                    time=datetime.now().strftime("%H:%M"), reason=exc
                )
            )
            return
        self._failing = True
        messages.error(self.window, _("Backup failed"), str(exc))

    def restore(self) -> None:
        """Let the auditor pick a backup, then put it in place of the workspace and reopen it."""
        _ = self.ctx.tr
        backups = list_backups(self.ctx.store.path)
        if not backups:
            messages.info(
                self.window,
                _("Restore from backup"),
                _("There is no backup of this workspace yet."),
            )
            return
        labels = [f"{b.created_at:%Y-%m-%d %H:%M}  ({b.size / 1_048_576:.1f} MB)" for b in backups]
        label, ok = QInputDialog.getItem(
            self.window, _("Restore from backup"), _("Backup to restore:"), labels, 0, False
        )
        if not ok:
            return
        chosen = backups[labels.index(label)]
        if not messages.confirm(
            self.window,
            _("Restore from backup"),
            _(
                "Replace the workspace with the backup of {date}? Changes made since then are lost "
                "(the current file is kept as a backup first)."
            ).format(date=label.split("  ")[0]),
        ):
            return
        self.restore_now(chosen.path)

    def restore_now(self, backup_path: Path) -> None:
        """Close the workspace, restore the backup on a worker with progress, reopen and say so."""
        _ = self.ctx.tr
        title = _("Restore from backup")
        path = self.ctx.store.path
        self.timer.stop()
        self.restore_started.emit()  # the window leaves the audit: no pane may read the closed store
        self.ctx.tasks.wait()
        self.ctx.store.close()
        dialog = QProgressDialog(_("Restoring the backup..."), "", 0, 0, self.window)
        dialog.setCancelButton(None)
        # Modal: while the file is being replaced nothing may reach the workspace.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def reopen() -> None:
            dialog.close()
            self.ctx.replace_store(Store.open(path))
            self.timer.start()
            self.restored.emit()
            self.ctx.events.audits_changed.emit()

        def done(saved: Path | None) -> None:
            reopen()
            name = Path(backup_path).name
            if saved is None:
                text = _("Restored the backup {name}.").format(name=name)
            else:
                text = _(
                    "Restored the backup {name}. The workspace as it was is kept as {saved}."
                ).format(name=name, saved=saved.name)
            messages.info(self.window, title, text)

        def failed(exc: BaseException) -> None:
            reopen()  # what was there is reopened; the message says what went wrong
            messages.error(self.window, _("Restore failed"), str(exc))

        self.ctx.tasks.run(restore_backup, path, Path(backup_path), on_done=done, on_error=failed)
