"""The `auditor programme CLIENT --json` document (its shape: docs/programmes.md)."""

from __future__ import annotations

import logging
from typing import Any

from auditor.errors import NotFoundError
from auditor.i18n import translator
from auditor.model import Wave
from auditor.programme.model import LeagueRow, Programme
from auditor.programme.ranking import shown

log = logging.getLogger(__name__)


def find_wave(programme: Programme, label: str, lang: str = "en") -> Wave:
    """Return the programme's wave with this label (case and spacing aside), or refuse."""
    _ = translator(lang)
    wanted = " ".join(label.split()).casefold()
    for wave in programme.waves:
        if " ".join(wave.label.split()).casefold() == wanted:
            return wave
    labels = ", ".join(w.label for w in programme.waves) or "-"
    raise NotFoundError(
        _("{client} has no wave {label} (its waves: {labels})").format(
            client=programme.client.name, label=label, labels=labels
        )
    )


def _scores(values: dict[str, float | None]) -> dict[str, float | None]:
    return {k: shown(v) for k, v in values.items()}


def _row(row: LeagueRow) -> dict[str, Any]:
    loc, result = row.location, row.result
    entry: dict[str, Any] = {
        "location": loc.name,
        "code": loc.code,
        "city": loc.city,
        "region": loc.region,
        "channel": loc.channel.value,
        "audit": None,
        "status": None,
        "nickname": None,
        "visited_from": None,
        "visited_to": None,
        "overall": None,
        "touchpoints": {},
        "dimensions": {},
        "phases": {},
        "completion": None,
        "critical_failure": False,
        "rank": row.rank,
        "change": row.change,
    }
    if result is not None:
        entry.update(
            audit=result.audit_id,
            status=result.status,
            nickname=result.nickname,
            visited_from=result.visited_from.isoformat() if result.visited_from else None,
            visited_to=result.visited_to.isoformat() if result.visited_to else None,
            overall=shown(result.overall),
            touchpoints=_scores(result.touchpoints),
            dimensions=_scores(result.dimensions),
            phases=_scores(result.phases),
            completion=shown(result.completion),
            critical_failure=result.critical,
        )
    return entry


def programme_document(
    programme: Programme, wave_label: str | None = None, lang: str = "en"
) -> dict[str, Any]:
    """Return the programme as JSON-ready data: the waves in order, each with its league table.

    With `wave_label`, only that wave is listed (its changes still compare with earlier waves).
    """
    waves = [find_wave(programme, wave_label, lang)] if wave_label else list(programme.waves)
    return {
        "client": programme.client.name,
        "touchpoints": list(programme.touchpoints),
        "dimensions": list(programme.dimensions),
        "phases": list(programme.phases),
        "waves": [
            {
                "label": wave.label,
                "starts_on": wave.starts_on.isoformat() if wave.starts_on else None,
                "ends_on": wave.ends_on.isoformat() if wave.ends_on else None,
                "chain_average": shown(programme.chain_average.get(wave.id)),
                "audits": sum(1 for (_, w) in programme.results if w == wave.id),
                "locations": [_row(row) for row in programme.league(wave.id)],
            }
            for wave in waves
        ],
    }
