"""The executive summary: overall score, touchpoint chart, dimensions, phases, top findings, moments, metrics."""

from __future__ import annotations

import logging
from collections import Counter
from statistics import mean

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from auditor.report import data, labels, styles
from auditor.report.charts import ScoreBadge, ScoreBar, chip, touchpoint_chart
from auditor.report.data import ScoreLine
from auditor.report.sections.common import (
    Context,
    grid_style,
    heading,
    paragraphs,
    severity_chip,
)
from auditor.report.sections.cover import SCENARIO_LIMIT, critical_notice
from auditor.report.text import clean, clip, markup

log = logging.getLogger(__name__)

TOP_FINDINGS = 5
CHART_ROWS = 20  # touchpoints per bar chart (about 590 pt: one page at most)
OUTCOME_COLOURS = {data.PASS: styles.GOOD, data.PARTIAL: styles.FAIR, data.FAIL: styles.POOR}


def build(ctx: Context) -> list[Flowable]:
    """Return the executive summary."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Executive summary"))]
    facts = _facts(ctx)
    badge = ScoreBadge(
        ctx.score(report.overall),
        report.overall,
        _("Overall score"),
        size=100,
        critical="!" if report.critical_failure else "",
    )
    intro = Table([[badge, Paragraph(facts, st.body)]], colWidths=[114, styles.FRAME_WIDTH - 114])
    intro.setStyle(
        grid_style(
            header=False,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 0, styles.RULE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ],
        )
    )
    flow += [intro, Spacer(1, 6)]
    if report.critical_failure:
        flow.append(critical_notice(ctx))
    if report.touchpoints:
        # A drawing cannot split across pages: a long audit gets one chart per block of touchpoints.
        charts = [
            touchpoint_chart(
                [t.label for t in block],
                [t.score for t in block],
                [ctx.score(t.score) for t in block],
                [t.critical_failure for t in block],
                styles.FRAME_WIDTH,
            )
            for block in (
                report.touchpoints[i : i + CHART_ROWS]
                for i in range(0, len(report.touchpoints), CHART_ROWS)
            )
        ]
        flow += [CondPageBreak(charts[0].height + 30), heading(ctx, _("Scores by touchpoint"), 1)]
        for chart in charts:
            flow += [CondPageBreak(chart.height), chart]
    flow += [
        CondPageBreak(6 * cm),
        heading(ctx, _("Scores by dimension and journey phase"), 1),
        _scopes(ctx, report.dimensions, report.phases),
    ]
    if any(line.critical_failure for line in report.dimensions + report.phases):
        flow += [Spacer(1, 4)]
        flow.append(
            Paragraph(
                _("{mark} a critical checklist item failed in this dimension or phase.").format(
                    mark="<font color='#A4262C'><b>!</b></font>"
                ),
                st.muted,
            )
        )
    flow += _top_findings(ctx) + _moments(ctx) + _metrics(ctx) + _scenario(ctx)
    return flow


def _facts(ctx: Context) -> str:
    """Return the summary's opening sentences (singular and plural worded apart)."""
    _, report = ctx._, ctx.report
    score = f"<b>{ctx.score(report.overall)}</b>"
    completion = labels.percent(report.completion, ctx.lang)
    if len(report.touchpoints) == 1:
        text = _(
            "Overall score {score} out of 100 on one touchpoint, with {completion} of the checklist "
            "items answered."
        ).format(score=score, completion=completion)
    else:
        text = _(
            "Overall score {score} out of 100 across {count} touchpoints, with {completion} of the "
            "checklist items answered."
        ).format(score=score, count=len(report.touchpoints), completion=completion)
    counts = Counter(f.severity.value for f in report.findings)
    if not report.findings:
        more = _("No findings were recorded.")
    elif len(report.findings) == 1:
        more = _("One finding, {severity}.").format(
            severity=labels.severity(_, report.findings[0].severity.value).lower()
        )
    else:
        more = _(
            "{findings} findings (critical: {critical}, major: {major}, minor: {minor})."
        ).format(
            findings=len(report.findings),
            critical=counts["critical"],
            major=counts["major"],
            minor=counts["minor"],
        )
    return f"{text} {more}"


def _scenario(ctx: Context) -> list[Flowable]:
    """Return the whole scenario when the cover had to cut it."""
    scenario = ctx.report.scenario
    if len(" ".join(clean(scenario).split())) <= SCENARIO_LIMIT:  # as clip() counts
        return []
    return [
        CondPageBreak(4 * cm),
        heading(ctx, ctx._("Scenario"), 1),
        *paragraphs(scenario, ctx.st.body),
    ]


def _scope_table(ctx: Context, title: str, lines: tuple[ScoreLine, ...], width: float) -> Table:
    _ = ctx._
    st = ctx.st
    rows: list[list[object]] = [
        [
            Paragraph(title.upper(), st.head_cell),
            "",
            Paragraph(_("Score"), st.head_cell.clone("head_right", alignment=TA_RIGHT)),
        ]
    ]
    for line in lines:
        mark = " <font color='#A4262C'><b>!</b></font>" if line.critical_failure else ""
        rows.append(
            [
                Paragraph(line.label + mark, st.cell),
                ScoreBar(line.score, width * 0.4),
                Paragraph(f"<b>{ctx.score(line.score)}</b>", st.cell_right),
            ]
        )
    table = Table(rows, colWidths=[width * 0.40, width * 0.38, width * 0.22])
    table.setStyle(grid_style(extra=[("SPAN", (0, 0), (1, 0))]))  # the title over name and bar
    return table


