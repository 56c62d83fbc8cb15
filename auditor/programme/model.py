"""A client's programme, computed: each location's result per wave, league tables, heatmaps.

`auditor.programme.build` reads the store and makes a `Programme`; everything here is arithmetic
over what it holds, so the window can re-sort a league table or switch waves without a query.
The formulas are documented in docs/programmes.md ("How a programme is scored").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from auditor.model import Client, Location, Wave
from auditor.programme import ranking
from auditor.programme.scores import VisitValues
from auditor.scoring import FAIL_BELOW, earned, hidden

log = logging.getLogger(__name__)

OVERALL = "overall"
GROUPS = ("touchpoint", "dimension", "phase")


@dataclass(frozen=True)
class Result:
    """One location in one wave: its audit's scores (percent 0-100, None: nothing scored)."""

    audit_id: str
    location_id: str
    wave_id: str
    overall: float | None
    touchpoints: dict[str, float | None]  # touchpoint kind -> score
    dimensions: dict[str, float | None]
    phases: dict[str, float | None]
    completion: float
    critical: bool  # a critical item failed
    status: str
    auditor: str
    nickname: str
    visited_from: datetime | None  # the first visit's start
    visited_to: datetime | None  # the last visit's end (else its start)
    rank: int | None  # overall, within the wave: 1 = best, ties share a rank
    change: float | None  # shown overall minus the location's previous wave's shown overall
    title: str = ""


@dataclass(frozen=True)
class LeagueRow:
    """A row of a wave's league table for one score (overall, a touchpoint, ...)."""

    location: Location
    result: Result | None  # None: the location has no audit in the wave
    value: float | None  # the score ranked
    rank: int | None  # None: nothing scored, listed last
    change: float | None  # against the location's previous wave with this score

    @property
    def critical(self) -> bool:
        """Return True when the audit failed a critical item."""
        return self.result is not None and self.result.critical


@dataclass(frozen=True)
class HeatItem:
    """A checklist item as a heatmap row (the same item id of one checklist, any version)."""

    template_id: str
    item_id: str
    question: dict[str, str]
    section: dict[str, str]
    touchpoint: str
    critical: bool

    @property
    def key(self) -> tuple[str, str]:
        """Return (template id, item id), the row's key."""
        return (self.template_id, self.item_id)


@dataclass(frozen=True)
class Cell:
    """How often an item failed among its scored answers."""

    failed: int
    scored: int

    @property
    def rate(self) -> float | None:
        """Return the fail rate, percent 0-100 (None: no scored answer)."""
        return self.failed / self.scored * 100 if self.scored else None


@dataclass(frozen=True)
class Heatmap:
    """Items by locations for one wave: the fail rate of each item at each location."""

    wave_id: str
    items: tuple[HeatItem, ...]
    locations: tuple[Location, ...]  # the columns, in league order
    cells: dict[tuple[tuple[str, str], str], Cell]  # (item key, location id) -> cell
    chain: dict[tuple[str, str], Cell]  # item key -> the whole chain's cell

    def rate(self, item_key: tuple[str, str], location_id: str) -> float | None:
        """Return an item's fail rate at a location (None: not scored there)."""
        cell = self.cells.get((item_key, location_id))
        return cell.rate if cell else None


@dataclass(frozen=True)
class ItemRate:
    """An item across the chain in one wave: the weakest items list."""

    item: HeatItem
    failed: int
    scored: int
    locations_failed: int

    @property
    def rate(self) -> float:
        """Return the chain's fail rate, percent 0-100."""
        return self.failed / self.scored * 100


def value_of(result: Result | None, key: str) -> float | None:
    """Return a result's score for a league key: overall, touchpoint:K, dimension:D, phase:P."""
    if result is None:
        return None
    if key == OVERALL:
        return result.overall
    group, _, name = key.partition(":")
    if group == "touchpoint":
        return result.touchpoints.get(name)
    if group == "dimension":
        return result.dimensions.get(name)
    if group == "phase":
        return result.phases.get(name)
    raise ValueError(f"unknown league key {key!r}")


