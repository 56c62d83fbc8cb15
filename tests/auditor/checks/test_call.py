"""The call stopwatch: hand-worked sequences, impossible ones refused, JSON round trips."""

from __future__ import annotations

import json

import pytest

from auditor.checks.call import (
    CallSequenceError,
    CallStopwatch,
    CallSummary,
    rings_for,
    timer_values,
)
from auditor.checks.registry import CHECKS


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def _full_call() -> CallStopwatch:
    watch = CallStopwatch(clock=FakeClock())
    for kind, at in [
        ("dial", 100.0),
        ("answered", 112.0),
        ("hold", 130.0),
        ("resume", 175.0),
        ("hold", 200.0),
        ("transfer", 210.0),
        ("resume", 230.0),
        ("end", 300.0),
    ]:
        watch.record(kind, at)
    return watch


def test_a_call_with_two_holds_and_a_transfer():
    summary = _full_call().summary()
    # answered after 12 s: rings started at 0, 5 and 10 s -> 3 rings; holds 45 s and 30 s
    assert summary == CallSummary(
        time_to_answer=12.0,
        rings=3,
        holds=2,
        longest_hold=45.0,
        total_hold=75.0,
        transfers=1,
        total_duration=200.0,
        answered=True,
    )
    assert timer_values(summary) == {
        "call.time_to_answer": 12.0,
        "call.rings": 3.0,
        "call.longest_hold": 45.0,
        "call.holds": 2.0,
        "call.duration": 200.0,
    }
    assert set(timer_values(summary)) <= set(CHECKS)


@pytest.mark.parametrize(
    ("seconds", "rings"), [(0.0, 0), (0.5, 1), (4.99, 1), (5.0, 2), (10.59, 3), (30.0, 7)]
)
def test_rings_follow_the_italian_cadence(seconds, rings):
    assert rings_for(seconds) == rings


def test_ring_length_is_configurable():
    watch = CallStopwatch(clock=FakeClock())
    watch.dial(0.0)
    watch.answered(13.0)
    assert (watch.summary().rings, watch.summary(ring_seconds=6.0).rings) == (3, 3)
    assert watch.summary(ring_seconds=3.0).rings == 5


def test_an_unanswered_call():
    watch = CallStopwatch(clock=FakeClock())
    watch.dial(10.0)
    watch.end(50.0)
    summary = watch.summary()
    assert summary == CallSummary(None, None, 0, 0.0, 0.0, 0, 40.0, False)
    assert timer_values(summary) == {
        "call.longest_hold": 0.0,
        "call.holds": 0.0,
        "call.duration": 40.0,
    }


def test_a_running_call_is_measured_up_to_now():
    clock = FakeClock(0.0)
    watch = CallStopwatch(clock=clock)
    watch.dial()
    clock.now = 7.5
    watch.answered()
    clock.now = 20.0
    watch.hold()
    clock.now = 65.0
    assert watch.state == "on_hold"
    assert watch.summary() == CallSummary(7.5, 2, 1, 45.0, 45.0, 0, 65.0, True)
    assert watch.allowed() == {"resume", "transfer", "end"}


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([("resume", 1.0)], "cannot record 'resume' while the call is idle"),
        ([("dial", 0.0), ("hold", 3.0)], "cannot record 'hold' while the call is ringing"),
        (
            [("dial", 0.0), ("answered", 3.0), ("resume", 4.0)],
            "cannot record 'resume' while the call is talking",
        ),
        ([("dial", 0.0), ("answered", 3.0), ("answered", 4.0)], "cannot record 'answered'"),
        ([("dial", 0.0), ("end", 3.0), ("dial", 4.0)], "while the call is ended"),
        ([("dial", 5.0), ("answered", 3.0)], "is before the previous event"),
        ([("ring", 0.0)], "unknown call event 'ring'"),
    ],
)
def test_impossible_sequences_are_refused(events, message):
    watch = CallStopwatch(clock=FakeClock())
    with pytest.raises(CallSequenceError, match=message):
        for kind, at in events:
            watch.record(kind, at)


def test_json_round_trip_and_bad_logs():
    watch = _full_call()
    data = json.loads(json.dumps(watch.to_json()))
    again = CallStopwatch.from_json(data)
    assert again.events == watch.events
    assert again.summary() == watch.summary()
    assert json.loads(json.dumps(watch.summary().to_json()))["longest_hold"] == 45.0
    with pytest.raises(CallSequenceError, match="resume"):
        CallStopwatch.from_json(
            {"events": [{"kind": "dial", "at": 0}, {"kind": "resume", "at": 1}]}
        )
    with pytest.raises(CallSequenceError, match="not a call log"):
        CallStopwatch.from_json({"events": [{"kind": "dial"}]})
