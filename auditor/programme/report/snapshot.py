"""Read a client's programme for its report: the only part of the programme report that reads the store.

`build()` computes the programme; this turns one wave of it into the report's words and numbers
(`ProgrammeReportData`), in the report's language, with the logos made ready for print.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime

from auditor.errors import ValidationError
from auditor.i18n import Translate, pick, translator
from auditor.model import Severity
from auditor.programme import Programme, build, value_of
from auditor.programme.document import find_wave
from auditor.programme.model import OVERALL, HeatItem, Heatmap, LeagueRow
from auditor.programme.ranking import change, mean
from auditor.programme.report.data import (
    FailedItem,
    FindingTitle,
    LeagueLine,
    LocationPage,
    ProgrammeReportData,
    ScopeRow,
    Series,
    WaveFacts,
    WeakItem,
)
from auditor.programme.report.labels import channel
from auditor.report import images, labels
from auditor.report.snapshot import report_language
from auditor.storage import Store
from auditor.storage.programme import FindingRow

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, message

WEAKEST = 10  # items in the weakest items table
EVERYWHERE = 5  # items "failing everywhere" in the executive summary
EVERYWHERE_SHARE = 0.5  # ...failed in at least this share of the locations that scored them
BEST = 3  # best and lowest locations named in the summary (ties at the edge included)
REGION_LINES = (2, 6)  # regions drawn as lines of the trend chart: between these counts


def _day(at: datetime | None) -> date | None:
    """Return the day of a moment where the computer making the report is (the auditor's)."""
    return at.astimezone().date() if at is not None else None


def _span(_: Translate, days: Iterable[date | None]) -> str:
    return labels.date_range(_, tuple(d for d in days if d is not None))


def chosen_wave(programme: Programme, label: str | None, lang: str) -> str:
    """Return the id of the wave to report on: the one named, else the latest with audits."""
    _ = translator(lang)
    if not programme.waves:
        raise ValidationError(
            _("{client} has no waves yet: there is no programme to report on.").format(
                client=programme.client.name
            )
        )
    if label:
        return find_wave(programme, label, lang).id
    audited = {wave for (_location, wave) in programme.results}
    for wave in reversed(programme.waves):
        if wave.id in audited:
            return wave.id
    return programme.waves[-1].id


def _line(programme: Programme, row: LeagueRow) -> LeagueLine:
    result = row.result
    return LeagueLine(
        rank=row.rank,
        location=row.location.name,
        code=row.location.code,
        region=row.location.region,
        overall=row.value,
        touchpoints=tuple(
            result.touchpoints.get(k) if result else None for k in programme.touchpoints
        ),
        change=row.change,
        critical=row.critical,
        visited=result is not None,
    )


def _scopes(
    programme: Programme,
    location_id: str,
    wave_id: str,
    group: str,
    names: Iterable[str],
    label: Callable[[str], str],
) -> tuple[ScopeRow, ...]:
    """Return a location's scores of one group (touchpoint, dimension, phase) beside the chain's."""
    rows = []
    result = programme.results.get((location_id, wave_id))
    for name in names:
        key = f"{group}:{name}"
        value = value_of(result, key)
        if value is None:
            continue
        before = programme.previous(location_id, wave_id, key)
        rows.append(
            ScopeRow(
                label(name),
                value,
                programme.average(wave_id, key),
                change(value, value_of(before, key)),
            )
        )
    return tuple(rows)


def _weak(_: Translate, lang: str, heat: Heatmap, item: HeatItem) -> WeakItem:
    cell = heat.chain[item.key]
    where = [heat.cells.get((item.key, loc.id)) for loc in heat.locations]
    return WeakItem(
        question=pick(item.question, lang),
        touchpoint=labels.touchpoint_kind(_, item.touchpoint),
        section=pick(item.section, lang) if item.section else "",
        critical=item.critical,
        rate=cell.rate or 0.0,
        failed=cell.failed,
        scored=cell.scored,
        locations_failed=sum(1 for c in where if c and c.failed),
        locations_scored=sum(1 for c in where if c and c.scored),
    )


def _findings(rows: Iterable[FindingRow]) -> tuple[FindingTitle, ...]:
    ordered = sorted(rows, key=lambda f: -Severity(f.severity).rank)  # stable: oldest first
    return tuple(FindingTitle(f.title, f.severity, f.status == "resolved") for f in ordered)


def _wave_facts(
    _: Translate,
    programme: Programme,
    wave_id: str,
    questionnaire: tuple[tuple[str, str], ...],
) -> WaveFacts:
    wave = programme.wave(wave_id)
    results = [r for (_loc, w), r in programme.results.items() if w == wave_id]
    # People are counted by who they are, but only nicknames are ever printed.
    people = {(r.auditor or r.nickname).casefold() for r in results if r.auditor or r.nickname}
    return WaveFacts(
        label=wave.label,
        dates=_span(_, (wave.starts_on, wave.ends_on)),
        visits=len(results),
        scored=sum(1 for r in results if r.overall is not None),
        locations=len(programme.wave_locations(wave_id)),
        visited=_span(
            _,
            [_day(r.visited_from) for r in results] + [_day(r.visited_to) for r in results],
        ),
        auditors=len(people),
        nicknames=tuple(sorted({r.nickname for r in results if r.nickname}, key=str.casefold)),
        chain_average=programme.chain_average.get(wave_id),
        questionnaire=questionnaire,
    )


def _region_trends(programme: Programme, wave_ids: list[str]) -> tuple[Series, ...]:
    regions = sorted({loc.region for loc in programme.locations if loc.region}, key=str.casefold)
    if not REGION_LINES[0] <= len(regions) <= REGION_LINES[1]:
        return ()
    lines = []
    for region in regions:
        ids = [loc.id for loc in programme.locations if loc.region == region]
        values = tuple(
            mean(value_of(programme.results.get((i, w)), OVERALL) for i in ids) for w in wave_ids
        )
        lines.append(Series(region, values))
    return tuple(lines)


def _location_page(
    _: Translate,
    lang: str,
    programme: Programme,
    row: LeagueRow,
    wave_ids: list[str],
    heat: Heatmap,
    findings: list[FindingRow],
) -> LocationPage:
    loc, result = row.location, row.result
    assert result is not None
    wave_id = wave_ids[-1]
    facts = [
        (_("Region"), loc.region),
        (_("City"), loc.city),
        (_("Channel"), channel(_, loc.channel.value)),
        (_("Visited"), _span(_, (_day(result.visited_from), _day(result.visited_to)))),
        (_("Auditor"), result.nickname),  # the nickname only: the auditor's name is theirs
    ]
    failed = []
    for item in heat.items:
        cell = heat.cells.get((item.key, loc.id))
        if cell and cell.failed:
            failed.append(
                FailedItem(
                    labels.touchpoint_kind(_, item.touchpoint),
                    pick(item.section, lang) if item.section else "",
                    pick(item.question, lang),
                    item.critical,
                )
            )
    by_id = {w.id: v for w, v in programme.location_trend(loc.id)}
    return LocationPage(
        name=loc.name,
        code=loc.code,
        facts=tuple((k, v) for k, v in facts if v),
        overall=result.overall,
        rank=row.rank,
        ranked=sum(1 for r in programme.league(wave_id) if r.rank is not None),
        change=row.change,
        critical=result.critical,
        touchpoints=_scopes(
            programme,
            loc.id,
            wave_id,
            "touchpoint",
            programme.touchpoints,
            lambda k: labels.touchpoint_kind(_, k),
        ),
        dimensions=_scopes(
            programme,
            loc.id,
            wave_id,
            "dimension",
            programme.dimensions,
            lambda k: labels.dimension(_, k),
        ),
        phases=_scopes(
            programme, loc.id, wave_id, "phase", programme.phases, lambda k: labels.phase(_, k)
        ),
        trend=tuple(by_id.get(w) for w in wave_ids),
        failed=tuple(failed),
        findings=_findings(findings),
    )


def build_programme_snapshot(
    store: Store,
    client_id: str,
    *,
    wave_label: str | None = None,
    lang: str | None = None,
    regions: Iterable[str] | None = None,
    channels: Iterable[str] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    messages: str | None = None,
) -> ProgrammeReportData:
    """Return everything the programme report of one wave prints (the latest audited by default).

    `regions` and `channels` report on those locations only (as `auditor.programme.build`);
    `messages` is the language of the errors (default: the report's).
    """
    report = progress or (lambda done, total, text="": None)
    with store.lock:
        client = store.clients.get(client_id)
        lang = report_language(client, lang)
        _ = translator(lang)
        report(0, 3, _("Computing the programme"))
        profile = store.profile.get()
        agency_logo = store.profile.logo()
        programme = build(store, client_id, regions=regions, channels=channels)
        wave_id = chosen_wave(programme, wave_label, messages or lang)
        order = [w.id for w in programme.waves]
        wave_ids = order[: order.index(wave_id) + 1]
        findings = store.programme.findings(client_id, wave_id=wave_id)
        questionnaires = {
            w: tuple(
                sorted(
                    {
                        (pick(t.title, lang), t.version)
                        for t in store.programme.templates(client_id, wave_id=w).values()
                    },
                    key=lambda ref: (ref[0].casefold(), ref[1]),
                )
            )
            for w in wave_ids
        }
    report(1, 3, _("Comparing the locations"))
    league = programme.league(wave_id)
    heat = programme.heatmap(wave_id)
    weak = [_weak(_, lang, heat, item) for item in heat.items if heat.chain[item.key].failed]
    weak.sort(key=lambda w: (-w.rate, -w.scored))  # stable: questionnaire order breaks ties
    everywhere = [
        w
        for w in weak
        if w.locations_scored and w.locations_failed >= EVERYWHERE_SHARE * w.locations_scored
    ]
    everywhere.sort(key=lambda w: (-w.locations_failed / w.locations_scored, -w.rate))
    ranked = [row for row in league if row.rank is not None]
    best = [row for row in ranked if row.rank <= BEST]  # type: ignore[operator]
    cut = ranked[-BEST].rank if len(ranked) > BEST else None
    lowest = [row for row in ranked if cut is not None and row.rank >= cut and row not in best]  # type: ignore[operator]
    by_audit: dict[str, list[FindingRow]] = {}
    for finding in findings:
        by_audit.setdefault(finding.audit_id, []).append(finding)
    rows = {row.location.id: row for row in league}
    pages = tuple(
        _location_page(
            _,
            lang,
            programme,
            rows[loc.id],
            wave_ids,
            heat,
            by_audit.get(rows[loc.id].result.audit_id, []),  # type: ignore[union-attr]
        )
        for loc in programme.locations
        if loc.id in rows and rows[loc.id].result is not None
    )
    current = programme.wave(wave_id)
    result = ProgrammeReportData(
        lang=lang,
        agency_name=profile.get("agency_name") or "",
        agency_logo=images.safe_print_copy(agency_logo, images.LOGO_BOX),
        client_name=client.name,
        client_logo=images.safe_print_copy(client.logo, images.LOGO_BOX),
        report_date=today or date.today(),
        wave=current.label,
        previous_wave=programme.wave(wave_ids[-2]).label if len(wave_ids) > 1 else "",
        waves=tuple(_wave_facts(_, programme, w, questionnaires[w]) for w in wave_ids),
        touchpoints=tuple(labels.touchpoint_kind(_, k) for k in programme.touchpoints),
        touchpoint_averages=tuple(
            programme.average(wave_id, f"touchpoint:{k}") for k in programme.touchpoints
        ),
        league=tuple(_line(programme, row) for row in league),
        chain_trend=tuple(programme.chain_average.get(w) for w in wave_ids),
        region_trends=_region_trends(programme, wave_ids),
        weakest=tuple(weak[:WEAKEST]),
        everywhere=tuple(everywhere[:EVERYWHERE]),
        best=tuple(_line(programme, row) for row in best),
        lowest=tuple(_line(programme, row) for row in lowest),
        locations=pages,
    )
    report(2, 3, _("Laying out the report"))
    return result
