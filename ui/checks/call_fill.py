"""Fill a phone visit's timer and number items from the call stopwatch, as one undoable change."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from auditor.commands import Batch, SetAnswer
from auditor.i18n import N_, pick
from auditor.model import Visit
from ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fill:
    """One item the stopwatch will answer: its question, the new value and the current one."""

    item_id: str
    question: str
    value: float
    unit: str
    current: Any


def plan_fill(ctx: AppContext, visit: Visit, values: Mapping[str, float]) -> list[Fill]:
    """Return the visit's items whose `check` id the stopwatch measured, in checklist order."""
    template = ctx.store.audits.template(visit.template_id, visit.template_version)
    answers = ctx.store.answers.for_visit(visit.id)
    fills = []
    for item in template.items:
        if item.check in values and values[item.check] is not None:
            current = answers.get(item.id)
            fills.append(
                Fill(
                    item.id,
                    pick(item.question, ctx.lang),
                    round(float(values[item.check]), 1),
                    item.unit,
                    current.value if current else None,
                )
            )
    return fills


def apply_fill(ctx: AppContext, visit: Visit, fills: list[Fill]) -> None:
    """Store the answers as one command: one transaction, one undo step."""
    ctx.run(
        Batch(
            [SetAnswer(visit.id, fill.item_id, fill.value) for fill in fills],
            N_("Answers from the call stopwatch"),
        )
    )
