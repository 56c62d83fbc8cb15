"""Consistent copies of a workspace and checks of copies, through SQLite (never a file copy)."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from auditor.errors import WorkspaceError
from auditor.storage.connection import APPLICATION_ID

log = logging.getLogger(__name__)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(path: Path) -> None:
    """Flush a folder's entries (a rename inside it) to the disk, where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def vacuum_into(db: sqlite_utils.Database, target: Path) -> None:
    """Write a consistent, compacted copy of the open database to a new file `target`."""
    # VACUUM INTO reads one snapshot, so writers in other connections never tear the copy; it also
    # leaves out free pages, so erased photos do not travel into backups.
    db.execute("VACUUM INTO ?", (str(target),))


def copy_file(source: Path, target: Path) -> None:
    """Write a consistent copy of the workspace file at `source` to `target`."""
    if not source.is_file():
        raise WorkspaceError(f"no workspace at {source}")
    try:
        # Read-write so that SQLite can recover a WAL left by a crash; the content is not changed.
        conn = sqlite3.connect(str(source))
    except sqlite3.Error as exc:
        raise WorkspaceError(f"cannot read {source}: {exc}") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"cannot copy {source}: it is damaged ({exc})") from None
    finally:
        conn.close()


def check_copy(path: Path) -> list[str]:
    """Return what is wrong with a workspace file opened read-only (empty when it is sound)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return ["not an audit workspace"]
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows
    except sqlite3.DatabaseError as exc:
        return [f"damaged: {exc}"]
    finally:
        conn.close()


def count_audits(path: Path) -> int | None:
    """Return how many audits a workspace file holds (None when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM audits").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def checkpoint_file(path: Path) -> None:
    """Fold a closed workspace's WAL into its main file so that the WAL holds nothing of value."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
