"""Shared plumbing for the repositories: one Database, rows fetched by id, clear not-found errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import sqlite_utils

from auditor.errors import NotFoundError, ValidationError

log = logging.getLogger(__name__)


F = TypeVar("F", bound=Callable[..., Any])


def writes(method: F) -> F:
    """Mark a repository method that changes the workspace.

    Only `auditor.commands` may call these from outside the storage package; a test walks `ui/`
    and fails when a module there calls one.
    """
    method.__writes__ = True  # type: ignore[attr-defined]
    return method


def writing_methods(repository: type) -> set[str]:
    """Return the names of a repository's methods marked with @writes."""
    return {name for name, value in vars(repository).items() if getattr(value, "__writes__", False)}


_KEYS = {"templates": ("id", "version")}  # tables whose key is not their id column


class Repository:
    """Base of the per-table repositories; each user action is one `with self.db.atomic()`."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def _row(self, table: str, key: str | tuple[str, ...], what: str) -> dict[str, Any]:
        # Plain SQL: sqlite-utils' Table.get reads the table's schema first (three queries), which
        # every keypress paid several times over.
        keys = (key,) if isinstance(key, str) else tuple(key)
        where = " AND ".join(f"[{c}] = ?" for c in _KEYS.get(table, ("id",)))
        rows = self._rows(f"SELECT * FROM [{table}] WHERE {where}", keys)
        if not rows:
            raise NotFoundError(f"no {what} with id {'/'.join(keys)}")
        return rows[0]

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _exists(self, table: str, key: str) -> bool:
        return (
            self.db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", (key,)).fetchone() is not None
        )

    def _editable(self, audit_id: str) -> None:
        """Refuse changes to a delivered audit (reopening it is an explicit action)."""
        row = self.db.execute("SELECT status FROM audits WHERE id = ?", (audit_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no audit with id {audit_id}")
        if row[0] == "delivered":
            raise ValidationError(
                "this audit was delivered and is read-only; reopen it to change it"
            )
