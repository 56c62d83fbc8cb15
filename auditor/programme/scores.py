"""Score many audits from rows read in bulk, exactly as `auditor.service.score` scores one.

`service.score` reads an audit's answers, its photos and its visits with a query each; a programme
of 800 audits reads them all at once (`store.programme`) and hands the rows here. The rule is the
same: each visit's stored values, photo items counted as answered by their photo
(`scoring.with_photos`), scored against the visit's template version with the visit's weight, in
visit order (`scoring.score_audit`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from auditor.model import Template
from auditor.scoring import AuditScore, score_audit, with_photos
from auditor.storage.programme import AnswerRow, VisitRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VisitValues:
    """A visit with its template and the values scoring sees (photos counted)."""

    visit: VisitRow
    template: Template
    values: Mapping[str, Any]


def visit_values(
    visits: Iterable[VisitRow],
    answers: Iterable[AnswerRow | tuple[str, str, Any]],
    photos: Iterable[tuple[str, str]],
    templates: Mapping[tuple[str, str], Template],
) -> dict[str, list[VisitValues]]:
    """Return audit id -> its visits in order, each with the values scoring sees.

    `answers` are (visit id, item id, value, ...) rows: `store.programme.answer_values` or
    `answers`.
    """
    values: dict[str, dict[str, Any]] = {}
    for visit_id, item_id, value, *_ in answers:
        values.setdefault(visit_id, {})[item_id] = value
    attached: dict[str, set[str]] = {}
    for visit_id, item_id in photos:
        attached.setdefault(visit_id, set()).add(item_id)
    result: dict[str, list[VisitValues]] = {}
    for visit in visits:
        template = templates[(visit.template_id, visit.template_version)]
        mine = values.get(visit.id, {})
        if visit.id in attached:
            mine = with_photos(template, mine, attached[visit.id])
        result.setdefault(visit.audit_id, []).append(VisitValues(visit, template, mine))
    for audit_visits in result.values():
        audit_visits.sort(key=lambda v: v.visit.position)
    return result


def score(visits: list[VisitValues]) -> AuditScore:
    """Return an audit's scores from its visits (as `service.score` would)."""
    return score_audit((v.visit.id, v.template, v.values, v.visit.weight) for v in visits)


def touchpoint_scores(scores: AuditScore, visits: list[VisitValues]) -> dict[str, float | None]:
    """Return touchpoint kind -> score: the weighted mean of that kind's scored visits.

    An audit has one visit per touchpoint as a rule; two visits of one kind (two shops) are
    combined as the overall score combines touchpoints, by the visits' weights.
    """
    kinds: dict[str, list[tuple[float, float]]] = {}
    by_id = {v.visit.id: v.visit.kind for v in visits}
    for vs in scores.visits:
        pairs = kinds.setdefault(by_id[vs.visit_id], [])
        if vs.score is not None:
            pairs.append((vs.score, vs.weight))
    result: dict[str, float | None] = {}
    for kind, pairs in kinds.items():
        weights = sum(w for _, w in pairs)
        result[kind] = sum(s * w for s, w in pairs) / weights if weights > 0 else None
    return result
