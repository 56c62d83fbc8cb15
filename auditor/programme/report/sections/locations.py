"""One page per location: its scores beside the chain's, its trend, its failed items and findings."""

from __future__ import annotations

import logging

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table

from auditor.programme.report.charts import trend_chart
from auditor.programme.report.data import LocationPage, ScopeRow
from auditor.programme.report.sections.common import (
    ProgrammeContext,
    critical_mark,
    head,
    table,
    user,
)
from auditor.report import styles
from auditor.report.charts import ScoreBadge
from auditor.report.fonts import SANS_BOLD
from auditor.report.sections.common import grid_style, heading, severity_chip

log = logging.getLogger(__name__)

TREND_SIZE = (250.0, 118.0)
BADGE = 86.0


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the locations' pages, in alphabetical order."""
    _, report = ctx._, ctx.report
    if not report.locations:
        return []
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Locations"))]
    flow.append(
        Paragraph(
            _("A page for each location visited in wave {wave}, in alphabetical order.").format(
                wave=user(report.wave)
            ),
            ctx.st.muted,
        )
    )
    for index, page in enumerate(report.locations):
        if index:
            flow.append(PageBreak())
        flow += location(ctx, page)
    return flow


def location(ctx: ProgrammeContext, page: LocationPage) -> list[Flowable]:
    """Return one location's page."""
    _, st, report = ctx._, ctx.st, ctx.report
    title = f"{page.name} ({page.code})" if page.code else page.name
    flow: list[Flowable] = [heading(ctx, title, 1, user=True)]
    if page.facts:
        facts = " · ".join(f"{k}: <b>{user(v)}</b>" for k, v in page.facts)
        flow.append(Paragraph(facts, st.muted))
    badge = ScoreBadge(
        ctx.score(page.overall), page.overall, _("Overall score"), size=BADGE,
        critical="!" if page.critical else "",
    )  # fmt: skip
    lines = []
    if page.rank is not None:
        lines.append(
            _("Rank {rank} of {count} in wave {wave}.").format(
                rank=f"<b>{page.rank}</b>", count=page.ranked, wave=user(report.wave)
            )
        )
    if page.change is not None:
        lines.append(
            _("{change} against its previous wave.").format(change=ctx.change(page.change))
        )
    elif len(report.waves) > 1:
        lines.append(_("No earlier wave to compare with."))
    if page.critical:
        lines.append("<font color='#A4262C'><b>{}</b></font>".format(_("A critical item failed.")))
    chart = trend_chart(
        [w.label for w in report.waves],
        [(page.name, page.trend), (_("Chain average"), report.chain_trend)],
        *TREND_SIZE,
        ctx.score,
    )
    middle = styles.FRAME_WIDTH - BADGE - 12 - TREND_SIZE[0]
    block = Table(
        [[badge, Paragraph("<br/>".join(lines), st.body), chart]],
        colWidths=[BADGE + 12, middle, TREND_SIZE[0]],
        hAlign="LEFT",
    )
    block.setStyle(
        grid_style(
            header=False,
            extra=[("LINEBELOW", (0, 0), (-1, -1), 0, styles.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (-1, 0), (-1, 0), 0)],
        )
    )  # fmt: skip
    flow.append(block)
    flow += scores(ctx, page)
    flow += failed(ctx, page)
    flow += findings(ctx, page)
    return flow


def _scope_rows(
    ctx: ProgrammeContext, title: str, rows: tuple[ScopeRow, ...]
) -> list[list[object]]:
    st = ctx.st
    if not rows:
        return []
    made: list[list[object]] = [[Paragraph(title.upper(), st.head_cell), "", "", "", ""]]
    for row in rows:
        gap = (
            None
            if row.value is None or row.chain is None
            else round(round(row.value, 1) - round(row.chain, 1), 1)
        )
        made.append(
            [
                Paragraph(user(row.label), st.cell),
                ctx.score(row.value),  # plain strings: quicker to draw than paragraphs
                ctx.score(row.chain),
                "" if gap is None else ctx.signed(gap),
                Paragraph(ctx.change(row.change), st.cell_right),
            ]
        )
    return made


def scores(ctx: ProgrammeContext, page: LocationPage) -> list[Flowable]:
    """Return the location's scores by touchpoint, dimension and phase beside the chain's."""
    pgettext = ctx.pgettext
    _ = ctx._
    body = (
        _scope_rows(ctx, _("Touchpoints"), page.touchpoints)
        + _scope_rows(ctx, _("Dimensions"), page.dimensions)
        + _scope_rows(ctx, _("Journey phases"), page.phases)
    )
    if not body:
        return []
    rows = [
        head(
            ctx,
            "",
            _("Score"),
            _("Chain average"),
            _("Against the chain"),
            pgettext("score", "Change"),
            right=1,
        ),
        *body,
    ]
    groups = [i for i, r in enumerate(rows) if i and r[1] == ""]
    extra = [("BACKGROUND", (0, i), (-1, i), styles.PAPER) for i in groups]
    extra += [("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    extra += [("FONTSIZE", (1, 1), (3, -1), 8.5), ("FONTNAME", (1, 1), (1, -1), SANS_BOLD)]
    widths = [styles.FRAME_WIDTH - 4 * 78, 78, 78, 78, 78]
    return [table(rows, widths, right_from=1, extra=extra)]


def failed(ctx: ProgrammeContext, page: LocationPage) -> list[Flowable]:
    """Return the checklist items the location failed in the wave."""
    _, st = ctx._, ctx.st
    title = Paragraph(_("Failed items"), st.h3)
    if not page.failed:
        return [KeepTogether([title, Paragraph(_("No checklist item failed."), st.body)])]
    rows: list[list[object]] = [head(ctx, _("Touchpoint"), _("Item"), "")]
    for item in page.failed:
        section = (
            f"<br/><font color='#66727F' size='7.5'>{user(item.section)}</font>"
            if item.section
            else ""
        )
        rows.append(
            [
                Paragraph(user(item.touchpoint), st.cell),
                Paragraph(user(item.question, 240) + section, st.cell),
                critical_mark(ctx) if item.critical else "",
            ]
        )
    return [CondPageBreak(80), title, table(rows, [110, styles.FRAME_WIDTH - 110 - 24, 24])]


def findings(ctx: ProgrammeContext, page: LocationPage) -> list[Flowable]:
    """Return the titles of the findings of the location's audit, most serious first."""
    _, st = ctx._, ctx.st
    title = Paragraph(_("Findings"), st.h3)
    if not page.findings:
        return [KeepTogether([title, Paragraph(_("No findings were recorded."), st.body)])]
    rows = []
    for finding in page.findings:
        text = user(finding.title, 300)
        if finding.resolved:
            text += f" <font color='#66727F'>· {_('resolved')}</font>"
        rows.append([severity_chip(ctx, finding.severity), Paragraph(text, st.cell)])
    listed = Table(rows, colWidths=[60, styles.FRAME_WIDTH - 60], hAlign="LEFT")
    listed.setStyle(grid_style(header=False, extra=[("LEFTPADDING", (0, 0), (0, -1), 0)]))
    return [CondPageBreak(60), title, listed]
