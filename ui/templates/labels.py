"""Translated names of the values a template's fields take (types, touchpoints, phases...)."""

from __future__ import annotations

from auditor.i18n import Translate
from auditor.names import dimensions, phases
from auditor.names import touchpoint_kinds as touchpoints

__all__ = [
    "answer_types",
    "answer_values",
    "dimensions",
    "operators",
    "phases",
    "touchpoints",
]


def answer_types(_: Translate) -> dict[str, str]:
    """Return the name of each answer type, in the order the editor offers them."""
    return {
        "yes_no": _("Yes / no"),
        "scale": _("Scale"),
        "choice": _("Choice (one option)"),
        "select_multiple": _("Choice (several options)"),
        "number": _("Number"),
        "timer": _("Timer"),
        "text": _("Free text"),
        "photo": _("Photo"),
    }


def operators(_: Translate) -> dict[str, str]:
    """Return how the show-if picker names each operator."""
    return {
        "=": _("is"),
        "!=": _("is not"),
        "<": _("is less than"),
        "<=": _("is at most"),
        ">": _("is more than"),
        ">=": _("is at least"),
        "selected": _("includes"),
        "not selected": _("does not include"),
    }


def answer_values(_: Translate) -> dict[str, str]:
    """Return the names of the yes/no/N.A. answers in the show-if picker."""
    return {"yes": _("Yes"), "no": _("No"), "na": _("N.A.")}
