"""`auditor import`: bring an audit bundle into the workspace (importing again replaces it)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.commands.export import PASSWORD_ENV, read_password
from auditor.cli.output import open_store
from auditor.i18n import default_language, plural, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `import` command."""
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="import an audit from a .auditbundle file",
        description="Check every member of a bundle, then add its audit to the workspace "
        "in one transaction. "
        "Importing the same audit again replaces it. A damaged or unsafe bundle is refused whole.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the bundle to import")
    parser.add_argument(
        "--password",
        action="store_true",
        help=f"the bundle is encrypted (password read from ${PASSWORD_ENV}, else asked)",
    )
    parser.add_argument(
        "--replace-newer",
        action="store_true",
        help="import even when the workspace's copy of the audit changed after the bundle's",
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Import the bundle (a command run by an Editor: one transaction, recorded) and summarise it."""
    from auditor.bundle import import_bundle
    from auditor.commands import Editor

    lang = default_language()
    _ = translator(lang)
    ngettext = plural(lang)
    password = read_password(confirm=False) if args.password else None
    with open_store(args) as store:
        result = import_bundle(
            store,
            args.file,
            password,
            replace_newer=args.replace_newer,
            editor=Editor(store, lang=lang),
        )
    if result.unchanged:
        print(
            _("\u201c{title}\u201d ({id}) is already in the workspace as in the bundle.").format(
                title=result.title, id=result.audit_id
            )
        )
        return 0
    print(
        _("Imported \u201c{title}\u201d ({id}): {visits}, {findings}, {photos}.").format(
            title=result.title,
            id=result.audit_id,
            visits=ngettext("{count} visit", "{count} visits", result.visits).format(
                count=result.visits
            ),
            findings=ngettext("{count} finding", "{count} findings", result.findings).format(
                count=result.findings
            ),
            photos=ngettext("{count} photo", "{count} photos", result.evidence).format(
                count=result.evidence
            ),
        )
    )
    if result.replaced:
        print(_("It replaced the copy of this audit that was already in the workspace."))
    if result.replaced and result.new_entries:
        print(
            ngettext(
                "Its history brought {count} change this workspace did not hold.",
                "Its history brought {count} changes this workspace did not hold.",
                result.new_entries,
            ).format(count=result.new_entries)
        )
    return 0
