"""Find and open the workspace file: --workspace, then $AUDITOR_WORKSPACE, then the user data folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.storage import Store

log = logging.getLogger(__name__)

ENV_VAR = "AUDITOR_WORKSPACE"
DEFAULT_NAME = "workspace.auditdesk"


def default_path() -> Path:
    """Return the platform's user data location of the default workspace."""
    import platformdirs  # here, not at the top: the window names the workspace before the store loads

    return Path(platformdirs.user_data_dir("audit-desk", appauthor=False)) / DEFAULT_NAME


def resolve(path: Path | str | None = None) -> Path:
    """Return the workspace path to use, from the argument, the environment or the default."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_path()


def display_name(path: Path | str | None = None) -> str:
    """Return the file name of the workspace `resolve` would pick, without locating the default folder."""
    if path or os.environ.get(ENV_VAR, "").strip():
        return resolve(path).name
    return DEFAULT_NAME  # the window shows it before the store loads: no platformdirs import for it


def open_workspace(
    path: Path | str | None = None, *, create: bool = True, check: bool = False
) -> Store:
    """Open the workspace (creating the default folder when it is the default location)."""
    from auditor.storage import Store

    target = resolve(path)
    if not path and not os.environ.get(ENV_VAR, "").strip():
        target.parent.mkdir(parents=True, exist_ok=True)
    return Store.open(target, create=create, check=check)
