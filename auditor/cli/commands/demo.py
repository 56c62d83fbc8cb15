"""`auditor demo`: add a realistic demo client and audit to the workspace."""

from __future__ import annotations

import argparse
import logging

from auditor.cli.output import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `demo` command."""
    parser = subparsers.add_parser(
        "demo",
        parents=[common],
        help="add a demo client and audit, and print the audit's id",
        description="Add a demo hotel client with a six-touchpoint audit (answers, findings of every "
        "severity, photos and screenshots) and print the new audit's id.",
    )
    parser.add_argument(
        "--lang", choices=("it", "en"), default="it", help="the demo client's report language"
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Build the demo and print its audit id."""
    from auditor.demo import build_demo

    with open_store(args) as store:
        print(build_demo(store, lang=args.lang))
    return 0
