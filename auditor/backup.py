"""Automatic workspace backups: consistent copies beside the workspace, rotated and restorable.

Backups live in `<workspace>.backups/` (next to the workspace file). A copy is written by SQLite
(`VACUUM INTO`) to a temporary name, flushed to disk, then renamed into place, so a crash while
backing up never leaves a half backup with a valid name.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from auditor.errors import WorkspaceError, file_reason
from auditor.i18n import user_translator
from auditor.storage import Store
from auditor.storage import backup as sql

log = logging.getLogger(__name__)

KEEP_RECENT = 10
KEEP_DAYS = 7
SUFFIX = ".auditdesk"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?P<tag>-[a-z][a-z-]*)?\.auditdesk$")


@dataclass(frozen=True)
class BackupInfo:
    """A backup file: where it is, when it was made, and how big it is."""

    path: Path
    created_at: datetime
    size: int
    tag: str = (
        ""  # "" for automatic/manual backups, "before-restore" for the copy taken before a restore
    )


def backup_folder(workspace_path: Path | str) -> Path:
    """Return the folder holding a workspace's backups (`<workspace>.backups` beside it)."""
    path = Path(workspace_path).expanduser().resolve()
    return path.with_name(path.name + ".backups")


def _target(folder: Path, workspace: Path, tag: str = "") -> Path:
    stamp = datetime.now(UTC).strftime(_STAMP)
    return folder / f"{workspace.stem}-{stamp}{'-' + tag if tag else ''}{SUFFIX}"


def _write(folder: Path, target: Path, write: object) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=".partial-", suffix=SUFFIX, dir=folder)
    except OSError as exc:
        raise _not_written(folder, exc) from None
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()  # VACUUM INTO wants a file that does not exist yet
    try:
        write(temp)  # type: ignore[operator]
        os.chmod(temp, 0o600)  # a backup holds personal data: readable by its owner only
        sql.fsync_file(temp)
        os.replace(temp, target)
        sql.fsync_folder(folder)
    except OSError as exc:  # a full disk may only show at the flush
        raise _not_written(folder, exc) from None
    finally:
        temp.unlink(missing_ok=True)
    return target


def _not_written(folder: Path, exc: OSError) -> WorkspaceError:
    _ = user_translator()
    return WorkspaceError(
        _("The copy could not be written to {folder}: {reason}.").format(
            folder=folder, reason=file_reason(exc, _)
        )
    )


def make_backup(store_or_path: Store | Path | str, *, tag: str = "") -> Path:
    """Write a consistent backup of the workspace, rotate old backups, and return the new file."""
    if isinstance(store_or_path, Store):
        store = store_or_path
        workspace = Path(store.path).expanduser().resolve()
        folder = backup_folder(workspace)
        with store.lock:
            target = _write(
                folder, _target(folder, workspace, tag), lambda t: sql.vacuum_into(store.db, t)
            )
    else:
        workspace = Path(store_or_path).expanduser().resolve()
        folder = backup_folder(workspace)
        target = _write(
            folder, _target(folder, workspace, tag), lambda t: sql.copy_file(workspace, t)
        )
    prune(workspace)
    log.info("backed up %s to %s", workspace, target)
    return target


def list_backups(workspace_path: Path | str) -> list[BackupInfo]:
    """Return the workspace's backups, newest first."""
    folder = backup_folder(workspace_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(
            BackupInfo(path, created, path.stat().st_size, (match["tag"] or "").lstrip("-"))
        )
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def to_keep(backups: list[BackupInfo], now: datetime | None = None) -> set[Path]:
    """Return the backups to keep: the 10 newest, plus the newest of each of the last 7 days."""
    now = now or datetime.now(UTC)
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in ordered[:KEEP_RECENT]}
    days: set[object] = set()
    for info in ordered:
        day = info.created_at.date()
        if now - info.created_at <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(info.path)
    return keep


