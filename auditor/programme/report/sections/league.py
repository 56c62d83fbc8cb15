"""The league table: every location of the wave ranked, with its touchpoints, change and flag."""

from __future__ import annotations

import logging

from reportlab.platypus import Flowable, PageBreak, Paragraph

from auditor.programme.report.data import LeagueLine
from auditor.programme.report.sections.common import (
    ProgrammeContext,
    critical_mark,
    head,
    table,
    user,
)
from auditor.report import styles
from auditor.report.fonts import SANS_BOLD
from auditor.report.sections.common import heading

log = logging.getLogger(__name__)

# Column widths in points; the location's name takes what is left of the frame.
RANK, CODE, REGION, OVERALL, SCORE, CHANGE, FLAG = 38.0, 40.0, 58.0, 50.0, 46.0, 50.0, 20.0
NAME_MIN = 88.0
MAX_TOUCHPOINTS = 6  # more do not fit beside the names: each location's page lists them all


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the league table section."""
    pgettext = ctx.pgettext
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("League table"))]
    intro = _(
        "The locations of wave {wave} by overall score, best first; equal scores share a rank. "
        "The change compares each score with the location's previous wave; {mark} marks a "
        "failed critical item."
    ).format(wave=user(report.wave), mark="<font color='#A4262C'><b>!</b></font>")
    flow.append(Paragraph(intro, st.muted))
    touchpoints = report.touchpoints[:MAX_TOUCHPOINTS]
    fixed = RANK + CODE + REGION + OVERALL + SCORE * len(touchpoints) + CHANGE + FLAG
    tp_width = SCORE
    if styles.FRAME_WIDTH - fixed < NAME_MIN and touchpoints:  # narrower figures, never names
        tp_width = max(34.0, SCORE - (NAME_MIN - (styles.FRAME_WIDTH - fixed)) / len(touchpoints))
        fixed = RANK + CODE + REGION + OVERALL + tp_width * len(touchpoints) + CHANGE + FLAG
    name_width = styles.FRAME_WIDTH - fixed
    titles = [
        _("Rank"),
        _("Location"),
        _("Code"),
        _("Region"),
        _("Overall"),
        *touchpoints,
        pgettext("score", "Change"),
        "",
    ]
    rows: list[list[object]] = [head(ctx, *(user(t, 40) for t in titles), right=4)]
    rows[0][0] = head(ctx, titles[0], right=0)[0]
    tinted = []
    for index, line in enumerate(report.league, start=1):
        rows.append(_row(ctx, line, len(touchpoints)))
        if not line.visited:
            tinted.append(("SPAN", (4, index), (4 + len(touchpoints), index)))
    widths = [RANK, name_width, CODE, REGION, OVERALL, *[tp_width] * len(touchpoints), CHANGE, FLAG]
    last = 4 + len(touchpoints)
    extra = [("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
             ("ALIGN", (4, 1), (last, -1), "RIGHT"), ("FONTNAME", (4, 1), (4, -1), SANS_BOLD), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), *tinted]  # fmt: skip
    flow.append(table(rows, widths, extra=extra))
    if any(not line.visited for line in report.league):
        flow.append(
            Paragraph(
                _("Locations without a visit in this wave are listed last, without a rank."),
                st.caption,
            )
        )
    return flow


def _row(ctx: ProgrammeContext, line: LeagueLine, touchpoints: int) -> list[object]:
    st = ctx.st
    rank = str(line.rank) if line.rank is not None else "–"
    if not line.visited:
        scores = [Paragraph(ctx._("not visited"), st.cell_note)] + [""] * touchpoints
    else:
        # Figures as plain strings: a table draws them far faster than paragraphs (400 pages).
        scores = [ctx.score(line.overall)] + [ctx.score(v) for v in line.touchpoints[:touchpoints]]
    return [
        rank,
        Paragraph(user(line.location), st.cell_bold),
        Paragraph(user(line.code, 20), st.cell),
        Paragraph(user(line.region, 40), st.cell),
        *scores,
        Paragraph(ctx.change(line.change), st.cell_right),
        critical_mark(ctx) if line.critical else "",
    ]
