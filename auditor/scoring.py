"""Scores, exactly as DESIGN.md states them: pure functions over templates and answers.

- item: yes = 1, no = 0, N/A excluded; scale v of n = (v-1)/(n-1); choice = points / best points;
  number/timer = 1 when the threshold is met, else 0; text and photo items are not scored.
- scope (touchpoint, dimension, phase) = sum(weight x earned) / sum(weight x possible) x 100 over its
  answered, scorable, non-N/A items; completion = answered items / items (N/A counts as answered;
  free-text and photo items, which are optional, count only once filled in).
- audit overall = weighted mean (visit weights) of the touchpoint scores that exist.
- select_multiple = sum of the chosen options' points / sum of the positive points of all
  options, at most 1.
- a photo item counts as answered once its photo is attached (`with_photos`).
- an item whose show-if condition (`relevant`) does not hold for the answers is not asked: it
  counts in neither completion nor score, and an answer it kept is ignored until it shows again.
- `required` (answertypes.is_required) decides what completion waits for: an optional item that
  is empty is left out; once answered it counts (and scores, when its type scores).
- a critical item that fails (earns under half its points) flags its touchpoint and the audit;
  the numbers stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from auditor.answertypes import (
    PHOTO_ATTACHED,
    is_answered,
    is_required,
    kind_of,
)
from auditor.conditions import hidden_items
from auditor.model import NA, AnswerType, Dimension, Item, Phase, Template

log = logging.getLogger(__name__)

FAIL_BELOW = 0.5  # an item earning less than half its points is "failed"


def earned(item: Item, value: Any) -> float | None:
    """Return the fraction of the item's points earned (0..1), or None when it does not count."""
    return kind_of(item).earned(item, value)


def with_photos(
    template: Template, values: Mapping[str, Any], photo_items: Iterable[str]
) -> dict[str, Any]:
    """Return the values with every photo item that has its photo attached counted as answered."""
    result = dict(values)
    attached = set(photo_items)
    for item in template.items:
        if item.type == AnswerType.PHOTO and item.id in attached:
            result[item.id] = PHOTO_ATTACHED
    return result


def hidden(template: Template, values: Mapping[str, Any]) -> set[str]:
    """Return the ids of the items not asked because their show-if condition does not hold.

    Scoring, completion (workflow.missing), the report and the runner all ask here, with the
    values scoring sees (photo items answered by their evidence, `with_photos`).
    """
    return hidden_items(template, values)


def counts(item: Item, value: Any) -> bool:
    """Return True when a shown item counts towards completion: required, or answered anyway."""
    return is_required(item) or is_answered(value)


# How an answer went, as the runner's list and the report show it.
PASS, PARTIAL, FAIL, NOT_APPLICABLE, UNANSWERED, RECORDED = (
    "pass",
    "partial",
    "fail",
    "na",
    "unanswered",
    "recorded",
)


def outcome(item: Item, value: Any) -> str:
    """Return how an item went: pass, partial, fail, N/A, unanswered, or recorded (not scored)."""
    if not is_answered(value):
        return UNANSWERED
    if value == NA and kind_of(item).allows_na:  # a remark reading "na" is a remark
        return NOT_APPLICABLE
    fraction = earned(item, value)
    if fraction is None:
        return RECORDED
    return PASS if fraction >= 1 else FAIL if fraction < FAIL_BELOW else PARTIAL


def failed(item: Item, value: Any) -> bool:
    """Return True when the answer fails the item (scored, and under half its points)."""
    fraction = earned(item, value)
    return fraction is not None and fraction < FAIL_BELOW


@dataclass
class Tally:
    """Running sums for one scope."""

    earned: float = 0.0
    possible: float = 0.0
    answered: int = 0
    items: int = 0
    critical_failures: list[str] = field(default_factory=list)

    def add(self, item: Item, value: Any, key: str) -> None:
        """Count one item and its answer into the scope."""
        if not counts(item, value):
            return  # an empty remarks box or photo slot is never held against completion
        self.count(item, is_answered(value), earned(item, value), key)

    def count(self, item: Item, answered: bool, fraction: float | None, key: str) -> None:
        """Count an item whose answer was already judged (scoring judges each answer once)."""
        self.items += 1
        if answered:
            self.answered += 1
        if fraction is not None:
            self.earned += item.weight * fraction
            self.possible += item.weight
            if item.critical and fraction < FAIL_BELOW:
                self.critical_failures.append(key)

    @property
    def score(self) -> float | None:
        """Return 0-100, or None when nothing in the scope is scorable."""
        return self.earned / self.possible * 100 if self.possible > 0 else None

    @property
    def completion(self) -> float:
        """Return the share of items answered, 0-100."""
        return self.answered / self.items * 100 if self.items else 0.0


