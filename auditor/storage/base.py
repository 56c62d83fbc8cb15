"""Shared plumbing for the repositories: one Database, rows fetched by id, clear not-found errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import sqlite_utils

from auditor.errors import NotFoundError, ValidationError
from auditor.i18n import N_, user_says

log = logging.getLogger(__name__)


F = TypeVar("F", bound=Callable[..., Any])
# What Repository._row says when a row is missing, by the `what` its callers name; one whole
# sentence each, since the Italian article and word order change with the noun.
_NOT_FOUND = {
    "audit": N_("no audit with id {id}"),
    "checklist": N_("no checklist with id {id}"),
    "client": N_("no client with id {id}"),
    "visit": N_("no visit with id {id}"),
    "finding": N_("no finding with id {id}"),
    "evidence": N_("no evidence with id {id}"),
    "comment": N_("no comment with id {id}"),
    "library comment": N_("no library comment with id {id}"),
    "location": N_("no location with id {id}"),
    "wave": N_("no wave with id {id}"),
}


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
            shown = "/".join(keys)
            if what not in _NOT_FOUND:  # a new caller's word, not yet translated
                raise NotFoundError(f"no {what} with id {shown}")
            raise NotFoundError(user_says(_NOT_FOUND[what], id=shown))
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
            raise NotFoundError(user_says(N_("no audit with id {id}"), id=audit_id))
        if row[0] == "delivered":
            raise ValidationError(
                user_says(N_("this audit was delivered and is read-only; reopen it to change it"))
            )
