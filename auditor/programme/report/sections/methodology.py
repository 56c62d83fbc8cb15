"""Methodology: how a programme is scored and compared, the visits of each wave, the questionnaire."""

from __future__ import annotations

import logging

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from auditor.programme.report.sections.common import ProgrammeContext, head, table, user
from auditor.report import styles
from auditor.report.sections.common import heading
from auditor.report.sections.methodology import produced_with

log = logging.getLogger(__name__)


def build(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the methodology section."""
    _, st = ctx._, ctx.st
    rules = [
        _(
            "<b>Scores.</b> Each location's audit is scored as in its own report: a touchpoint "
            "scores sum(weight × earned) / sum(weight × possible) × 100 over its answered, scorable, "
            "non-N/A items, and the overall score is the weighted mean of the touchpoint scores. "
            "Dimensions and journey phases pool their items across the touchpoints."
        ),
        _(
            "<b>Ranks.</b> Locations are ranked by their overall score as shown, to one decimal: "
            "rank 1 is the best, equal scores share a rank and the next rank is skipped (1, 2, 2, 4). "
            "A location without a visit or a score in the wave has no rank."
        ),
        _(
            "<b>Change.</b> A score minus the same location's score in its previous wave, the latest "
            "earlier wave in which it has that score; a location skipped in a wave is compared with "
            "its last scored wave."
        ),
        _(
            "<b>Chain average.</b> The plain mean of the overall scores of the locations scored in "
            "the wave: each location counts once. The same mean of a touchpoint, dimension or phase "
            "gives that score's chain average."
        ),
        _(
            "<b>Fail rate.</b> An item fails when it earns less than half of its points. Its fail "
            "rate is the share of its assessments that failed (answered, scored and not N/A); the "
            "weakest items have the highest fail rates across the chain, and an item fails "
            "everywhere when it failed in at least half of the locations assessed on it."
        ),
        _(
            "<b>Critical items.</b> A failed critical item leaves the numbers as they are and flags "
            "the location (the red exclamation mark)."
        ),
        _(
            "<b>Colours.</b> Scores of {good} and above are shown in green, from {fair} in amber, below {fair} in red. "
            "Findings are graded critical, major or minor by the auditor."
        ).format(good=ctx.score(styles.GOOD_FROM), fair=ctx.score(styles.FAIR_FROM)),
        _(
            "<b>Auditors.</b> Each visit was made by one auditor, named here by a nickname only; "
            "staff met during the visits are not named in this report."
        ),
    ]
    flow: list[Flowable] = [PageBreak(), heading(ctx, _("Methodology"))]
    flow += [Paragraph(rule, st.body) for rule in rules]
    flow += visits(ctx) + questionnaire(ctx)
    flow += [Spacer(1, 12), produced_with(ctx)]
    return flow


def visits(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the visits of each wave: how many, when, by how many auditors."""
    _, st = ctx._, ctx.st
    rows: list[list[object]] = [
        head(ctx, _("Wave"), _("Planned"), _("Visits"), _("Visited"), _("Auditors"), _("Chain average"))
    ]  # fmt: skip
    for wave in ctx.report.waves:
        names = ", ".join(user(n, 40) for n in wave.nicknames)
        auditors = f"{wave.auditors}" + (
            f"<br/><font color='#66727F' size='7.5'>{names}</font>" if names else ""
        )
        rows.append(
            [
                Paragraph(f"<b>{user(wave.label, 60)}</b>", st.cell),
                Paragraph(wave.dates or "–", st.cell),
                Paragraph(
                    _("{visits} of {locations}").format(
                        visits=wave.visits, locations=wave.locations
                    ),
                    st.cell,
                ),
                Paragraph(wave.visited or "–", st.cell),
                Paragraph(auditors, st.cell),
                Paragraph(ctx.score(wave.chain_average), st.cell_right),
            ]
        )
    widths = [62, 110, 50, 110, 0, 50]
    widths[4] = styles.FRAME_WIDTH - sum(widths)
    return [
        CondPageBreak(120),
        heading(ctx, _("Visits per wave"), 1),
        Paragraph(
            _(
                "Visits: locations visited of those listed in the wave. Auditors: how many made the visits, by nickname."
            ),
            st.muted,
        ),
        table(rows, widths),
    ]


def questionnaire(ctx: ProgrammeContext) -> list[Flowable]:
    """Return the checklists and versions each wave's audits ran."""
    _, st = ctx._, ctx.st
    rows: list[list[object]] = [head(ctx, _("Wave"), _("Checklist"), _("Version"))]
    for wave in ctx.report.waves:
        for index, (title, version) in enumerate(wave.questionnaire):
            rows.append(
                [
                    Paragraph(f"<b>{user(wave.label, 60)}</b>" if index == 0 else "", st.cell),
                    Paragraph(user(title), st.cell),
                    Paragraph(user(version, 30), st.cell),
                ]
            )
    if len(rows) == 1:
        return []
    return [
        CondPageBreak(100),
        heading(ctx, _("Questionnaire"), 1),
        Paragraph(
            _(
                "Audits keep the checklist version they ran: a wave lists every version its audits used."
            ),
            st.muted,
        ),
        table(rows, [90, styles.FRAME_WIDTH - 170, 80]),
    ]
