"""Entry point of the `auditor` command: CLI commands run without loading Qt."""

from __future__ import annotations

import sys
from pathlib import Path

from auditor.cli import main as cli_main


def _open_app(workspace: Path | None) -> int:
    from ui.app import run  # Qt is loaded only when the window is wanted

    return run(workspace)


def main() -> int:
    """Run `auditor`: the desktop app without a command, the CLI with one."""
    return cli_main(sys.argv[1:], open_app=_open_app)


if __name__ == "__main__":
    sys.exit(main())
