"""One section per touchpoint: score, completion, metrics, the checklist results, the findings with images."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from auditor.i18n import decimal_text
from auditor.report import data, labels, styles
from auditor.report.charts import ScoreBadge, chip
from auditor.report.data import TouchpointReport
from auditor.report.sections.common import (
    CELL_LINE_LIMIT,
    CELL_TEXT_LIMIT,
    Context,
    figures,
    finding_block,
    grid_style,
    heading,
    label_table,
    paragraphs,
)
from auditor.report.sections.recording import recording_block
from auditor.report.sections.summary import OUTCOME_COLOURS
from auditor.report.text import clip, fits_cell, markup

log = logging.getLogger(__name__)

CRITICAL_SHOWN = 6  # failed critical items named beside the score
ITEM_PHOTO_BOX = (140.0, 105.0)  # points: three photos in a row under a checklist item


def build(ctx: Context) -> list[Flowable]:
    """Return the sections of every touchpoint, then the findings that belong to none."""
    _ = ctx._
    flow: list[Flowable] = []
    for number, touchpoint in enumerate(ctx.report.touchpoints, start=1):
        flow += section(ctx, number, touchpoint)
    general = ctx.report.general_findings
    if general:
        flow += [PageBreak(), heading(ctx, _("Findings across touchpoints"))]
        for finding in general:
            flow += finding_block(ctx, finding)
    return flow


def _weight(value: float, lang: str) -> str:
    return decimal_text(f"{value:g}", lang)


def _facts(ctx: Context, t: TouchpointReport) -> Table:
    _, st = ctx._, ctx.st
    lines = [
        f"<b>{_('Completion')}</b> {labels.percent(t.completion, ctx.lang)}",
        f"<b>{_('Weight in the overall score')}</b> {_weight(t.weight, ctx.lang)}",
        "<b>NPS</b> {nps} · <b>CSAT</b> {csat} · <b>CES</b> {ces}".format(
            **{
                k: "–" if v is None else v
                for k, v in (
                    ("nps", t.metrics.nps),
                    ("csat", t.metrics.csat),
                    ("ces", t.metrics.ces),
                )
            }
        ),
    ]
    cells: list[Flowable] = [Paragraph(line, st.small) for line in lines]
    if t.critical_failure:
        # The facts sit in one table row, which cannot split: name a few, count the rest.
        items = "; ".join(markup(clip(i, 160)) for i in t.critical_items[:CRITICAL_SHOWN])
        if len(t.critical_items) > CRITICAL_SHOWN:
            items += " " + _("and {count} more (see the checklist results)").format(
                count=len(t.critical_items) - CRITICAL_SHOWN
            )
        cells.append(
            Paragraph(
                f"<font color='#A4262C'><b>{_('Critical failure')}:</b></font> {items}", st.small
            )
        )
    badge = ScoreBadge(
        ctx.score(t.score), t.score, _("Score"), size=74, critical="!" if t.critical_failure else ""
    )
    table = Table([[badge, cells]], colWidths=[88, styles.FRAME_WIDTH - 88])
    table.setStyle(
        grid_style(
            header=False,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 0, styles.RULE),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ],
        )
    )
    return table


def section(ctx: Context, number: int, t: TouchpointReport) -> list[Flowable]:
    """Return one touchpoint's section, starting on a new page."""
    _, st = ctx._, ctx.st
    meta = [t.kind_label]
    if t.visited_at:
        meta.append(when(_, t.visited_at, t.ended_at))
    meta.append(
        _("checklist {title} (version {version})").format(
            title=markup(clip(t.template.title, 80)), version=markup(t.template.version)
        )
    )
    flow: list[Flowable] = [
        PageBreak(),
        heading(ctx, f"{number}. {t.title}", 0, user=True),
        Paragraph(" · ".join(meta), st.muted),
        *_details(ctx, t),
        *_call_log(ctx, t),
        Spacer(1, 4),
        _facts(ctx, t),
    ]
    flow += recording_block(ctx, t)  # the call's recording: figures and pictures, never audio
    flow += [*_subheading(ctx, _("Checklist results")), *checklist(ctx, t)]
    if t.findings:
        flow += _subheading(ctx, _("Findings"))
        for finding in t.findings:
            flow += finding_block(ctx, finding)
    if t.other_evidence:
        flow += [*_subheading(ctx, _("Other evidence")), *figures(ctx, t.other_evidence)]
    return flow


def when(_: Callable[[str], str], start: datetime, end: datetime | None) -> str:
    """Return when a visit happened: '3 February 2025 10:00–10:09' (the end's day if another)."""
    text = labels.long_date(_, start.date()) + f" {start:%H:%M}"
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}\u2013{end:%H:%M}"
    return f"{text} \u2013 {labels.long_date(_, end.date())} {end:%H:%M}"


