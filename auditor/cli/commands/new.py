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
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help="the audit's title (default with --location and --wave: LOCATION - WAVE)",
    )
    parser.add_argument(
        "--template",
        dest="templates",
        action="append",
        metavar="ID[@VERSION]",
        help="a template of the catalogue (repeatable: one visit each, in this order); "
        "optional when the client has a questionnaire",
    )
    parser.add_argument(
        "--location",
        metavar="LOCATION",
        help="the client's location audited, by name or code (`auditor locations add`)",
    )
    parser.add_argument(
        "--wave",
        metavar="LABEL",
        help="the programme's wave (created after the client's other waves when new)",
    )
    parser.add_argument(
        "--nickname", metavar="NAME", default=None, help="the auditor's nickname in the report"
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the planned visit date")
    parser.add_argument(
        "--auditor",
        metavar="NAME",
        default=None,
        help="who carries out the audit (default: the name in your user profile)",
    )
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
    """Create the audit (and its client and wave when new) in one step, and print the audit's id."""
    from auditor.cli.commands.templates import find_client
    from auditor.commands import AddClient, AddWave, Batch, CreateAudit, Editor, SetQuestionnaire
    from auditor.errors import NotFoundError, ValidationError
    from auditor.i18n import N_
    from auditor.model import Audit, Client, Wave
    from auditor.service import PlannedVisit
    from auditor.userprofile import user_profile

    lang = default_language()
    _ = translator(lang)
    planned_date = parse_date(args.date)
    name = " ".join(args.client.split())
    title = (args.title or "").strip()
    in_programme = bool(args.location or args.wave)
    if not name:
        raise ValidationError(_("give the client's name"))
    if not title and not (args.location and args.wave):
        raise ValidationError(_("an audit needs a title"))
    me = user_profile()
    with open_store(args) as store:
        commands = []
        client_id = find_client(store, name)
        if client_id is None:
            client = Client(name=name)
            client_id = client.id
            commands.append(AddClient(client))
        location = None
        if args.location:
            location = store.locations.find(client_id, args.location)
            if location is None:
                raise NotFoundError(
                    _(
                        "client {client} has no location {location}; add it with "
                        "`auditor locations add`"
                    ).format(client=name, location=args.location.strip())
                )
        wave = None
        if args.wave:
            wave = store.waves.find(client_id, args.wave)
            if wave is None:
                wave = Wave(client_id=client_id, label=args.wave)
                commands.append(AddWave(wave))
        questionnaire = store.programmes.questionnaire(client_id)
        if args.templates:
            refs = _resolve(store, args.templates, _)
            if in_programme and not questionnaire:
                # The first audit of a programme sets the questionnaire the next ones run.
                commands.append(SetQuestionnaire(client_id, refs))
        elif questionnaire:
            refs = questionnaire
        else:
            raise ValidationError(
                _("give --template: client {client} has no questionnaire yet").format(client=name)
            )
        planned = [PlannedVisit(t, template_version=v) for t, v in refs]
        if not title:
            title = f"{location.name} - {' '.join(args.wave.split())}"
        audit = Audit(
            client_id=client_id,
            title=title,
            scenario=args.scenario.strip(),
            auditor=(me.name if args.auditor is None else args.auditor).strip(),
            nickname=(me.nickname if args.nickname is None else args.nickname).strip(),
            planned_date=planned_date,
            location_id=location.id if location else None,
            wave_id=wave.id if wave else None,
        )
        commands.append(CreateAudit(audit, planned))
        Editor(store, lang=lang).run(Batch(commands, N_("New audit")))
    print(audit.id)
    return 0


def _resolve(store, refs: list[str], _) -> list[tuple[str, str]]:
    """Return the catalogue (id, version) of each ID[@VERSION], or refuse the unknown one."""
    from auditor import catalogue
    from auditor.errors import NotFoundError

    found = []
    for ref in refs:
        try:
            entry = catalogue.resolve(store, ref)
        except NotFoundError:
            raise NotFoundError(
                _("no template {ref} in the catalogue; `auditor templates list` shows them").format(
                    ref=ref
                )
            ) from None
        found.append((entry.id, entry.version))
    return found
