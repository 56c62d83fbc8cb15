"""A visit's details: its title, when it started and ended, where, whom it contacted, the staff met.

OK saves them in one `EditVisit` (one undo step, one history entry); the core refuses an end
before the start and the dialog shows why. The staff met are personal data: the client report
names them only when the agency allows it (Preferences).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QDialog, QHBoxLayout, QLineEdit, QWidget

from auditor.commands import EditVisit
from auditor.errors import AuditorError
from auditor.i18n import N_
from auditor.model import Visit
from ui.context import AppContext
from ui.widgets.forms import form_dialog

log = logging.getLogger(__name__)


class WhenField(QWidget):
    """A date and time that may be left unset (a tick box says whether it is known)."""

    def __init__(self, label: str, value: datetime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.original = value
        shown = value.astimezone() if value is not None and value.tzinfo else value
        self.edit.setDateTime(QDateTime(shown) if shown else QDateTime.currentDateTime())
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> datetime | None:
        """Return the date and time, in the computer's zone, or None when unset."""
        if not self.known.isChecked():
            return None
        typed = self.edit.dateTime().toPython().replace(second=0, microsecond=0).astimezone()
        original = self.original
        if original is not None:
            local = original.astimezone()
            if local.replace(second=0, microsecond=0) == typed:
                return original  # untouched: keep the seconds and the zone it was saved with
        return typed


class VisitDetailsDialog(QDialog):
    """Edit one visit's details; `saved` holds the visit after OK."""

    def __init__(self, ctx: AppContext, visit: Visit, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.visit = visit
        self.saved: Visit | None = None
        self.setWindowTitle(_("Visit details"))
        self.setMinimumWidth(480)
        self.title = QLineEdit(visit.title)
        self.started = WhenField(_("known"), visit.visited_at)
        self.ended = WhenField(_("known"), visit.ended_at)
        self.place = QLineEdit(visit.place)
        self.place.setPlaceholderText(_("The shop's address, where the visit happened"))
        self.contact = QLineEdit(visit.contact)
        self.contact.setPlaceholderText(_("The number called, web address or e-mail address"))
        self.staff = QLineEdit(visit.staff)
        self.staff.setPlaceholderText(_("Personal data: in client reports only if allowed"))
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Title"), self.title),
                (_("Started"), self.started),
                (_("Ended"), self.ended),
                (_("Place"), self.place),
                (_("Contacted"), self.contact),
                (_("Staff met"), self.staff),
            ],
        )

    def accept(self) -> None:
        values = {
            "title": self.title.text().strip(),
            "visited_at": self.started.value(),
            "ended_at": self.ended.value(),
            "place": self.place.text(),
            "contact": self.contact.text(),
            "staff": self.staff.text(),
        }
        changed = {k: v for k, v in values.items() if v != getattr(self.visit, k)}
        if changed:
            try:
                self.ctx.run(EditVisit(self.visit.id, changed, N_("Visit details")))
            except AuditorError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return
        self.saved = self.ctx.store.audits.visit(self.visit.id)
        super().accept()
