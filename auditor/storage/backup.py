"""Consistent copies of a workspace and checks of copies, through SQLite (never a file copy)."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from auditor.errors import WorkspaceError
from auditor.i18n import Translate, user_translator
from auditor.storage.connection import APPLICATION_ID, failure_reason

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


def _copy_failed(target: Path, exc: sqlite3.Error, _: Translate) -> WorkspaceError:
    # A full disk used to read as "it is damaged": SQLite's result code says which it is.
    return WorkspaceError(
        _("The copy could not be written to {folder}: {reason}.").format(
            folder=target.parent, reason=failure_reason(exc, _) or str(exc)
        )
    )


def vacuum_into(db: sqlite_utils.Database, target: Path) -> None:
    """Write a consistent, compacted copy of the open database to a new file `target`."""
    # VACUUM INTO reads one snapshot, so writers in other connections never tear the copy; it also
    # leaves out free pages, so erased photos do not travel into backups.
    try:
        db.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.DatabaseError as exc:
        raise _copy_failed(target, exc, user_translator()) from None


def copy_file(source: Path, target: Path) -> None:
    """Write a consistent copy of the workspace file at `source` to `target`."""
    _ = user_translator()
    if not source.is_file():
        raise WorkspaceError(_("No workspace at {path}").format(path=source))
    try:
        # Read-write so that SQLite can recover a WAL left by a crash; the content is not changed.
        conn = sqlite3.connect(str(source))
    except sqlite3.Error as exc:
        raise _copy_failed(target, exc, _) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.DatabaseError as exc:
        raise _copy_failed(target, exc, _) from None
    finally:
        conn.close()


def check_copy(path: Path) -> list[str]:
    """Return what is wrong with a workspace file opened read-only (empty when it is sound), in
    the user's language."""
    _ = user_translator()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [failure_reason(exc, _) or _("it cannot be opened ({detail})").format(detail=exc)]
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return [_("it is not an audit workspace")]
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        # quick_check's lines name pages and tables: a lead in the user's words, SQLite's after
        return (
            [] if rows == ["ok"] else [_("it is damaged ({detail})").format(detail=r) for r in rows]
        )
    except sqlite3.DatabaseError as exc:
        return [_("it is damaged ({detail})").format(detail=exc)]
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