def prune(workspace_path: Path | str, now: datetime | None = None) -> list[Path]:
    """Delete and return the backups the rotation drops (old copies expire with what they hold)."""
    backups = list_backups(workspace_path)
    keep = to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    if removed:
        log.info("removed %d old backups of %s", len(removed), workspace_path)
    return removed


def backup_due(workspace_path: Path | str, every: timedelta = timedelta(hours=1)) -> bool:
    """Return True when the workspace changed since a backup that is older than `every`."""
    workspace = Path(workspace_path).expanduser()
    if not workspace.exists():
        return False
    backups = [b for b in list_backups(workspace) if not b.tag]
    if not backups:
        return True
    newest = backups[0].created_at
    changed = max(
        Path(f"{workspace}{s}").stat().st_mtime
        for s in ("", "-wal")
        if Path(f"{workspace}{s}").exists()
    )
    return datetime.now(UTC) - newest >= every and datetime.fromtimestamp(changed, UTC) > newest


def verify_backup(backup_path: Path | str) -> list[str]:
    """Return what is wrong with a backup file (empty when it is a sound workspace)."""
    _ = user_translator()
    path = Path(backup_path)
    if not path.is_file():
        return [_("it is a folder, not a backup file") if path.is_dir() else _("no such file")]
    return sql.check_copy(path)


def latest_good_backup(workspace_path: Path | str) -> Path | None:
    """Return the newest backup passing quick_check, or None (offer it for a damaged workspace)."""
    for info in list_backups(workspace_path):
        if not verify_backup(info.path):
            return info.path
    return None


def restore_backup(workspace_path: Path | str, backup_path: Path | str) -> Path | None:
    """Replace the workspace with a backup after copying the current file; return the copy.

    The workspace must not be open. The current file is copied first (through SQLite if it can be
    read, byte for byte if it is damaged), so a restore can itself be undone.
    """
    _ = user_translator()
    workspace = Path(workspace_path).expanduser().resolve()
    backup = Path(backup_path).expanduser().resolve()
    if backup == workspace:
        raise WorkspaceError(
            _("{path} is the workspace itself, not a backup of it.").format(path=backup)
        )
    if not os.access(workspace.parent, os.W_OK | os.X_OK):  # before anything is copied or moved
        raise WorkspaceError(
            _("Cannot restore into {folder}: the folder is read-only.").format(
                folder=workspace.parent
            )
        )
    problems = verify_backup(backup)
    if problems:
        raise WorkspaceError(
            _("The backup {path} cannot be used: {reason}").format(path=backup, reason=problems[0])
        )
    folder = backup_folder(workspace)
    saved: Path | None = None
    if workspace.exists():
        try:
            sql.checkpoint_file(
                workspace
            )  # the WAL is folded in, so removing it below loses nothing
            saved = make_backup(workspace, tag="before-restore")
        except Exception as exc:  # a damaged current file is kept byte for byte instead
            log.warning("cannot copy %s through SQLite (%s): keeping its raw bytes", workspace, exc)
            saved = _raw_copy(workspace, folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".restoring-", suffix=SUFFIX, dir=workspace.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        shutil.copyfile(
            backup, temp
        )  # a closed, verified backup has no WAL: a file copy is its whole content
        if workspace.exists():
            shutil.copymode(workspace, temp)
        sql.fsync_file(temp)
        for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed onto the restored file
            Path(f"{workspace}{suffix}").unlink(missing_ok=True)
        os.replace(temp, workspace)
        sql.fsync_folder(workspace.parent)
    finally:
        temp.unlink(missing_ok=True)
    log.info("restored %s from %s (previous file kept as %s)", workspace, backup, saved)
    return saved


def _raw_copy(workspace: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _target(folder, workspace, "damaged")
    shutil.copyfile(workspace, target)
    for suffix in ("-wal",):
        if Path(f"{workspace}{suffix}").exists():
            shutil.copyfile(f"{workspace}{suffix}", f"{target}{suffix}")
    sql.fsync_file(target)
    sql.fsync_folder(folder)
    return target
