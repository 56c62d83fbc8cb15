"""Check where a report or a bundle is about to be written, before anything is written there."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from auditor.errors import AuditorError, file_reason
from auditor.i18n import user_translator

log = logging.getLogger(__name__)

# SQLite keeps a workspace's recent writes beside it: overwriting these loses them as surely.
_WORKSPACE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def output_target(path: Path | str, workspace: Path | None = None) -> Path:
    """Return the file to write, refusing a folder, a missing folder and the workspace itself."""
    # Said in the user's language, not the report's: an Italian window writing an English report.
    _ = user_translator()
    target = Path(path).expanduser()
    if target.is_dir():
        raise AuditorError(_("{target} is a folder: give the file a name").format(target=target))
    parent = target.parent
    if not parent.is_dir():
        if parent.exists():
            raise AuditorError(_("{folder} is a file, not a folder").format(folder=parent))
        raise AuditorError(_("the folder {folder} does not exist").format(folder=parent))
    if workspace is not None and _is_workspace(target, Path(workspace)):
        raise AuditorError(
            _(
                "{target} is the workspace itself: writing there would replace every audit; "
                "choose another file name"
            ).format(target=target)
        )
    return target


def safe_file_name(text: str, suffix: str) -> str:
    """Return text as a file name every system accepts: no separators, reserved or control characters."""
    cleaned = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).split()).strip(" .")
    return (cleaned[:120].rstrip(" .") or "audit") + suffix


def shareable(fd: int) -> None:
    """Give a file written for others (a report) the usual permissions (mkstemp's are owner-only)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o666 & ~_umask())


def _umask() -> int:
    # Read, not set: os.umask() would change it for every thread while it is read.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def temp_beside(target: Path, prefix: str) -> tuple[int, Path]:
    """Return an open descriptor and the path of a new temporary file in the target's folder."""
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        _ = user_translator()
        raise AuditorError(
            _("cannot write in {folder} ({reason})").format(
                folder=target.parent, reason=file_reason(exc, _)
            )
        ) from None
    return fd, Path(name)


def _is_workspace(target: Path, workspace: Path) -> bool:
    for suffix in _WORKSPACE_SIDE_FILES:
        side = workspace.with_name(workspace.name + suffix)
        try:
            if os.path.samefile(target, side):
                return True
        except OSError:  # one of the two does not exist: compare the names instead
            if target.resolve() == side.resolve():
                return True
    return False
