"""File > Export tables: a client's audits, answers and findings for analysts, as CSV or XLSX.

The dialog chooses what to export; the tables are read and written off the GUI thread
(`auditor.programme.export`), with the progress in the window's status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from auditor.programme.export import export_tables, write_csv, write_xlsx
from auditor.storage import Store
from ui.context import AppContext
from ui.dialogs.client import language_names
from ui.widgets.forms import form_dialog

log = logging.getLogger(__name__)

FORMATS = ("xlsx", "csv")


def export(
    store: Store,
    client_id: str,
    wave_id: str | None,
    fmt: str,
    path: Path,
    lang: str,
    progress=None,
) -> list[Path]:
    """Read the tables and write them (runs off the GUI thread); return the files written."""
    if progress:
        progress(0, 2, "")
    tables = export_tables(store, client_id, wave_id, lang=lang)
    if progress:
        progress(1, 2, "")
    written = [write_xlsx(tables, path)] if fmt == "xlsx" else write_csv(tables, path)
    if progress:
        progress(2, 2, "")
    return written


class ExportDialog(QDialog):
    """Client, wave (or all), format and the language of the questions."""

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.setWindowTitle(_("Export tables"))
        self.setMinimumWidth(480)
        self.client = QComboBox()
        for client in ctx.store.clients.all():
            self.client.addItem(client.name, client.id)
        self.client.setCurrentIndex(max(self.client.findData(client_id), 0) if client_id else 0)
        self.wave = QComboBox()
        self.format = QComboBox()
        for code, text in (
            ("xlsx", _("Excel workbook (.xlsx), one sheet per table")),
            ("csv", _("CSV files, one per table")),
        ):
            self.format.addItem(text, code)
        self.language = QComboBox()
        for code, name in language_names(ctx.tr).items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.lang), 0))
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Client"), self.client),
                (_("Wave"), self.wave),
                (_("Format"), self.format),
                (_("Questions in"), self.language),
            ],
        )
        self.ok_button.setText(_("Export..."))
        self.client.currentIndexChanged.connect(lambda _i: self._fill_waves())
        self._fill_waves()

    def _fill_waves(self) -> None:
        _ = self.ctx.tr
        self.wave.clear()
        self.wave.addItem(_("All waves"), None)
        client_id = self.client.currentData()
        for wave in self.ctx.store.waves.for_client(client_id) if client_id else []:
            self.wave.addItem(wave.label, wave.id)
        self.ok_button.setEnabled(client_id is not None)

    def choice(self) -> tuple[str, str | None, str, str]:
        """Return (client id, wave id or None, format, language)."""
        return (
            self.client.currentData(),
            self.wave.currentData(),
            self.format.currentData(),
            self.language.currentData(),
        )

    def suggested_name(self) -> str:
        """Return a file name for the export: client, wave, and the format's suffix."""
        import re

        parts = [self.client.currentText()]
        if self.wave.currentData():
            parts.append(self.wave.currentText())
        stem = re.sub(r"[^\w.-]+", "-", " ".join(parts)).strip("-") or "export"
        return f"{stem}.{self.format.currentData()}"
