"""Entry point of the `auditor` command: CLI commands run without loading Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def _open_app(workspace: Path | None) -> int:
    from ui.app import run  # Qt is loaded only when the window is wanted

    return run(workspace)


def app_workspace(argv: list[str]) -> tuple[bool, Path | None]:
    """Return (True, workspace) when the arguments ask for the app alone, else (False, None).

    Building the full parser imports every command module (about 100 ms, most of the core), which
    the window does not need before it is shown; anything but these exact forms goes to the CLI.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--workspace" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--workspace=") and len(argv[0]) > len("--workspace="):
        return True, Path(argv[0].split("=", 1)[1])
    return False, None


def main() -> int:
    """Run `auditor`: the desktop app without a command, the CLI with one."""
    app_only, workspace = app_workspace(sys.argv[1:])
    if app_only:
        return _open_app(workspace)
    from auditor.cli import main as cli_main

    return cli_main(sys.argv[1:], open_app=_open_app)


if __name__ == "__main__":
    sys.exit(main())
