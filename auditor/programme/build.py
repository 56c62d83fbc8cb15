"""Read a client's programme from the store in a few queries and compute it (`build`)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable

from auditor.model import Dimension, Location, Phase
from auditor.programme import scores
from auditor.programme.model import OVERALL, Programme, Result
from auditor.storage import Store
from auditor.storage.programme import AuditRow

log = logging.getLogger(__name__)

# When a location has two audits in one wave (a duplicate, a bundle merged twice), the one
# furthest along counts, then the one changed last.
_PROGRESS = {
    "draft": 0,
    "in_progress": 1,
    "returned": 2,
    "completed": 3,
    "reviewed": 4,
    "delivered": 5,
}


def _folded(values: Iterable[str] | None) -> set[str] | None:
    return None if values is None else {" ".join(v.split()).casefold() for v in values}


def _chosen(audits: list[AuditRow]) -> dict[tuple[str, str], AuditRow]:
    """Return the audit that counts for each (location, wave)."""
    chosen: dict[tuple[str, str], AuditRow] = {}
    for audit in audits:
        key = (audit.location_id, audit.wave_id)
        held = chosen.get(key)  # type: ignore[arg-type]
        if held is None or _rank(audit) > _rank(held):
            chosen[key] = audit  # type: ignore[index]
    return chosen


def _rank(audit: AuditRow) -> tuple[int, str]:
    stamp = audit.updated_at.isoformat() if audit.updated_at else ""
    return (_PROGRESS.get(audit.status, 0), stamp)


def _result(audit: AuditRow, visits: list[scores.VisitValues]) -> Result:
    score = scores.score(visits)
    starts = [v.visit.visited_at for v in visits if v.visit.visited_at is not None]
    ends = [
        v.visit.ended_at or v.visit.visited_at
        for v in visits
        if (v.visit.ended_at or v.visit.visited_at) is not None
    ]
    return Result(
        audit_id=audit.id,
        location_id=audit.location_id or "",
        wave_id=audit.wave_id or "",
        overall=score.overall,
        touchpoints=scores.touchpoint_scores(score, visits),
        dimensions={k: s.score for k, s in score.dimensions.items()},
        phases={k: s.score for k, s in score.phases.items()},
        completion=score.completion,
        critical=score.critical_failure,
        status=audit.status,
        auditor=audit.auditor,
        nickname=audit.nickname,
        visited_from=min(starts, default=None),
        visited_to=max(ends, default=None),  # type: ignore[type-var]
        rank=None,
        change=None,
        title=audit.title,
    )


def build(
    store: Store,
    client_id: str,
    *,
    regions: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
) -> Programme:
    """Return the client's programme: every location's result in every wave, ranked.

    `regions` and `channels` keep only the locations in them (compared case and spacing
    aside); ranks and chain averages are then those of the locations kept. Scores are those
    `auditor.service.score` gives each audit (percent 0-100).
    """
    # One snapshot (a read transaction), under the lock the window's threads share.
    with store.lock, store.transaction():
        client = store.clients.get(client_id)
        waves = tuple(store.waves.for_client(client_id))
        wave_ids = {w.id for w in waves}
        reader = store.programme
        audits = [a for a in reader.audits(client_id, programme_only=True) if a.wave_id in wave_ids]
        audited = {a.location_id for a in audits}
        all_locations = store.locations.for_client(client_id)
        visit_rows = reader.visits(client_id, programme_only=True)
        answers = reader.answer_values(client_id, programme_only=True)
        photos = reader.photo_links(client_id, programme_only=True)
        templates = reader.templates(client_id)
    wanted_regions, wanted_channels = _folded(regions), _folded(channels)

    def kept(location: Location) -> bool:
        if not (location.active or location.id in audited):
            return False
        if wanted_regions is not None and location.region.casefold() not in wanted_regions:
            return False
        return wanted_channels is None or location.channel.value in wanted_channels

    locations = tuple(loc for loc in all_locations if kept(loc))
    location_ids = {loc.id for loc in locations}
    chosen = {k: a for k, a in _chosen(audits).items() if k[0] in location_ids}
    counted = {a.id for a in chosen.values()}
    visits = scores.visit_values(
        (v for v in visit_rows if v.audit_id in counted), answers, photos, templates
    )
    results = {key: _result(audit, visits.get(audit.id, [])) for key, audit in chosen.items()}
    first_position: dict[str, int] = {}
    for audit_id in counted:
        for v in visits.get(audit_id, ()):
            kind = v.visit.kind
            first_position[kind] = min(first_position.get(kind, v.visit.position), v.visit.position)
    present_dims = {d for r in results.values() for d in r.dimensions}
    present_phases = {p for r in results.values() for p in r.phases}
    draft = Programme(
        client=client,
        waves=waves,
        locations=locations,
        results=results,
        chain_average={},
        touchpoints=tuple(sorted(first_position, key=lambda k: (first_position[k], k))),
        dimensions=tuple(d.value for d in Dimension if d.value in present_dims),
        phases=tuple(p.value for p in Phase if p.value in present_phases),
    )
    ranked = dict(results)
    for wave in waves:
        for row in draft.league(wave.id, OVERALL):
            if row.result is not None:
                ranked[(row.location.id, wave.id)] = dataclasses.replace(
                    row.result, rank=row.rank, change=row.change
                )
    return dataclasses.replace(
        draft,
        results=ranked,
        chain_average={w.id: draft.average(w.id) for w in waves},
        _visits=visits,
        _cache={},
    )
