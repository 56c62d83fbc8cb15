"""Methodology: how the scores are computed (DESIGN.md "Scoring"), the colours, the metrics, the checklists."""

from __future__ import annotations

import logging
from datetime import datetime

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table

from auditor.report import labels, styles
from auditor.report.data import TouchpointReport
from auditor.report.sections.common import Context, grid_style, heading
from auditor.report.text import clip, markup

log = logging.getLogger(__name__)


def build(ctx: Context) -> list[Flowable]:
    """Return the methodology section."""
    _, st = ctx._, ctx.st
    bullet = st.body
    rules = [
        _(
            "<b>Items.</b> Yes earns the item's full points, No earns none; N/A (not applicable) is excluded from "
            "both the points earned and the points possible. A scale answer v from 1 to n earns (v-1)/(n-1) of the "
            "points; a choice earns the option's points divided by the best option's points; a number or a timed "
            "answer earns full points if it meets its threshold, otherwise none. Text and photo items are not "
            "scored."
        ),
        _(
            "<b>Scopes.</b> A touchpoint, a dimension (functional or emotional) and a customer journey phase each "
            "score sum(weight × earned) / sum(weight × possible) × 100 over their answered, scorable, non-N/A "
            "items. Unanswered items are not counted, and each scope reports its completion (the share of its "
            "items answered, N/A included; optional free-text and photo items count only once filled in)."
        ),
        _(
            "<b>Overall score.</b> The audit's overall score is the weighted mean of its touchpoint scores (each "
            "touchpoint's weight is shown in its section)."
        ),
        _(
            "<b>Critical items.</b> A failed critical item leaves the numbers as they are and raises a "
            "critical-failure flag on its touchpoint and on the audit, shown wherever the score is shown (the red "
            "exclamation mark). An item fails when it earns less than half of its points."
        ),
        _(
            "<b>Colours.</b> Scores of {good} and above are shown in green, from {fair} in amber, below {fair} in red. "
            "Findings are graded critical, major or minor by the auditor."
        ).format(good=ctx.score(styles.GOOD_FROM), fair=ctx.score(styles.FAIR_FROM)),
        _(
            "<b>Customer metrics.</b> After each touchpoint the auditor rates it as a customer would: the "
            "likelihood to recommend on the NPS scale 0-10 (would you recommend the company?), CSAT 1-5 "
            "(satisfaction), CES 1-7 (ease). They are one customer's ratings, not a Net Promoter Score (which "
            "needs many customers: promoters minus detractors), and do not enter the scores."
        ),
        _(
            "<b>Outcomes.</b> An item is passed when it earns all its points, partially met when it earns at "
            "least half of them, failed below half; not assessed when it has no answer yet."
        ),
        _(
            "<b>Sources.</b> Each touchpoint was visited once, by the auditor named on the cover. Notes, "
            "findings and captions are quoted as the auditor wrote them, in the language of the visit."
        ),
        _(
            "<b>Evidence.</b> Photos and screenshots are printed from copies rebuilt from their pixels, upright, "
            "with the regions the auditor marked blurred and without any metadata (no location, device or "
            "names); the originals stay in the auditor's workspace."
        ),
    ]
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Methodology"))]
    flow += [Paragraph(rule, bullet) for rule in rules]
    flow += timeline(ctx)
    flow.append(heading(ctx, _("Checklists used"), 1))
    # The checklist's title and version name it for the client; its id is the workspace's own key.
    rows: list[list[object]] = [
        [Paragraph(h, st.head_cell) for h in (_("Checklist"), _("Version"))]
    ]
    for ref in ctx.report.templates:
        rows.append(
            [
                Paragraph(markup(clip(ref.title, 120)), st.cell),
                Paragraph(markup(clip(ref.version, 30)), st.cell),
            ]
        )
    table = Table(rows, colWidths=[styles.FRAME_WIDTH - 80, 80], repeatRows=1)
    table.setStyle(grid_style())
    flow.append(table)
    flow += [Spacer(1, 12), produced_with(ctx)]
    return flow


def produced_with(ctx: Context) -> Flowable:
    """Return the discreet line naming the application and version that produced the report."""
    from auditor.version import app_version

    return Paragraph(
        _small(ctx._("Produced with Audit desk {version}.").format(version=app_version())),
        ctx.st.body,
    )


def _small(text: str) -> str:
    # Smaller and grey: a note for whoever audits the report, not content for the client.
    return f'<font size="7" color="#777777">{markup(text)}</font>'


def _moment(ctx: Context, at: datetime) -> str:
    """Return a moment as '9 November 2026 at 10:02'."""
    _ = ctx._
    return _("{date} at {time}").format(date=labels.long_date(_, at.date()), time=f"{at:%H:%M}")


def timeline_sentence(ctx: Context, t: TouchpointReport) -> str:
    """Return when a touchpoint was started, completed and changed after ("" if never started)."""
    _ = ctx._
    if t.started_at is None:
        return ""
    start = _moment(ctx, t.started_at)
    if t.completed_at is None:
        return _("started on {start}, not completed.").format(start=start)
    end = _moment(ctx, t.completed_at)
    if t.changes_after_completion == 0:
        text = _("started on {start}, completed on {end}; no changes after completion.")
    elif t.changes_after_completion == 1:
        text = _("started on {start}, completed on {end}; 1 change after completion.")
    else:
        text = _("started on {start}, completed on {end}; {count} changes after completion.")
    return text.format(start=start, end=end, count=t.changes_after_completion)


def timeline(ctx: Context) -> list[Flowable]:
    """Return, per touchpoint, when its checklist was started and completed (from its history)."""
    _, st = ctx._, ctx.st
    lines = []
    for number, t in enumerate(ctx.report.touchpoints, start=1):
        sentence = timeline_sentence(ctx, t)
        if sentence:
            # Numbered as the touchpoint sections are; the title is the auditor's text: escaped.
            name = markup(clip(f"{number}. {t.title}", 120))
            lines.append(Paragraph(f"<b>{name}</b>: {sentence}", st.body))
    if not lines:
        return []
    intro = _(
        "When the auditor started and completed the checklist of each touchpoint, and how many "
        "changes were made to it after it was completed. Every change is kept in the audit's "
        "history with its date and author."
    )
    return [
        CondPageBreak(120),
        heading(ctx, _("Visit timeline"), 1),
        Paragraph(intro, st.body),
        *lines,
    ]
