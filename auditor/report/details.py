"""Say a visit's details in words: the number called, the address, the call's timings.

A visit's `channel` is free-form data the window keeps (the call stopwatch's event log among it);
the client reads only labelled, formatted lines from it, never keys, lists or JSON.
"""

from __future__ import annotations

import logging
from typing import Any

from auditor.checks.call import CallSequenceError, CallStopwatch
from auditor.i18n import Translate

log = logging.getLogger(__name__)

Detail = tuple[str, str]  # (label, value), both for the client

# Channel keys the window and the importer write, by what they hold.
_PHONE = ("phone", "number", "phone_number", "tel", "telephone")
_URL = ("url", "website", "site", "link")
_ADDRESS = ("address", "shop_address", "location")
_EMAIL = ("email", "e-mail", "mail")
_CALL = ("call_log", "call")


def duration(seconds: float, _: Translate) -> str:
    """Return a length of time as '58 s' or '3 min 12 s'."""
    whole = max(0, round(seconds))
    if whole < 60:
        return _("{seconds} s").format(seconds=whole)
    minutes, rest = divmod(whole, 60)
    if rest == 0:
        return _("{minutes} min").format(minutes=minutes)
    return _("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


def call_details(log_data: Any, _: Translate) -> list[Detail]:
    """Return the call stopwatch's log as labelled lines (none when it is not a readable log)."""
    if not isinstance(log_data, dict):
        return []
    try:
        watch = CallStopwatch.from_json(log_data)
    except CallSequenceError as exc:
        log.warning("call log left out of the report: %s", exc)
        return []
    if not watch.events:
        return []
    until = watch.events[-1].at  # a log saved mid-call is measured up to its last tap
    summary = watch.summary(now=until)
    rows: list[Detail] = []
    if summary.answered and summary.time_to_answer is not None:
        answered = _("after {wait} ({rings} rings)").format(
            wait=duration(summary.time_to_answer, _), rings=summary.rings
        )
        if summary.rings == 1:
            answered = _("after {wait} (1 ring)").format(wait=duration(summary.time_to_answer, _))
        rows.append((_("Call answered"), answered))
    else:
        rows.append((_("Call answered"), _("no, nobody answered")))
    holds = watch.hold_lengths(until)
    if holds:
        lengths = ", ".join(duration(h, _) for h in holds)
        text = (
            _("once, for {lengths}") if len(holds) == 1 else _("{count} times: {lengths}")
        ).format(count=len(holds), lengths=lengths)
        rows.append((_("On hold"), text))
    else:
        rows.append((_("On hold"), _("never")))
    if summary.transfers:
        times = (
            _("once")
            if summary.transfers == 1
            else _("{count} times").format(count=summary.transfers)
        )
        rows.append((_("Transferred"), times))
    if summary.total_duration is not None:
        rows.append((_("Call length"), duration(summary.total_duration, _)))
    return rows


def _text(value: Any) -> str:
    """Return a scalar channel value as text ("" for anything that is not plain words or a number)."""
    if isinstance(value, bool) or value is None:
        return ""  # a flag means nothing to the client
    if isinstance(value, (int, float)):
        return f"{value:g}"
    return " ".join(value.split()) if isinstance(value, str) else ""


def visit_details(channel: dict[str, Any], _: Translate) -> tuple[Detail, ...]:
    """Return a visit's channel data as labelled lines for the client, the call log in words."""
    rows: list[Detail] = []
    calls: list[Detail] = []
    others: list[str] = []
    labels = (
        (_PHONE, _("Number called")),
        (_URL, _("Web address")),
        (_ADDRESS, _("Address")),
        (_EMAIL, _("E-mail address")),
    )
    for key, value in channel.items():
        name = str(key).casefold()
        if name in _CALL or (isinstance(value, dict) and "events" in value):
            calls += call_details(value, _)
            continue
        text = _text(value)
        if not text:
            continue  # nested data or flags: internal, never printed
        label = next((label for keys, label in labels if name in keys), None)
        if label is None:
            others.append(text)
        else:
            rows.append((label, text))
    if others:
        rows.append((_("Details"), "; ".join(others)))
    return tuple(rows + calls)
