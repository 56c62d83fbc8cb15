"""A client's waves: a list in programme order with Add, Edit and Delete, and the form of one wave.

Shaped like the locations dialog (the same RecordListDialog). Every change goes through
the core's commands (AddWave, EditWave, DeleteWave), so Ctrl+Z in the window takes it back; a
wave that has audits is not deleted, and the core's refusal is what the auditor reads.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLineEdit,
    QWidget,
)

from auditor.commands import AddWave, Command, DeleteWave, EditWave
from auditor.errors import AuditorError
from auditor.i18n import Translate, plural, short_date
from auditor.model import Wave
from ui.context import AppContext
from ui.widgets.forms import form_dialog
from ui.widgets.record_list import RecordListDialog

log = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date field's "no date" value (shown as its special text)


class OptionalDate(QDateEdit):
    """A date that may be left empty: Del empties it; the calendar then opens on this month."""

    def __init__(self, tr: Translate, value: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(_("no date"))
        self.setToolTip(_("Del leaves the date empty"))
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        """Show a date, or the empty value for None."""
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> date | None:
        """Return the date chosen, or None when left empty."""
        chosen = self.date()
        return None if chosen == NO_DATE else chosen.toPython()

    def _calendar_on_today(self) -> None:
        # An empty date is the year 2000 to Qt: its calendar would open there.
        if self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.set_value(None)
            return
        super().keyPressEvent(event)
        self._calendar_on_today()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._calendar_on_today()


class WaveDialog(QDialog):
    """A form for one wave of a client (its label and dates); OK stores it through the core."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: str,
        wave: Wave | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.client_id = client_id
        self.wave = wave
        self.saved: Wave | None = None
        self.setWindowTitle(_("Edit wave") if wave else _("New wave"))
        self.setMinimumWidth(420)
        self.label = QLineEdit()
        self.label.setPlaceholderText(_("e.g. Q3 2026"))
        if wave is None:
            count = len(ctx.store.waves.for_client(client_id))
            today = date.today()
            self.label.setText(_("Wave {number}").format(number=count + 1))
            starts: date | None = today
            ends: date | None = QDate.currentDate().addMonths(1).toPython()
        else:
            self.label.setText(wave.label)
            starts, ends = wave.starts_on, wave.ends_on
        self.starts = OptionalDate(ctx.tr, starts)
        self.ends = OptionalDate(ctx.tr, ends)
        self.error, self.ok_button = form_dialog(
            self,
            [(_("Label"), self.label), (_("From"), self.starts), (_("To"), self.ends)],
        )
        for field in (self.starts, self.ends):
            field.dateChanged.connect(self.error.hide)
        self.label.selectAll()

    def values(self) -> dict[str, object]:
        """Return the fields as typed: the label trimmed, each date or None."""
        return {
            "label": self.label.text().strip(),
            "starts_on": self.starts.value(),
            "ends_on": self.ends.value(),
        }

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        _ = self.ctx.tr
        values = self.values()
        if not values["label"]:
            self._problem(_("A wave needs a label."))
            self.label.setFocus()
            return
        try:
            if self.wave is None:
                wave = Wave(client_id=self.client_id, **values)  # type: ignore[arg-type]
                self.saved = self.ctx.run(AddWave(wave)).result or wave
            else:
                # Only what was changed: an untouched form leaves no step to undo.
                changed = {k: v for k, v in values.items() if getattr(self.wave, k) != v}
                if changed:
                    self.saved = self.ctx.run(EditWave(self.wave.id, changed)).result
        except AuditorError as exc:
            self._problem(str(exc))
            return
        super().accept()


class WavesDialog(RecordListDialog):
    """The waves of one client in programme order: Add (Ins), Edit (Enter), Delete (Del)."""

    RIGHT_ALIGNED = (3,)

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ):
        _ = ctx.tr
        super().__init__(
            ctx, _("Waves"), [_("Wave"), _("From"), _("To"), _("Audits")], _("Waves"), parent
        )
        self.resize(640, 460)
        self.fill_clients(client_id)

    # --- what is shown ----------------------------------------------------------------------

    def _rows(self, client_id: str) -> list[tuple[str, Sequence[str]]]:
        # In programme order, as the store gives them.
        store, lang = self.ctx.store, self.ctx.lang
        return [
            (
                wave.id,
                (
                    wave.label,
                    short_date(wave.starts_on, lang),
                    short_date(wave.ends_on, lang),
                    str(store.waves.audit_count(wave.id)),
                ),
            )
            for wave in store.waves.for_client(client_id)
        ]

    def _count_text(self, count: int) -> str:
        _ = self.ctx.tr
        ngettext = plural(self.ctx.lang)
        if not count:
            return _("No waves yet.")
        return ngettext("{count} wave", "{count} waves", count).format(count=count)

    def current_wave(self) -> str | None:
        """Return the id of the selected wave, if any."""
        return self.current_id()

    # --- requests ----------------------------------------------------------------------------

    def add(self) -> None:
        """Add a wave to the chosen client, after its last one."""
        if self.client_id:
            dialog = WaveDialog(self.ctx, self.client_id, parent=self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
                self.choose_wave(dialog.saved.id)
            self.table.setFocus()

    def edit(self) -> None:
        """Edit the selected wave's label and dates."""
        wave_id = self.current_wave()
        if self.client_id and wave_id:
            wave = self.ctx.store.waves.get(wave_id)
            WaveDialog(self.ctx, self.client_id, wave, parent=self).exec()
            self.table.setFocus()

    def _delete_command(self, record_id: str) -> Command:
        # The core refuses while the wave has audits.
        return DeleteWave(record_id)

    def _not_deleted_title(self) -> str:
        _ = self.ctx.tr
        return _("Wave not deleted")

    def choose_wave(self, wave_id: str) -> None:
        """Select a wave's row."""
        self.choose(wave_id)
