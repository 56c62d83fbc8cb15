"""The index of evidence: every figure of the report with its caption, touchpoint and item."""

from __future__ import annotations

import logging

from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from auditor.report import styles
from auditor.report.sections.common import Context, grid_style, heading
from auditor.report.text import clip, markup

log = logging.getLogger(__name__)


def build(ctx: Context) -> list[Flowable]:
    """Return the index of the figures printed so far (the sections before this one numbered them)."""
    _, st = ctx._, ctx.st
    if not ctx.index:
        return []
    flow: list[Flowable] = [
        PageBreak(),
        heading(ctx, _("Index of evidence")),
        Paragraph(_("Every photo and screenshot in this report, by figure number."), st.muted),
    ]
    rows: list[list[object]] = [
        [
            Paragraph(h, st.head_cell)
            for h in (_("Figure"), _("Caption"), _("Touchpoint"), _("Checklist item"))
        ]
    ]
    for number, evidence in ctx.index:
        rows.append(
            [
                Paragraph(str(number), st.cell),
                Paragraph(markup(clip(evidence.caption, 240)) or "–", st.cell),
                Paragraph(markup(clip(evidence.touchpoint, 80)) or "–", st.cell),
                Paragraph(markup(clip(evidence.item, 160)) or "–", st.cell),
            ]
        )
    rest = styles.FRAME_WIDTH - 44
    table = Table(rows, colWidths=[44, rest * 0.42, rest * 0.24, rest * 0.34], repeatRows=1)
    table.setStyle(grid_style(extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [*flow, table]
