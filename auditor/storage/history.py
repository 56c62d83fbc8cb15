"""The change history of each audit: who changed what, when and where; never rewritten."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from auditor.model import HistoryEntry
from auditor.storage import codec
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)

COLUMNS = "id, audit_id, at, actor, device, action, visit_id, item_id, target, old, new, via"
_parse_at = datetime.fromisoformat


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, allow_nan=False)


def entry_row(entry: HistoryEntry) -> dict[str, Any]:
    """Return the table row of a history entry."""
    return {
        "id": entry.id,
        "audit_id": entry.audit_id,
        "at": codec.ts(entry.at),
        "actor": entry.actor,
        "device": entry.device,
        "action": entry.action,
        "visit_id": entry.visit_id,
        "item_id": entry.item_id,
        "target": entry.target,
        "old": _dump(entry.old),
        "new": _dump(entry.new),
        "via": entry.via,
    }


def _entries(rows: list[tuple[Any, ...]]) -> list[HistoryEntry]:
    """Return entries from rows, decoding each distinct value once (answers repeat: yes, no...)."""
    decoded: dict[str | None, Any] = {None: None}
    times: dict[str, Any] = {}
    result = []
    for id_, audit_id, at, actor, device, action, visit_id, item_id, target, old, new, via in rows:
        if old not in decoded:
            decoded[old] = json.loads(old)
        if new not in decoded:
            decoded[new] = json.loads(new)
        when = times.get(at)
        if when is None:
            when = times[at] = _parse_at(at)
        result.append(
            HistoryEntry(
                audit_id,
                action,
                when,
                actor,
                device,
                visit_id,
                item_id,
                target,
                decoded[old],
                decoded[new],
                via,
                id_,
            )
        )
    return result


class HistoryRepository(Repository):
    """Append history entries (inside the change's own transaction) and read them back."""

    @writes
    def add(self, entries: Iterable[HistoryEntry]) -> None:
        """Append entries; called inside the transaction of the change they describe."""
        rows = [entry_row(e) for e in entries]
        if rows:
            # Plain SQL: sqlite-utils' insert_all reads the table's schema on every call.
            names = list(rows[0])
            self.db.conn.executemany(
                f"INSERT INTO history ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [tuple(r[n] for n in names) for r in rows],
            )

    def for_audit(self, audit_id: str) -> list[HistoryEntry]:
        """Return an audit's history, oldest first."""
        cursor = self.db.execute(
            f"SELECT {COLUMNS} FROM history WHERE audit_id = ? ORDER BY julianday(at), rowid",
            (audit_id,),
        )
        return _entries(cursor.fetchall())

    def for_item(self, visit_id: str, item_id: str) -> list[HistoryEntry]:
        """Return the changes of one item, oldest first."""
        cursor = self.db.execute(
            f"SELECT {COLUMNS} FROM history WHERE visit_id = ? AND item_id = ? ORDER BY julianday(at), rowid",
            (visit_id, item_id),
        )
        return _entries(cursor.fetchall())

    def count(self, audit_id: str) -> int:
        """Return how many entries an audit's history holds."""
        return self.db.execute(
            "SELECT count(*) FROM history WHERE audit_id = ?", (audit_id,)
        ).fetchone()[0]
