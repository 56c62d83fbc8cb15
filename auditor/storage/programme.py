"""Read a client's whole programme in a few queries: audits, visits, answers, photos, findings.

The programme view, its report and the analysts' exports compare hundreds of audits at once;
asking the per-audit repositories would cost a query per audit and per visit. Each method here is
one query over every audit of a client (optionally of one wave), returning plain rows the
computation in `auditor.programme` reads. Nothing here writes.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any, NamedTuple

from auditor.model import Template
from auditor.storage import codec
from auditor.storage.audits import _parse_cached
from auditor.storage.base import Repository

log = logging.getLogger(__name__)


class AuditRow(NamedTuple):
    """An audit of the client, with its place in the programme."""

    id: str
    title: str
    status: str
    auditor: str
    nickname: str
    location_id: str | None
    wave_id: str | None
    planned_date: date | None
    actual_date: date | None
    updated_at: datetime | None


class VisitRow(NamedTuple):
    """A touchpoint visit of one of the client's audits."""

    id: str
    audit_id: str
    kind: str
    template_id: str
    template_version: str
    title: str
    position: int
    weight: float
    visited_at: datetime | None
    ended_at: datetime | None


class AnswerRow(NamedTuple):
    """A stored answer (its value decoded from JSON)."""

    visit_id: str
    item_id: str
    value: Any
    note: str


class FindingRow(NamedTuple):
    """A finding of one of the client's audits."""

    id: str
    audit_id: str
    visit_id: str | None
    item_id: str | None
    title: str
    severity: str
    status: str
    description: str
    recommendation: str
    created_at: datetime | None


_PLAIN: dict[str, Any] = {}  # JSON text -> value, for the few texts most answers repeat


def _decode(text: str) -> Any:
    """Return a stored answer value; "yes", "no", "na" and small numbers are decoded once.

    Fifty thousand answers hold a few dozen distinct texts: decoding each only once takes most
    of the time of reading them. Only immutable values are kept (a list is decoded every time).
    """
    value = _PLAIN.get(text, _PLAIN)
    if value is not _PLAIN:
        return value
    value = codec.load_value(text)
    if len(text) <= 12 and not isinstance(value, list | dict) and len(_PLAIN) < 4096:
        _PLAIN[text] = value
    return value


def _scope(wave_id: str | None, programme_only: bool) -> tuple[str, tuple[Any, ...]]:
    """Return the extra WHERE clause on `a` (the audits) and its parameters."""
    sql, params = "", ()
    if wave_id is not None:
        sql, params = " AND a.wave_id = ?", (wave_id,)
    if programme_only:
        sql += " AND a.location_id IS NOT NULL AND a.wave_id IS NOT NULL"
    return sql, params


