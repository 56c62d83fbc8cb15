"""Translated names the report prints: severities, touchpoints, dimensions, phases, outcomes, dates."""

from __future__ import annotations

import logging
from datetime import date

from auditor.i18n import Translate
from auditor.names import dimensions, phases, touchpoint_kinds
from auditor.report import data

log = logging.getLogger(__name__)


def severity(_: Translate, value: str) -> str:
    """Return the name of a finding severity."""
    return {"critical": _("Critical"), "major": _("Major"), "minor": _("Minor")}.get(value, value)


def touchpoint_kind(_: Translate, value: str) -> str:
    """Return the name of a kind of touchpoint."""
    return touchpoint_kinds(_).get(value, value)


def dimension(_: Translate, value: str) -> str:
    """Return the name of an experience dimension."""
    return dimensions(_).get(value, value)


def phase(_: Translate, value: str) -> str:
    """Return the name of a customer journey phase."""
    return phases(_).get(value, value)


def outcome(_: Translate, value: str) -> str:
    """Return the short name of a checklist item's outcome."""
    names = {
        data.PASS: _("Passed"),
        data.PARTIAL: _("Partially met"),
        data.FAIL: _("Failed"),
        data.NOT_APPLICABLE: _("N/A"),
        data.UNANSWERED: _("Not assessed"),
        data.RECORDED: _("Noted"),
    }
    return names.get(value, value)


def months(_: Translate) -> tuple[str, ...]:
    """Return the twelve month names."""
    return (
        _("January"),
        _("February"),
        _("March"),
        _("April"),
        _("May"),
        _("June"),
        _("July"),
        _("August"),
        _("September"),
        _("October"),
        _("November"),
        _("December"),
    )


def long_date(_: Translate, day: date) -> str:
    """Return a date as '9 November 2026'."""
    return f"{day.day} {months(_)[day.month - 1]} {day.year}"


def date_range(_: Translate, days: tuple[date, ...]) -> str:
    """Return the visit dates as one day, or 'first - last'."""
    if not days:
        return ""
    first, last = min(days), max(days)
    return long_date(_, first) if first == last else f"{long_date(_, first)} – {long_date(_, last)}"


def percent(value: float, lang: str) -> str:
    """Return a completion as Italian '93 %' or English '93%'."""
    return f"{value:.0f} %" if lang == "it" else f"{value:.0f}%"
