"""`auditor templates`: the workspace's template catalogue: list, import, export, validate."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.cli.output import open_store, print_json, print_table
from auditor.i18n import default_language, pick, plural, translator

if TYPE_CHECKING:
    from auditor.catalogue import CatalogueEntry
    from auditor.storage import Store

log = logging.getLogger(__name__)

LEGACY_KEYS = ("id", "touchpoint", "version", "title", "items")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `templates` command with its list, import, export and validate actions."""
    parser = subparsers.add_parser(
        "templates",
        parents=[common],
        help="the template catalogue: list, import, export and validate checklist templates",
        description="The workspace's catalogue of checklist templates: every version, the "
        "built-ins included. A template's content decides its version: changed content under a "
        "version already held becomes the next free version; identical content is not imported "
        "twice.",
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION")
    actions.required = True

    listing = actions.add_parser("list", parents=[common], help="list the catalogue")
    add_list_arguments(listing)
    listing.set_defaults(handler=list_handler, legacy=False)

    importing = actions.add_parser(
        "import",
        parents=[common],
        help="add a template file (.toml or .xlsx) to the catalogue",
        description="Add a template to the catalogue and print its id and version. Every problem "
        "is printed as FILE:LINE: reason (exit status 2, nothing imported).",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="a .toml or .xlsx template")
    importing.add_argument("--client", metavar="NAME", help="the client the template belongs to")
    importing.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a sector tag (repeatable)"
    )
    importing.add_argument("--author", metavar="NAME", help="who wrote it (default: the auditor)")
    importing.add_argument(
        "--json",
        action="store_true",
        help='print {"file", "id", "version", "requested_version", "status", "digest"}',
    )
    importing.set_defaults(handler=import_handler)

    exporting = actions.add_parser(
        "export",
        parents=[common],
        help="write a catalogue version to a .toml or .xlsx file",
    )
    exporting.add_argument(
        "ref", metavar="ID[@VERSION]", help="the template id, and a version (default: the newest)"
    )
    exporting.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.toml or FILE.xlsx"
    )
    exporting.set_defaults(handler=export_handler)

    validating = actions.add_parser(
        "validate",
        parents=[common],
        help="check template files: exit 0 when all are valid, 2 with FILE:LINE: reason lines",
    )
    validating.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    validating.set_defaults(handler=validate_handler)


