"""The weakest items across the chain (by fail rate) and the best and lowest locations."""

from __future__ import annotations

import logging

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table

from auditor.programme.report.data import LeagueLine
from auditor.programme.report.sections.common import (
    ProgrammeContext,
    critical_mark,
    head,
    table,
    user,
)
from auditor.report import labels, styles
from auditor.report.charts import ScoreBar
from auditor.report.fonts import SANS_BOLD
from auditor.report.sections.common import heading

log = logging.getLogger(__name__)


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the weakest items and the best locations."""
    return weakest(ctx) + best(ctx)


def _rate_cell(ctx: ProgrammeContext, rate: float) -> Table:
    # The bar reads as a fail rate: the longer, the worse; coloured by the pass rate's band.
    cell = Table(
        [
            [
                _RateBar(rate, styles.band(100 - rate)),
                Paragraph(labels.percent(rate, ctx.lang), ctx.st.cell_right),
            ]
        ],
        colWidths=[62, 36],
    )
    cell.setStyle(
        styles.table_style(
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
        )
    )  # fmt: skip
    return cell


class _RateBar(ScoreBar):
    """A gauge of a fail rate 0-100, in the colour given."""

    def __init__(self, rate: float, colour: object):
        super().__init__(rate, width=60)
        self.colour = colour

    def draw(self) -> None:
        """Draw the track and the failed share."""
        c = self.canv
        c.setFillColor(styles.PAPER)
        c.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        if self.value:
            c.setFillColor(self.colour)
            length = max(self.height, self.width * min(self.value, 100) / 100)
            c.roundRect(0, 0, length, self.height, self.height / 2, stroke=0, fill=1)


def weakest(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the items failed most across the chain in the wave."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Weakest items across the chain"))]
    if not report.weakest:
        flow.append(Paragraph(_("No checklist item failed in this wave."), st.body))
        return flow
    flow.append(
        Paragraph(
            _(
                "The checklist items failed most often in wave {wave}: the fail rate is the share "
                "of the item's assessments, at every location, that failed (earned less than half "
                "of its points)."
            ).format(wave=user(report.wave)),
            st.muted,
        )
    )
    rows: list[list[object]] = [
        head(ctx, "#", _("Item"), "", _("Fail rate"), _("Locations"), right=4)
    ]
    for number, item in enumerate(report.weakest, start=1):
        where = " · ".join(user(t, 80) for t in (item.touchpoint, item.section) if t)
        rows.append(
            [
                Paragraph(str(number), st.cell),
                Paragraph(
                    f"{user(item.question, 240)}<br/><font color='#66727F' size='7.5'>{where}</font>",
                    st.cell,
                ),
                critical_mark(ctx) if item.critical else "",
                _rate_cell(ctx, item.rate),
                Paragraph(
                    _("{failed} of {scored}").format(
                        failed=item.locations_failed, scored=item.locations_scored
                    ),
                    st.cell_right,
                ),
            ]
        )
    widths = [20, styles.FRAME_WIDTH - 20 - 22 - 108 - 62, 22, 108, 62]
    flow.append(table(rows, widths))
    flow.append(
        Paragraph(
            _(
                "Locations: where the item failed at least once, of those assessed on it. {mark} a critical item."
            ).format(mark="<font color='#A4262C'><b>!</b></font>"),
            st.caption,
        )
    )
    return flow


def _locations_table(ctx: ProgrammeContext, lines: tuple[LeagueLine, ...]) -> Table:
    pgettext = ctx.pgettext
    _, st, report = ctx._, ctx.st, ctx.report
    touchpoints = report.touchpoints[:4]
    rows: list[list[object]] = [
        head(ctx, _("Rank"), _("Location"), _("Region"), _("Overall"), *(user(t, 40) for t in touchpoints), pgettext("score", "Change"), right=3)
    ]  # fmt: skip
    rows[0][0] = head(ctx, _("Rank"), right=0)[0]
    for line in lines:
        rows.append(
            [
                str(line.rank),
                Paragraph(user(line.location), st.cell_bold),
                Paragraph(user(line.region, 40), st.cell),
                ctx.score(line.overall),
                *(ctx.score(v) for v in line.touchpoints[:4]),
                Paragraph(ctx.change(line.change), st.cell_right),
            ]
        )
    fixed = 30 + 70 + 50 * (1 + len(touchpoints)) + 52
    widths = [30, styles.FRAME_WIDTH - fixed, 70, 50, *[50] * len(touchpoints), 52]
    extra = [("FONTSIZE", (0, 1), (-1, -1), 8.5), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
             ("FONTNAME", (3, 1), (3, -1), SANS_BOLD)]  # fmt: skip
    return table(rows, widths, right_from=3, extra=extra)


def best(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the best locations of the wave, and those at the bottom of the table."""
    _, st, report = ctx._, ctx.st, ctx.report
    flow: list[Flowable] = [CondPageBreak(160), heading(ctx, _("Best locations"))]
    if not report.best:
        flow.append(Paragraph(_("No location has a score in this wave."), st.body))
        return flow
    flow.append(_locations_table(ctx, report.best))
    if report.lowest:
        flow += [
            CondPageBreak(120),
            heading(ctx, _("Locations needing attention"), 1),
            Paragraph(_("The lowest overall scores of the wave."), st.muted),
            _locations_table(ctx, report.lowest),
        ]
    return flow
