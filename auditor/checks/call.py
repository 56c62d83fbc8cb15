"""The call stopwatch: the auditor taps dial, answered, hold, resume, transfer, end; we time it.

Rings: the Italian ringback is 1 s of tone then 4 s of silence (a 5 s cycle), and the first ring
starts when the call connects, i.e. at dial time here. A call answered at t seconds has heard
the rings that *started* before t: floor(t / 5) + 1 (answered at 0-4.99 s = 1 ring, at 5 s = 2,
at 12 s = 3). Rounding t / 5 would call a 2 s answer "0 rings", which no caller would say.
An answer at exactly 0 s (picked up at once) counts 0 rings.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from auditor.errors import ValidationError
from auditor.i18n import N_, TranslateContext, context, user_language, user_says, user_translator

log = logging.getLogger(__name__)

EVENTS = ("dial", "answered", "hold", "resume", "transfer", "end")
RING_SECONDS = 5.0  # Italian ringback cadence: 1 s on, 4 s off
# Which events may follow the state the call is in.
_ALLOWED = {
    "idle": {"dial"},
    "ringing": {"answered", "end"},
    "talking": {"hold", "transfer", "end"},
    "on_hold": {"resume", "transfer", "end"},
    "ended": set(),
}
_NEXT_STATE = {
    "dial": "ringing",
    "answered": "talking",
    "hold": "on_hold",
    "resume": "talking",
    "transfer": None,
    "end": "ended",
}
Clock = Callable[[], float]


class CallSequenceError(ValidationError):
    """An event that cannot happen in the call's current state (resume without hold...)."""


@dataclass(frozen=True)
class CallEvent:
    """One tap on the stopwatch: what happened and when (seconds on the stopwatch's clock)."""

    kind: str
    at: float


@dataclass(frozen=True)
class CallSummary:
    """The timings of one call, in seconds (None when the call never reached that point)."""

    time_to_answer: float | None
    rings: int | None
    holds: int
    longest_hold: float
    total_hold: float
    transfers: int
    total_duration: float | None
    answered: bool

    def to_json(self) -> dict[str, Any]:
        """Return the summary as a JSON-ready dict."""
        return asdict(self)


def rings_for(time_to_answer: float, ring_seconds: float = RING_SECONDS) -> int:
    """Return the rings heard before an answer after time_to_answer seconds (see module doc)."""
    if time_to_answer <= 0:
        return 0
    return math.floor(time_to_answer / ring_seconds + 1e-9) + 1


def _state_word(state: str, pgettext: TranslateContext) -> str:
    """Return how a refusal names the call's state, after "while the call is"."""
    # A msgctxt each: these short words are said elsewhere with other translations.
    return {
        "idle": pgettext("call state", "idle"),
        "ringing": pgettext("call state", "ringing"),
        "talking": pgettext("call state", "talking"),
        "on_hold": pgettext("call state", "on hold"),
        "ended": pgettext("call state", "ended"),
    }[state]