def _call_log(ctx: Context, t: TouchpointReport) -> list[Flowable]:
    """Return the call log as a small table: the time since the dial and what happened."""
    if not t.call_log:
        return []
    _, st = ctx._, ctx.st
    rows = [[Paragraph(f"<b>{markup(_('Time'))}</b>", st.small),
             Paragraph(f"<b>{markup(_('What happened on the call'))}</b>", st.small)]]  # fmt: skip
    rows += [
        [Paragraph(markup(time), st.small), Paragraph(markup(event), st.small)]
        for time, event in t.call_log
    ]
    table = Table(rows, colWidths=[60, 200], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        grid_style(
            header=True,
            extra=[
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
        )
    )
    return [Spacer(1, 4), table]


def _details(ctx: Context, t: TouchpointReport) -> list[Flowable]:
    """Return the visit's details (number called, address, the call's timings) as a small table."""
    if not t.details:
        return []
    return [Spacer(1, 4), label_table(ctx, t.details)]


def _subheading(ctx: Context, text: str) -> list[Flowable]:
    """Return a subsection heading that never sits alone at the foot of a page."""
    # Room for the heading plus what follows it (a finding asks for 120 pt of its own).
    return [CondPageBreak(160), heading(ctx, text, 1, toc=False)]


def checklist(ctx: Context, t: TouchpointReport) -> list[Flowable]:
    """Return the checklist table (section rows, failed items tinted, notes under their item) and long notes."""
    _, st = ctx._, ctx.st
    width = styles.FRAME_WIDTH
    columns = [30, width - 30 - 110 - 70, 110, 70]
    rows: list[list[object]] = [
        [Paragraph(h, st.head_cell) for h in ("#", _("Item"), _("Answer"), _("Result"))]
    ]
    extra: list[tuple[object, ...]] = []
    long_notes: list[Flowable] = []
    section = None
    for item in t.items:
        if item.section != section:
            section = item.section
            rows.append([Paragraph(markup(clip(section, 140)).upper(), st.head_cell), "", "", ""])
            r = len(rows) - 1
            extra += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), styles.PAPER),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a group heading never ends a page alone
            ]
        tags = []
        if item.critical:
            tags.append(f"<font color='#A4262C'><b>{_('critical')}</b></font>")
        if item.moment_of_truth:
            tags.append(f"<font color='#1F4E79'><b>{_('moment of truth')}</b></font>")
        question = markup(clip(item.question, 400)) + (" · " + " · ".join(tags) if tags else "")
        rows.append(
            [
                Paragraph(item.number, st.cell),
                Paragraph(question, st.cell),
                Paragraph(markup(clip(item.answer, 120)) or "–", st.cell),
                chip(
                    labels.outcome(_, item.outcome),
                    OUTCOME_COLOURS.get(item.outcome, styles.MUTED),
                    st,
                    width=62,
                ),
            ]
        )
        failed = item.outcome == data.FAIL
        if failed:
            extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), styles.FAIL_TINT))
        if item.note.strip():
            if not fits_cell(item.note, CELL_TEXT_LIMIT, CELL_LINE_LIMIT):
                shown = _("The note is printed in full after this table (item {number}).").format(
                    number=item.number
                )
                long_notes += [
                    Paragraph(
                        f"<b>{_('Note to item {number}').format(number=item.number)}</b>", st.h3
                    )
                ]
                long_notes += paragraphs(item.note, st.body)
            else:
                shown = markup(item.note)
            rows.append(["", Paragraph(f"{_('Note')}: {shown}", st.cell_note), "", ""])
            r = len(rows) - 1
            tint = (
                styles.FAIL_TINT if failed else colors.white
            )  # no line between an item and its note
            extra += [
                ("SPAN", (1, r), (-1, r)),
                ("TOPPADDING", (0, r), (-1, r), 0),
                ("LINEBELOW", (0, r - 1), (-1, r - 1), 0.4, tint),
                ("NOSPLIT", (0, r - 1), (-1, r)),  # an item and its note stay on one page
            ]
            if failed:
                extra.append(("BACKGROUND", (0, r), (-1, r), styles.FAIL_TINT))
        if item.images:
            # The item's photos beside its row, small: the checklist stays readable.
            pictures = figures(
                ctx, item.images, width=width - columns[0], per_row=3, box=ITEM_PHOTO_BOX
            )
            rows.append(["", pictures, "", ""])
            r = len(rows) - 1
            extra += [
                ("SPAN", (1, r), (-1, r)),
                ("TOPPADDING", (0, r), (-1, r), 0),
                ("LEFTPADDING", (1, r), (1, r), 0),
            ]
    table = Table(rows, colWidths=columns, repeatRows=1)
    table.setStyle(grid_style(extra=extra))
    return [table, *long_notes]