@dataclass(frozen=True)
class Programme:
    """Every location's result in every wave of a client's programme (filtered by build)."""

    client: Client
    waves: tuple[Wave, ...]  # in programme order
    locations: tuple[Location, ...]  # by name
    results: dict[tuple[str, str], Result]  # (location id, wave id)
    chain_average: dict[str, float | None]  # wave id -> mean of the locations' overall scores
    touchpoints: tuple[str, ...] = ()  # the touchpoint kinds scored, in questionnaire order
    dimensions: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    _visits: dict[str, list[VisitValues]] = field(default_factory=dict, repr=False, compare=False)
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- lookups ------------------------------------------------------------------------------

    def wave(self, wave_id: str) -> Wave:
        """Return the wave with this id (KeyError when it is not the programme's)."""
        for wave in self.waves:
            if wave.id == wave_id:
                return wave
        raise KeyError(wave_id)

    def location(self, location_id: str) -> Location:
        """Return the location with this id (KeyError when it is not in the programme)."""
        for location in self.locations:
            if location.id == location_id:
                return location
        raise KeyError(location_id)

    def keys(self) -> list[str]:
        """Return every league key the programme can rank by, overall first."""
        return (
            [OVERALL]
            + [f"touchpoint:{k}" for k in self.touchpoints]
            + [f"dimension:{k}" for k in self.dimensions]
            + [f"phase:{k}" for k in self.phases]
        )

    def wave_locations(self, wave_id: str) -> list[Location]:
        """Return the locations a wave's table lists: active ones, and any audited in it."""
        return [loc for loc in self.locations if loc.active or (loc.id, wave_id) in self.results]

    def previous(self, location_id: str, wave_id: str, key: str = OVERALL) -> Result | None:
        """Return the location's result in the latest earlier wave where `key` was scored."""
        order = [w.id for w in self.waves]
        for earlier in reversed(order[: order.index(wave_id)]):
            result = self.results.get((location_id, earlier))
            if value_of(result, key) is not None:
                return result
        return None

    # -- league tables ------------------------------------------------------------------------

    def league(self, wave_id: str, key: str = OVERALL) -> list[LeagueRow]:
        """Return the wave's league table by `key`: ranked best first, unscored last by name."""
        cache_key = ("league", wave_id, key)
        if cache_key in self._cache:
            return list(self._cache[cache_key])
        locations = self.wave_locations(wave_id)
        results = [self.results.get((loc.id, wave_id)) for loc in locations]
        values = [value_of(r, key) for r in results]
        ranks = ranking.competition_ranks(values)
        rows = []
        for loc, result, value, rank in zip(locations, results, values, ranks, strict=True):
            before = self.previous(loc.id, wave_id, key) if value is not None else None
            rows.append(
                LeagueRow(loc, result, value, rank, ranking.change(value, value_of(before, key)))
            )
        rows.sort(
            key=lambda r: (
                r.rank is None,
                r.rank or 0,
                r.location.name.casefold(),
                r.location.code,
            )
        )
        self._cache[cache_key] = tuple(rows)
        return rows

    def average(self, wave_id: str, key: str = OVERALL) -> float | None:
        """Return the chain average of a score in a wave: the mean over the locations scored."""
        return ranking.mean(
            value_of(self.results.get((loc.id, wave_id)), key) for loc in self.locations
        )

    def trend(self, key: str = OVERALL) -> list[tuple[Wave, float | None]]:
        """Return the chain average of a score wave after wave."""
        return [(wave, self.average(wave.id, key)) for wave in self.waves]

    def location_trend(
        self, location_id: str, key: str = OVERALL
    ) -> list[tuple[Wave, float | None]]:
        """Return a location's score wave after wave (None where it was not scored)."""
        return [
            (wave, value_of(self.results.get((location_id, wave.id)), key)) for wave in self.waves
        ]

    def best_locations(self, wave_id: str, n: int = 5) -> list[LeagueRow]:
        """Return the league's top `n` by overall score, with any tied at the n-th rank."""
        return [r for r in self.league(wave_id) if r.rank is not None and r.rank <= n]

    def critical_locations(self, wave_id: str) -> list[LeagueRow]:
        """Return the wave's rows whose audit failed a critical item, in league order."""
        return [r for r in self.league(wave_id) if r.critical]

    # -- items --------------------------------------------------------------------------------

    def heatmap(self, wave_id: str) -> Heatmap:
        """Return the wave's items by locations, each cell the item's fail rate there."""
        cache_key = ("heatmap", wave_id)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._heatmap(wave_id)
        return self._cache[cache_key]

    def _heatmap(self, wave_id: str) -> Heatmap:
        items: dict[tuple[str, str], HeatItem] = {}
        order: dict[tuple[str, str], tuple[int, int, int]] = {}
        cells: dict[tuple[tuple[str, str], str], list[int]] = {}
        chain: dict[tuple[str, str], list[int]] = {}
        columns = []
        for row in self.league(wave_id):
            if row.result is None:
                continue
            columns.append(row.location)
            for v in self._visits.get(row.result.audit_id, ()):
                template, values = v.template, v.values
                skipped = hidden(template, values)
                sections = {s.id: s.title for s in template.sections}
                for index, item in enumerate(template.items):
                    if item.id in skipped:
                        continue
                    fraction = earned(item, values.get(item.id))
                    if fraction is None:
                        continue
                    key = (template.id, item.id)
                    if key not in items:
                        items[key] = HeatItem(
                            template.id,
                            item.id,
                            item.question,
                            sections.get(item.section, {}),
                            v.visit.kind,
                            item.critical,
                        )
                        order[key] = (v.visit.position, len(order), index)
                    fail = 1 if fraction < FAIL_BELOW else 0
                    for tally in (
                        cells.setdefault((key, row.location.id), [0, 0]),
                        chain.setdefault(key, [0, 0]),
                    ):
                        tally[0] += fail
                        tally[1] += 1
        keys = sorted(items, key=lambda k: order[k])
        return Heatmap(
            wave_id,
            tuple(items[k] for k in keys),
            tuple(columns),
            {k: Cell(*v) for k, v in cells.items()},
            {k: Cell(*chain[k]) for k in keys},
        )

    def weakest_items(self, wave_id: str, n: int = 10) -> list[ItemRate]:
        """Return the items failed most across the chain in a wave (fail rate above 0), worst first."""
        heat = self.heatmap(wave_id)
        rates = []
        for item in heat.items:
            cell = heat.chain[item.key]
            if cell.failed == 0:
                continue
            where = sum(
                1
                for loc in heat.locations
                if (c := heat.cells.get((item.key, loc.id))) and c.failed
            )
            rates.append(ItemRate(item, cell.failed, cell.scored, where))
        rates.sort(key=lambda r: (-r.rate, -r.scored))  # stable: questionnaire order breaks ties
        return rates[:n]
