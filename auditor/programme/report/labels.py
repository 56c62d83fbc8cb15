"""Translated names the programme report prints beyond the audit report's (auditor.report.labels)."""

from __future__ import annotations

import logging

from auditor.i18n import Translate
from auditor.names import location_channels

log = logging.getLogger(__name__)


def channel(_: Translate, value: str) -> str:
    """Return the name of the channel a location is reached through."""
    return location_channels(_).get(value, "")


def arrow(change: float | None) -> str:
    """Return the arrow of a change: up, down, or level ("" when there is no change to show)."""
    if change is None:
        return ""
    return "\u25b2" if change > 0 else "\u25bc" if change < 0 else "="
