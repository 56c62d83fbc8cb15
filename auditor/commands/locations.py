"""A client's locations: add, edit, delete, import (all or none) and the import's undo.

Locations belong to no audit, so these commands leave no entry in an audit's history (as clients
do not). Every refusal names the client, the location and the value refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from auditor.commands.base import LOCATIONS, Command, Tx
from auditor.commands.programme_records import delete_unaudited, edit_record
from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_
from auditor.model import Location, LocationChannel

LOCATION_FIELDS = ("name", "code", "address", "city", "region", "channel", "active")


# --- checks shared with the importer and the command line -----------------------------------


def clean_location(tx: Tx, location: Location) -> Location:
    """Return the location with tidy text and a known channel, or refuse naming what is wrong."""
    _ = tx.tr
    client = tx.store.clients.get(location.client_id)
    name = " ".join(str(location.name or "").split())
    if not name:
        raise ValidationError(
            _("client \u201c{client}\u201d: a location needs a name").format(client=client.name)
        )
    try:
        channel = LocationChannel(str(location.channel).strip().lower())
    except ValueError:
        raise ValidationError(
            _(
                "location \u201c{name}\u201d: channel \u201c{value}\u201d is not one of {allowed}"
            ).format(name=name, value=location.channel, allowed=", ".join(LocationChannel))
        ) from None
    if not isinstance(location.active, bool):
        raise ValidationError(
            _("location \u201c{name}\u201d: active must be yes or no").format(name=name)
        )
    tidy = replace(
        location,
        name=name,
        code=str(location.code or "").strip(),
        address=" ".join(str(location.address or "").split()),
        city=" ".join(str(location.city or "").split()),
        region=" ".join(str(location.region or "").split()),
        channel=channel,
    )
    for other in tx.store.locations.for_client(location.client_id):
        if other.id == tidy.id:
            continue
        if other.name.casefold() == name.casefold():
            raise ValidationError(
                _("client \u201c{client}\u201d already has a location \u201c{name}\u201d").format(
                    client=client.name, name=other.name
                )
            )
        if tidy.code and other.code == tidy.code:
            raise ValidationError(
                _(
                    "client \u201c{client}\u201d: code \u201c{code}\u201d is already location \u201c{name}\u201d's"
                ).format(client=client.name, code=tidy.code, name=other.name)
            )
    return tidy


@dataclass
class AddLocation(Command):
    """Add a location to a client (a branch, a web site, a phone line)."""

    location: Location
    label = N_("New location")

    def apply(self, tx: Tx) -> Command | None:
        location = tx.store.locations.add(clean_location(tx, self.location))
        tx.touch(LOCATIONS)
        tx.result = location
        return DeleteLocation(location.id)


@dataclass
class DeleteLocation(Command):
    """Delete a location no audit was made at."""

    location_id: str
    label = N_("Delete location")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = delete_unaudited(
            tx,
            tx.store.locations,
            self.location_id,
            lambda location, count: _(
                "location \u201c{name}\u201d has {count} audits; make it inactive instead of deleting it"
            ).format(name=location.name, count=count),
            LOCATIONS,
        )
        return AddLocation(before)


@dataclass
class EditLocation(Command):
    """Change some of a location's fields (name, code, address, city, region, channel, active)."""

    location_id: str
    values: dict[str, Any]
    label = N_("Edit location")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        before = edit_record(
            tx,
            tx.store.locations,
            self.location_id,
            self.values,
            LOCATION_FIELDS,
            _("a location has no field {fields}"),
            clean_location,
            LOCATIONS,
        )
        return EditLocation(self.location_id, {f: getattr(before, f) for f in self.values})


@dataclass
class PutLocations(Command):
    """Write these locations as they are (adding the new ones) and delete others: an import's undo."""

    put: list[Location]
    remove: list[str] = field(default_factory=list)
    label = N_("Import locations")

    def apply(self, tx: Tx) -> Command | None:
        restore: list[Location] = []
        added: list[str] = []
        for location_id in self.remove:
            restore.append(tx.store.locations.get(location_id))
            DeleteLocation(location_id).apply(tx)
        for location in self.put:
            try:
                restore.append(tx.store.locations.get(location.id))
                tx.store.locations.update(clean_location(tx, location))
            except NotFoundError:
                tx.store.locations.add(clean_location(tx, location))
                added.append(location.id)
        tx.touch(LOCATIONS)
        return PutLocations(restore, added)


@dataclass
class ImportLocations(Command):
    """Add a client's locations from a file, all or none: a known code or name is updated in place."""

    client_id: str
    locations: list[Location]
    label = N_("Import locations")

    def apply(self, tx: Tx) -> Command | None:
        _ = tx.tr
        client = tx.store.clients.get(self.client_id)
        seen: dict[str, str] = {}
        put: list[Location] = []
        for location in self.locations:
            if location.client_id != self.client_id:
                location = replace(location, client_id=self.client_id)
            name = " ".join(str(location.name or "").split())
            for key in (f"n:{name.casefold()}", f"c:{location.code.strip()}"):
                if key in ("n:", "c:"):
                    continue
                if key in seen:
                    raise ValidationError(
                        _(
                            "client \u201c{client}\u201d: \u201c{first}\u201d and \u201c{second}\u201d have the same name or code"
                        ).format(client=client.name, first=seen[key], second=name)
                    )
                seen[key] = name
            existing = None
            if location.code.strip():
                existing = tx.store.locations.find(self.client_id, location.code.strip())
                if existing is not None and existing.code != location.code.strip():
                    existing = None  # a name equal to this code: not the same location
            if existing is None:
                existing = tx.store.locations.find(self.client_id, name)
            put.append(replace(location, id=existing.id) if existing else location)
        if not put:
            raise ValidationError(
                _("client \u201c{client}\u201d: the file lists no locations").format(
                    client=client.name
                )
            )
        inverse = PutLocations(put).apply(tx)
        tx.result = put
        return inverse


__all__ = [
    "LOCATION_FIELDS",
    "AddLocation",
    "DeleteLocation",
    "EditLocation",
    "ImportLocations",
    "PutLocations",
    "clean_location",
]
