"""The executive summary: the wave in figures, the chain average and its change, the trend, the
best and lowest locations, the chain by touchpoint and the items failing everywhere."""

from __future__ import annotations

import logging

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from auditor.programme.report.charts import trend_chart
from auditor.programme.report.data import LeagueLine
from auditor.programme.report.sections.common import ProgrammeContext, critical_mark, user
from auditor.report import labels, styles
from auditor.report.charts import ScoreBadge, touchpoint_chart
from auditor.report.sections.common import grid_style, heading

log = logging.getLogger(__name__)

TREND_HEIGHT = 190.0


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the executive summary."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Executive summary"))]
    badge = ScoreBadge(
        ctx.score(report.chain_average),
        report.chain_average,
        _("Chain average"),
        size=100,
        critical="!" if report.critical_count else "",
    )
    text = "<br/><br/>".join(p for p in _facts(ctx) if p)
    intro = Table([[badge, Paragraph(text, st.body)]], colWidths=[114, styles.FRAME_WIDTH - 114])
    intro.setStyle(
        grid_style(
            header=False,
            extra=[("LINEBELOW", (0, 0), (-1, -1), 0, styles.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LEFTPADDING", (0, 0), (0, 0), 0)],
        )
    )  # fmt: skip
    flow += [intro, Spacer(1, 6)]
    flow += trend(ctx)
    if report.touchpoints:
        chart = touchpoint_chart(
            list(report.touchpoints),
            list(report.touchpoint_averages),
            [ctx.score(v) for v in report.touchpoint_averages],
            [False] * len(report.touchpoints),
            styles.FRAME_WIDTH,
        )
        flow += [
            CondPageBreak(chart.height + 40),
            heading(ctx, _("Chain average by touchpoint"), 1),
            chart,
        ]
    flow += everywhere(ctx)
    return flow


def _names(ctx: ProgrammeContext, lines: list[LeagueLine]) -> str:
    return ", ".join(f"<b>{user(line.location)}</b> ({ctx.score(line.overall)})" for line in lines)


def _facts(ctx: ProgrammeContext) -> list[str]:
    """Return the summary's sentences: visits, the chain average, the best and lowest, the flags."""
    _, ngettext, report = ctx._, ctx.ngettext, ctx.report
    wave = report.current
    if wave is None:
        return []
    texts = [
        ngettext(
            "In wave {wave}, {visited} of {locations} locations was visited.",
            "In wave {wave}, {visited} of {locations} locations were visited.",
            wave.visits,
        ).format(wave=f"<b>{user(report.wave)}</b>", visited=wave.visits, locations=wave.locations)
    ]
    if wave.visited:
        texts[0] += " " + _("Visit dates: {dates}.").format(dates=wave.visited)
    average = f"<b>{ctx.score(report.chain_average)}</b>"
    if not report.previous_wave:
        sentence = _("The chain average is {score} out of 100; this is the programme's first wave.")
    elif report.previous_average is None or report.chain_average is None:
        sentence = _(
            "The chain average is {score} out of 100; wave {previous} has none to compare with."
        )
    else:
        sentence = _(
            "The chain average is {score} out of 100: {change} against wave {previous} ({before})."
        )
    change = None
    if report.chain_average is not None and report.previous_average is not None:
        change = round(round(report.chain_average, 1) - round(report.previous_average, 1), 1)
    texts.append(
        sentence.format(
            score=average,
            change=ctx.change(change),
            previous=user(report.previous_wave),
            before=ctx.score(report.previous_average),
        )
    )
    top = [line for line in report.best if line.rank == 1]
    bottom = (
        [line for line in report.lowest if line.rank == report.lowest[-1].rank]
        if report.lowest
        else []
    )
    if top:
        leaders = _("Highest score: {locations}.").format(locations=_names(ctx, top))
        if bottom:
            leaders += " " + _("Lowest score: {locations}.").format(locations=_names(ctx, bottom))
        texts.append(leaders)
    count = report.critical_count
    texts.append(
        ngettext(
            "{count} location failed a critical item.",
            "{count} locations failed a critical item.",
            count,
        ).format(count=count)
        if count
        else _("No location failed a critical item.")
    )
    return texts


def trend(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the chain average wave after wave (and each region's, when there are a few)."""
    _, report = ctx._, ctx.report
    waves = [w.label for w in report.waves]
    series = [(_("Chain average"), report.chain_trend)]
    series += [(s.name, s.values) for s in report.region_trends]
    chart = trend_chart(waves, series, styles.FRAME_WIDTH, TREND_HEIGHT, ctx.score)
    note = (
        _(
            "The chain average of each wave is the mean of the locations' overall scores; each region's line is the mean of its locations."
        )
        if report.region_trends
        else _("The chain average of each wave is the mean of the locations' overall scores.")
    )
    return [
        CondPageBreak(TREND_HEIGHT + 60),
        heading(ctx, _("Trend across waves"), 1),
        chart,
        Paragraph(note, ctx.st.caption),
    ]


def everywhere(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the items failed in at least half of the locations that were assessed on them."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [
        CondPageBreak(120),
        heading(ctx, _("Items failing everywhere"), 1),
    ]
    if not report.everywhere:
        flow.append(
            Paragraph(_("No item failed in half or more of the locations assessed on it."), st.body)
        )
        return flow
    flow.append(
        Paragraph(_("Items failed in at least half of the locations assessed on them."), st.muted)
    )
    rows: list[list[object]] = []
    for item in report.everywhere:
        where = _("{touchpoint} · failed in {failed} of {scored} locations").format(
            touchpoint=user(item.touchpoint),
            failed=item.locations_failed,
            scored=item.locations_scored,
        )
        rows.append(
            [
                Paragraph(
                    f"{user(item.question, 200)}<br/><font color='#66727F' size='7.5'>{where}</font>",
                    st.cell,
                ),
                critical_mark(ctx) if item.critical else "",
                Paragraph(labels.percent(item.rate, ctx.lang), st.cell_right),
            ]
        )
    table = Table(rows, colWidths=[styles.FRAME_WIDTH - 90, 24, 66], hAlign="LEFT")
    table.setStyle(grid_style(header=False))
    flow.append(table)
    return flow
