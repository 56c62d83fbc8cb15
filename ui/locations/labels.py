"""Translated names of a location's channel, shared by the locations dialogs and the programme view."""

from __future__ import annotations

from auditor.i18n import Translate


def channels(_: Translate) -> dict[str, str]:
    """Return the name of each channel a location is reached through, in the order offered."""
    return {
        "store": _("Store"),
        "web": _("Web"),
        "phone": _("Phone"),
        "email": _("E-mail"),
        "other": _("Other"),
    }
