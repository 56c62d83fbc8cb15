"""Suggested findings where the phone checklist's thresholds fail, worded as measurements.

The limits are the built-in phone template's (checklists/phone.toml: answered within 15 s, at
most 3 rings, no hold over 60 s, a call within 300 s), read from the template so that both
the stopwatch items and this check keep one number. A flat or falling greeting is a soft
measurement for the auditor to confirm by listening: minor, and never a word about the person.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from typing import Any

from auditor.checks.base import CheckFinding
from auditor.i18n import decimal_text, translator
from auditor.model import Severity

log = logging.getLogger(__name__)

# Used when the phone template cannot be read (a stripped install); the same as phone.toml's.
DEFAULT_LIMITS = {
    "call.time_to_answer": 15.0,
    "call.rings": 3.0,
    "call.longest_hold": 60.0,
    "call.duration": 300.0,
}


@cache
def phone_limits() -> dict[str, float]:
    """Return the phone checklist's thresholds keyed by the check id its items name."""
    limits = dict(DEFAULT_LIMITS)
    try:
        from auditor.checklists import load_template_file
        from auditor.resources import checklists_dir

        template = load_template_file(checklists_dir() / "phone.toml")
    except Exception as exc:  # the defaults hold the same values
        log.warning("phone checklist thresholds not read: %s", exc)
        return limits
    for item in template.items:
        if item.check in limits and item.threshold is not None and item.pass_if == "at_most":
            limits[item.check] = float(item.threshold)
    return limits


def _num(value: float, lang: str, digits: int = 1) -> str:
    return decimal_text(f"{value:.{digits}f}", lang)


def judge(
    metrics: dict[str, Any],
    end_move_st: float | None,
    lang: str = "en",
    limits: Mapping[str, float] | None = None,
) -> list[CheckFinding]:
    """Return the findings for the measured metrics."""
    _ = translator(lang)
    limit = {**phone_limits(), **(limits or {})}
    found: list[CheckFinding] = []
    answer = metrics["answer_s"]
    if answer is not None and answer > limit["call.time_to_answer"]:
        found.append(
            CheckFinding(
                "call.answer_slow",
                Severity.MAJOR,
                _(
                    "Answered after {seconds} s; the phone checklist asks for at most {limit} s."
                ).format(
                    seconds=_num(answer, lang), limit=_num(limit["call.time_to_answer"], lang, 0)
                ),
            )
        )
    if metrics["rings"] > limit["call.rings"]:
        found.append(
            CheckFinding(
                "call.too_many_rings",
                Severity.MAJOR,
                _("{rings} rings before the answer; the phone checklist allows {limit}.").format(
                    rings=metrics["rings"], limit=int(limit["call.rings"])
                ),
            )
        )
    holds = metrics["holds"]
    if holds and metrics["longest_hold_s"] > limit["call.longest_hold"]:
        longest = max(holds, key=lambda h: h["end_s"] - h["start_s"])
        found.append(
            CheckFinding(
                "call.hold_too_long",
                Severity.MAJOR,
                _(
                    "On hold for {seconds} s from {start} s into the recording; the phone "
                    "checklist allows at most {limit} s."
                ).format(
                    seconds=_num(metrics["longest_hold_s"], lang),
                    start=_num(longest["start_s"], lang),
                    limit=_num(limit["call.longest_hold"], lang, 0),
                ),
            )
        )
    talk_start = answer if answer is not None else 0.0
    talk = metrics["duration_s"] - talk_start
    if talk > limit["call.duration"]:
        found.append(
            CheckFinding(
                "call.long_call",
                Severity.MINOR,
                _(
                    "The call runs {seconds} s after the answer; the phone checklist expects a "
                    "simple request within {limit} s (answer N/A for a complex one)."
                ).format(seconds=_num(talk, lang, 0), limit=_num(limit["call.duration"], lang, 0)),
            )
        )
    greeting = metrics["greeting"]
    if greeting is not None and greeting["intonation"] in ("falling", "flat"):
        move = end_move_st or 0.0
        if greeting["intonation"] == "falling":
            message = _(
                "Measured: the greeting's pitch falls {move} semitones over its last words "
                "(range {range} st). To confirm by listening before rating its tone."
            ).format(move=_num(abs(move), lang), range=_num(greeting["pitch_range_st"], lang))
        else:
            message = _(
                "Measured: the greeting's pitch ends level (a move of {move} semitones, range "
                "{range} st). To confirm by listening before rating its tone."
            ).format(move=_num(move, lang), range=_num(greeting["pitch_range_st"], lang))
        found.append(
            CheckFinding(f"call.greeting_{greeting['intonation']}", Severity.MINOR, message)
        )
    return found
