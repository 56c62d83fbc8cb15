"""Say a visit's details in words: the number called, the address, the call's timings.

A visit's typed details (place, contact, staff, the call log of its own table) and what is left
of its free-form `channel` reach the client only as labelled, formatted lines, never keys, lists
or JSON; the staff met only when the agency allows it.
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
    rows.append(hold_row([duration(h, _) for h in watch.hold_lengths(until)], _))
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


def hold_row(lengths: list[str], _: Translate) -> Detail:
    """Return the "On hold" row of a call: never, once for a length, or how many times."""
    if not lengths:
        return (_("On hold"), _("never"))
    text = (
        _("once, for {lengths}") if len(lengths) == 1 else _("{count} times: {lengths}")
    ).format(count=len(lengths), lengths=", ".join(lengths))
    return (_("On hold"), text)


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


# --- typed visit details (issue 15) --------------------------------------------------------


def contact_label(contact: str, kind: str, _: Translate) -> str:
    """Return what the contact is, from its form, else from the touchpoint's kind."""
    text = contact.strip()
    if "@" in text and " " not in text:
        return _("E-mail address")
    if text.lower().startswith(("http://", "https://", "www.")):
        return _("Web address")
    if text and sum(c.isdigit() for c in text) >= 5 and all(c in "+0123456789 ()-./" for c in text):
        return _("Number called")
    by_kind = {"phone": _("Number called"), "email": _("E-mail address")}
    return by_kind.get(kind, _("Web address") if kind in ("website", "social") else _("Contact"))


def event_words(kind: str, _: Translate) -> str:
    """Return a call stopwatch's tap in words."""
    return {
        "dial": _("Number dialled"),
        "answered": _("Answered"),
        "hold": _("Put on hold"),
        "resume": _("Back from hold"),
        "transfer": _("Transferred"),
        "end": _("Call ended"),
    }.get(kind, _("Call event"))


def clock_text(seconds: float) -> str:
    """Return seconds since the dial as 'm:ss' (or 'h:mm:ss' past an hour)."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def call_log_rows(events: list[tuple[str, float]], _: Translate) -> tuple[Detail, ...]:
    """Return the call log as (time since the dial, what happened) rows, in words."""
    if not events:
        return ()
    start = events[0][1]
    return tuple((clock_text(at - start), event_words(kind, _)) for kind, at in events)


def typed_details(
    visit: Any, events: list[tuple[str, float]], _: Translate, *, staff: bool
) -> tuple[Detail, ...]:
    """Return a visit's details for the client: place, contact, staff (if allowed), the call.

    `visit` is an auditor.model.Visit; what is left of its free-form channel follows in words.
    """
    rows: list[Detail] = []
    if visit.place:
        rows.append((_("Place"), visit.place))
    if visit.contact:
        rows.append((contact_label(visit.contact, visit.kind.value, _), visit.contact))
    if staff and visit.staff:
        rows.append((_("Staff met"), visit.staff))
    rows += visit_details(visit.channel, _)
    if events:
        log_data = {"events": [{"kind": kind, "at": at} for kind, at in events]}
        rows += call_details(log_data, _)
    return tuple(rows)
