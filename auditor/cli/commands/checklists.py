"""`auditor checklists`: list the built-in templates, or validate template files."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from auditor.checklists import builtin_templates, validate_files
from auditor.cli.output import print_json, print_table
from auditor.i18n import default_language, pick

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `checklists` command and its `validate` action."""
    parser = subparsers.add_parser(
        "checklists",
        parents=[common],
        help="list the checklist templates, or validate template files",
        description="Without arguments, list the built-in templates. `checklists validate PATH...` checks "
        "template files: exit 0 when all are valid, 2 with `file:line: reason` lines otherwise.",
    )
    parser.add_argument("action", nargs="?", choices=("validate",), help="validate the given files")
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="template files (.toml) to validate"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print [{"id", "touchpoint", "version", "title", "items"}]',
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """List or validate templates."""
    if args.action == "validate":
        if not args.paths:
            print("auditor: checklists validate needs at least one file", file=sys.stderr)
            return 2
        problems = validate_files(args.paths)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"{len(args.paths)} template file(s) valid")
        return 2 if problems else 0
    if args.paths:
        print("auditor: give `validate` before the files to check", file=sys.stderr)
        return 2
    lang = default_language()
    rows = [
        {
            "id": t.id,
            "touchpoint": t.touchpoint.value,
            "version": t.version,
            "title": pick(t.title, lang),
            "items": len(t.items),
        }
        for t in builtin_templates()
    ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            [[r["id"], r["touchpoint"], r["version"], str(r["items"]), r["title"]] for r in rows],
            ["ID", "TOUCHPOINT", "VERSION", "ITEMS", "TITLE"],
        )
    return 0