@dataclass
class CallStopwatch:
    """An event log with checked transitions; the clock is injectable for tests."""

    clock: Clock = field(default=time.monotonic, repr=False)
    events: list[CallEvent] = field(default_factory=list)

    @property
    def state(self) -> str:
        """Return idle, ringing, talking, on_hold or ended."""
        state = "idle"
        for event in self.events:
            state = _NEXT_STATE[event.kind] or state
        return state

    def allowed(self) -> set[str]:
        """Return the events that may come next (for enabling buttons)."""
        return set(_ALLOWED[self.state])

    def record(self, kind: str, at: float | None = None) -> CallEvent:
        """Add an event now (or at `at`), refusing impossible sequences with CallSequenceError."""
        # The event names (dial, answered...) are the log's own words and stay as they are.
        if kind not in EVENTS:
            raise CallSequenceError(
                user_says(
                    N_("unknown call event {kind} (use one of {events})"),
                    kind=repr(kind),
                    events=", ".join(EVENTS),
                )
            )
        state = self.state
        if kind not in _ALLOWED[state]:
            _, pgettext = user_translator(), context(user_language())
            raise CallSequenceError(
                _("cannot record {kind} while the call is {state} (allowed: {allowed})").format(
                    kind=repr(kind),
                    state=_state_word(state, pgettext),
                    allowed=", ".join(sorted(_ALLOWED[state])) or _("nothing, it ended"),
                )
            )
        moment = self.clock() if at is None else float(at)
        if self.events and moment < self.events[-1].at:
            raise CallSequenceError(
                user_says(
                    N_(
                        "{kind} at {at} s is before the previous event ({previous} at {previous_at} s)"
                    ),
                    kind=repr(kind),
                    at=f"{moment:.2f}",
                    previous=self.events[-1].kind,
                    previous_at=f"{self.events[-1].at:.2f}",
                )
            )
        event = CallEvent(kind, moment)
        self.events.append(event)
        return event

    def dial(self, at: float | None = None) -> CallEvent:
        """Record the dial."""
        return self.record("dial", at)

    def answered(self, at: float | None = None) -> CallEvent:
        """Record that a person answered."""
        return self.record("answered", at)

    def hold(self, at: float | None = None) -> CallEvent:
        """Record the caller put on hold."""
        return self.record("hold", at)

    def resume(self, at: float | None = None) -> CallEvent:
        """Record the end of a hold."""
        return self.record("resume", at)

    def transfer(self, at: float | None = None) -> CallEvent:
        """Record a transfer to another person or office."""
        return self.record("transfer", at)

    def end(self, at: float | None = None) -> CallEvent:
        """Record the end of the call."""
        return self.record("end", at)

    def hold_lengths(self, until: float) -> list[float]:
        """Return the length of each hold in order; one still going lasts until `until`."""
        holds: list[float] = []
        hold_start: float | None = None
        for event in self.events:
            if event.kind == "hold":
                hold_start = event.at
            elif event.kind in ("resume", "end") and hold_start is not None:
                holds.append(event.at - hold_start)
                hold_start = None
        if hold_start is not None:
            holds.append(until - hold_start)  # still on hold: the hold so far counts
        return holds

    def summary(self, ring_seconds: float = RING_SECONDS, now: float | None = None) -> CallSummary:
        """Return the call's timings; a call still running is measured up to now (or the clock)."""
        if not self.events:
            return CallSummary(None, None, 0, 0.0, 0.0, 0, None, False)
        start = self.events[0].at
        until = (
            self.events[-1].at if self.state == "ended" else (self.clock() if now is None else now)
        )
        answer = next((e.at for e in self.events if e.kind == "answered"), None)
        holds = self.hold_lengths(until)
        waited = None if answer is None else round(answer - start, 3)
        return CallSummary(
            time_to_answer=waited,
            rings=None if waited is None else rings_for(waited, ring_seconds),
            holds=len(holds),
            longest_hold=round(max(holds, default=0.0), 3),
            total_hold=round(sum(holds), 3),
            transfers=sum(e.kind == "transfer" for e in self.events),
            total_duration=round(until - start, 3),
            answered=answer is not None,
        )

    def to_json(self) -> dict[str, Any]:
        """Return the event log as JSON-ready data (to store with a visit)."""
        return {"version": 1, "events": [{"kind": e.kind, "at": e.at} for e in self.events]}

    @classmethod
    def from_json(cls, data: dict[str, Any], clock: Clock = time.monotonic) -> CallStopwatch:
        """Return a stopwatch rebuilt from to_json() data, re-checking every transition."""
        watch = cls(clock=clock)
        try:
            for item in data["events"]:
                watch.record(str(item["kind"]), float(item["at"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise CallSequenceError(user_says(N_("not a call log: {reason}"), reason=exc)) from None
        return watch


def timer_values(summary: CallSummary) -> dict[str, float]:
    """Return the registry's call.* check ids with their values (for number items)."""
    values: dict[str, float] = {
        "call.longest_hold": summary.longest_hold,
        "call.holds": float(summary.holds),
    }
    if summary.time_to_answer is not None:
        values["call.time_to_answer"] = summary.time_to_answer
        values["call.rings"] = float(summary.rings or 0)
    if summary.total_duration is not None:
        values["call.duration"] = summary.total_duration
    return values