class ProgrammeReader(Repository):
    """Read-only bulk reads of one client's audits (see the module's docstring)."""

    def _read(
        self, sql: str, client_id: str, wave_id: str | None, programme_only: bool
    ) -> list[Any]:
        """Return the rows of a query on the client's audits `a` ({where} takes the filter)."""
        where, params = _scope(wave_id, programme_only)
        return self.db.execute(sql.format(where=where), (client_id, *params)).fetchall()

    def audits(
        self, client_id: str, *, wave_id: str | None = None, programme_only: bool = False
    ) -> list[AuditRow]:
        """Return the client's audits (of one wave; only those with a location and a wave)."""
        rows = self._read(
            "SELECT a.id, a.title, a.status, a.auditor, a.nickname, a.location_id, a.wave_id, "
            "a.planned_date, a.actual_date, a.updated_at FROM audits a "
            "WHERE a.client_id = ?{where} ORDER BY a.created_at, a.id",
            client_id,
            wave_id,
            programme_only,
        )
        return [
            AuditRow(*r[:7], codec.parse_date(r[7]), codec.parse_date(r[8]), codec.parse_ts(r[9]))
            for r in rows
        ]

    def visits(
        self, client_id: str, *, wave_id: str | None = None, programme_only: bool = False
    ) -> list[VisitRow]:
        """Return the visits of the client's audits, each audit's in their order."""
        rows = self._read(
            "SELECT v.id, v.audit_id, v.kind, v.template_id, v.template_version, v.title, "
            "v.position, v.weight, v.visited_at, v.ended_at FROM visits v "
            "JOIN audits a ON a.id = v.audit_id WHERE a.client_id = ?{where} "
            "ORDER BY v.audit_id, v.position",
            client_id,
            wave_id,
            programme_only,
        )
        return [VisitRow(*r[:8], codec.parse_ts(r[8]), codec.parse_ts(r[9])) for r in rows]

    def answers(
        self, client_id: str, *, wave_id: str | None = None, programme_only: bool = False
    ) -> list[AnswerRow]:
        """Return every stored answer of the client's audits."""
        rows = self._read(
            "SELECT an.visit_id, an.item_id, an.value, an.note FROM answers an "
            "JOIN visits v ON v.id = an.visit_id JOIN audits a ON a.id = v.audit_id "
            "WHERE a.client_id = ?{where}",
            client_id,
            wave_id,
            programme_only,
        )
        return [AnswerRow(r[0], r[1], _decode(r[2]), r[3]) for r in rows]

    def answer_values(
        self, client_id: str, *, wave_id: str | None = None, programme_only: bool = False
    ) -> list[tuple[str, str, Any]]:
        """Return (visit id, item id, value) of every stored answer: what scoring reads."""
        rows = self._read(
            "SELECT an.visit_id, an.item_id, an.value FROM answers an "
            "JOIN visits v ON v.id = an.visit_id JOIN audits a ON a.id = v.audit_id "
            "WHERE a.client_id = ?{where}",
            client_id,
            wave_id,
            programme_only,
        )
        return [(r[0], r[1], _decode(r[2])) for r in rows]

    def photo_links(
        self, client_id: str, *, wave_id: str | None = None, programme_only: bool = False
    ) -> list[tuple[str, str]]:
        """Return (visit id, item id) of every photo attached to an item of the client's audits."""
        return self._read(
            "SELECT DISTINCT e.visit_id, e.item_id FROM evidence e "
            "JOIN audits a ON a.id = e.audit_id WHERE a.client_id = ? "
            "AND e.visit_id IS NOT NULL AND e.item_id IS NOT NULL{where}",
            client_id,
            wave_id,
            programme_only,
        )

    def findings(self, client_id: str, *, wave_id: str | None = None) -> list[FindingRow]:
        """Return the findings of the client's audits, oldest first."""
        rows = self._read(
            "SELECT f.id, f.audit_id, f.visit_id, f.item_id, f.title, f.severity, f.status, "
            "f.description, f.recommendation, f.created_at FROM findings f "
            "JOIN audits a ON a.id = f.audit_id WHERE a.client_id = ?{where} "
            "ORDER BY f.audit_id, f.created_at, f.id",
            client_id,
            wave_id,
            False,
        )
        return [FindingRow(*r[:9], codec.parse_ts(r[9])) for r in rows]

    def templates(
        self, client_id: str, *, wave_id: str | None = None
    ) -> dict[tuple[str, str], Template]:
        """Return every checklist version the client's audits use, each parsed once."""
        rows = self._read(
            "SELECT t.id, t.version, t.source FROM templates t WHERE (t.id, t.version) IN "
            "(SELECT v.template_id, v.template_version FROM visits v "
            "JOIN audits a ON a.id = v.audit_id WHERE a.client_id = ?{where})",
            client_id,
            wave_id,
            False,
        )
        return {(i, v): _parse_cached(source, f"{i}@{v}") for i, v, source in rows}

    def count_answers(self) -> int:
        """Return how many answers the workspace holds (the benchmarks' reference query)."""
        return self.db.execute("SELECT count(*) FROM answers").fetchone()[0]