def add_list_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of a listing (shared with the `checklists` alias)."""
    parser.add_argument(
        "--json",
        action="store_true",
        help='print [{"id", "version", "touchpoint", "title", "titles", "items", "tags", '
        '"author", "client", "origin", "latest", "created_at", "updated_at", "digest"}]',
    )
    parser.add_argument("--latest", action="store_true", help="only the newest version of each id")


# --- list ------------------------------------------------------------------------------------


def _builtin_rows(lang: str) -> list[dict[str, Any]]:
    """Return the listing of a workspace that does not exist yet: the built-ins (not created)."""
    from auditor.catalogue import content_digest
    from auditor.checklists import builtin_templates

    return [
        {
            "id": t.id,
            "version": t.version,
            "touchpoint": t.touchpoint.value,
            "title": pick(t.title, lang),
            "titles": dict(t.title),
            "items": len(t.items),
            "tags": [],
            "author": "",
            "client": None,
            "origin": "builtin",
            "latest": True,
            "created_at": None,
            "updated_at": None,
            "digest": content_digest(t.source),
        }
        for t in sorted(builtin_templates(), key=lambda t: t.id)
    ]


def _row(entry: CatalogueEntry, latest: bool, clients: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "id": entry.id,
        "version": entry.version,
        "touchpoint": entry.touchpoint,
        "title": pick(entry.title, lang),
        "titles": dict(entry.title),
        "items": len(entry.template().items),
        "tags": list(entry.tags),
        "author": entry.author,
        "client": clients.get(entry.client_id) if entry.client_id else None,
        "origin": entry.origin,
        "latest": latest,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "digest": entry.digest,
    }


def catalogue_rows(args: argparse.Namespace, lang: str) -> list[dict[str, Any]]:
    """Return the listing rows, newest version of each id first (no workspace is created)."""
    from auditor import catalogue
    from auditor.workspace import resolve

    if not resolve(getattr(args, "workspace", None)).exists():
        return _builtin_rows(lang)
    with open_store(args, create=False) as store:
        clients = {c.id: c.name for c in store.clients.all()}
        entries = catalogue.entries(store)
        seen: set[str] = set()
        rows = []
        for entry in entries:
            rows.append(_row(entry, entry.id not in seen, clients, lang))
            seen.add(entry.id)
    if args.latest:
        rows = [r for r in rows if r["latest"]]
    return rows


def list_handler(args: argparse.Namespace) -> int:
    """Print the catalogue (the `checklists` alias prints its older, shorter form)."""
    lang = default_language()
    rows = catalogue_rows(args, lang)
    if args.legacy:
        rows = [r for r in rows if r["latest"]]
        if args.json:
            print_json([{key: r[key] for key in LEGACY_KEYS} for r in rows])
        else:
            print_table(
                [
                    [r["id"], r["touchpoint"], r["version"], str(r["items"]), r["title"]]
                    for r in rows
                ],
                ["ID", "TOUCHPOINT", "VERSION", "ITEMS", "TITLE"],
            )
        return 0
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [
                r["id"],
                r["version"] + ("" if r["latest"] else " (old)"),
                r["touchpoint"],
                str(r["items"]),
                r["origin"],
                r["client"] or "-",
                ", ".join(r["tags"]) or "-",
                r["title"],
            ]
            for r in rows
        ],
        ["ID", "VERSION", "TOUCHPOINT", "ITEMS", "ORIGIN", "CLIENT", "TAGS", "TITLE"],
    )
    return 0


# --- import, export, validate ------------------------------------------------------------------


def find_client(store: Store, name: str) -> str | None:
    """Return the id of the client with this name (case and spacing aside), or None."""
    wanted = " ".join(name.split()).casefold()
    for client in store.clients.all():
        if " ".join(client.name.split()).casefold() == wanted:
            return client.id
    return None


def _print_problems(problems: list[Any]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    return 2


def import_handler(args: argparse.Namespace) -> int:
    """Import a template file into the catalogue and say which version holds it."""
    from auditor.checklists import TemplateError
    from auditor.commands import Editor, ImportTemplate
    from auditor.errors import NotFoundError
    from auditor.templatefiles import read_template

    lang = default_language()
    _ = translator(lang)
    try:
        template = read_template(args.file)
    except TemplateError as exc:
        return _print_problems(exc.problems)
    with open_store(args) as store:
        client_id = None
        if args.client is not None:
            client_id = find_client(store, args.client)
            if client_id is None:
                raise NotFoundError(
                    _("no client named \u201c{name}\u201d in this workspace").format(
                        name=args.client
                    )
                )
        command = ImportTemplate(template, client_id, tuple(args.tag), args.author)
        outcome = Editor(store, lang=lang).run(command).result
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "id": outcome.entry.id,
                "version": outcome.entry.version,
                "requested_version": outcome.requested_version,
                "status": outcome.status,
                "digest": outcome.entry.digest,
            }
        )
    else:
        print(outcome.message(_))
    return 0


def export_handler(args: argparse.Namespace) -> int:
    """Write a catalogue version to a file."""
    from auditor import catalogue
    from auditor.checklists import TemplateError
    from auditor.templatefiles import write_template

    _ = translator(default_language())
    with open_store(args) as store:
        entry = catalogue.resolve(store, args.ref)
        try:
            target = write_template(entry, args.output, store.path)
        except TemplateError as exc:
            return _print_problems(exc.problems)
    print(_("{ref} written to {path}").format(ref=entry.ref, path=target))
    return 0


def validate_handler(args: argparse.Namespace) -> int:
    """Check template files; exit 2 with FILE:LINE: reason lines when any is not valid."""
    from auditor.templatefiles import validate

    problems = validate(args.paths)
    if problems:
        return _print_problems(problems)
    ngettext = plural(default_language())
    count = len(args.paths)
    print(
        ngettext("{count} template file valid", "{count} template files valid", count).format(
            count=count
        )
    )
    return 0
