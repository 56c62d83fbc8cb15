"""Duplicate an audit: a new draft with the same client, scenario and checklists, no answers.

The copy keeps the location unless another is chosen, and enters a wave only when one is chosen
(the next wave's visit to the same shop, or the same questionnaire at another branch).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from auditor.commands import DuplicateAudit
from auditor.errors import AuditorError
from ui.context import AppContext
from ui.widgets.forms import form_dialog

log = logging.getLogger(__name__)


class DuplicateAuditDialog(QDialog):
    """Title, location and wave of the copy; OK creates it (`created` holds its id)."""

    def __init__(self, ctx: AppContext, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit = ctx.store.audits.get(audit_id)
        self.created: str | None = None
        self.setWindowTitle(_("Duplicate audit"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(_("{title} (copy)").format(title=self.audit.title))
        self.title.selectAll()
        self.location = QComboBox()
        self.location.addItem(_("No location"), "")
        for location in ctx.store.locations.for_client(self.audit.client_id):
            self.location.addItem(location.name, location.id)
        self.location.setCurrentIndex(max(self.location.findData(self.audit.location_id or ""), 0))
        self.wave = QComboBox()
        self.wave.addItem(_("No wave"), "")
        for wave in ctx.store.waves.for_client(self.audit.client_id):
            self.wave.addItem(wave.label, wave.id)
        self.error, self.ok_button = form_dialog(
            self,
            [(_("Title"), self.title), (_("Location"), self.location), (_("Wave"), self.wave)],
        )
        self.ok_button.setText(_("Duplicate"))
        self.location.currentIndexChanged.connect(lambda _i: self.error.hide())
        self.wave.currentIndexChanged.connect(lambda _i: self.error.hide())

    def accept(self) -> None:
        _ = self.ctx.tr
        title = self.title.text().strip()
        if not title:
            self.error.setText(_("An audit needs a title."))
            self.error.show()
            return
        command = DuplicateAudit(
            self.audit.id,
            location_id=self.location.currentData() or None,
            wave_id=self.wave.currentData() or None,
            title=title,
        )
        try:
            self.ctx.run(command)
        except AuditorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.created = command.new_id
        super().accept()