def _scopes(
    ctx: Context, dimensions: tuple[ScoreLine, ...], phases: tuple[ScoreLine, ...]
) -> Table:
    _ = ctx._
    half = (styles.FRAME_WIDTH - 18) / 2
    pair = Table(
        [
            [
                _scope_table(ctx, _("Dimension"), dimensions, half),
                _scope_table(ctx, _("Journey phase"), phases, half),
            ]
        ],
        colWidths=[half + 18, half],
        hAlign="LEFT",
    )
    pair.setStyle(
        grid_style(
            header=False,
            extra=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0, styles.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 18),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ],
        )
    )
    return pair


def _top_findings(ctx: Context) -> list[Flowable]:
    _, st = ctx._, ctx.st
    flow: list[Flowable] = [CondPageBreak(5 * cm), heading(ctx, _("Most serious findings"), 1)]
    top = ctx.report.findings[:TOP_FINDINGS]
    if not top:
        return [*flow, Paragraph(_("No findings were recorded."), st.body)]
    rows: list[list[object]] = [
        [Paragraph(h, st.head_cell) for h in (_("Severity"), _("Finding"), _("Touchpoint"))]
    ]
    for finding in top:
        rows.append(
            [
                severity_chip(ctx, finding.severity.value),
                Paragraph(markup(clip(finding.title, 240)), st.cell),
                Paragraph(markup(clip(finding.touchpoint, 80)) or "–", st.cell),
            ]
        )
    table = Table(rows, colWidths=[66, styles.FRAME_WIDTH - 66 - 150, 150], repeatRows=1)
    table.setStyle(grid_style())
    return [*flow, table]


def _moments(ctx: Context) -> list[Flowable]:
    _, st = ctx._, ctx.st
    flow: list[Flowable] = [
        CondPageBreak(5 * cm),
        heading(ctx, _("Moments of truth"), 1),
        Paragraph(
            _(
                "The checklist items marked as moments of truth: the moments that form the "
                "customer's opinion."
            ),
            st.muted,
        ),
    ]
    if not ctx.report.moments:
        return [
            *flow,
            Paragraph(_("No checklist item of this audit is a moment of truth."), st.body),
        ]
    rows: list[list[object]] = [
        [
            Paragraph(h, st.head_cell)
            for h in (_("Touchpoint"), _("Moment"), _("Answer"), _("Result"))
        ]
    ]
    for moment in ctx.report.moments:
        rows.append(
            [
                Paragraph(markup(clip(moment.touchpoint, 60)), st.cell),
                Paragraph(f"{moment.number} {markup(clip(moment.question, 200))}", st.cell),
                Paragraph(markup(clip(moment.answer, 60)) or "–", st.cell),
                chip(
                    labels.outcome(_, moment.outcome),
                    OUTCOME_COLOURS.get(moment.outcome, styles.MUTED),
                    st,
                    width=62,
                ),
            ]
        )
    table = Table(rows, colWidths=[96, styles.FRAME_WIDTH - 96 - 96 - 72, 96, 72], repeatRows=1)
    table.setStyle(grid_style())
    return [*flow, table]


def _average(ctx: Context, values: list[int | None]) -> str:
    present = [v for v in values if v is not None]
    return ctx.score(mean(present)) if present else "–"


def _metrics(ctx: Context) -> list[Flowable]:
    _, st = ctx._, ctx.st
    touchpoints = ctx.report.touchpoints
    flow: list[Flowable] = [
        CondPageBreak(5 * cm),
        heading(ctx, _("Customer metrics"), 1),
        Paragraph(
            _(
                "Ratings the auditor gave as a customer after each touchpoint: likelihood to "
                "recommend 0-10 (NPS scale), CSAT 1-5 (how satisfied?), CES 1-7 (how easy?)."
            ),
            st.muted,
        ),
    ]
    rows: list[list[object]] = [
        [
            Paragraph(h, st.head_cell)
            for h in (_("Touchpoint"), "NPS (0-10)", "CSAT (1-5)", "CES (1-7)")
        ]
    ]
    for t in touchpoints:
        m = t.metrics
        rows.append(
            [Paragraph(markup(clip(t.title, 90)), st.cell)]
            + [
                Paragraph("–" if v is None else str(v), st.cell_right)
                for v in (m.nps, m.csat, m.ces)
            ]
        )
    rows.append(
        [Paragraph(f"<b>{_('Average')}</b>", st.cell)]
        + [
            Paragraph(f"<b>{_average(ctx, values)}</b>", st.cell_right)
            for values in (
                [t.metrics.nps for t in touchpoints],
                [t.metrics.csat for t in touchpoints],
                [t.metrics.ces for t in touchpoints],
            )
        ]
    )
    table = Table(rows, colWidths=[styles.FRAME_WIDTH - 3 * 80, 80, 80, 80], repeatRows=1)
    table.setStyle(grid_style(extra=[("BACKGROUND", (0, -1), (-1, -1), styles.PAPER)]))
    return [*flow, table]
