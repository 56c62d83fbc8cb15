"""When each visit of an audit was started and completed, and what changed after completion.

Read from the audit's history (`auditor.commands` records every change): a visit starts with its
first recorded change and is completed at its last completion; the report's methodology prints it
and the History tab marks the changes that came after.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from auditor.model import HistoryEntry, Visit
from auditor.review import REVIEW_ACTIONS
from auditor.storage import Store

log = logging.getLogger(__name__)

COMPLETE = "complete_visit"


@dataclass(frozen=True, slots=True)
class VisitTimeline:
    """When a visit was started and completed, and how many changes came after completion."""

    started_at: datetime | None  # its first recorded change
    completed_at: datetime | None  # the last time it was completed
    changes_after_completion: int


def _aware(at: datetime) -> datetime:
    # Entries written before offsets were kept carry none: they were stored in UTC.
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def after_completion(entries: Sequence[HistoryEntry]) -> tuple[dict[str, int], list[bool]]:
    """Return each visit's index of its last completion, and which entries came after it."""
    last_completion: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if entry.action == COMPLETE and entry.visit_id:
            last_completion[entry.visit_id] = index
    # List order (time, then insertion), not timestamps: a completion and what its own
    # transaction recorded share one instant, and only what follows it counts.
    flags = [
        entry.visit_id is not None
        and index > last_completion.get(entry.visit_id, len(entries))
        and entry.action not in REVIEW_ACTIONS  # a reviewer's remark changes nothing recorded
        for index, entry in enumerate(entries)
    ]
    return last_completion, flags


def timeline_of(
    visits: Sequence[Visit], entries: Sequence[HistoryEntry]
) -> dict[str, VisitTimeline]:
    """Return the timeline of each visit from the audit's entries, oldest first."""
    last_completion, after = after_completion(entries)
    started: dict[str, datetime] = {}
    later: dict[str, int] = {}
    for entry, flag in zip(entries, after, strict=True):
        if entry.visit_id is None:
            continue
        started.setdefault(entry.visit_id, _aware(entry.at))
        if flag:
            later[entry.visit_id] = later.get(entry.visit_id, 0) + 1
    result = {}
    for visit in visits:
        completion = last_completion.get(visit.id)
        result[visit.id] = VisitTimeline(
            started_at=started.get(visit.id),
            completed_at=_aware(entries[completion].at) if completion is not None else None,
            changes_after_completion=later.get(visit.id, 0),
        )
    return result


def visit_timeline(store: Store, audit_id: str) -> dict[str, VisitTimeline]:
    """Return, per visit of the audit, when it was started and completed and what came after."""
    with store.lock:
        visits = store.audits.visits(audit_id)
        entries = store.history.for_audit(audit_id)
    return timeline_of(visits, entries)
