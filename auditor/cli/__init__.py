"""The `auditor` command line: every command is a module in auditor.cli.commands.

A command module defines `register(subparsers, common)`, adding its parser with
`parents=[common]` (which carries --workspace) and setting `handler=<function(args) -> int>`.
Errors the core expects (AuditorError) become one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from auditor.errors import AuditorError

log = logging.getLogger(__name__)

OpenApp = Callable[[Path | None], int]

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, like every other refusal
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def common_options() -> argparse.ArgumentParser:
    """Return the parent parser holding the options every command accepts."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="the workspace file to use (default: $AUDITOR_WORKSPACE, else the user data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """Return the full parser with every command module registered."""
    common = common_options()
    parser = _Parser(
        prog="auditor",
        description=(
            "The mystery-shopper audit desk. Without a command, opens the desktop app; "
            "`auditor --self-test` checks this installation on a temporary workspace."
        ),
        parents=[common],
    )
    from auditor.version import app_version

    parser.add_argument("--version", action="version", version=f"auditor {app_version()}")
    subparsers = parser.add_subparsers(
        title="commands", dest="command", metavar="COMMAND", parser_class=_Parser
    )
    from auditor.cli import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None, open_app: OpenApp | None = None) -> int:
    """Run the command line; `open_app` starts the desktop app when no command is given."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            if open_app is None:
                parser.print_help()
                return EXIT_OK
            return open_app(getattr(args, "workspace", None))
        return int(args.handler(args))
    except AuditorError as exc:
        print(f"auditor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `auditor ... | head` closed the pipe: not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # a folder made read-only, a full disk: still one line, never a trace
        log.debug("file system error", exc_info=True)
        where = f" {exc.filename}" if exc.filename else ""
        print(f"auditor: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:
        log.debug("workspace error", exc_info=True)
        print(f"auditor: the workspace could not be used ({exc})", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return 130
