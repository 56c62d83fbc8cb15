"""Open a workspace file with the settings that keep every acknowledged write safe."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import sqlite_utils

from auditor.errors import WorkspaceError

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
    path = Path(path)
    if path.exists() and path.is_dir():
        raise WorkspaceError(f"{path} is a folder, not a workspace file")
    if not path.exists():
        if not create:
            raise WorkspaceError(f"no workspace at {path}")
        if not path.parent.exists():
            raise WorkspaceError(
                f"cannot create a workspace in {path.parent}: the folder does not exist"
            )
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
            raise WorkspaceError(f"{path} is not an audit workspace")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            log.warning("journal_mode is %s, not WAL, for %s", mode, path)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path} is damaged or not a workspace ({exc})") from None
    except OSError as exc:
        raise WorkspaceError(f"cannot open {path}: {exc}") from None
    # execute_plugins=False: no third-party sqlite-utils plugin may hook into the workspace (and
    # scanning every installed package for plugins costs start-up time).
    return sqlite_utils.Database(conn, strict=True, execute_plugins=False)


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
