"""`auditor programme CLIENT`: each wave's league table of the client's locations, and the trend."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.cli.output import format_score, open_store, print_json, print_table
from auditor.i18n import context, default_language, plural, translator

if TYPE_CHECKING:
    from auditor.storage import Store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `programme` command."""
    parser = subparsers.add_parser(
        "programme",
        parents=[common],
        help="compare a client's locations wave by wave (league table, changes, chain average)",
        description="For each wave of the client's programme, in order: every location's overall "
        "and touchpoint scores, its rank in the wave (1 = best, equal scores share a rank), its "
        "change against its previous scored wave, and the chain average (see docs/programmes.md).",
    )
    parser.add_argument("client", metavar="CLIENT", help="the client's name")
    parser.add_argument("--wave", metavar="LABEL", help="only this wave")
    parser.add_argument(
        "--region",
        dest="regions",
        action="append",
        metavar="REGION",
        help="only the locations of this region (repeatable); ranks and averages among them",
    )
    parser.add_argument(
        "--channel",
        dest="channels",
        action="append",
        metavar="CHANNEL",
        help="only the locations of this channel: store, web, phone, email, other (repeatable)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print {"client", "touchpoints", "dimensions", "phases", "waves": [{"label", '
        '"starts_on", "ends_on", "chain_average", "audits", "locations": [...]}]}, each wave\'s '
        "locations in league order; scores 0-100 with one decimal, null where nothing is scored",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="write the programme report (PDF) of a wave, the latest audited unless --wave "
        "names one: summary, league table, trend, weakest items, a page per location, "
        "methodology (needs -o)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        help="with --report: the PDF file to write (replaced if it exists)",
    )
    parser.add_argument(
        "--lang",
        choices=("it", "en"),
        default=None,
        help="with --report: the report's language (default: the client's report language)",
    )
    parser.set_defaults(handler=handler)


def client_id(store: Store, name: str, lang: str) -> str:
    """Return the id of the client named, or refuse listing the clients there are."""
    from auditor.cli.commands.templates import find_client
    from auditor.errors import NotFoundError

    _ = translator(lang)
    found = find_client(store, name)
    if found is None:
        names = ", ".join(c.name for c in store.clients.all()) or "-"
        raise NotFoundError(
            _("no client named {name} (the clients: {names})").format(name=name, names=names)
        )
    return found


def handler(args: argparse.Namespace) -> int:
    """Print the programme's league tables (or its JSON document)."""
    from auditor.names import touchpoint_kinds
    from auditor.programme import build, programme_document

    lang = default_language()
    _ = translator(lang)
    n_ = plural(lang)
    if args.report or args.output:
        return report(args, lang)
    with open_store(args, create=False) as store:
        programme = build(
            store,
            client_id(store, args.client, lang),
            regions=args.regions,
            channels=args.channels,
        )
    doc = programme_document(programme, args.wave, lang=lang)
    if args.json:
        print_json(doc)
        return 0
    print(programme.client.name)
    if not doc["waves"]:
        print(_("No waves yet: `auditor new --location LOCATION --wave LABEL` starts one."))
    for wave in doc["waves"]:
        print()
        print(
            n_(
                "{wave}: chain average {average}, {count} audit",
                "{wave}: chain average {average}, {count} audits",
                wave["audits"],
            ).format(
                wave=wave["label"],
                average=format_score(wave["chain_average"]),
                count=wave["audits"],
            )
        )
        headers = [
            _("Rank"),
            _("Location"),
            _("Code"),
            _("Overall"),
            context(lang)("against the previous wave", "Change"),
            *(touchpoint_kinds(_).get(kind, kind) for kind in doc["touchpoints"]),
            _("Critical"),
        ]
        rows = [
            [
                str(loc["rank"]) if loc["rank"] is not None else "-",
                loc["location"],
                loc["code"],
                format_score(loc["overall"]),
                "-" if loc["change"] is None else f"{loc['change']:+.1f}",
                *(format_score(loc["touchpoints"].get(k)) for k in doc["touchpoints"]),
                _("yes") if loc["critical_failure"] else "",
            ]
            for loc in wave["locations"]
        ]
        print_table(rows, headers)
    return 0


def report(args: argparse.Namespace, lang: str) -> int:
    """Write the programme report of a wave and print the path written."""
    from auditor.errors import ValidationError
    from auditor.programme.report import build_programme_report

    _ = translator(lang)
    if not (args.report and args.output):
        raise ValidationError(_("the programme report needs both --report and -o FILE.pdf"))
    with open_store(args, create=False) as store:
        path = build_programme_report(
            store,
            client_id(store, args.client, lang),
            args.output,
            wave_label=args.wave,
            lang=args.lang,
            regions=args.regions,
            channels=args.channels,
            messages=lang,
        )
    print(path)
    return 0
