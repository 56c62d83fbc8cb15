"""The call stopwatch's log of a phone visit, one row per tap (was visits.channel["call_log"])."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from auditor.checks.call import CallStopwatch
from auditor.errors import ValidationError
from auditor.i18n import user_translator
from auditor.model import CallLogEvent
from auditor.storage.base import Repository, writes

log = logging.getLogger(__name__)


def check_events(events: Sequence[CallLogEvent]) -> None:
    """Refuse a log whose taps cannot follow each other (CallSequenceError) or precede 0 s."""
    watch = CallStopwatch()
    for event in events:
        if event.at_s < 0:
            raise ValidationError(
                user_translator()("a call event cannot happen before 0 s ({at} s)").format(
                    at=f"{event.at_s:g}"
                )
            )
        watch.record(event.kind, event.at_s)


class CallRepository(Repository):
    """Read and replace a visit's call log."""

    def events(self, visit_id: str) -> list[CallLogEvent]:
        """Return the visit's call events in order ([] when the call was never timed)."""
        rows = self.db.execute(
            "SELECT kind, at_s FROM call_events WHERE visit_id = ? ORDER BY position", (visit_id,)
        ).fetchall()
        return [CallLogEvent(kind, at) for kind, at in rows]

    def for_visits(self, visit_ids: Sequence[str]) -> dict[str, list[CallLogEvent]]:
        """Return the call events of several visits at once, by visit id."""
        found: dict[str, list[CallLogEvent]] = {v: [] for v in visit_ids}
        if not visit_ids:
            return found
        marks = ", ".join("?" * len(visit_ids))
        rows = self.db.execute(
            f"SELECT visit_id, kind, at_s FROM call_events WHERE visit_id IN ({marks}) "
            "ORDER BY visit_id, position",
            tuple(visit_ids),
        ).fetchall()
        for visit_id, kind, at in rows:
            found[visit_id].append(CallLogEvent(kind, at))
        return found

    @writes
    def replace(self, visit_id: str, events: Sequence[CallLogEvent]) -> None:
        """Save the visit's call log in place of the one it had."""
        row = self._row("visits", visit_id, "visit")
        self._editable(row["audit_id"])
        check_events(events)
        with self.db.atomic():
            self.db.execute("DELETE FROM call_events WHERE visit_id = ?", (visit_id,))
            self.db.conn.executemany(
                "INSERT INTO call_events (visit_id, position, kind, at_s) VALUES (?, ?, ?, ?)",
                [(visit_id, i, e.kind, float(e.at_s)) for i, e in enumerate(events)],
            )
