"""A client's locations: a list with Add, Edit, Delete and Import, and the form of one location.

Every change goes through the core's commands (AddLocation, EditLocation, DeleteLocation,
ImportLocations), so Ctrl+Z in the window takes it back; an import is read and validated in full
before anything is stored, and a bad cell is named in the message.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import (
    AddLocation,
    Change,
    DeleteLocation,
    EditLocation,
    ImportLocations,
)
from auditor.errors import AuditorError
from auditor.i18n import plural
from auditor.model import Location, LocationChannel
from ui.context import AppContext
from ui.locations.labels import channels
from ui.programme.aspects import concerns_locations
from ui.widgets import messages
from ui.widgets.forms import form_dialog
from ui.widgets.record_list import (
    fill_client_combo,
    record_keys,
    record_table,
    selected_id,
    show_records,
)

log = logging.getLogger(__name__)


class LocationDialog(QDialog):
    """Create or edit one location of a client; OK stores it through the core."""

    def __init__(
        self,
        ctx: AppContext,
        client_id: str,
        location: Location | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.client_id = client_id
        self.location = location
        self.saved: Location | None = None
        self.setWindowTitle(_("Edit location") if location else _("New location"))
        self.setMinimumWidth(480)
        self.name = QLineEdit()
        self.name.setPlaceholderText(_("e.g. Verona Porta Nuova"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(_("The client's own code, e.g. VR-012"))
        self.address = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.channel = QComboBox()
        for code, name in channels(ctx.tr).items():
            self.channel.addItem(name, code)
        self.active = QCheckBox(_("Active: visited in new waves"))
        self.active.setChecked(True)
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Name"), self.name),
                (_("Code"), self.code),
                (_("Address"), self.address),
                (_("City"), self.city),
                (_("Region"), self.region),
                (_("Channel"), self.channel),
                ("", self.active),
            ],
        )
        if location is not None:
            self.name.setText(location.name)
            self.code.setText(location.code)
            self.address.setText(location.address)
            self.city.setText(location.city)
            self.region.setText(location.region)
            self.channel.setCurrentIndex(max(self.channel.findData(str(location.channel)), 0))
            self.active.setChecked(location.active)

    def values(self) -> dict[str, object]:
        """Return the fields as typed, trimmed."""
        return {
            "name": self.name.text().strip(),
            "code": self.code.text().strip(),
            "address": self.address.text().strip(),
            "city": self.city.text().strip(),
            "region": self.region.text().strip(),
            "channel": LocationChannel(self.channel.currentData()),
            "active": self.active.isChecked(),
        }

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        _ = self.ctx.tr
        values = self.values()
        if not values["name"]:
            self._problem(_("A location needs a name."))
            self.name.setFocus()
            return
        try:
            if self.location is None:
                command = AddLocation(Location(client_id=self.client_id, **values))  # type: ignore[arg-type]
                change = self.ctx.run(command)
                self.saved = change.result or self.ctx.store.locations.find(
                    self.client_id, str(values["name"])
                )
            else:
                self.ctx.run(EditLocation(self.location.id, values))
                self.saved = replace(self.location, **values)  # type: ignore[arg-type]
        except AuditorError as exc:
            self._problem(str(exc))
            return
        super().accept()


class LocationsDialog(QDialog):
    """The locations of one client, in a list: Add (Ins), Edit (Enter), Delete (Del), Import."""

    COLUMNS = 7

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self._channels = channels(ctx.tr)
        self.setWindowTitle(_("Clients and locations"))
        self.resize(900, 560)
        self.client = QComboBox()
        self.client.setMinimumWidth(260)
        self.client.setAccessibleName(_("Client"))
        self.new_client_button = QPushButton(_("New client..."))
        self.edit_client_button = QPushButton(_("Edit client..."))
        self.table = record_table(
            [_("Name"), _("Code"), _("Address"), _("City"), _("Region"), _("Channel"), _("Active")],
            _("Locations"),
        )
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.add_button = QPushButton(_("&Add..."))
        self.edit_button = QPushButton(_("&Edit..."))
        self.delete_button = QPushButton(_("&Delete"))
        self.import_button = QPushButton(_("&Import from CSV or Excel..."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        client_row = QHBoxLayout()
        client_label = QLabel(_("&Client"))
        client_label.setBuddy(self.client)
        client_row.addWidget(client_label)
        client_row.addWidget(self.client, 1)
        client_row.addWidget(self.new_client_button)
        client_row.addWidget(self.edit_client_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(client_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.client.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_client_button.clicked.connect(self.new_client)
        self.edit_client_button.clicked.connect(self.edit_client)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_file)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        record_keys(self, self.table, self.add, self.edit, self.delete)
        ctx.events.changed.connect(self._changed)
        self.fill_clients(client_id)

    # --- what is shown ----------------------------------------------------------------------

    def fill_clients(self, select: str | None = None) -> None:
        """List the workspace's clients and choose `select` (or keep the current one)."""
        current = select or self.client.currentData()
        fill_client_combo(self.client, self.ctx.store.clients.all(), current)
        self.edit_client_button.setEnabled(self.client.count() > 0)
        self.refresh()

    @property
    def client_id(self) -> str | None:
        """Return the id of the chosen client, if any."""
        return self.client.currentData()

    def refresh(self) -> None:
        """Read the chosen client's locations again, keeping the selected row."""
        _ = self.ctx.tr
        selected = self.current_location()
        client_id = self.client_id
        rows = self.ctx.store.locations.for_client(client_id) if client_id else []
        show_records(
            self.table,
            [
                (
                    location.id,
                    (
                        location.name,
                        location.code,
                        location.address,
                        location.city,
                        location.region,
                        self._channels.get(str(location.channel), str(location.channel)),
                        _("yes") if location.active else _("no"),
                    ),
                )
                for location in rows
            ],
            selected,
        )
        ngettext = plural(self.ctx.lang)
        self.count.setText(
            ngettext("{count} location", "{count} locations", len(rows)).format(count=len(rows))
            if rows
            else _("No locations yet.")
        )
        for button in (self.add_button, self.import_button):
            button.setEnabled(client_id is not None)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.current_location() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self, change: Change) -> None:
        if concerns_locations(change):
            self.fill_clients()

    def current_location(self) -> str | None:
        """Return the id of the selected location, if any."""
        return selected_id(self.table)

    # --- requests ----------------------------------------------------------------------------

    def new_client(self) -> None:
        """Create a client in its own dialog and choose it."""
        from ui.dialogs.client import ClientDialog

        dialog = ClientDialog(self.ctx, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.fill_clients(dialog.saved.id)

    def edit_client(self) -> None:
        """Edit the chosen client."""
        from ui.dialogs.client import ClientDialog

        if self.client_id:
            dialog = ClientDialog(self.ctx, self.ctx.store.clients.get(self.client_id), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.fill_clients(self.client_id)

    def add(self) -> None:
        """Add a location to the chosen client."""
        if self.client_id:
            LocationDialog(self.ctx, self.client_id, parent=self).exec()
            self.table.setFocus()

    def edit(self) -> None:
        """Edit the selected location."""
        location_id = self.current_location()
        if self.client_id and location_id:
            location = self.ctx.store.locations.get(location_id)
            LocationDialog(self.ctx, self.client_id, location, parent=self).exec()
            self.table.setFocus()

    def delete(self) -> None:
        """Delete the selected location (refused while audits visit it; Ctrl+Z puts it back)."""
        _ = self.ctx.tr
        location_id = self.current_location()
        if not location_id:
            return
        try:
            self.ctx.run(DeleteLocation(location_id))
        except AuditorError as exc:
            messages.error(self, _("Location not deleted"), str(exc))

    def import_file(self) -> None:
        """Ask for a CSV or XLSX file and import its locations, all or none."""
        from PySide6.QtWidgets import QFileDialog

        _ = self.ctx.tr
        if not self.client_id:
            return
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            _("Import locations"),
            "",
            _("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> int:
        """Import the locations of a file; on any problem say where, and store nothing."""
        from auditor.programme.locations_io import read_locations

        _ = self.ctx.tr
        client_id = self.client_id
        if not client_id:
            return 0
        try:
            locations = read_locations(path, client_id, self.ctx.lang)
            self.ctx.run(ImportLocations(client_id, locations))
        except (AuditorError, OSError) as exc:
            messages.error(self, _("Locations not imported"), str(exc))
            return 0
        ngettext = plural(self.ctx.lang)
        self.ctx.events.message_requested.emit(
            ngettext(
                "{count} location imported from {name}",
                "{count} locations imported from {name}",
                len(locations),
            ).format(count=len(locations), name=path.name)
        )
        return len(locations)
