"""New wave audits: one audit per chosen location of a client in a wave, in one step (one undo).

The wave is an existing one or a new label with its dates; the questionnaire (a checklist per
touchpoint) is the client's, and set here the first time. Everything the dialog asks for is
written by one `Batch` of the core's commands, so Ctrl+Z takes the whole wave back.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor import catalogue
from auditor.checklists import JOURNEY
from auditor.commands import AddWave, Batch, CreateWaveAudits, SetQuestionnaire
from auditor.errors import AuditorError
from auditor.i18n import N_, pick, plural
from auditor.model import Wave
from auditor.userprofile import adopt_workspace_profile
from ui.context import AppContext
from ui.widgets.forms import form_dialog

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
NEW_WAVE = "\x00new"  # the wave combo's "New wave" entry


def checked(box: QListWidget) -> list[object]:
    """Return the data of the ticked entries of a checkable list, in order."""
    return [
        box.item(r).data(ROLE)
        for r in range(box.count())
        if box.item(r).checkState() == Qt.CheckState.Checked
    ]


def tick_all(box: QListWidget, state: bool) -> None:
    """Tick or untick every entry of a checkable list."""
    for r in range(box.count()):
        box.item(r).setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class WaveAuditsDialog(QDialog):
    """Client, wave, locations, questionnaire, auditor; OK creates the audits (`created` ids)."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: str | None = None,
        wave_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.created: list[str] = []
        self.wave_created: str | None = None
        self.setWindowTitle(_("New wave audits"))
        self.resize(640, 660)
        self.client = QComboBox()
        self.wave = QComboBox()
        self.label = QLineEdit()
        self.label.setPlaceholderText(_("e.g. Q3 2026"))
        self.starts = QDateEdit(QDate.currentDate())
        self.ends = QDateEdit(QDate.currentDate().addMonths(1))
        for field in (self.starts, self.ends):
            field.setCalendarPopup(True)
            field.setDisplayFormat("yyyy-MM-dd")
        self.new_wave = QWidget()
        new_row = QHBoxLayout(self.new_wave)
        new_row.setContentsMargins(0, 0, 0, 0)
        new_row.addWidget(self.label, 1)
        new_row.addWidget(QLabel(_("from")))
        new_row.addWidget(self.starts)
        new_row.addWidget(QLabel(_("to")))
        new_row.addWidget(self.ends)
        self.locations = QListWidget()
        self.locations.setAccessibleName(_("Locations"))
        self.all_button = QPushButton(_("&All"))
        self.none_button = QPushButton(_("&None"))
        self.chosen = QLabel()
        self.chosen.setProperty("role", "muted")
        locations_box = QWidget()
        locations_layout = QVBoxLayout(locations_box)
        locations_layout.setContentsMargins(0, 0, 0, 0)
        locations_layout.addWidget(self.locations, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.chosen, 1)
        locations_layout.addLayout(buttons)
        self.questionnaire = QListWidget()
        self.questionnaire.setAccessibleName(_("Questionnaire"))
        self.questionnaire.setMaximumHeight(130)
        me = adopt_workspace_profile(ctx.store)  # the auditor is the user, not the workspace
        self.auditor = QLineEdit(me.name)
        self.nickname = QLineEdit(me.nickname)
        self.nickname.setPlaceholderText(_("Optional: the name the shopper uses"))
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Client"), self.client),
                (_("Wave"), self.wave),
                (_("New wave"), self.new_wave),
                (_("Locations"), locations_box),
                (_("Questionnaire"), self.questionnaire),
                (_("Auditor"), self.auditor),
                (_("Nickname"), self.nickname),
            ],
        )
        self.ok_button.setText(_("Create audits"))
        self.client.currentIndexChanged.connect(lambda _i: self._client_chosen())
        self.wave.currentIndexChanged.connect(lambda _i: self._wave_chosen())
        self.locations.itemChanged.connect(lambda _item: self._count())
        self.all_button.clicked.connect(lambda: tick_all(self.locations, True))
        self.none_button.clicked.connect(lambda: tick_all(self.locations, False))
        for client in ctx.store.clients.all():
            self.client.addItem(client.name, client.id)
        self.client.setCurrentIndex(max(self.client.findData(client_id), 0) if client_id else 0)
        self._client_chosen(wave_id)

    # --- filling -----------------------------------------------------------------------------

    def _client_chosen(self, wave_id: str | None = None) -> None:
        _ = self.ctx.tr
        store, client_id = self.ctx.store, self.client.currentData()
        self.wave.blockSignals(True)
        self.wave.clear()
        waves = store.waves.for_client(client_id) if client_id else []
        for wave in waves:
            self.wave.addItem(wave.label, wave.id)
        self.wave.addItem(_("New wave..."), NEW_WAVE)
        index = self.wave.findData(wave_id) if wave_id else self.wave.count() - 1
        self.wave.setCurrentIndex(max(index, 0))
        self.wave.blockSignals(False)
        if not self.label.text() or not wave_id:
            self.label.setText(self._next_label(waves))
        self.locations.clear()
        for location in store.locations.for_client(client_id) if client_id else []:
            text = location.name + (f"  \u00b7  {location.code}" if location.code else "")
            entry = QListWidgetItem(text)
            entry.setData(ROLE, location.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if location.active else Qt.CheckState.Unchecked
            )
            if not location.active:
                entry.setToolTip(_("Not active: ticked only if you tick it"))
            self.locations.addItem(entry)
        self._fill_questionnaire(client_id)
        self._wave_chosen()
        self._count()

    def _next_label(self, waves: list[Wave]) -> str:
        _ = self.ctx.tr
        return _("Wave {number}").format(number=len(waves) + 1)

    def _fill_questionnaire(self, client_id: str | None) -> None:
        lang = self.ctx.lang
        current = self.ctx.store.programmes.questionnaire(client_id) if client_id else []
        self._questionnaire_before = [tuple(ref) for ref in current]
        entries = catalogue.entries(self.ctx.store, latest_only=True)
        self.questionnaire.clear()
        current_ids = {ref[0] for ref in current}
        for entry in entries:
            template = entry.template()
            version = next((v for t, v in current if t == template.id), template.version)
            item = QListWidgetItem(pick(template.title, lang))
            item.setData(ROLE, (template.id, version))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = template.id in current_ids if current else template.id in JOURNEY
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.questionnaire.addItem(item)

    def _wave_chosen(self) -> None:
        self.new_wave.setEnabled(self.wave.currentData() == NEW_WAVE)

    def _count(self) -> None:
        ngettext = plural(self.ctx.lang)
        count = len(checked(self.locations))
        self.chosen.setText(
            ngettext("{count} location chosen", "{count} locations chosen", count).format(
                count=count
            )
        )

    # --- creating ----------------------------------------------------------------------------

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        _ = self.ctx.tr
        client_id = self.client.currentData()
        locations = [str(x) for x in checked(self.locations)]
        refs = [tuple(x) for x in checked(self.questionnaire)]  # type: ignore[arg-type]
        if not client_id:
            return self._problem(_("Choose a client first."))
        if not locations:
            return self._problem(_("Tick at least one location."))
        if not refs:
            return self._problem(_("Tick at least one checklist for the questionnaire."))
        commands = []
        wave_id = self.wave.currentData()
        planned: date | None = None
        if wave_id == NEW_WAVE:
            label = self.label.text().strip()
            if not label:
                return self._problem(_("A new wave needs a label."))
            wave = Wave(
                client_id=client_id,
                label=label,
                starts_on=self.starts.date().toPython(),
                ends_on=self.ends.date().toPython(),
                position=self.ctx.store.waves.next_position(client_id),
            )
            commands.append(AddWave(wave))
            wave_id, planned = wave.id, wave.starts_on
        if refs != self._questionnaire_before:
            commands.append(SetQuestionnaire(client_id, refs))  # type: ignore[arg-type]
        commands.append(
            CreateWaveAudits(
                client_id,
                wave_id,
                locations,
                auditor=self.auditor.text().strip(),
                nickname=self.nickname.text().strip(),
                planned_date=planned,
            )
        )
        try:
            change = self.ctx.run(Batch(commands, N_("New wave audits")))
        except AuditorError as exc:
            return self._problem(str(exc))
        self.created = list(change.result or [])
        self.wave_created = wave_id if commands and isinstance(commands[0], AddWave) else None
        self.wave_id = wave_id
        super().accept()
        return None
