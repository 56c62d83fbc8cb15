"""`auditor list`: the audits in the workspace."""

from __future__ import annotations

import argparse
import logging

from auditor import service
from auditor.cli.output import format_score, open_store, print_json, print_table

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `list` command."""
    parser = subparsers.add_parser(
        "list", parents=[common], help="list the audits in the workspace"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print [{"id", "client", "title", "date", "status", "completion", "score", '
        '"critical_failure"}]',
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Print the audits, most recently changed first."""
    with open_store(args) as store:
        rows = [service.summary_document(s) for s in service.summaries(store)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No audits yet. Try `auditor demo`.")
        return 0
    print_table(
        [
            [
                r["id"][:8],
                r["client"],
                r["title"],
                r["date"] or "-",
                r["status"],
                f"{r['completion']:.0f}%",
                format_score(r["score"]),
                "CRITICAL" if r["critical_failure"] else "",
            ]
            for r in rows
        ],
        ["ID", "CLIENT", "TITLE", "DATE", "STATUS", "DONE", "SCORE", ""],
    )
    return 0
