"""`auditor checklists`: the older name of `templates list` (and `checklists validate`)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from auditor.cli.commands import templates
from auditor.i18n import default_language, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `checklists` command and its `validate` action."""
    parser = subparsers.add_parser(
        "checklists",
        parents=[common],
        help="list the checklist templates, or validate template files",
        description="Without arguments, list the newest version of each template in the catalogue "
        "(as `templates list --latest`, in this command's shorter form). `checklists validate "
        "PATH...` checks template files (as `templates validate`): exit 0 when all are valid, 2 "
        "with `file:line: reason` lines otherwise.",
    )
    parser.add_argument("action", nargs="?", choices=("validate",), help="validate the given files")
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="template files (.toml, .xlsx)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print [{"id", "touchpoint", "version", "title", "items"}]',
    )
    parser.set_defaults(handler=handler, legacy=True, latest=True)


def handler(args: argparse.Namespace) -> int:
    """List or validate templates, as the `templates` command does."""
    _ = translator(default_language())
    if args.action == "validate":
        if not args.paths:
            print(_("auditor: checklists validate needs at least one file"), file=sys.stderr)
            return 2
        return templates.validate_handler(args)
    if args.paths:
        print(_("auditor: give `validate` before the files to check"), file=sys.stderr)
        return 2
    return templates.list_handler(args)
