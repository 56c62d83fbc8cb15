"""The names, in the user's language, of the values a few model fields take.

One place for the window, the reports and the command line: touchpoint kinds, experience
dimensions, journey phases and the channels a location is reached through. Light on purpose
(no report or Qt imports), so that the window and the command line can use it at no cost.
"""

from __future__ import annotations

from auditor.i18n import Translate


def touchpoint_kinds(_: Translate) -> dict[str, str]:
    """Return the name of each kind of touchpoint, in the journey's order."""
    return {
        "website": _("Website"),
        "phone": _("Phone call"),
        "email": _("E-mail"),
        "shop": _("Shop visit"),
        "technician": _("Technician visit"),
        "social": _("Social media and chat"),
    }


def dimensions(_: Translate) -> dict[str, str]:
    """Return the name of each experience dimension."""
    return {"functional": _("Functional"), "emotional": _("Emotional")}


def phases(_: Translate) -> dict[str, str]:
    """Return the name of each customer journey phase, in the journey's order."""
    return {
        "awareness": _("Awareness"),
        "consideration": _("Consideration"),
        "activation": _("Activation"),
        "purchase": _("Purchase"),
        "loyalty": _("Loyalty"),
        "advocacy": _("Advocacy"),
    }


def location_channels(_: Translate) -> dict[str, str]:
    """Return the name of each channel a location is reached through, in the order offered."""
    return {
        "store": _("Store"),
        "web": _("Web"),
        "phone": _("Phone"),
        "email": _("E-mail"),
        "other": _("Other"),
    }
