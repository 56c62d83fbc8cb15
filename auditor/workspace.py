"""Find and open the workspace file: --workspace, then $AUDITOR_WORKSPACE, then the user data folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from auditor.storage import Store

log = logging.getLogger(__name__)

ENV_VAR = "AUDITOR_WORKSPACE"
DEFAULT_NAME = "workspace.auditdesk"


def default_path() -> Path:
    """Return the platform's user data location of the default workspace."""
    return Path(platformdirs.user_data_dir("audit-desk", appauthor=False)) / DEFAULT_NAME


def resolve(path: Path | str | None = None) -> Path:
    """Return the workspace path to use, from the argument, the environment or the default."""
    if path:
        return Path(path).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_path()


def open_workspace(path: Path | str | None = None, *, create: bool = True, check: bool = False) -> Store:
    """Open the workspace (creating the default folder when it is the default location)."""
    target = resolve(path)
    if not path and not os.environ.get(ENV_VAR, "").strip():
        target.parent.mkdir(parents=True, exist_ok=True)
    return Store.open(target, create=create, check=check)
