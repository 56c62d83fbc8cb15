"""`auditor report AUDIT [--lang it|en] -o FILE.pdf`: write the client PDF report of an audit."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.output import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `report` command."""
    parser = subparsers.add_parser(
        "report",
        parents=[common],
        help="write the client PDF report of an audit",
        description="Write the client PDF report of an audit: cover, executive summary, one section per "
        "touchpoint with its findings and evidence, recommendations and methodology. The file "
        "appears whole or not at all.",
    )
    parser.add_argument("audit", metavar="AUDIT", help="the audit id (or its first characters)")
    parser.add_argument(
        "--lang",
        choices=("it", "en"),
        default=None,
        help="the report's language (default: the client's report language)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        required=True,
        help="the PDF file to write (replaced if it exists)",
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Write the report and print the path written."""
    from auditor.report import build_report

    with open_store(args, create=False) as store:
        audit_id = store.audits.resolve_id(args.audit)
        path = build_report(store, audit_id, args.output, lang=args.lang)
    print(path)
    return 0
