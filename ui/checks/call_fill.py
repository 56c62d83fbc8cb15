"""Fill a phone visit's timer and number items from the call stopwatch, as one undoable change."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from auditor.commands import Batch, SetAnswer
from auditor.i18n import N_, Translate
from auditor.model import Visit
from auditor.recordings import Fill, plan_visit_fill
from ui.context import AppContext

log = logging.getLogger(__name__)


def plan_fill(ctx: AppContext, visit: Visit, values: Mapping[str, float]) -> list[Fill]:
    """Return the visit's items whose `check` id the stopwatch measured, in checklist order."""
    return plan_visit_fill(ctx.store, visit, values, ctx.lang)


def fill_lines(fills: list[Fill], _: Translate) -> list[str]:
    """Return one line a fill for the confirmation: question, new value and unit, current value."""
    lines = []
    for fill in fills:
        now = "" if fill.current is None else " " + _("(now {value})").format(value=fill.current)
        lines.append(f"\u2022 {fill.question}: {fill.value:g} {fill.unit}".rstrip() + now)
    return lines


def apply_fill(ctx: AppContext, visit: Visit, fills: list[Fill]) -> None:
    """Store the answers as one command: one transaction, one undo step."""
    ctx.run(
        Batch(
            [SetAnswer(visit.id, fill.item_id, fill.value) for fill in fills],
            N_("Answers from the call stopwatch"),
        )
    )
