"""The programme report's snapshot: plain frozen data in the report's language, nothing to look up.

Scores are numbers (percent 0-100, None where nothing was scored) formatted by the layout;
every name, label and date range is already the text the client reads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from auditor.report.data import PrintImage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LeagueLine:
    """A location's row in the wave's league table."""

    rank: int | None  # None: not scored in the wave, listed last
    location: str
    code: str
    region: str
    overall: float | None
    touchpoints: tuple[float | None, ...]  # in the order of ProgrammeReportData.touchpoints
    change: float | None  # against the location's previous scored wave
    critical: bool
    visited: bool  # False: no audit in the wave


@dataclass(frozen=True)
class Series:
    """A named line of a trend chart: one value per wave (None where there is none)."""

    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class WeakItem:
    """A checklist item across the chain in the wave: how often it failed, and where."""

    question: str
    touchpoint: str
    section: str
    critical: bool
    rate: float  # percent of its scored answers that failed
    failed: int
    scored: int
    locations_failed: int
    locations_scored: int


@dataclass(frozen=True)
class ScopeRow:
    """A score of a location (a touchpoint, dimension or phase) beside the chain's."""

    label: str
    value: float | None
    chain: float | None  # the chain average of the same score in the wave
    change: float | None  # against the location's previous wave with this score


@dataclass(frozen=True)
class FailedItem:
    """A checklist item a location failed in the wave."""

    touchpoint: str
    section: str
    question: str
    critical: bool


@dataclass(frozen=True)
class FindingTitle:
    """A finding of a location's audit, by its title."""

    title: str
    severity: str  # critical, major or minor (the chip's colour and translated name)
    resolved: bool


@dataclass(frozen=True)
class LocationPage:
    """One location's page: its scores, its trend, what failed and what was found."""

    name: str
    code: str
    facts: tuple[tuple[str, str], ...]  # (label, value): region, city, channel, visited, auditor
    overall: float | None
    rank: int | None
    ranked: int  # how many locations the wave ranks
    change: float | None
    critical: bool
    touchpoints: tuple[ScopeRow, ...]
    dimensions: tuple[ScopeRow, ...]
    phases: tuple[ScopeRow, ...]
    trend: tuple[float | None, ...]  # the location's overall score per wave of the report
    failed: tuple[FailedItem, ...]
    findings: tuple[FindingTitle, ...]


@dataclass(frozen=True)
class WaveFacts:
    """A wave of the programme as the methodology reports it."""

    label: str
    dates: str  # the wave's planned dates in words ("" when it has none)
    visits: int  # audits counted in the wave
    scored: int  # of them, with an overall score
    locations: int  # locations the wave's table lists
    visited: str  # first to last visit in words ("" when no visit is dated)
    auditors: int  # how many auditors made the visits
    nicknames: tuple[str, ...]  # their nicknames (never their names)
    chain_average: float | None
    questionnaire: tuple[tuple[str, str], ...]  # (checklist title, version)


@dataclass(frozen=True)
class ProgrammeReportData:
    """Everything one programme report shows, in the language it is written in."""

    lang: str
    agency_name: str
    agency_logo: PrintImage | None
    client_name: str
    client_logo: PrintImage | None
    report_date: date
    wave: str  # the label of the wave reported on
    previous_wave: str  # "" for the first wave
    waves: tuple[WaveFacts, ...]  # the programme's waves up to the one reported on, in order
    touchpoints: tuple[str, ...]  # the touchpoints' names, league table column order
    touchpoint_averages: tuple[float | None, ...]  # the chain average of each touchpoint
    league: tuple[LeagueLine, ...]  # in league order
    chain_trend: tuple[float | None, ...]  # one per wave of `waves`
    region_trends: tuple[Series, ...]  # the chain average of each region, wave after wave
    weakest: tuple[WeakItem, ...]  # the items failed most across the chain
    everywhere: tuple[WeakItem, ...]  # failed in at least half the locations that scored them
    best: tuple[LeagueLine, ...]
    lowest: tuple[LeagueLine, ...]  # the bottom of the table, lowest last
    locations: tuple[LocationPage, ...]  # by name

    @property
    def current(self) -> WaveFacts | None:
        """Return the facts of the wave reported on."""
        return self.waves[-1] if self.waves else None

    @property
    def chain_average(self) -> float | None:
        """Return the chain average of the wave reported on."""
        return self.chain_trend[-1] if self.chain_trend else None

    @property
    def previous_average(self) -> float | None:
        """Return the chain average of the wave before (None for the first wave)."""
        return self.chain_trend[-2] if len(self.chain_trend) > 1 else None

    @property
    def ranked(self) -> int:
        """Return how many locations the wave ranks."""
        return sum(1 for line in self.league if line.rank is not None)

    @property
    def critical_count(self) -> int:
        """Return how many locations failed a critical item in the wave."""
        return sum(1 for line in self.league if line.critical)
