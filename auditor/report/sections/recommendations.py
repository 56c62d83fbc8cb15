"""Recommendations: what to do about each finding, the most serious first."""

from __future__ import annotations

import logging

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from auditor.model import Severity
from auditor.report import labels, styles
from auditor.report.sections.common import Context, heading, paragraphs
from auditor.report.text import clip, markup

log = logging.getLogger(__name__)


def build(ctx: Context) -> list[Flowable]:
    """Return the recommendations grouped by severity."""
    _, st = ctx._, ctx.st
    flow: list[Flowable] = [
        PageBreak(),
        heading(ctx, _("Recommendations")),
        Paragraph(_("One action per finding, grouped by severity: start from the top."), st.muted),
    ]
    advised = [f for f in ctx.report.findings if f.recommendation.strip() and not f.resolved]
    if not advised:
        return [*flow, Paragraph(_("No recommendations were recorded."), st.body)]
    for severity in sorted(Severity, key=lambda s: -s.rank):
        group = [f for f in advised if f.severity == severity]
        if not group:
            continue
        flow += [
            CondPageBreak(90),
            heading(ctx, labels.severity(_, severity.value), 1),
            _accent(severity.value),
        ]
        for number, finding in enumerate(group, start=1):
            where = (
                f" <font color='#66727F'>· {markup(clip(finding.touchpoint, 80))}</font>"
                if finding.touchpoint
                else ""
            )
            title = Paragraph(
                f"{number}. <b>{markup(clip(finding.title, 300))}</b>{where}", st.body
            )
            body = paragraphs(finding.recommendation, st.body)
            flow += [Spacer(1, 4), KeepTogether([title, *body[:1]]), *body[1:]]
    return flow


def _accent(severity: str) -> Table:
    """Return a short bar in the severity's colour, under its heading."""
    bar = Table([[""]], colWidths=[36], rowHeights=[3], hAlign="LEFT")
    bar.setStyle(
        styles.table_style(
            [("BACKGROUND", (0, 0), (-1, -1), styles.SEVERITY.get(severity, styles.MUTED))]
        )
    )
    return bar
