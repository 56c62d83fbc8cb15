"""`auditor restore`: list the backups, or put one back (the current file is backed up first)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from auditor.cli.output import print_json, print_table
from auditor.errors import ValidationError, WorkspaceError
from auditor.i18n import default_language, translator

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `restore` command."""
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="restore the workspace from a backup (default: the newest sound one)",
        description="Replace the workspace with a backup after checking the backup and "
        "backing up the current "
        "file. Without BACKUP, the newest backup that passes SQLite's quick_check is used. "
        "Close the desktop app first.",
    )
    parser.add_argument(
        "backup", nargs="?", type=Path, metavar="BACKUP", help="the backup file to restore"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the backups instead, newest first"
    )
    parser.add_argument(
        "--json", action="store_true", help="with --list, print [{path, created_at, size, tag}]"
    )
    parser.set_defaults(handler=handler)


def handler(args: argparse.Namespace) -> int:
    """List the backups, or restore one and say where the previous file went."""
    from auditor.backup import latest_good_backup, list_backups, restore_backup
    from auditor.workspace import resolve

    _ = translator(default_language())
    workspace = resolve(getattr(args, "workspace", None))
    if args.json and not args.list:  # a typo for --list must never replace the workspace
        raise ValidationError(_("--json goes with --list; nothing was restored."))
    if args.list:
        rows = [
            {
                "path": str(b.path),
                "created_at": b.created_at.isoformat(),
                "size": b.size,
                "tag": b.tag,
            }
            for b in list_backups(workspace)
        ]
        if args.json:
            print_json(rows)
        elif not rows:
            print(_("No backups of {path} yet.").format(path=workspace))
        else:
            print_table(
                [
                    [
                        r["created_at"][:19].replace("T", " "),
                        f"{r['size'] // 1024} KB",
                        r["tag"],
                        r["path"],
                    ]
                    for r in rows
                ],
                ["CREATED (UTC)", "SIZE", "TAG", "PATH"],
            )
        return 0
    chosen = args.backup or latest_good_backup(workspace)
    if chosen is None:
        raise WorkspaceError(
            _("There is no sound backup of {path} to restore.").format(path=workspace)
        )
    saved = restore_backup(workspace, chosen)
    print(_("Restored {path} from {backup}.").format(path=workspace, backup=chosen))
    if saved:
        print(_("The previous workspace was kept as {saved}.").format(saved=saved))
    return 0
