"""`auditor new`: create an audit with one touchpoint visit per catalogue template named."""

from __future__ import annotations

import argparse
import logging
from datetime import date

from auditor.cli.output import open_store
from auditor.i18n import default_language, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `new` command."""
    parser = subparsers.add_parser(
        "new",
        parents=[common],
        help="create an audit (one visit per template) and print its id",
        description="Create an audit for a client (created when the workspace has none of that "
        "name) with one touchpoint visit per --template, each answered against the catalogue "
        "version named (ID@VERSION) or the newest one (ID); print the new audit's id.",
    )
    parser.add_argument("--client", required=True, metavar="NAME", help="the client's name")
    parser.add_argument("--title", required=True, metavar="TEXT", help="the audit's title")
    parser.add_argument(
        "--template",
        dest="templates",
        action="append",
        required=True,
        metavar="ID[@VERSION]",
        help="a template of the catalogue (repeatable: one visit each, in this order)",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the planned visit date")
    parser.add_argument("--auditor", metavar="NAME", default="", help="who carries out the audit")
    parser.add_argument("--scenario", metavar="TEXT", default="", help="the scenario played")
    parser.set_defaults(handler=handler)


def parse_date(text: str | None) -> date | None:
    """Return an ISO date typed on the command line, or refuse it in one line."""
    from auditor.errors import ValidationError

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        _ = translator(default_language())
        raise ValidationError(
            _("{text} is not a date: give it as YYYY-MM-DD, such as 2026-11-09").format(text=text)
        ) from None


def handler(args: argparse.Namespace) -> int:
    """Create the audit (and its client when new) in one step, and print the audit's id."""
    from auditor import catalogue
    from auditor.cli.commands.templates import find_client
    from auditor.commands import AddClient, Batch, CreateAudit, Editor
    from auditor.errors import NotFoundError, ValidationError
    from auditor.i18n import N_
    from auditor.model import Audit, Client
    from auditor.service import PlannedVisit

    lang = default_language()
    _ = translator(lang)
    planned_date = parse_date(args.date)
    name = " ".join(args.client.split())
    title = args.title.strip()
    if not name:
        raise ValidationError(_("give the client's name"))
    if not title:
        raise ValidationError(_("an audit needs a title"))
    with open_store(args) as store:
        planned = []
        for ref in args.templates:
            try:
                entry = catalogue.resolve(store, ref)
            except NotFoundError:
                raise NotFoundError(
                    _(
                        "no template {ref} in the catalogue; `auditor templates list` shows them"
                    ).format(ref=ref)
                ) from None
            planned.append(PlannedVisit(entry.id, template_version=entry.version))
        commands = []
        client_id = find_client(store, name)
        if client_id is None:
            client = Client(name=name)
            client_id = client.id
            commands.append(AddClient(client))
        audit = Audit(
            client_id=client_id,
            title=title,
            scenario=args.scenario.strip(),
            auditor=args.auditor.strip(),
            planned_date=planned_date,
        )
        commands.append(CreateAudit(audit, planned))
        Editor(store, lang=lang).run(Batch(commands, N_("New audit")))
    print(audit.id)
    return 0