@dataclass(frozen=True)
class ScopeScore:
    score: float | None
    completion: float
    critical_failure: bool


@dataclass(frozen=True)
class VisitScore:
    visit_id: str
    score: float | None
    completion: float
    critical_failure: bool
    critical_items: tuple[str, ...]
    weight: float
    dimensions: dict[str, ScopeScore]
    phases: dict[str, ScopeScore]


@dataclass(frozen=True)
class AuditScore:
    overall: float | None
    completion: float
    critical_failure: bool
    visits: tuple[VisitScore, ...]
    dimensions: dict[str, ScopeScore]
    phases: dict[str, ScopeScore]


def _scope(tally: Tally) -> ScopeScore:
    return ScopeScore(tally.score, tally.completion, bool(tally.critical_failures))


def _tallies(
    template: Template,
    values: Mapping[str, Any],
    prefix: str,
    scopes: list[tuple[Tally, dict[str, Tally], dict[str, Tally]]],
) -> None:
    """Count every item into each (total, dimensions, phases) of `scopes`, judging it once."""
    skipped = hidden(template, values)
    for item in template.items:
        if item.id in skipped:
            continue  # not asked: an answer kept from before counts again once the item shows
        value = values.get(item.id)
        answered = is_answered(value)
        if not answered and not is_required(item):
            continue  # an empty remarks box or photo slot is never held against completion
        fraction = earned(item, value)
        key = f"{prefix}{item.id}"
        dimension, phase = item.dimension.value, item.phase.value
        for total, dims, phases in scopes:
            total.count(item, answered, fraction, key)
            (dims.get(dimension) or dims.setdefault(dimension, Tally())).count(
                item, answered, fraction, key
            )
            (phases.get(phase) or phases.setdefault(phase, Tally())).count(
                item, answered, fraction, key
            )


def _ordered(tallies: dict[str, Tally], order: Iterable[str]) -> dict[str, ScopeScore]:
    return {name: _scope(tallies[name]) for name in order if name in tallies}


_DIMENSIONS = [d.value for d in Dimension]
_PHASES = [p.value for p in Phase]


def _visit_score(
    visit_id: str, weight: float, total: Tally, dims: dict[str, Tally], phases: dict[str, Tally]
) -> VisitScore:
    return VisitScore(
        visit_id=visit_id,
        score=total.score,
        completion=total.completion,
        critical_failure=bool(total.critical_failures),
        critical_items=tuple(total.critical_failures),
        weight=weight,
        dimensions=_ordered(dims, _DIMENSIONS),
        phases=_ordered(phases, _PHASES),
    )


def score_visit(
    visit_id: str, template: Template, values: Mapping[str, Any], weight: float = 1.0
) -> VisitScore:
    """Return the score of one touchpoint visit from its answer values by item id."""
    total, dims, phases = Tally(), {}, {}
    _tallies(template, values, "", [(total, dims, phases)])
    return _visit_score(visit_id, weight, total, dims, phases)


def score_audit(visits: Iterable[tuple[str, Template, Mapping[str, Any], float]]) -> AuditScore:
    """Return the audit's scores from (visit id, template, values, visit weight) per visit."""
    total, dims, phases = Tally(), {}, {}
    results = []
    for visit_id, template, values, weight in visits:
        mine: tuple[Tally, dict[str, Tally], dict[str, Tally]] = (Tally(), {}, {})
        # One pass per visit feeds the visit's scopes and the audit's (keys prefixed by visit).
        _tallies(template, values, "", [mine])
        _merge(total, dims, phases, mine, f"{visit_id}/")
        results.append(_visit_score(visit_id, weight, *mine))
    scored = [(v.score, v.weight) for v in results if v.score is not None]
    weights = sum(w for _, w in scored)
    overall = sum(s * w for s, w in scored) / weights if weights > 0 else None
    return AuditScore(
        overall=overall,
        completion=total.completion,
        critical_failure=any(v.critical_failure for v in results),
        visits=tuple(results),
        dimensions=_ordered(dims, _DIMENSIONS),
        phases=_ordered(phases, _PHASES),
    )


def _merge(
    total: Tally,
    dims: dict[str, Tally],
    phases: dict[str, Tally],
    visit: tuple[Tally, dict[str, Tally], dict[str, Tally]],
    prefix: str,
) -> None:
    """Add a visit's tallies into the audit's."""
    pairs = [(total, visit[0])]
    pairs += [(dims.setdefault(k, Tally()), v) for k, v in visit[1].items()]
    pairs += [(phases.setdefault(k, Tally()), v) for k, v in visit[2].items()]
    for into, part in pairs:
        into.earned += part.earned
        into.possible += part.possible
        into.answered += part.answered
        into.items += part.items
        into.critical_failures.extend(prefix + key for key in part.critical_failures)
