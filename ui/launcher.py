"""Entry point of the `auditor` command: CLI commands run without loading Qt."""

from __future__ import annotations

import sys
from pathlib import Path

BUNDLE_SUFFIX = ".auditbundle"  # the desktop entry's MIME type opens these with `auditor FILE`


def _open_app(workspace: Path | None, bundle: Path | None = None) -> int:
    from ui.app import run  # Qt is loaded only when the window is wanted

    return run(workspace, bundle=bundle)


def bundle_argument(argv: list[str]) -> Path | None:
    """Return the bundle file when the arguments are one `.auditbundle` path (a double-click), else None."""
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0].lower().endswith(BUNDLE_SUFFIX):
        return Path(argv[0])
    return None


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
    """Run `auditor`: the desktop app without a command (or with a bundle to import), the CLI with one."""
    argv = sys.argv[1:]
    if argv == ["--version"]:  # answered without the parser: the package test calls it first
        from auditor.version import app_version

        print(f"auditor {app_version()}")
        return 0
    if argv[:1] == ["--self-test"]:
        from ui.selftest import main as self_test

        return self_test(argv[1:])
    bundle = bundle_argument(argv)
    if bundle is not None:
        return _open_app(None, bundle)
    app_only, workspace = app_workspace(argv)
    if app_only:
        return _open_app(workspace)
    from auditor.cli import main as cli_main

    return cli_main(argv, open_app=_open_app)


if __name__ == "__main__":
    sys.exit(main())
