"""A client's locations: a list with Add, Edit, Delete and Import, and the form of one location.

Every change goes through the core's commands (AddLocation, EditLocation, DeleteLocation,
ImportLocations), so Ctrl+Z in the window takes it back; an import is read and validated in full
before anything is stored, and a bad cell is named in the message.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from auditor.commands import (
    AddLocation,
    Command,
    DeleteLocation,
    EditLocation,
    ImportLocations,
)
from auditor.errors import AuditorError
from auditor.i18n import plural
from auditor.model import Location, LocationChannel
from auditor.names import location_channels as channels
from ui.context import AppContext
from ui.widgets import messages
from ui.widgets.forms import form_dialog
from ui.widgets.record_list import RecordListDialog

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


class LocationsDialog(RecordListDialog):
    """The locations of one client, in a list: Add (Ins), Edit (Enter), Delete (Del), Import."""

    COLUMNS = 7

    def __init__(
        self, ctx: AppContext, client_id: str | None = None, parent: QWidget | None = None
    ):
        _ = ctx.tr
        super().__init__(
            ctx,
            _("Clients and locations"),
            [_("Name"), _("Code"), _("Address"), _("City"), _("Region"), _("Channel"), _("Active")],
            _("Locations"),
            parent,
        )
        self._channels = channels(ctx.tr)
        self.resize(900, 560)
        self.new_client_button.clicked.connect(self.new_client)
        self.edit_client_button.clicked.connect(self.edit_client)
        self.import_button.clicked.connect(self.import_file)
        self.fill_clients(client_id)

    def _client_extras(self) -> list[QWidget]:
        _ = self.ctx.tr
        self.new_client_button = QPushButton(_("New client..."))
        self.edit_client_button = QPushButton(_("Edit client..."))
        return [self.new_client_button, self.edit_client_button]

    def _button_extras(self) -> list[QWidget]:
        _ = self.ctx.tr
        self.import_button = QPushButton(_("&Import from CSV or Excel..."))
        return [self.import_button]

    def _needs_client(self) -> list[QWidget]:
        # A chosen client is also one to edit: the combo chooses the first whenever there is one.
        return [self.add_button, self.import_button, self.edit_client_button]

    # --- what is shown ----------------------------------------------------------------------

    def _rows(self, client_id: str) -> list[tuple[str, Sequence[str]]]:
        _ = self.ctx.tr
        return [
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
            for location in self.ctx.store.locations.for_client(client_id)
        ]

    def _count_text(self, count: int) -> str:
        _ = self.ctx.tr
        ngettext = plural(self.ctx.lang)
        if not count:
            return _("No locations yet.")
        return ngettext("{count} location", "{count} locations", count).format(count=count)

    def current_location(self) -> str | None:
        """Return the id of the selected location, if any."""
        return self.current_id()

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

    def _delete_command(self, record_id: str) -> Command:
        return DeleteLocation(record_id)

    def _not_deleted_title(self) -> str:
        _ = self.ctx.tr
        return _("Location not deleted")

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
