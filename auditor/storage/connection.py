"""Open a workspace file with the settings that keep every acknowledged write safe."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from auditor.errors import WorkspaceError, file_reason
from auditor.i18n import Translate, user_translator

log = logging.getLogger(__name__)

# "AUDK" as a big-endian 32-bit integer: lets `file` and our own open tell a workspace apart
# from any other SQLite database.
APPLICATION_ID = 0x4155444B

# Applied on every connection: see shared/research/reliability.md for the measurements.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
)


def connect(path: Path, *, create: bool) -> sqlite_utils.Database:
    """Return a configured Database on `path`, refusing files that are not workspaces."""
    _ = user_translator()
    path = Path(path)
    if path.exists() and path.is_dir():
        raise WorkspaceError(_("{path} is a folder, not a workspace file").format(path=path))
    if not path.exists():
        if not create:
            raise WorkspaceError(_("No workspace at {path}").format(path=path))
        if not path.parent.exists():
            raise WorkspaceError(
                _("Cannot create a workspace in {folder}: the folder does not exist").format(
                    folder=path.parent
                )
            )
    _check_access(path, _)
    try:
        # isolation_level=None: sqlite-utils' atomic() manages transactions explicitly, so a failed
        # write can never leave a hidden open transaction behind.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
            conn.close()
            raise WorkspaceError(_("{path} is not an audit workspace").format(path=path))
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            log.warning("journal_mode is %s, not WAL, for %s", mode, path)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(describe(path, exc)) from None
    except OSError as exc:
        raise WorkspaceError(
            _("Cannot open {path}: {reason}").format(path=path, reason=file_reason(exc, _))
        ) from None
    # execute_plugins=False: no third-party sqlite-utils plugin may hook into the workspace (and
    # scanning every installed package for plugins costs start-up time).
    return sqlite_utils.Database(conn, strict=True, execute_plugins=False)


def _check_access(path: Path, _: Translate) -> None:
    # A workspace is written at every step (WAL keeps files beside it): refuse it whole, with the
    # real reason, rather than fail at the first answer or call a sound file damaged.
    folder = path.resolve().parent
    if path.exists() and not os.access(path, os.R_OK):
        raise WorkspaceError(_("Cannot read {path}: permission denied").format(path=path))
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK | os.X_OK):
        raise WorkspaceError(
            _(
                "{path} is read-only here: the audit desk writes to the workspace and beside it"
                " in {folder}; copy it to a folder you can write to"
            ).format(path=path, folder=folder)
        )


def _primary_code(exc: sqlite3.Error) -> int:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF  # extended codes carry it low


def failure_reason(exc: sqlite3.Error, _: Translate) -> str | None:
    """Return why SQLite could not read or write a file, in the user's words, for the causes a
    user can act on (a full disk, a file made read-only, a removed drive, another program, a
    damaged file); None for anything else (a fault of ours, reported as it is)."""
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_FULL:
        return _("the disk is full; free some space and try again")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return _("the file or its folder cannot be written any more")
    if code == sqlite3.SQLITE_IOERR:
        return _("the disk refused to read or write (is it full, or was the drive removed?)")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _("another program is using the file; close it there and try again")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _("the file is damaged; restore a backup")
    return None


def describe(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Return the user's sentence for an SQLite error met while opening a workspace."""
    _ = user_translator()
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_CANTOPEN:
        return _(
            "Cannot open {path}: check that the file and its folder can be read and written"
        ).format(path=path)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return _("{path} is read-only here ({detail})").format(path=path, detail=exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _("{path} is in use by another program; close it there and try again").format(
            path=path
        )
    if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
        return _("Cannot open {path}: {reason}").format(path=path, reason=failure_reason(exc, _))
    return _("{path} is damaged or not a workspace ({detail})").format(path=path, detail=exc)


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """Return SQLite's quick_check problems (an empty list means the file is sound)."""
    rows = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """Return SQLite's full integrity_check problems (empty when sound)."""
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the WAL into the main file and truncate it (erased rows leave no trace there)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
