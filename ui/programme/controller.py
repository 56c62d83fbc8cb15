"""The main window's programme requests: locations, new wave audits, duplicate, export tables.

Kept apart from the window so that it only routes: each request opens its dialog here and
reports back through signals (an audit to open, a message for the status bar).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui.context import AppContext
from ui.widgets import messages

log = logging.getLogger(__name__)


class ProgrammeController(QObject):
    """Open the programme dialogs for the window; `open_requested` asks it to show an audit."""

    open_requested = Signal(str)  # audit id
    wave_created = Signal(str, str)  # client id, wave id: the programme view shows it
    status = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.exported: list[Path] = []
        self.reported: Path | None = None

    def locations(self, client_id: str | None = None) -> None:
        """Show the clients' locations: add, edit, delete, import."""
        from ui.locations.dialogs import LocationsDialog

        LocationsDialog(self.ctx, client_id, self.window).exec()

    def waves(self, client_id: str | None = None) -> None:
        """Show the clients' waves: add, edit (label, dates), delete."""
        from ui.programme.waves import WavesDialog

        WavesDialog(self.ctx, client_id, self.window).exec()

    def wave_audits(self, client_id: str | None = None) -> None:
        """Create a wave's audits for all or chosen locations, in one step."""
        from auditor.i18n import plural
        from ui.programme.wave_audits import WaveAuditsDialog

        dialog = WaveAuditsDialog(self.ctx, client_id, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            count = len(dialog.created)
            ngettext = plural(self.ctx.lang)
            self.status.emit(
                ngettext("{count} audit created", "{count} audits created", count).format(
                    count=count
                )
            )
            self.wave_created.emit(dialog.client.currentData(), dialog.wave_id)

    def duplicate(self, audit_id: str | None) -> None:
        """Duplicate an audit (optionally to another location or wave) and open the copy."""
        from ui.programme.duplicate import DuplicateAuditDialog

        _ = self.ctx.tr
        if not audit_id:
            self.status.emit(_("Choose an audit to duplicate first."))
            return
        dialog = DuplicateAuditDialog(self.ctx, audit_id, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.open_requested.emit(dialog.created)

    def export_tables(self, client_id: str | None = None) -> None:
        """Ask what to export and where, then write it off the GUI thread."""
        from ui.programme.export import ExportDialog

        _ = self.ctx.tr
        dialog = ExportDialog(self.ctx, client_id, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        client, wave, fmt, lang = dialog.choice()
        types = {
            "xlsx": _("Excel workbook (*.xlsx)"),
            "csv": _("CSV files (*.csv)"),
        }
        name, _chosen = QFileDialog.getSaveFileName(
            self.window, _("Export tables"), dialog.suggested_name(), types[fmt]
        )
        if name:
            self.export_to(client, wave, fmt, Path(name), lang)

    def export_to(
        self, client_id: str, wave_id: str | None, fmt: str, path: Path, lang: str
    ) -> None:
        """Write the export to `path` off the GUI thread, with progress in the status bar."""
        from ui.programme.export import export

        _ = self.ctx.tr
        if fmt == "xlsx" and path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.status.emit(_("Exporting..."))
        self.ctx.tasks.run(
            export,
            self.ctx.store,
            client_id,
            wave_id,
            fmt,
            path,
            lang,
            on_progress=lambda done, total, _text: self.status.emit(
                _("Exporting... {done}/{total}").format(done=done, total=total)
            ),
            on_done=self._exported,
            on_error=lambda exc: messages.error(self.window, _("Tables not exported"), str(exc)),
        )

    def report(self, client_id: str | None, wave_id: str | None = None) -> None:
        """Ask where to save the programme report of a wave, then build it off the GUI thread."""
        _ = self.ctx.tr
        store = self.ctx.store
        if not client_id:
            self.status.emit(_("Choose a client in the programme view first."))
            return
        client = store.clients.get(client_id)
        wave = store.waves.get(wave_id) if wave_id else None
        # The language is the save dialog's file type, as for an audit's report.
        types = {"it": _("PDF report in Italian (*.pdf)"), "en": _("PDF report in English (*.pdf)")}
        default = client.report_language if client.report_language in types else "it"
        suggested = " ".join(filter(None, (client.name, wave.label if wave else ""))) + ".pdf"
        name, chosen = QFileDialog.getSaveFileName(
            self.window, _("Save the programme report"), suggested, ";;".join(types.values()),
            types[default],
        )  # fmt: skip
        if name:
            lang = next((code for code, text in types.items() if text == chosen), default)
            self.report_to(client_id, wave.label if wave else None, Path(name), lang)

    def report_to(self, client_id: str, wave: str | None, path: Path, lang: str) -> None:
        """Write the programme report to `path` off the GUI thread, with progress in the status bar."""
        from auditor.programme.report import build_programme_report

        _ = self.ctx.tr
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.ctx.tasks.run(
            build_programme_report,
            self.ctx.store,
            client_id,
            path,
            wave_label=wave,
            lang=lang,
            messages=self.ctx.lang,
            on_progress=lambda done, total, _text: self.status.emit(
                _("Building the report... {done}/{total}").format(done=done, total=total)
            ),
            on_done=lambda written: self._reported(Path(written)),
            on_error=lambda exc: messages.error(self.window, _("Report not created"), str(exc)),
        )

    def _reported(self, path: Path) -> None:
        _ = self.ctx.tr
        self.reported = path
        self.status.emit(_("Report saved: {path}").format(path=path))

    def _exported(self, written: list[Path]) -> None:
        _ = self.ctx.tr
        self.exported = list(written)
        names = ", ".join(p.name for p in written)
        self.status.emit(_("Exported: {names}").format(names=names))
