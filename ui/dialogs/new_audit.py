"""Start an audit: the client, what it is about, the touchpoints to visit with their checklists."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from auditor import catalogue
from auditor.checklists import JOURNEY
from auditor.commands import CreateAudit
from auditor.errors import AuditorError
from auditor.i18n import pick, plural
from auditor.model import Audit, Template
from auditor.service import PlannedVisit
from auditor.userprofile import adopt_workspace_profile
from ui.context import AppContext
from ui.dialogs.client import ClientDialog
from ui.widgets.forms import form_dialog, text_box

log = logging.getLogger(__name__)


class NewAuditDialog(QDialog):
    """OK creates the audit and its visits in one transaction; `created` holds the new audit."""

    def __init__(
        self,
        ctx: AppContext,
        templates: Sequence[Template] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.created: Audit | None = None
        self.setWindowTitle(_("New audit"))
        self.resize(640, 620)
        self.client = QComboBox()
        self.client.setMinimumWidth(280)
        self.new_client_button = QPushButton(_("New client..."))
        self.edit_client_button = QPushButton(_("Edit..."))
        self.title = QLineEdit()
        self.title.setPlaceholderText(_("e.g. Booking journey, autumn"))
        self.scenario = text_box()
        self.scenario.setPlaceholderText(_("Who the shopper plays and what they ask for."))
        self.scenario.setFixedHeight(80)
        self.me = adopt_workspace_profile(ctx.store)  # the user's name, not the workspace's
        self.auditor = QLineEdit(self.me.name)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.touchpoints = QListWidget()
        if templates is None:  # the newest version of each checklist in the catalogue
            templates = [e.template() for e in catalogue.entries(ctx.store, latest_only=True)]
        ngettext = plural(ctx.lang)
        for template in templates:
            count = len(template.items)
            entry = QListWidgetItem(
                ngettext(
                    "{title}  \u00b7  {count} item", "{title}  \u00b7  {count} items", count
                ).format(title=pick(template.title, ctx.lang), count=count)
            )
            entry.setData(Qt.ItemDataRole.UserRole, template.id)
            entry.setToolTip(pick(template.description, ctx.lang))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A whole journey by default; a sector checklist when the auditor ticks it.
            entry.setCheckState(
                Qt.CheckState.Checked if template.id in JOURNEY else Qt.CheckState.Unchecked
            )
            self.touchpoints.addItem(entry)
        client_row = QHBoxLayout()
        client_row.addWidget(self.client, 1)
        client_row.addWidget(self.new_client_button)
        client_row.addWidget(self.edit_client_button)
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Client"), client_row),
                (_("Title"), self.title),
                (_("Scenario"), self.scenario),
                (_("Auditor"), self.auditor),
                (_("Planned date"), self.date),
                (_("Touchpoints"), self.touchpoints),
            ],
        )
        self.ok_button.setText(_("Create audit"))
        self.new_client_button.clicked.connect(self.new_client)
        self.edit_client_button.clicked.connect(self.edit_client)
        self._fill_clients()

    def _fill_clients(self, select: str | None = None) -> None:
        self.client.clear()
        for client in self.ctx.store.clients.all():
            self.client.addItem(client.name, client.id)
        if select:
            self.client.setCurrentIndex(self.client.findData(select))
        self.edit_client_button.setEnabled(self.client.count() > 0)

    def new_client(self) -> None:
        """Create a client in its own dialog and pick it."""
        dialog = ClientDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self._fill_clients(dialog.saved.id)

    def edit_client(self) -> None:
        """Edit the chosen client."""
        client_id = self.client.currentData()
        if client_id:
            dialog = ClientDialog(self.ctx, self.ctx.store.clients.get(client_id), parent=self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._fill_clients(client_id)

    def planned(self) -> list[PlannedVisit]:
        """Return a planned visit per ticked touchpoint."""
        return [
            PlannedVisit(self.touchpoints.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.touchpoints.count())
            if self.touchpoints.item(r).checkState() == Qt.CheckState.Checked
        ]

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        _ = self.ctx.tr
        client_id, title, planned = (
            self.client.currentData(),
            self.title.text().strip(),
            self.planned(),
        )
        if not client_id:
            return self._problem(_("Choose a client, or create one with New client."))
        if not title:
            return self._problem(_("An audit needs a title."))
        if not planned:
            return self._problem(_("Tick at least one touchpoint to visit."))
        audit = Audit(
            client_id=client_id,
            title=title,
            scenario=self.scenario.toPlainText().strip(),
            auditor=self.auditor.text().strip(),
            nickname=self.me.nickname,
            planned_date=self.date.date().toPython(),
        )
        try:
            self.created = self.ctx.run(CreateAudit(audit, planned)).result
        except AuditorError as exc:
            return self._problem(str(exc))
        super().accept()
        return None
