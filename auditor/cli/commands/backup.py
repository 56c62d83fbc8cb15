"""`auditor backup`: write a consistent backup of the workspace beside it."""

from __future__ import annotations

import argparse
import logging

from auditor.cli.output import open_store

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `backup` command."""
    parser = subparsers.add_parser(
        "backup",
        parents=[common],
        help="back up the workspace and print the backup's path",
        description="Write a consistent copy of the workspace into <workspace>.backups/ "
        "(keeping the 10 newest "
        "backups and one per day for a week) and print its path.",
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """Back up the workspace and print where the copy went."""
    from auditor.backup import make_backup

    with open_store(args, create=False) as store:
        print(make_backup(store))
    return 0
