"""The call being timed: its events in order, what may come next, and its summary from the core."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

CHANNEL_KEY = "call_log"  # where the log lives in the phone visit's channel dict
EVENTS = ("dial", "answered", "hold", "resume", "transfer", "end")
_NEXT = {
    "": {"dial"},
    "dial": {"answered", "end"},
    "answered": {"hold", "transfer", "end"},
    "resume": {"hold", "transfer", "end"},
    "transfer": {"answered", "hold", "end"},
    "hold": {"resume", "end"},
    "end": set(),
}


class CallRecording:
    """Events (kind, seconds) of one call as the auditor clicks them."""

    def __init__(self, events: list[tuple[str, float]] | None = None):
        self.events: list[tuple[str, float]] = list(events or [])

    @property
    def last(self) -> str:
        """Return the kind of the latest event ("" before dialling)."""
        return self.events[-1][0] if self.events else ""

    @property
    def started_at(self) -> float:
        """Return when the number was dialled (0 before)."""
        return self.events[0][1] if self.events else 0.0

    @property
    def finished(self) -> bool:
        """Return True once the call ended."""
        return self.last == "end"

    def allowed(self) -> set[str]:
        """Return the events that may come next."""
        return set(_NEXT[self.last])

    def record(self, kind: str, at: float) -> None:
        """Add an event, refusing one that cannot follow the last."""
        if kind not in self.allowed():
            raise ValueError(f"{kind} cannot follow {self.last or 'nothing'}")
        self.events.append((kind, max(at, self.events[-1][1]) if self.events else at))

    def summary(self) -> dict[str, Any]:
        """Return the call's measurements."""
        ev = self.events
        tta = next((at for k, at in ev if k == "answered"), None)
        return {
            "time_to_answer": None if tta is None else tta - ev[0][1],
            "total_duration": ev[-1][1] - ev[0][1],
        }  # TEMP

    def values(self) -> dict[str, float]:
        """Return the measurements by checklist check id (call.time_to_answer...)."""
        s = self.summary()
        return {
            "call.time_to_answer": s["time_to_answer"],
            "call.duration": s["total_duration"],
        }  # TEMP

    def to_json(self) -> dict[str, Any]:
        """Return the log as JSON data kept with the visit."""
        return {"events": [{"kind": k, "at": at} for k, at in self.events]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallRecording:
        """Return the recording a visit keeps."""
        return cls([(e["kind"], float(e["at"])) for e in data["events"]])
