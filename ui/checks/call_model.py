"""The call being timed, as the panel sees it: the core stopwatch with the panel's clock."""

from __future__ import annotations

import logging
from typing import Any

from auditor.checks.call import EVENTS, CallStopwatch, timer_values

log = logging.getLogger(__name__)

__all__ = ["EVENTS", "CallRecording"]


class CallRecording:
    """Events (kind, seconds) of one call; the panel passes every time, so any clock works."""

    def __init__(self, watch: CallStopwatch | None = None):
        self.watch = watch or CallStopwatch()

    @property
    def events(self) -> list[tuple[str, float]]:
        """Return the events in order as (kind, seconds)."""
        return [(e.kind, e.at) for e in self.watch.events]

    @property
    def last(self) -> str:
        """Return the kind of the latest event ("" before dialling)."""
        return self.watch.events[-1].kind if self.watch.events else ""

    @property
    def started_at(self) -> float:
        """Return when the number was dialled (0 before)."""
        return self.watch.events[0].at if self.watch.events else 0.0

    @property
    def finished(self) -> bool:
        """Return True once the call ended."""
        return self.watch.state == "ended"

    def allowed(self) -> set[str]:
        """Return the events that may come next."""
        return self.watch.allowed()

    def record(self, kind: str, at: float) -> None:
        """Add an event (CallSequenceError, a ValidationError, for one that cannot follow)."""
        self.watch.record(kind, at)

    def summary(self) -> dict[str, Any]:
        """Return the finished call's measurements as JSON data."""
        return self.watch.summary().to_json()

    def values(self) -> dict[str, float]:
        """Return the measurements by checklist check id (call.time_to_answer...)."""
        return timer_values(self.watch.summary())

    def to_json(self) -> dict[str, Any]:
        """Return the log as JSON data kept with the visit."""
        return self.watch.to_json()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallRecording:
        """Return the recording a visit keeps (CallSequenceError when it is not a call log)."""
        return cls(CallStopwatch.from_json(data))
