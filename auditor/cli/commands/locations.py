"""`auditor locations`: a client's locations added one by one, imported from a file, listed."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.output import open_store, print_json, print_table
from auditor.i18n import default_language, translator
from auditor.model import LocationChannel

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `locations` command and its subcommands."""
    parser = subparsers.add_parser(
        "locations",
        parents=[common],
        help="add, import and list a client's locations (branches, sites, phone lines)",
        description="A client's locations, audited wave after wave: add one, import a CSV or "
        "XLSX list (a bad cell refuses the whole file, naming it), or list them.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a location to a client")
    add.add_argument("--client", required=True, metavar="NAME", help="the client's name")
    add.add_argument("name", metavar="LOCATION", help="the location's name")
    add.add_argument("--code", default="", help="the client's own code for it")
    add.add_argument("--address", default="", help="its street address")
    add.add_argument("--city", default="", help="its city")
    add.add_argument("--region", default="", help="its region or area")
    add.add_argument(
        "--channel",
        default=LocationChannel.STORE.value,
        metavar="|".join(LocationChannel),
        help="how it is reached (default: store)",
    )
    add.set_defaults(handler=add_handler)

    imp = actions.add_parser(
        "import", parents=[common], help="add or update a client's locations from a file"
    )
    imp.add_argument("--client", required=True, metavar="NAME", help="the client's name")
    imp.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx", help="the list to import")
    imp.set_defaults(handler=import_handler)

    listing = actions.add_parser("list", parents=[common], help="list a client's locations")
    listing.add_argument("--client", required=True, metavar="NAME", help="the client's name")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=list_handler)


def _client_commands(store, name: str) -> tuple[str, list]:
    """Return the client's id and the command adding it when the workspace has none of that name."""
    from auditor.cli.commands.templates import find_client
    from auditor.commands import AddClient
    from auditor.errors import ValidationError
    from auditor.model import Client

    name = " ".join(name.split())
    if not name:
        raise ValidationError(translator(default_language())("give the client's name"))
    client_id = find_client(store, name)
    if client_id is not None:
        return client_id, []
    client = Client(name=name)
    return client.id, [AddClient(client)]


def add_handler(args: argparse.Namespace) -> int:
    """Add a location (and its client when new) and print its id."""
    from auditor.commands import AddLocation, Batch, Editor
    from auditor.i18n import N_
    from auditor.model import Location

    lang = default_language()
    with open_store(args) as store:
        client_id, commands = _client_commands(store, args.client)
        location = Location(
            client_id=client_id,
            name=args.name,
            code=args.code,
            address=args.address,
            city=args.city,
            region=args.region,
            channel=args.channel,
        )
        commands.append(AddLocation(location))
        Editor(store, lang=lang).run(Batch(commands, N_("New location")))
    print(location.id)
    return 0


def import_handler(args: argparse.Namespace) -> int:
    """Import a file of locations, all or nothing, and say how many were added and updated."""
    from auditor.commands import Batch, Editor, ImportLocations
    from auditor.i18n import N_
    from auditor.programme.locations_io import read_locations

    lang = default_language()
    _ = translator(lang)
    with open_store(args) as store:
        client_id, commands = _client_commands(store, args.client)
        found = read_locations(args.file, client_id, lang)
        known = {loc.id for loc in store.locations.for_client(client_id)}
        commands.append(ImportLocations(client_id, found))
        change = Editor(store, lang=lang).run(Batch(commands, N_("Import locations")))
        written = change.result or []
        updated = sum(1 for loc in written if loc.id in known)
    print(
        _("{added} locations added, {updated} updated").format(
            added=len(written) - updated, updated=updated
        )
    )
    return 0


def list_handler(args: argparse.Namespace) -> int:
    """Print a client's locations as a table or JSON."""
    from auditor.cli.commands.templates import find_client
    from auditor.errors import NotFoundError

    lang = default_language()
    _ = translator(lang)
    with open_store(args) as store:
        client_id = find_client(store, args.client)
        if client_id is None:
            raise NotFoundError(_("no client named {name}").format(name=args.client.strip()))
        locations = store.locations.for_client(client_id)
        counts = {loc.id: store.locations.audit_count(loc.id) for loc in locations}
    if args.json:
        print_json(
            [
                {
                    "id": loc.id,
                    "name": loc.name,
                    "code": loc.code,
                    "address": loc.address,
                    "city": loc.city,
                    "region": loc.region,
                    "channel": loc.channel.value,
                    "active": loc.active,
                    "audits": counts[loc.id],
                }
                for loc in locations
            ]
        )
        return 0
    rows = [
        [
            loc.name,
            loc.code,
            loc.city,
            loc.region,
            loc.channel.value,
            _("yes") if loc.active else _("no"),
            str(counts[loc.id]),
        ]
        for loc in locations
    ]
    headers = [_("Name"), _("Code"), _("City"), _("Region"), _("Channel"), _("Active"), _("Audits")]
    print_table(rows, headers)
    return 0
