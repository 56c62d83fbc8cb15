"""The workspace store: one SQLite file, migrated on open, reached through small repositories."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from auditor.errors import WorkspaceError
from auditor.i18n import N_, user_says, user_translator
from auditor.storage import connection, schema
from auditor.storage.answers import AnswerRepository
from auditor.storage.audits import AuditRepository
from auditor.storage.calls import CallRepository
from auditor.storage.catalogue import CatalogueRepository
from auditor.storage.clients import ClientRepository
from auditor.storage.evidence import EvidenceRepository
from auditor.storage.findings import FindingRepository
from auditor.storage.history import HistoryRepository
from auditor.storage.locations import LocationRepository, ProgrammeRepository, WaveRepository
from auditor.storage.profile import ProfileRepository
from auditor.storage.programme import ProgrammeReader
from auditor.storage.recordings import RecordingRepository
from auditor.storage.review import ReviewRepository

log = logging.getLogger(__name__)


class Store:
    """An open workspace. Each method of its repositories is one committed transaction."""

    def __init__(self, db: sqlite_utils.Database, path: Path):
        self.db = db
        self.path = path
        # One connection shared by the GUI thread and workers: serialise its use.
        self.lock = threading.RLock()
        self.clients = ClientRepository(db)
        self.audits = AuditRepository(db)
        self.answers = AnswerRepository(db)
        self.findings = FindingRepository(db)
        self.evidence = EvidenceRepository(db)
        self.profile = ProfileRepository(db)
        self.history = HistoryRepository(db)
        self.catalogue = CatalogueRepository(db)
        self.review = ReviewRepository(db)  # reviewers' comments and their library (issue 16)
        # A client's programme (issue 15): locations, waves, questionnaire; visits' call logs.
        self.locations = LocationRepository(db)
        self.waves = WaveRepository(db)
        self.programmes = ProgrammeRepository(db)
        self.calls = CallRepository(db)
        self.programme = ProgrammeReader(db)  # read-only bulk reads for comparisons
        self.recordings = RecordingRepository(db)  # call recordings and consent (issue 18)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, check: bool = False) -> Store:
        """Open (creating or migrating as needed) the workspace at `path`."""
        path = Path(path).expanduser()
        db = connection.connect(path, create=create)
        try:
            if check:
                problems = connection.quick_check(db)
                if problems:
                    raise WorkspaceError(
                        user_says(
                            N_("{path} is damaged: {problem}"), path=path, problem=problems[0]
                        )
                    )
            _migrate(db, path)
        except WorkspaceError:
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            db.close()
            raise WorkspaceError(connection.describe(path, exc)) from None
        return cls(db, path)

    @contextmanager
    def transaction(self) -> Iterator[object]:
        """Return a context in which several repository calls commit together or not at all.

        A write the disk refuses (full, made read-only, removed) or a damaged file rolls the
        whole transaction back and raises WorkspaceError saying why in the user's words: the
        window shows it as it shows a refused command, instead of an answer seeming saved.
        """
        try:
            with self.db.atomic():
                yield self
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # a fault of ours, not of the disk: reported as it is
        except sqlite3.DatabaseError as exc:
            _ = user_translator()
            reason = connection.failure_reason(exc, _)
            if reason is None:
                raise
            log.warning("write to %s refused: %s", self.path, exc)
            raise WorkspaceError(_("Nothing was saved: {reason}.").format(reason=reason)) from exc

    @property
    def schema_version(self) -> int:
        """Return the schema version the file holds."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        """Checkpoint the WAL (so erased data leaves no trace there) and close the file."""
        try:
            connection.checkpoint(self.db)
        except sqlite3.Error as exc:  # closing must never lose the data already committed
            log.warning("checkpoint on close failed: %s", exc)
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = {m.name for m in schema.migrations.applied(db)}
    unknown = applied - set(schema.MIGRATION_NAMES)
    if version > schema.SCHEMA_VERSION or unknown:
        raise WorkspaceError(
            user_says(
                N_(
                    "{path} was written by a newer version of the audit desk (schema {version}, this"
                    " version reads up to {known}); update the application to open it"
                ),
                path=path,
                version=version,
                known=schema.SCHEMA_VERSION,
            )
        )
    if applied != set(schema.MIGRATION_NAMES):
        before = version
        schema.migrations.apply(db)
        log.info("workspace %s migrated from schema %s to %s", path, before, schema.SCHEMA_VERSION)
